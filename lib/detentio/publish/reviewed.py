"""What a report says about review: how many items were checked and corrected, and a note on each correction.

>>> from detentio.publish import reviewed
>>> report.show(reviewed.summary(mentions=chosen, claims=found))
>>> reviewed.mark("001_b7bf", 1311, 1320)    # footnote: "speaker corrected by the reviewer, 2 December 2026: ..."

:func:`detentio.publish.notes.in_context` adds :func:`mark` to every quoted
item, so each corrected mention or claim a report quotes carries its note.
"""
from __future__ import annotations

import datetime

from detentio.framing import corrections
from detentio.publish import report

_SKIP = ("checked", "add")  # a check changes nothing; an added item is noted as added


def _day(iso: str) -> str:
    """``"2026-12-02" -> "2 December 2026"``; empty for no date."""
    try:
        day = datetime.date.fromisoformat(iso)
    except ValueError:
        return ""
    return f"{day.day} {day.strftime('%B')} {day.year}"


def decisions(source: str, start: int, end: int) -> list[corrections.Correction]:
    """The decisions (not checks) of data/corrections.csv on the item at ``source[start:end]``."""
    return [r for r in corrections.load() if r.key == (source, int(start), int(end)) and r.name != "checked"]


def describe(rows: list[corrections.Correction]) -> str:
    """The note's text: ``"speaker corrected by the reviewer, 2 December 2026: reason"``, one clause per row."""
    parts = []
    for row in rows:
        what = ("added by the reviewer" if row.name == "add"
                else f"{row.name} corrected by the reviewer")
        when = _day(row.date)
        parts.append(what + (f", {when}" if when else "") + (f": {row.reason}" if row.reason else ""))
    return "; ".join(parts) + "." if parts else ""


def mark(source: str, start: int, end: int) -> report.Fragment:
    """A footnote on a corrected item (empty when nobody corrected it); its text is escaped."""
    text = describe(decisions(source, start, end))
    return report.footnote(text[0].upper() + text[1:]) if text else report.text("")


def _part(table, noun: str) -> str:
    if table is None:
        return ""
    total = len(table)
    seen = int(table["reviewed"].sum()) if "reviewed" in table else 0
    fixed = int(table["corrected"].sum()) if "corrected" in table else 0
    if total == 0:
        return f"no {noun}"
    plural = noun if total != 1 else noun.rstrip("s")
    return (f"of the **{total}** {plural} it uses, **{seen}** were checked by a reviewer and **{fixed}** "
            f"corrected" if seen else f"none of the **{total}** {plural} it uses has been checked by a reviewer yet")


def summary(mentions=None, claims=None) -> str:
    """One sentence (markdown, for :func:`report.show`): how many of the report's mentions and
    claims were reviewed and corrected.

    >>> reviewed.summary(mentions=m)     # 'Review: of the 74 mentions it uses, 3 were checked ... 1 corrected.'
    """
    parts = [p for p in (_part(mentions, "mentions"), _part(claims, "claims")) if p]
    text = "; ".join(parts)
    return (f"**Review.** This report uses the values decided in `data/corrections.csv`: {text}. "
            "A note marks each corrected item; `detentio review` lists those not yet checked.")
