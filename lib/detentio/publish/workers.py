"""Build workers live only as long as the build that started them.

``detentio build`` runs notebooks in worker processes. When its main process
ends, however it ends (``kill -9`` included, where no cleanup code runs), its
workers must not go on and publish reports that the index and status file
will never list. On Linux each worker asks the kernel to kill it when its
parent dies (``prctl(PR_SET_PDEATHSIG, SIGKILL)``; the standard library has no
call for it, hence ctypes). Everywhere, a worker checks that its parent is
still the build before it starts and before it publishes anything.
A worker's Jupyter kernel notices the worker's end by itself (ipykernel
polls its parent) and exits too.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with(parent: int) -> None:
    """Worker initializer: be killed when ``parent`` (the build's main process) ends."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the checks of build_alive remain
            pass
    if not build_alive(parent):  # the build ended before the signal was asked for
        os._exit(1)


def build_alive(parent: int) -> bool:
    """Whether the build that started this process still runs (always, when run in the build itself)."""
    return parent in (0, os.getpid()) or os.getppid() == parent
