#include "sigpipe.h"

#include <errno.h>
#include <signal.h>
#include <unistd.h>

static int pipe_was_default = 1;

void cli_sigpipe_init(void)
{
    struct sigaction sa;
    if (sigaction(SIGPIPE, NULL, &sa) == 0)
        pipe_was_default = sa.sa_handler == SIG_DFL;
}

void cli_stdout_failed(int errnum)
{
    if (errnum != EPIPE)
        return;
    if (pipe_was_default) {
        signal(SIGPIPE, SIG_DFL);
        raise(SIGPIPE);
    }
    /* Worker threads may still run: _exit, not exit, so that nothing
     * flushes or frees under them. */
    _exit(CLI_EXIT_PIPE);
}
