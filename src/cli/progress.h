/*
 * progress: the line a batch of files or URLs keeps up to date on standard error
 * when that is a terminal ("12/40 done, 1 failed, 8.5 pages/s"), redrawn
 * at most five times a second, and cleared before any other message.
 */
#ifndef CLI_PROGRESS_H
#define CLI_PROGRESS_H

#include <stddef.h>

typedef struct cli_progress {
    int on;
    size_t total, done, failed;
    double started_ms, last_ms;
    int shown;
} cli_progress;

/* Starts counting total inputs; on 0 the line is never drawn. */
void cli_progress_start(cli_progress *p, int on, size_t total);

/* One more input done (failed or not); redraws the line when due. */
void cli_progress_step(cli_progress *p, int failed);

/* Clears the line, for a message to take its place. */
void cli_progress_clear(cli_progress *p);

/* Seconds since cli_progress_start. */
double cli_progress_seconds(const cli_progress *p);

/* Draws the line a last time and clears it. */
void cli_progress_finish(cli_progress *p);

/* Draws the line a last time, clears it and says what was done:
 * "decruft: N files: N cleaned, N failed in S s". */
void cli_progress_end(cli_progress *p);

#endif
