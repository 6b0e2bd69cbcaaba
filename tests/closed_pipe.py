#!/usr/bin/env python3
"""closed_pipe.py ignore|default CMD [ARG...]: runs CMD with standard output
on a pipe whose reader is already gone, so that its first write fails (EPIPE,
or SIGPIPE), and SIGPIPE ignored or at its default. Prints CMD's return code
as Python gives it (-13 when killed by SIGPIPE), then its standard error. No
timing: the reader is closed before CMD starts."""
import os
import signal
import subprocess
import sys

mode = sys.argv[1]
reader, writer = os.pipe()
os.close(reader)
action = signal.SIG_IGN if mode == "ignore" else signal.SIG_DFL
proc = subprocess.run(sys.argv[2:], stdout=writer, stderr=subprocess.PIPE,
                      stdin=subprocess.DEVNULL, restore_signals=False,
                      preexec_fn=lambda: signal.signal(signal.SIGPIPE, action))
print(proc.returncode)
sys.stdout.buffer.write(proc.stderr)
