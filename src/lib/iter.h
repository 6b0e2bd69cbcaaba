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
 * DCI_ITER_DEFINE(prefix, type) defines prefix##_iter and its functions for a
 * tree type whose nodes have parent, first_child and next pointers (the DOM's
 * dci_node, the content tree's dci_block).
 */
#ifndef DCI_ITER_H
#define DCI_ITER_H

typedef enum dci_event {
    DCI_EVENT_NONE,   /* not started */
    DCI_EVENT_ENTER,
    DCI_EVENT_EXIT,
    DCI_EVENT_DONE    /* the root was exited */
} dci_event;

#define DCI_ITER_DEFINE(prefix, type)                                                   \
    typedef struct prefix##_iter {                                                     \
        type *root;                                                                    \
        type *node;                                                                    \
        dci_event event;                                                                \
        int skip;        /* the entered node's children are not walked */             \
    } prefix##_iter;                                                                   \
                                                                                       \
    static inline void prefix##_iter_init(prefix##_iter *it, type *root)               \
    {                                                                                  \
        it->root = root;                                                               \
        it->node = root;                                                               \
        it->event = root ? DCI_EVENT_NONE : DCI_EVENT_DONE;                              \
        it->skip = 0;                                                                  \
    }                                                                                  \
                                                                                       \
    /* Moves to the next event; returns it. it->node is the node it is about. */     \
    static inline dci_event prefix##_iter_next(prefix##_iter *it)                       \
    {                                                                                  \
        type *n = it->node;                                                            \
        switch (it->event) {                                                           \
        case DCI_EVENT_NONE:                                                            \
            return it->event = DCI_EVENT_ENTER;                                         \
        case DCI_EVENT_ENTER:                                                           \
            if (n->first_child && !it->skip) {                                         \
                it->node = n->first_child;                                             \
                return DCI_EVENT_ENTER;                                                 \
            }                                                                          \
            it->skip = 0;                                                              \
            return it->event = DCI_EVENT_EXIT;                                          \
        case DCI_EVENT_EXIT:                                                            \
            if (n == it->root)                                                         \
                return it->event = DCI_EVENT_DONE;                                      \
            if (n->next) {                                                             \
                it->node = n->next;                                                    \
                return it->event = DCI_EVENT_ENTER;                                     \
            }                                                                          \
            it->node = n->parent;                                                      \
            return DCI_EVENT_EXIT;                                                      \
        case DCI_EVENT_DONE:                                                            \
            break;                                                                     \
        }                                                                              \
        return DCI_EVENT_DONE;                                                          \
    }                                                                                  \
                                                                                       \
    /* After an ENTER: the next event is the node's EXIT, its children unseen. */    \
    static inline void prefix##_iter_skip(prefix##_iter *it)                           \
    {                                                                                  \
        if (it->event == DCI_EVENT_ENTER)                                               \
            it->skip = 1;                                                              \
    }                                                                                  \
                                                                                       \
    /* Ends the walk: the next event is DONE. */                                      \
    static inline void prefix##_iter_stop(prefix##_iter *it)                           \
    {                                                                                  \
        it->event = DCI_EVENT_DONE;                                                     \
    }

#endif
