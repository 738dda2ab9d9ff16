"""What happens to the people a count counts (``status``) and whose people they are (``side``).

>>> from detentio.framing.claims import status
>>> text = "Azerbaijan released 10 Armenian prisoners."
>>> status.status_of(text, 20, 41, 0, len(text))
'released'
>>> status.side_of(text, 20, 41, 0, len(text))
'armenian'

The words are data (``count_status``, ``side_words`` and ``side_places`` in
``data/lexicon.yml``). The status is the status word nearest the counted
phrase in its sentence (its own words first: "33 released"); the side is a
nationality in the counted phrase ("32 Armenian prisoners"), else where the
sentence says they are held or sent ("held in Baku"). A release or return the
sentence asks for or expects ("calls on Baku to release the 19", "must be
returned") has not happened: it is passed over, and the people are held unless
another status word says otherwise. "unknown" when the text does not say.
"""
from __future__ import annotations

import re
from functools import lru_cache

from detentio.framing.claims.numbers import NumberWords, current

STATUSES = ("held", "released", "returned", "missing", "convicted", "unknown")
SIDES = ("armenian", "azerbaijani", "unknown")


def status_of(text: str, start: int, end: int, s_start: int, s_end: int, words: NumberWords | None = None) -> str:
    """The status of the people counted in ``text[start:end]``, read in its sentence ``[s_start, s_end)``."""
    words = words or current()
    if _MIXED.search(text, max(s_start, start - 60), min(s_end, end + 60)):
        return "unknown"  # "80 people are missing or held": the figure mixes states (held-out 4 README)
    best = None  # (distance, lexicon order, status)
    asked = False  # a release or return the sentence asks for or expects: it has not happened
    # one pass over the count's neighbourhood in its clause; the group says which status
    for m in _any_status(words).finditer(text, max(s_start, start - 150), min(s_end, end + 150)):
        order = int(m.lastgroup[1:])
        status = words.status[order][0]
        if status in ("released", "returned") and _UNREAL.search(text, max(s_start, m.start() - 40), m.start()):
            asked = True
            continue
        distance = 0 if start <= m.start() < end else min(abs(m.start() - end), abs(start - m.end()))
        if best is None or (distance, order) < best[:2]:
            best = (distance, order, status)
    return best[2] if best else "held" if asked else "unknown"


# A figure that adds the disappeared to the held.
_MIXED = re.compile(r"\b(?:missing|disappeared)\s+(?:or|and)\s+(?:still\s+)?(?:held|detained|in\s+custody|captive)\b"
                    r"|\b(?:held|detained|in\s+custody)\s+(?:or|and)\s+(?:still\s+)?(?:missing|disappeared|unaccounted)\b",
                    re.IGNORECASE)


# "calls on Baku to release the 19", "must be returned", "should have been repatriated", "demands the release
# of": a release asked for, due or expected is not one that happened, so the people it counts are still held.
_UNREAL = re.compile(
    r"(?:\b(?:to|must|should|shall|will|would|could|can|may|cannot|might)(?:\s+not)?(?:\s+(?:have|be|been|"
    r"immediately|promptly|now|finally|also|all|soon|eventually|swiftly))*"
    r"|\b(?:call(?:s|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed|ing)?|push(?:es|ed|ing)?)\s+for(?:\s+the)?(?:\s+\w+)?"
    r"|\b(?:demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|urg(?:e|es|ed|ing)|await(?:s|ed|ing)?|awaiting|pending)"
    r"(?:\s+the)?(?:\s+\w+)?)\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _any_status(words: NumberWords) -> re.Pattern:
    """Every status word in one pattern, a group per status (``s0``, ``s1`` ... in the lexicon's order)."""
    return re.compile("|".join(f"(?P<s{i}>{pattern.pattern})" for i, (_, pattern) in enumerate(words.status)),
                      re.IGNORECASE)


def side_of(text: str, start: int, end: int, s_start: int, s_end: int, words: NumberWords | None = None) -> str:
    """Whose people ``text[start:end]`` counts: ``armenian``, ``azerbaijani`` or ``unknown``."""
    words = words or current()
    for scope in ((start, end), (s_start, s_end)):
        found = {name for name, pattern in (words.side_words if scope == (start, end) else words.side_places)
                 if pattern.search(text, *scope)}
        if len(found) == 1:
            return found.pop()
    return "unknown"
