/*
 * sigpipe: a reader of standard output that goes away ("decruft *.html |
 * head -1"). The program ignores SIGPIPE while it fetches (a socket's peer
 * may go away too), and a shell may have it ignored from the start: either
 * way a write to the closed pipe fails with EPIPE, and the program then
 * ends at once, quietly, as the writer a SIGPIPE kills.
 */
#ifndef CLI_SIGPIPE_H
#define CLI_SIGPIPE_H

/* The status of a program killed by SIGPIPE, as shells report it. */
#define CLI_EXIT_PIPE 141

/* Notes how SIGPIPE was set at the start; call it before changing it. */
void cli_sigpipe_init(void);

/*
 * Called when writing to standard output failed with errnum. On EPIPE it
 * does not return: the program is killed by SIGPIPE when that was not
 * ignored at the start, and ends with CLI_EXIT_PIPE otherwise, without a
 * message and without flushing anything more. Returns on other errors.
 */
void cli_stdout_failed(int errnum);

#endif
