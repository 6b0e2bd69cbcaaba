/*
 * emit: the writers. Each reads only the result and its content tree and
 * appends to a buffer; dc_render picks one.
 */
#ifndef DCI_EMIT_H
#define DCI_EMIT_H

#include "buf.h"
#include "result.h"

void dci_emit_text(const dc_result *r, unsigned flags, dci_buf *out);
void dci_emit_markdown(const dc_result *r, unsigned flags, dci_buf *out);
void dci_emit_html(const dc_result *r, unsigned flags, dci_buf *out);
void dci_emit_json(const dc_result *r, unsigned flags, dci_buf *out);

#endif
