#include "progress.h"

#include <stdio.h>

#include "clock.h"

#define PROGRESS_MS 200.0

void cli_progress_start(cli_progress *p, int on, size_t total)
{
    p->on = on;
    p->total = total;
    p->done = p->failed = 0;
    p->started_ms = p->last_ms = dcx_now_ms();
    p->shown = 0;
}

static double seconds(const cli_progress *p, double now)
{
    return (now - p->started_ms) / 1000.0;
}

double cli_progress_seconds(const cli_progress *p)
{
    return seconds(p, dcx_now_ms());
}

static void draw(cli_progress *p, double now)
{
    double secs = seconds(p, now);
    fprintf(stderr, "\r\033[K%zu/%zu done, %zu failed, %.1f pages/s", p->done, p->total,
            p->failed, secs > 0 ? (double)p->done / secs : 0.0);
    p->last_ms = now;
    p->shown = 1;
}

void cli_progress_step(cli_progress *p, int failed)
{
    p->done++;
    p->failed += failed != 0;
    if (!p->on)
        return;
    double now = dcx_now_ms();
    if (now - p->last_ms >= PROGRESS_MS)
        draw(p, now);
}

void cli_progress_clear(cli_progress *p)
{
    if (p->shown) {
        fputs("\r\033[K", stderr);
        p->shown = 0;
    }
}

void cli_progress_finish(cli_progress *p)
{
    if (!p->on)
        return;
    draw(p, dcx_now_ms());
    cli_progress_clear(p);
}

void cli_progress_end(cli_progress *p)
{
    if (!p->on)
        return;
    double now = dcx_now_ms();
    draw(p, now);
    cli_progress_clear(p);
    fprintf(stderr, "decruft: %zu files: %zu cleaned, %zu failed in %.1f s\n", p->total,
            p->done - p->failed, p->failed, seconds(p, now));
}
