"""The gold sets of tests/gold in the corrections format, and back: one format for annotation.

>>> rows = to_corrections(pd.read_csv("tests/gold/mentions.csv", dtype=str, keep_default_na=False))
>>> corrections.render(rows)            # a corrections file that adds every gold mention with its values
>>> from_corrections(rows)              # the gold table again

A gold mention is an ``add`` row (its code) followed by one row per value
(``speaker``, ``quoted``, ``negated``); a gold claim a ``claim.add`` row (its
value) and ``claim.qualifier``, ``claim.what``, ``claim.speaker``. The gold
``note`` is the ``reason`` of the ``add`` row. So a new held-out set can be
annotated with the review notebook on an empty corrections file and turned
into ``mentions.csv`` / ``claims.csv`` with :func:`from_corrections`.
"""
from __future__ import annotations

from detentio.framing.corrections.read import Correction

MENTIONS = ("source", "start", "end", "text", "code", "speaker", "quoted", "negated", "note")
CLAIMS = ("source", "start", "end", "text", "value", "qualifier", "what", "speaker", "note")
_VALUES = {"mentions": ("speaker", "quoted", "negated"), "claims": ("qualifier", "what", "speaker")}


def _kind(columns) -> str:
    return "mentions" if "code" in columns else "claims"


def to_corrections(gold, *, reviewer: str = "gold", date: str = "") -> list[Correction]:
    """Correction rows for every item of a gold table (mentions or claims, all cells as text)."""
    kind = _kind(gold.columns)
    prefix = "" if kind == "mentions" else "claim."
    key = "code" if kind == "mentions" else "value"
    rows = []
    for item in gold.to_dict(orient="records"):
        base = (item["source"], int(item["start"]), int(item["end"]), item["text"])
        rows.append(Correction(0, *base, f"{prefix}add", str(item[key]), str(item.get("note", "")), reviewer, date))
        for name in _VALUES[kind]:
            rows.append(Correction(0, *base, f"{prefix}{name}", str(item[name]), "", reviewer, date))
    return rows


def from_corrections(rows, kind: str = "mentions"):
    """The gold table (``kind`` mentions or claims) of the items that ``add`` rows create, with their values."""
    import pandas as pd

    prefix = "" if kind == "mentions" else "claim."
    columns = MENTIONS if kind == "mentions" else CLAIMS
    key = "code" if kind == "mentions" else "value"
    items: dict[tuple, dict] = {}
    for row in rows:
        if row.field == f"{prefix}add":
            items[row.key] = {"source": row.source, "start": str(row.start), "end": str(row.end), "text": row.text,
                              key: row.value, "note": row.reason}
    for row in rows:
        name = row.field.removeprefix(prefix)
        if row.key in items and row.field.startswith(prefix) and name in _VALUES[kind]:
            items[row.key][name] = row.value
    return pd.DataFrame(list(items.values()), columns=list(columns)).fillna("")
