"""Plain-text wording shared by the analyses' tables: a figure as stated, a date at its precision.

>>> stated(40, "at_least")
'at least 40'
>>> when("2025-03", "approximate")
'c. March 2025'

Text only, never markup: the publish layer escapes it like any other value.
"""
from __future__ import annotations

import pandas as pd

from detentio.law import cite

QUALIFIER_WORDS = {"exact": "", "at_least": "at least ", "more_than": "more than ", "at_most": "at most ",
                   "less_than": "fewer than ", "about": "about "}
CONDITIONALITY_WORDS = {"maps": "minefield maps", "counter_release": "counter-release",
                        "mediation": "third-party mediation", "none": "nothing in return recorded",
                        "unknown": "not known"}


def stated(value, qualifier: str | None) -> str:
    """A figure as its source gives it: ``stated(40, "at_least") == "at least 40"``."""
    if value is None or value != value:
        return ""
    return f"{QUALIFIER_WORDS.get(qualifier or 'exact', '')}{int(value):,}"


def when(date, precision: str | None, end=None) -> str:
    """A date at its precision, OSCOLA style: "3 July 2021", "November 2023", "c. March 2025".

    ``date`` is the written form ("2025-03") or a typed date; a typed date has
    lost its grain, so give ``end`` (the last day it stands for, as
    :func:`detentio.law.tables.events` does in ``date_end``) to show an approximate
    month as "c. March 2025" rather than its first day.
    """
    if date is None or date != date:
        return "undated"
    if end is not None and end == end and not isinstance(date, str):
        start, last = pd.Timestamp(date), pd.Timestamp(end)
        if last > start:
            grain = "%Y" if (start.month, start.day, last.month, last.day) == (1, 1, 12, 31) else "%Y-%m"
            date = start.strftime(grain)
    return cite.dated(date, precision)
