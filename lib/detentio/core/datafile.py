"""The workspace's YAML data files (codebook, actor registry): read with errors
that name the file and the line, loaded once and again only when the file changes.

No pandas here: ``detentio check`` uses it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, TypeVar

import yaml

from detentio.core.paths import stamp
from detentio.core.problems import DetentioError, Problem, shown

T = TypeVar("T")


def read_yaml(path: str | Path, missing: str):
    """The parsed file; :class:`DetentioError` saying ``missing`` or where the YAML breaks."""
    try:
        return yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DetentioError(Problem(shown(path), missing)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DetentioError(Problem(shown(path), f"malformed YAML: {getattr(exc, 'problem', exc)}",
                                    mark.line + 1 if mark else None)) from None


def load_current(build: Callable[[str, int, int], T], path: str | Path, missing: str) -> T:
    """``build(path, mtime_ns, size)`` for the file as it is now: with ``build``
    cached (``functools.lru_cache``), an edited file is read again and an
    unchanged one costs one ``stat``."""
    key = stamp(path)
    if key is None:
        raise DetentioError(Problem(shown(path), missing))
    return build(*key)


def problems(read: Callable[[Path], dict], validate: Callable[[dict, str], list[Problem]],
             path: Path) -> list[Problem]:
    """Every problem of one data file, for ``detentio check`` (which must not stop at the first)."""
    try:
        return validate(read(path), shown(path))
    except DetentioError as exc:
        return exc.problems
