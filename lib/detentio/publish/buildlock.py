"""One build at a time in a workspace, into a reports/ folder it can write.

A build holds an exclusive lock on ``reports/.build.lock`` from before it
sweeps the leftovers of earlier builds until it has written the index. So
everything temporary it finds in reports/ belongs to a build that has ended
(its workers die with it, :mod:`detentio.publish.workers`) and can be removed; a
second build started meanwhile stops with a message instead of racing the
first. The kernel releases the lock when the holder dies, even by ``kill -9``.
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from detentio.core import atomic
from detentio.core.problems import DetentioError, Problem, shown

LOCK = ".build.lock"


def writable(folder: Path) -> None:
    """Raise :class:`DetentioError` unless files can be created in ``folder`` (created if missing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = atomic.temporary_name(folder / "probe")  # a name the sweep removes if we die here
        probe.touch()
        probe.unlink()
    except OSError as exc:
        raise DetentioError(Problem(shown(folder), f"cannot write here ({exc.strerror or exc}); nothing was built "
                                                   "and the reports already there are unchanged")) from None


@contextmanager
def held(reports: Path) -> Iterator[None]:
    """Hold the build lock of ``reports/`` (checked writable first) for the ``with`` block."""
    writable(reports)
    path = reports / LOCK
    with open(path, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise DetentioError(Problem(shown(reports), f"another detentio build is running in this workspace "
                                                        f"(process {holder}); wait for it to end")) from None
        handle.truncate(0)
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
