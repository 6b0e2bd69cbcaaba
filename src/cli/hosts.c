#include "hosts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "slots.h"
#include "urls.h"
#include "xorshift.h"

#define HOST_MAX 300

/* Where a host with queued requests is. */
enum { HOST_IDLE, HOST_IN_RING, HOST_WAITING };

/* A host and the requests waiting for it: redirect hops first, then the
 * others in list order. */
typedef struct host {
    char *name;
    int active;
    size_t *queue;
    size_t head, len, cap; /* queue[head, len) waits */
    int where;             /* HOST_*: queued requests make it IN_RING or WAITING */
    double next_ms;        /* no request starts before (--delay, Retry-After) */
} host;

struct cli_hosts {
    int per_host;
    long delay_ms;
    unsigned long long rng;
    host *hosts;
    size_t nhosts, hosts_cap;
    size_t *slots;   /* by name (slots.h): host index + 1, or 0 */
    size_t nslots;
    size_t *ring;    /* hosts with queued requests that may start now */
    size_t nring, cursor;
    size_t *waiting; /* hosts with queued requests, waiting for next_ms */
    size_t nwaiting;
};

/* A host's key in the slots: its name. */
static const char *host_name(const void *hosts, size_t i)
{
    return ((const host *)hosts)[i].name;
}

cli_hosts *cli_hosts_new(int per_host, long delay_ms, unsigned long long seed)
{
    cli_hosts *hs = calloc(1, sizeof *hs);
    if (!hs)
        return NULL;
    hs->per_host = per_host;
    hs->delay_ms = delay_ms;
    hs->rng = seed ? seed : 0x9E3779B97F4A7C15ULL; /* xorshift stays at 0 */
    return hs;
}

void cli_hosts_free(cli_hosts *hs)
{
    if (!hs)
        return;
    for (size_t i = 0; i < hs->nhosts; i++) {
        free(hs->hosts[i].name);
        free(hs->hosts[i].queue);
    }
    free(hs->hosts);
    free(hs->slots);
    free(hs->ring);
    free(hs->waiting);
    free(hs);
}

/* Room for one more host in the table and its lists; the hash table kept
 * at most half full. */
static int hosts_reserve(cli_hosts *hs)
{
    if (hs->nhosts == hs->hosts_cap) {
        size_t cap = hs->hosts_cap;
        host *h = dcx_grow(hs->hosts, &cap, sizeof *h, 16);
        if (!h)
            return -1;
        hs->hosts = h;
        memset(h + hs->hosts_cap, 0, (cap - hs->hosts_cap) * sizeof *h);
        size_t *ring = realloc(hs->ring, cap * sizeof *ring);
        if (ring)
            hs->ring = ring;
        size_t *waiting = ring ? realloc(hs->waiting, cap * sizeof *waiting) : NULL;
        if (waiting)
            hs->waiting = waiting;
        if (!ring || !waiting)
            return -1; /* hosts_cap unchanged: the lists still fit it */
        hs->hosts_cap = cap;
    }
    if ((hs->nhosts + 1) * 2 > hs->nslots) {
        size_t nslots = hs->nslots ? hs->nslots * 2 : 64;
        if (cli_slots_rebuild(&hs->slots, nslots, hs->hosts, hs->nhosts, host_name) != 0)
            return -1;
        hs->nslots = nslots;
    }
    return 0;
}

long cli_hosts_add(cli_hosts *hs, const char *url)
{
    char name[HOST_MAX];
    if (cli_url_host(url, name, sizeof name) != 0)
        snprintf(name, sizeof name, "%.*s", HOST_MAX - 1, url);
    if (hosts_reserve(hs) != 0)
        return -1;
    size_t *slot = cli_slots_find(hs->slots, hs->nslots, name, hs->hosts, host_name);
    if (!*slot) {
        hs->hosts[hs->nhosts].name = strdup(name);
        if (!hs->hosts[hs->nhosts].name)
            return -1;
        *slot = ++hs->nhosts;
    }
    return (long)(*slot - 1);
}

static int push_back(host *h, size_t index)
{
    if (h->len == h->cap) {
        if (h->head > 0) {
            memmove(h->queue, h->queue + h->head, (h->len - h->head) * sizeof *h->queue);
            h->len -= h->head;
            h->head = 0;
        }
        if (h->len == h->cap) {
            size_t *q = dcx_grow(h->queue, &h->cap, sizeof *q, 8);
            if (!q)
                return -1;
            h->queue = q;
        }
    }
    h->queue[h->len++] = index;
    return 0;
}

static int push_front(host *h, size_t index)
{
    if (h->head == 0) {
        if (push_back(h, index) != 0)
            return -1;
        memmove(h->queue + 1, h->queue, (h->len - 1) * sizeof *h->queue);
        h->queue[0] = index;
        return 0;
    }
    h->queue[--h->head] = index;
    return 0;
}

static void to_waiting(cli_hosts *hs, size_t hi)
{
    hs->hosts[hi].where = HOST_WAITING;
    hs->waiting[hs->nwaiting++] = hi;
}

static void to_ring(cli_hosts *hs, size_t hi)
{
    hs->hosts[hi].where = HOST_IN_RING;
    hs->ring[hs->nring++] = hi;
}

static void ring_remove(cli_hosts *hs, size_t pos)
{
    hs->ring[pos] = hs->ring[--hs->nring];
}

int cli_hosts_push(cli_hosts *hs, size_t hi, size_t index, int front, double now)
{
    host *h = &hs->hosts[hi];
    if ((front ? push_front(h, index) : push_back(h, index)) != 0)
        return -1;
    /* A queue no longer empty: its host takes turns, or waits when its
     * next start may not come yet. */
    if (h->where == HOST_IDLE) {
        if (h->next_ms > now)
            to_waiting(hs, hi);
        else
            to_ring(hs, hi);
    }
    return 0;
}

/* Round robin from where the last call stopped. A full host is only
 * passed over: the caller runs few requests at once, so few hosts are full
 * and each call looks at few. */
int cli_hosts_next(cli_hosts *hs, double now, size_t *index)
{
    size_t tries = 0; /* hosts looked at */
    while (hs->nring > 0 && tries < hs->nring) {
        if (hs->cursor >= hs->nring)
            hs->cursor = 0;
        size_t hi = hs->ring[hs->cursor];
        host *h = &hs->hosts[hi];
        if (h->next_ms > now) {
            ring_remove(hs, hs->cursor);
            to_waiting(hs, hi);
            continue;
        }
        if (h->active >= hs->per_host) {
            hs->cursor++;
            tries++;
            continue;
        }
        *index = h->queue[h->head++];
        if (h->head == h->len) {
            h->head = h->len = 0;
            h->where = HOST_IDLE;
            ring_remove(hs, hs->cursor);
        } else {
            hs->cursor++;
        }
        return 1;
    }
    return 0;
}

void cli_hosts_started(cli_hosts *hs, size_t hi, double now)
{
    host *h = &hs->hosts[hi];
    if (hs->delay_ms > 0) /* wget's --random-wait: 0.5 to 1.5 times the delay */
        h->next_ms = now + (double)hs->delay_ms * (0.5 + cli_xorshift_unit(&hs->rng));
    h->active++;
}

void cli_hosts_finished(cli_hosts *hs, size_t hi)
{
    hs->hosts[hi].active--;
}

void cli_hosts_hold(cli_hosts *hs, size_t hi, double until)
{
    if (until > hs->hosts[hi].next_ms)
        hs->hosts[hi].next_ms = until;
}

long cli_hosts_promote(cli_hosts *hs, double now)
{
    double next = -1;
    int moved = 0;
    for (size_t i = 0; i < hs->nwaiting;) {
        size_t hi = hs->waiting[i];
        double due = hs->hosts[hi].next_ms;
        if (due <= now) {
            hs->waiting[i] = hs->waiting[--hs->nwaiting];
            to_ring(hs, hi);
            moved = 1;
            continue;
        }
        if (next < 0 || due - now < next)
            next = due - now;
        i++;
    }
    if (moved)
        return 0;
    return next < 0 ? -1 : (long)next + 1;
}

int cli_hosts_pending(const cli_hosts *hs)
{
    return hs->nring > 0 || hs->nwaiting > 0;
}
