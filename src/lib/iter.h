/*
 * iter: walks a tree in document order with ENTER and EXIT events, the way
 * cmark's iterator does.
 *
 * Every node is entered, then its children are walked, then it is exited; a
 * node without children gives ENTER then EXIT too, so a post-order rule sees
 * every node once. After an ENTER, skipping goes straight to that node's
 * EXIT without walking its children. The walk never leaves the root it was
 * started on and uses no memory: pages nest 100,000 deep, so nothing here
 * recurses.
 *
 * DC_ITER_DEFINE(prefix, type) defines prefix##_iter and its functions for a
 * tree type whose nodes have parent, first_child and next pointers (the DOM's
 * dc_node, the content tree's dc_block).
 */
#ifndef DC_ITER_H
#define DC_ITER_H

typedef enum dc_event {
    DC_EVENT_NONE,   /* not started */
    DC_EVENT_ENTER,
    DC_EVENT_EXIT,
    DC_EVENT_DONE    /* the root was exited */
} dc_event;

#define DC_ITER_DEFINE(prefix, type)                                                   \
    typedef struct prefix##_iter {                                                     \
        type *root;                                                                    \
        type *node;                                                                    \
        dc_event event;                                                                \
        int skip;        /* the entered node's children are not walked */             \
    } prefix##_iter;                                                                   \
                                                                                       \
    static inline void prefix##_iter_init(prefix##_iter *it, type *root)               \
    {                                                                                  \
        it->root = root;                                                               \
        it->node = root;                                                               \
        it->event = root ? DC_EVENT_NONE : DC_EVENT_DONE;                              \
        it->skip = 0;                                                                  \
    }                                                                                  \
                                                                                       \
    /* Moves to the next event; returns it. it->node is the node it is about. */     \
    static inline dc_event prefix##_iter_next(prefix##_iter *it)                       \
    {                                                                                  \
        type *n = it->node;                                                            \
        switch (it->event) {                                                           \
        case DC_EVENT_NONE:                                                            \
            return it->event = DC_EVENT_ENTER;                                         \
        case DC_EVENT_ENTER:                                                           \
            if (n->first_child && !it->skip) {                                         \
                it->node = n->first_child;                                             \
                return DC_EVENT_ENTER;                                                 \
            }                                                                          \
            it->skip = 0;                                                              \
            return it->event = DC_EVENT_EXIT;                                          \
        case DC_EVENT_EXIT:                                                            \
            if (n == it->root)                                                         \
                return it->event = DC_EVENT_DONE;                                      \
            if (n->next) {                                                             \
                it->node = n->next;                                                    \
                return it->event = DC_EVENT_ENTER;                                     \
            }                                                                          \
            it->node = n->parent;                                                      \
            return DC_EVENT_EXIT;                                                      \
        case DC_EVENT_DONE:                                                            \
            break;                                                                     \
        }                                                                              \
        return DC_EVENT_DONE;                                                          \
    }                                                                                  \
                                                                                       \
    /* After an ENTER: the next event is the node's EXIT, its children unseen. */    \
    static inline void prefix##_iter_skip(prefix##_iter *it)                           \
    {                                                                                  \
        if (it->event == DC_EVENT_ENTER)                                               \
            it->skip = 1;                                                              \
    }                                                                                  \
                                                                                       \
    /* Ends the walk: the next event is DONE. */                                      \
    static inline void prefix##_iter_stop(prefix##_iter *it)                           \
    {                                                                                  \
        it->event = DC_EVENT_DONE;                                                     \
    }

#endif
