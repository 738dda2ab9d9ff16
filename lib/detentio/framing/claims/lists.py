"""The list shape: counts in a list after a counted claim of their sentence ("17 Armenian servicemen in October 2022
and 32 in December 2023"), or after a colon whose lead names the people or counts releases ("we have counted every
release one by one: 44 in December 2020, 15 in June 2021, ..."). Split from :mod:`.shapes`, which lists it in
``SHAPES`` with the others.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from detentio.framing.claims.counted import UNIT_AFTER, WORDS

if TYPE_CHECKING:  # the shapes' argument; the list shape only reads its fields
    from detentio.framing.claims.shapes import Number


# "44 men in December 2020, 15 in June 2021 and 32 in December 2023": a count in a list after the claim it
# shares its noun with. Before it, a list's joint; after it, a word that opens a phrase of time, place or price
# ("in", "for maps", "three years later"), never a noun ("and 32 countries") and never "of" ("articles 118 and
# 119 of").
_LIST_JOINT = re.compile(r"(?:[,;]|[,;]?\s+(?:and|then|and\s+then|while|but))\s+(?:(?:another|a\s+further|most\s+recently"
                         r"|later|then|today|yesterday|now|finally|lastly|last\s+week|this\s+week)\s+)?$", re.IGNORECASE)
_LIST_TAIL = re.compile(r"\s+(?:in|on|for|to|at|across|from|via|through|after|before|during|under|with|into|by"
                        r"|(?:this|last|next)\s+(?:week|month|year|spring|summer|autumn|winter)|today|yesterday"
                        r"|(?:a|one|two|three|four|five|six|several|some)\s+(?:days?|weeks?|months?|years?)\s+later"
                        r"|the\s+(?:other|next|following|same))\b(?!\s+(?:the\s+)?(?:morning|afternoon|evening|night)\b)",
                        re.IGNORECASE)


def listed(n: Number):
    """A count in a list after a counted claim of its sentence, sharing its noun: "Azerbaijan returned 17
    Armenian servicemen in October 2022 and 32 in December 2023" (span: qualifier and number; ``what``
    that claim's). A list after a colon whose lead names the people counts them too: "people have come home in
    small groups: seventeen in October 2022, thirty-two in December 2023".

    Example:
        Azerbaijan returned 17 Armenian servicemen in October 2022 and 32 in December 2023.
    Yields: 32
    Not:
        Azerbaijan returned 17 Armenian servicemen under articles 118 and 119 of the Convention.

    """
    if not _LIST_TAIL.match(n.text, n.match.end(), n.s_end) or UNIT_AFTER.match(n.text, n.match.end(), n.s_end):
        return None
    if n.last_claim and n.last_claim[0] == n.index and len(n.last_claim) > 2 \
            and 0 < n.q_start - n.last_claim[2] <= 90 \
            and _LIST_JOINT.search(n.text, max(n.s_start, n.q_start - 30), n.q_start):
        return n.q_start, n.match.end(), n.last_claim[1]
    # "people have come home in small groups: 15 at a time in 2021, seventeen in October 2022, ...": a list after a
    # colon whose lead names the people
    colon = n.text.rfind(":", n.s_start, n.q_start)
    if colon < 0 or not (_LIST_JOINT.search(n.text, max(n.s_start, n.q_start - 30), n.q_start)
                         or not n.text[colon + 1:n.q_start].strip()):
        return None
    if n.last_claim and n.last_claim[0] == n.index and len(n.last_claim) > 2 and n.last_claim[2] > colon:
        return n.q_start, n.match.end(), n.last_claim[1]  # the list's first count, found by another shape
    lead = [w.lower() for w in WORDS.findall(n.text, n.s_start, colon)]
    what = next((w for w in reversed(lead) if w in n.words.people), None)
    if what is None and _RELEASES_LEAD.search(n.text, n.s_start, colon):
        what = "persons"  # "we have counted every release one by one: 44 in December 2020, 15 in June 2021, ..."
    return (n.q_start, n.match.end(), what) if what else None


# A list's lead that counts releases, returns or exchanges: the figures after its colon are of people released.
_RELEASES_LEAD = re.compile(r"(?<![\w-])(?:releases?|returns?|handovers?|exchanges?|repatriations?|released|returned"
                            r"|repatriated|handed\s+over|came\s+home|come\s+home|went\s+home)(?![\w-])", re.IGNORECASE)


# A list item's figure after its source's colon, with only what happened to the people it counts after it: "-
# Government of Armenia, 15 January: 19 held.", "- Union of Families of the Missing: at least 26 held or missing."
_ITEM_START = re.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+")
_FATE = r"(?:held|detained|imprisoned|missing|released|returned|freed|repatriated|convicted|sentenced)"
_FATE_ONLY = re.compile(rf"[ \t]+(?:still[ \t]+)?{_FATE}(?:[ \t]+(?:or|and)[ \t]+{_FATE})?[ \t]*(?=[.;]?[ \t]*(?:\n|$))",
                        re.IGNORECASE)


def fate_item(n: Number):
    """A figure that follows a list item's colon and says only what happened to the people it counts, as a
    newsletter or a factbox lists each source's figure (span: qualifier and number; ``what``: persons).

    Example:
        The numbers, as each side gives them:
        - Government of Armenia, 15 January: 19 held.
    Yields: 19
    Not:
        The numbers, as each side gives them:
        - Government of Armenia, 15 January: 19 pages.
    """
    line = n.text.rfind("\n", 0, n.q_start) + 1
    colon = n.text.rfind(":", line, n.q_start)
    if colon < 0 or n.text[colon + 1:n.q_start].strip() or not _ITEM_START.match(n.text, line):
        return None
    return (n.q_start, n.match.end(), "persons") if _FATE_ONLY.match(n.text, n.match.end()) else None
