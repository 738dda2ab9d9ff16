"""Apply the reviewer's decisions to the records of one document.

>>> records = apply("mentions", records, body, "001_b7bf", read.load(), locate=locate)
>>> records[0]["speaker"], records[0]["corrected"], records[0]["engine"]
('sahakyan', True, 'speaker=outlet:Armenpress; rule=outlet')

Every record gains three columns:

- ``reviewed``: a reviewer looked at it (a ``checked`` row or any correction);
- ``corrected``: a decision changed one of its values, added it or was applied to it;
- ``engine``: the engine's own values that the reviewer replaced, as
  ``field=value; ...`` (``(not found)`` for an item the engine missed and the
  reviewer added); empty when nothing was changed. So the decided value is in
  the usual column and the engine's beside it, for audit.

A correction whose ``text`` is no longer ``body[start:end]`` (the source was
edited) is never applied: ``detentio check`` names it. A decision on a span
where the engine found nothing (and no ``add`` row) changes nothing either;
``detentio check`` names it too.
"""
from __future__ import annotations

from typing import Callable, Iterable, Sequence

from detentio.framing.corrections.read import Correction

ADDED = "(not found)"  # the engine value of an item the reviewer added
REVIEWER_RULE = "reviewer"  # the rule column of a speaker the reviewer decided
_INDEX: list = [None, {}]  # (the corrections tuple last indexed, its index): one index per file version


def index(rows: Sequence[Correction]) -> dict[tuple[str, str], list[Correction]]:
    """Corrections by ``(kind, source)``, in line order (built once per loaded file)."""
    if _INDEX[0] is not rows:
        found: dict[tuple[str, str], list[Correction]] = {}
        for row in rows:
            found.setdefault((row.kind, row.source), []).append(row)
        _INDEX[:] = [rows, found]
    return _INDEX[1]


def current(rows: Iterable[Correction], body: str) -> list[Correction]:
    """The rows whose words are still at their span of ``body`` (the others are stale)."""
    return [r for r in rows if r.end <= len(body) and body[r.start:r.end] == r.text]


def _added(kind: str, row: Correction, locate: Callable | None, kinds: dict) -> dict:
    """The record of an item the engine missed, as the engine would place it in its document."""
    base = dict(locate(row.start, row.end)) if locate else {}
    record = {"source": row.source, "start": row.start, "end": row.end, "text": row.text, **base}
    if kind == "mentions":
        record.update(code=row.typed, kind=kinds.get(row.typed, "label"), negated=False)
    else:
        record.update(value=row.typed, qualifier="exact", what="", shape=REVIEWER_RULE)
    record.update(reviewed=True, corrected=True, engine=ADDED)
    return record


def _decide(record: dict, row: Correction) -> None:
    """Set one field of ``record`` to the reviewer's value, keeping the engine's in ``engine``."""
    name = row.name
    if name not in record and name in ("status", "side"):
        return  # a column this version of the engine does not produce yet
    value = row.typed
    if record.get(name) == value:
        return  # the engine already agrees (check reports the row as redundant)
    changes = [(name, record.get(name), value)]
    if name == "speaker":
        changes.append(("rule", record.get("rule"), REVIEWER_RULE))
        if record.get("phrase"):  # the engine's phrase form no longer explains the speaker
            changes.append(("phrase", record["phrase"], None))
    for column, old, new in changes:
        if old == new:
            continue
        if record["engine"] != ADDED and f"{column}=" not in record["engine"]:
            shown = "" if old is None else (str(old).lower() if isinstance(old, bool) else str(old))
            record["engine"] = "; ".join(p for p in (record["engine"], f"{column}={shown}") if p)
        record[column] = new
        record["corrected"] = True


def apply(kind: str, records: list[dict], body: str, source: str, rows: Sequence[Correction], *,
          locate: Callable[[int, int], dict] | None = None, kinds: dict | None = None) -> list[dict]:
    """``records`` of one document with the decisions of ``rows`` for its ``source`` applied.

    ``locate(start, end)`` gives the engine's placement of a span (sentence,
    speaker, rule, quoted, paragraph, boilerplate, page) for an added item;
    ``kinds`` maps codes to ``label``/``clause``.
    """
    mine = current(index(rows).get((kind, source), []), body)
    for record in records:
        record.update(reviewed=False, corrected=False, engine="")
    if not mine:
        return records
    by_span = {(r["start"], r["end"]): r for r in records}
    dropped = set()
    for row in sorted(mine, key=lambda r: (r.name != "add", r.line)):  # adds first, then in file order
        span = (row.start, row.end)
        if row.name == "add":
            by_span.setdefault(span, _added(kind, row, locate, kinds or {}))
            continue
        record = by_span.get(span)
        if record is None:
            continue
        record["reviewed"] = True
        if row.name == "drop":
            dropped.add(span)
        elif row.name != "checked":
            _decide(record, row)
    return sorted((r for s, r in by_span.items() if s not in dropped), key=lambda r: (r["start"], r["end"]))
