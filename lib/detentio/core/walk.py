"""The files below a folder, found the same way by every reader.

The corpus reader, the manifest and the build cache all list files with
:func:`files_below`, so they see the same files. A symbolic link is followed
only when its target lies inside the workspace (or inside the folder being
listed); a link that leads outside, a loop of links, a folder reached twice,
a broken link named like a source, folders nested deeper than
:data:`~detentio.core.limits.MAX_DEPTH` and more than
:data:`~detentio.core.limits.MAX_SOURCES` files are each a problem naming the path.

os.scandir rather than Path.rglob: the directory entries already say which
names are folders, files and links, where rglob and is_file cost a Path and a
stat each, 4 of the 25 seconds of reading a 100k archive (benchmarks/README.md);
and rglob does not enter linked folders, where the corpus reader did.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from detentio.core import limits
from detentio.core.problems import DetentioError, Problem, shown


_AGAIN = "folder already read as {} (a loop of links or a second copy); not read again"


def _inside(real: str, bases: tuple[str, ...]) -> bool:
    return any(real == base or real.startswith(base.rstrip(os.sep) + os.sep) for base in bases)


def _workspace() -> str:
    from detentio.core.paths import root

    return os.path.realpath(root())


def files_below(folder: str | Path, accept: Callable[[str], bool] | None = None,
                problems: list[Problem] | None = None, skip: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """The files below ``folder`` as path parts relative to it, in the order of sorted Paths.

    ``accept(name)`` chooses files by name (default: every file); hidden names
    and the names in ``skip`` are passed over. Problems go to ``problems`` when
    given (the rest is still listed), else the first raises :class:`DetentioError`;
    more than ``MAX_SOURCES`` files always raises.
    """
    found: list[tuple[str, ...]] = []
    top = os.path.realpath(folder)
    bases = (_workspace(), top)
    seen = {top}  # real paths of the folders entered: a second visit means a loop or a duplicate
    pending: list[tuple[str, tuple[str, ...], str]] = [(str(folder), (), top)]

    def problem(path: str, message: str) -> None:
        item = Problem(shown(path), message)
        if problems is None:
            raise DetentioError(item)
        problems.append(item)

    while pending:
        current, parts, real = pending.pop()
        try:
            entries = os.scandir(current)
        except PermissionError:
            continue  # an unreadable folder is passed over, as rglob passes it over
        with entries:
            for entry in entries:
                name = entry.name
                if name.startswith(".") or name in skip:
                    continue
                if entry.is_symlink():
                    followed = _follow(entry, bases, seen, accept, problem)
                    if followed is None:
                        continue
                    is_dir, target = followed
                elif entry.is_dir(follow_symlinks=False):
                    is_dir, target = True, os.path.join(real, name)
                    if target in seen:  # below a linked folder: reached before by another way
                        problem(entry.path, _AGAIN.format(shown(target)))
                        continue
                elif entry.is_file(follow_symlinks=False):
                    is_dir, target = False, ""
                else:
                    continue  # a socket or a fifo is not a file to read
                if is_dir:
                    if len(parts) + 1 > limits.MAX_DEPTH:
                        problem(entry.path, f"folders nested more than {limits.MAX_DEPTH} levels deep below "
                                            f"{shown(folder)}; not read")
                        continue
                    seen.add(target)
                    pending.append((entry.path, parts + (name,), target))
                elif accept is None or accept(name):
                    found.append(parts + (name,))
                    if len(found) > limits.MAX_SOURCES:
                        raise DetentioError(Problem(shown(folder), f"more than {limits.MAX_SOURCES:,} files "
                                                                   "below this folder; split the corpus"))
    return sorted(found)  # part by part, as Paths sort


def _follow(entry: os.DirEntry, bases: tuple[str, ...], seen: set[str], accept, problem):
    """``(is_dir, real target)`` of a link that may be followed, else None (a problem when it matters)."""
    try:
        is_dir = entry.is_dir()
    except OSError:  # ELOOP: the link leads back to itself
        problem(entry.path, "symbolic link loop (the link leads back to itself); not read")
        return None
    target = os.path.realpath(entry.path)
    if not is_dir and not entry.is_file():
        if accept is None or accept(entry.name):
            problem(entry.path, f"broken symbolic link (to {os.readlink(entry.path)!r}); not read")
        return None
    if not is_dir and accept is not None and not accept(entry.name):
        return None
    if not _inside(target, bases):
        problem(entry.path, "symbolic link to a place outside the workspace; not read "
                            "(copy the file into the workspace instead)")
        return None
    if is_dir and target in seen:
        problem(entry.path, _AGAIN.format(shown(target)))
        return None
    return is_dir, target
