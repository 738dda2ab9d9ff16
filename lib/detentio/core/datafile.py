"""The workspace's YAML data files (codebook, actor registry, page-chrome rules):
read with :mod:`detentio.core.yamlfile`, cached with :mod:`detentio.core.cache`.

No pandas here: ``detentio check`` uses it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from detentio.core.cache import current as load_current  # noqa: F401  (the loaders' cache)
from detentio.core.problems import DetentioError, Problem, shown
from detentio.core.yamlfile import read as _read


def read_yaml(path: str | Path, missing: str):
    """The parsed file; :class:`DetentioError` saying ``missing`` or where the YAML breaks
    (duplicate keys and aliases included, see :mod:`detentio.core.yamlfile`)."""
    return _read(path, missing)


def problems(read: Callable[[Path], dict], validate: Callable[[dict, str], list[Problem]],
             path: Path) -> list[Problem]:
    """Every problem of one data file, for ``detentio check`` (which must not stop at the first)."""
    try:
        return validate(read(path), shown(path))
    except DetentioError as exc:
        return exc.problems
