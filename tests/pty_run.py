#!/usr/bin/env python3
"""pty_run.py FDS OUT CMD [ARG...]: runs CMD with the descriptors FDS
(comma-separated: 0, 1, 2) on a new pseudo-terminal, the others inherited,
and writes what CMD wrote to the terminal into OUT. Exits with CMD's status
(128 + N when killed by signal N). Lets a test see what a program does on a
terminal without one, and without timing anything."""
import os
import pty
import subprocess
import sys


def main():
    fds = [int(f) for f in sys.argv[1].split(",")]
    out_path = sys.argv[2]
    cmd = sys.argv[3:]
    master, slave = pty.openpty()
    streams = {f"std{name}": slave for f, name in ((0, "in"), (1, "out"), (2, "err"))
               if f in fds}
    proc = subprocess.Popen(cmd, **streams)
    os.close(slave)
    got = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: every writer is gone
            break
        if not chunk:
            break
        got += chunk
    status = proc.wait()
    os.close(master)
    with open(out_path, "wb") as f:
        f.write(got)
    sys.exit(128 - status if status < 0 else status)


main()
