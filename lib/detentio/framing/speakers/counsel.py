"""Counsel the text introduces by name, for a trial report's later "Counsel argued", "Defence counsel added".

>>> introduced(namer, ("defence", "counsel"), offset)   # (start, "Elnur Mammadli") after "defence counsel Elnur Mammadli"

A lawyer is rarely registered, and a trial report names her once ("the closing speech of defence counsel Elnur
Mammadli", "Elnur Mammadli, the defendant's counsel") and then calls her by her role. The registry's roles cannot
say who that is; the introduction can. Only the counsel family of nouns is read: "the prosecutor" at a trial in Baku
is the State's (hard case 12), not a person the text named.
"""
from __future__ import annotations

import re

from detentio.framing.speakers.introduced import holders
from detentio.framing.speakers.grammar import NAME_WORD

COUNSEL_NOUNS = frozenset({"counsel", "lawyer", "attorney", "advocate", "barrister"})
_NAME = rf"(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})"
# "defence counsel Elnur Mammadli", "his lawyer, Elnur Mammadli,": the role right before the name
_ROLE_BEFORE = re.compile(rf"(?P<role>(?<![\w’'-])(?:[\w’'-]+[ \t]+){{0,3}}?(?i:{'|'.join(COUNSEL_NOUNS)}))"
                          rf"(?:[ \t]+|,[ \t]+){_NAME}")
# "Elnur Mammadli, the defendant's appointed counsel": the role in apposition after it
_ROLE_AFTER = re.compile(rf"{_NAME},[ \t]+(?P<role>(?:[\w’'-]+[ \t]+){{0,4}}?(?i:{'|'.join(COUNSEL_NOUNS)}))\b")


def introduced(namer, words: tuple[str, ...], before: int) -> tuple[int, str] | None:
    """The last unregistered person introduced before ``before`` with a role holding every one of ``words`` (its
    last a counsel noun), as ``(offset, name)``; None when the text introduced nobody so."""
    if not words or words[-1] not in COUNSEL_NOUNS:
        return None
    found = holders(namer, (_ROLE_BEFORE, _ROLE_AFTER), words, before)
    return max(((at, name) for name, at in found.items()), default=None)
