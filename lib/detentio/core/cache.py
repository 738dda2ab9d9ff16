"""The one cache policy for everything built from files a user edits.

A value is kept until one of its input files changes. The key is each input
file's ``(path, mtime_ns, size)`` (one ``stat`` per file: an edit made in a
running kernel is picked up at the next call; the size catches two edits
within one tick of a coarse clock) together with the call's own arguments,
so every input is in the key. Values that callers may mutate (DataFrames)
are handed out as copies.

>>> @on_files(paths.instruments, paths.codebook, copy=True)
... def provisions(): ...
"""
from __future__ import annotations

from functools import lru_cache, wraps
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from detentio.core.paths import stamp
from detentio.core.problems import DetentioError, Problem, shown

T = TypeVar("T")


def stamps(paths: Iterable[str | Path]) -> tuple:
    """The key of a set of files as they are now (``None`` for a missing one)."""
    return tuple(stamp(p) if stamp(p) is not None else (str(p), None, None) for p in paths)


def on_files(*inputs: Callable[[], str | Path | Iterable[str | Path]], maxsize: int = 8,
             copy: bool = False):
    """Cache a function on the files ``inputs()`` name (resolved at each call, so a
    changed workspace root is a different key) and on its arguments."""
    def decorate(function: Callable[..., T]) -> Callable[..., T]:
        @lru_cache(maxsize=maxsize)
        def at(_key, args, kwargs):
            return function(*args, **dict(kwargs))

        @wraps(function)
        def cached(*args, **kwargs):
            files: list = []
            for name in inputs:
                found = name()
                files.extend([found] if isinstance(found, (str, Path)) else found)
            value = at(stamps(files), args, tuple(sorted(kwargs.items())))
            return value.copy() if copy else value

        cached.cache_clear = at.cache_clear
        return cached
    return decorate


def current(build: Callable[[str, int, int], T], path: str | Path, missing: str) -> T:
    """``build(path, mtime_ns, size)`` for one file as it is now, with ``build``
    cached (``functools.lru_cache``): the shape of the codebook, actor and
    lexicon loaders, whose path is an argument."""
    key = stamp(path)
    if key is None:
        raise DetentioError(Problem(shown(path), missing))
    return build(*key)
