/*
 * emit: the writers. Each reads only the result and its content tree and
 * appends to a buffer; dc_render picks one.
 */
#ifndef DC_EMIT_H
#define DC_EMIT_H

#include "buf.h"
#include "result.h"

void dc_emit_text(const dc_result *r, unsigned flags, dc_buf *out);
void dc_emit_markdown(const dc_result *r, unsigned flags, dc_buf *out);
void dc_emit_html(const dc_result *r, unsigned flags, dc_buf *out);
void dc_emit_json(const dc_result *r, unsigned flags, dc_buf *out);

#endif
