"""Files written whole or not at all: a reader sees the old content or the new.

Each write goes to a temporary file beside its target, named ``.<name>.<random>.tmp``,
which is renamed over the target only when complete. When the write fails (a
full disk, a read-only folder) the temporary file is removed and the error
names the target; a process killed midway leaves one, which the next build's
sweep removes (:func:`is_temporary` says which names are ours).
"""
from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

from detentio.core.problems import DetentioError, Problem, shown

_TEMPORARY = re.compile(r"\.[^/]+\.[0-9a-f]{32}\.tmp\Z")


def temporary_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")


def is_temporary(name: str) -> bool:
    """Whether ``name`` is a temporary file of :func:`write_bytes`."""
    return _TEMPORARY.match(name) is not None


def write_bytes(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step; :class:`DetentioError` naming it when that fails."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = temporary_name(path)
        try:
            with open(tmp, "wb") as file:
                file.write(data)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise DetentioError(Problem(shown(path), f"could not write ({exc.strerror or exc}); "
                                                 "the previous file, if any, is unchanged")) from None


def write_text(path: str | Path, text: str) -> None:
    """:func:`write_bytes` of ``text`` as UTF-8."""
    write_bytes(path, text.encode("utf-8"))
