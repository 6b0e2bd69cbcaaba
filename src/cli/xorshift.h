/*
 * xorshift: the random numbers of the fetcher's jitter (--delay, retry
 * backoff), which need to spread requests out, not to be unpredictable.
 *
 * Header-only, so the host scheduler and the fetcher share it without a
 * module of their own.
 */
#ifndef CLI_XORSHIFT_H
#define CLI_XORSHIFT_H

/* xorshift64*: the next number of the sequence in *state, which must not
 * be 0. */
static inline unsigned long long cli_xorshift(unsigned long long *state)
{
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    return *state * 0x2545F4914F6CDD1DULL;
}

/* A number in [0, 1) from the 53 high bits of the next one. */
static inline double cli_xorshift_unit(unsigned long long *state)
{
    return (double)(cli_xorshift(state) >> 11) / 9007199254740992.0;
}

#endif
