/*
 * sizes: the two size constants the library and the CLI both use.
 */
#ifndef DCX_SIZES_H
#define DCX_SIZES_H

/* The number of elements of an array (not a pointer). */
#define DCX_COUNTOF(a) (sizeof(a) / sizeof((a)[0]))

/*
 * The size of the buffers error messages are written into: room for every
 * fixed message; one that quotes a long path or URL is cut by snprintf.
 */
#define DCX_ERRSIZE 512

#endif
