"""The calendar's words, spelled once for every rule that must tell a date from a name or a count.

>>> import re
>>> bool(re.fullmatch(MONTH, "December"))
True
>>> "tuesday" in CALENDAR_WORDS
True

The month names are written out here rather than taken from :mod:`calendar`, whose names follow the process
locale: a rule must read English text the same way on every machine.
"""
from __future__ import annotations

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# A month's name, as a regex group: "December".
MONTH = "(?:" + "|".join(MONTH_NAMES) + ")"
# A month's name or its abbreviation with a full stop: "December", "Dec.", "Sept.".
MONTH_OR_ABBREVIATION = "(?:" + "|".join(MONTH_NAMES) + r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
# Day and month names in lower case: words a capital letter does not make a name.
CALENDAR_WORDS = frozenset(w.lower() for w in DAY_NAMES + MONTH_NAMES)
