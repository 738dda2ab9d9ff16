"""Write decisions to ``data/corrections.csv`` atomically.

>>> append([decision("001_b7bf", 120, 128, body, "speaker", "sahakyan", reason="named in the sentence before")])

The new file is written beside the old one, flushed to disk and swapped in
with ``os.replace``: a crash leaves the old file or the new one, never half a
file. A file that does not validate is not written to (its problems are
raised), so a decision never hides an error already in it.
"""
from __future__ import annotations

import csv
import datetime
import io
import os
import tempfile
from pathlib import Path
from typing import Iterable

from detentio.core import paths
from detentio.core.problems import DetentioError, Problem, shown
from detentio.framing.corrections.read import FIELDS, HEADER, Correction, parse


def decision(source: str, start: int, end: int, body: str, field: str, value="", *, reason: str = "",
             reviewer: str = "", date: str | None = None) -> Correction:
    """A correction row for ``body[start:end]`` (the words are copied from the body, so they match).

    >>> decision("s1", 4, 12, "The captives", "negated", True).value
    'true'
    """
    if field not in FIELDS:
        raise DetentioError(Problem("corrections", f"unknown field {field!r} (fields: {', '.join(FIELDS)})"))
    if isinstance(value, bool):
        value = "true" if value else "false"
    date = datetime.date.today().isoformat() if date is None else date
    return Correction(0, source, int(start), int(end), body[start:end], field, "" if value is None else str(value),
                      reason, reviewer, date)


def render(rows: Iterable[Correction]) -> str:
    """The CSV text of ``rows`` with the header (what :func:`append` writes)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for r in rows:
        writer.writerow([r.source, r.start, r.end, r.text, r.field, r.value, r.reason, r.reviewer, r.date])
    return out.getvalue()


def replace_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and ``os.replace``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def append(rows: Iterable[Correction], path: str | Path | None = None) -> Path:
    """Add ``rows`` at the end of the corrections file (created with its header if missing).

    The existing text is kept byte for byte; the rows are checked by the same
    reader before the file is replaced.
    """
    path = Path(path or paths.corrections())
    old = path.read_bytes() if path.exists() else b""
    _, problems = parse(old, shown(path)) if old else ([], [])
    if problems:
        raise DetentioError(problems)
    text = old.decode("utf-8-sig") if old else ""
    if text and not text.endswith("\n"):
        text += "\n"
    new = render(rows)
    text = (text or new.partition("\n")[0] + "\n") + new.partition("\n")[2]
    _, problems = parse(text.encode("utf-8"), shown(path))
    if problems:
        raise DetentioError(problems)
    replace_atomically(path, text)
    return path
