"""Read ``data/corrections.csv`` strictly: every problem named with its line, or nothing.

>>> rows = read()                       # [] when the file does not exist
>>> rows[0].field, rows[0].typed        # ('speaker', 'sahakyan')

The file is a spreadsheet a scholar edits, so it is read with the ``csv``
module (quoted fields, commas and new lines inside quotes) and checked cell by
cell before anything is applied: a wrong header, a quote left open, a byte
that is not UTF-8, a start after its end, an unknown field or a value of the
wrong type each give a :class:`~detentio.core.problems.Problem` naming
``data/corrections.csv`` and the line. Checks that need the sources, the
codebook or the actors live in :mod:`.validate`.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from detentio.core import paths
from detentio.core.cache import on_files
from detentio.core.problems import DetentioError, Problem, shown

HEADER = ("source", "start", "end", "text", "field", "value", "reason", "reviewer", "date")
# "checked": the reviewer accepted the engine's values (the value is their snapshot).
MENTION_FIELDS = ("speaker", "code", "negated", "quoted", "drop", "add", "checked")
CLAIM_FIELDS = tuple(f"claim.{name}" for name in
                     ("value", "qualifier", "what", "status", "side", "speaker", "drop", "add", "checked"))
FIELDS = MENTION_FIELDS + CLAIM_FIELDS
QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "less_than", "about")
# The fields a "checked" snapshot records, per kind: what a reviewer looks at.
SNAPSHOT = {"mentions": ("speaker", "code", "negated", "quoted"),
            "claims": ("value", "qualifier", "what", "speaker")}
_BOOLEAN = {"true": True, "false": False}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Correction:
    """One decision: ``field`` of the item at ``source[start:end]`` (whose words are ``text``) is ``value``."""

    line: int
    source: str
    start: int
    end: int
    text: str
    field: str
    value: str
    reason: str = ""
    reviewer: str = ""
    date: str = ""

    @property
    def kind(self) -> str:
        """``mentions`` or ``claims``."""
        return "claims" if self.field.startswith("claim.") else "mentions"

    @property
    def name(self) -> str:
        """The field without its ``claim.`` prefix: the column it decides."""
        return self.field.removeprefix("claim.")

    @property
    def key(self) -> tuple[str, int, int]:
        return self.source, self.start, self.end

    @property
    def typed(self):
        """The value as the column holds it: bool, int, a snapshot dict, or text (None for no speaker)."""
        return typed(self.name, self.value)


def typed(name: str, value: str):
    """``typed("negated", "TRUE") -> True``; ``typed("value", "19") -> 19``; ``typed("speaker", "") -> None``."""
    if name in ("negated", "quoted"):
        return _BOOLEAN[value.strip().lower()]
    if name in ("value", "add") and value.strip().isdigit():
        return int(value)
    if name == "checked":
        return snapshot(value)
    if name == "speaker":
        return value.strip() or None
    return value.strip()


def snapshot(value: str) -> dict[str, str]:
    """``"speaker=sahakyan; negated=false" -> {"speaker": "sahakyan", "negated": "false"}``."""
    pairs = [part.partition("=") for part in value.split("; ") if part.strip()]
    return {k.strip(): v.strip() for k, _, v in pairs}


def _value_problem(kind: str, name: str, value: str) -> str | None:
    """What is wrong with ``value`` for this field, or None."""
    clean = value.strip()
    if name in ("negated", "quoted") and clean.lower() not in _BOOLEAN:
        return f"{name} must be true or false, got {value!r}"
    if (kind, name) in (("claims", "value"), ("claims", "add")) and not clean.isdigit():
        return f"a count must be a whole number, got {value!r}"
    if name == "qualifier" and clean not in QUALIFIERS:
        return f"qualifier must be one of {', '.join(QUALIFIERS)}, got {value!r}"
    if name in ("code", "what", "status", "side") or (kind, name) == ("mentions", "add"):
        return None if clean else f"{name} needs a value"
    if name == "checked":
        keys = set(snapshot(value))
        unknown = keys - set(SNAPSHOT[kind])
        if unknown or not keys:
            return (f"a checked row's value is the engine's values, e.g. "
                    f"{'; '.join(f'{k}=...' for k in SNAPSHOT[kind])} (got {value!r})")
    return None


def _row(cells: list[str], line: int) -> tuple[Correction | None, list[str]]:
    """A correction from one row's cells, or the problems with it."""
    if len(cells) != len(HEADER):
        return None, [f"expected {len(HEADER)} fields ({','.join(HEADER)}), got {len(cells)}"]
    source, start, end, text, field, value, reason, reviewer, date = cells
    problems = []
    if not source.strip():
        problems.append("source is empty")
    numbers = []
    for label, cell in (("start", start), ("end", end)):
        if not cell.strip().isdigit():
            problems.append(f"{label} must be a whole number of characters, got {cell!r}")
        numbers.append(int(cell) if cell.strip().isdigit() else None)
    if None not in numbers:
        if numbers[0] > numbers[1]:
            problems.append(f"start {numbers[0]} is after end {numbers[1]}")
        elif numbers[0] == numbers[1]:
            problems.append(f"the span {numbers[0]}-{numbers[1]} is empty")
        elif len(text) != numbers[1] - numbers[0]:
            problems.append(f"text {text!r} has {len(text)} characters but the span {numbers[0]}-{numbers[1]} "
                            f"has {numbers[1] - numbers[0]}")
    if field not in FIELDS:
        problems.append(f"unknown field {field!r} (fields: {', '.join(FIELDS)})")
    else:
        kind = "claims" if field.startswith("claim.") else "mentions"
        problem = _value_problem(kind, field.removeprefix("claim."), value)
        problems += [problem] if problem else []
    if date.strip() and not _DATE.fullmatch(date.strip()):
        problems.append(f"date must be YYYY-MM-DD, got {date!r}")
    if problems:
        return None, problems
    return Correction(line, source.strip(), numbers[0], numbers[1], text, field, value, reason.strip(),
                      reviewer.strip(), date.strip()), []


def parse(data: bytes, where: str = "data/corrections.csv") -> tuple[list[Correction], list[Problem]]:
    """Every correction in ``data`` (the file's bytes), and every problem, each with its line."""
    try:
        content = data.decode("utf-8-sig")  # a spreadsheet may save a byte-order mark
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        return [], [Problem(where, f"byte 0x{data[exc.start]:02x} is not UTF-8: save the file as UTF-8 "
                                   "(in a spreadsheet: CSV UTF-8)", line)]
    reader = csv.reader(io.StringIO(content, newline=""), strict=True)
    rows, problems, first = [], [], 1
    try:
        for cells in reader:
            line, first = first, reader.line_num + 1  # a quoted cell may span lines: the row starts here
            if line == 1:
                if tuple(c.strip() for c in cells) != HEADER:
                    return [], [Problem(where, f"the header must be {','.join(HEADER)} (got {','.join(cells)})", 1)]
                continue
            if not any(c.strip() for c in cells):
                continue
            row, found = _row(cells, line)
            rows += [row] if row else []
            problems += [Problem(where, message, line) for message in found]
    except csv.Error as exc:
        detail = ("a quotation mark opened here is never closed" if "end of data" in str(exc) else str(exc))
        problems.append(Problem(where, f"malformed CSV: {detail}", first))
    if first == 1 and not problems:
        problems.append(Problem(where, f"the file is empty: its first line must be {','.join(HEADER)}", 1))
    return rows, problems


def read(path: str | Path | None = None) -> list[Correction]:
    """The corrections of ``path`` (default ``data/corrections.csv``); [] when it does not exist.

    Raises :class:`DetentioError` with every problem when the file does not
    validate: nothing is applied from a file that is partly wrong.
    """
    path = Path(path or paths.corrections())
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    rows, problems = parse(data, shown(path))
    if problems:
        raise DetentioError(problems)
    return rows


@on_files(paths.corrections)
def load() -> tuple[Correction, ...]:
    """:func:`read` of the workspace's file, cached until the file changes."""
    return tuple(read())
