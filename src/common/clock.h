/*
 * clock: the one monotonic clock that deadlines, backoffs and timings read.
 */
#ifndef DCX_CLOCK_H
#define DCX_CLOCK_H

/* Milliseconds since an arbitrary fixed point; never goes back. */
double dcx_now_ms(void);

#endif
