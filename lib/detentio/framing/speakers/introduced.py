"""People a text introduces with a role ("the school psychologist Lilit Vardanyan", "Narine Arakelyan, head
teacher"), whom a later description of that role ("The head teacher opened the meeting", "the psychologist said")
refers back to: one person, one speaker, as a registered office's holder is (GUIDELINES hard case 12).

>>> introduced(namer, ("psychologist",), before)   # (offset, "Lilit Vardanyan"), or None
"""
from __future__ import annotations

import re

from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.grammar import NAME_WORD

# The roles of people a text names once and then describes: a school's, a clinic's, a parish's, a club's, an
# archive's. (Counsel are :mod:`.counsel`'s, read only where a trial report writes "Counsel argued"; officials,
# judges and prosecutors the registry's and the agents'.)
ROLE_NOUNS = frozenset({"teacher", "psychologist", "doctor", "physician", "nutritionist", "surgeon", "nurse",
                        "priest", "chaplain", "organiser", "organizer", "coordinator", "curator", "librarian",
                        "headmaster", "headmistress", "principal", "rector", "historian", "translator",
                        "interpreter", "facilitator", "therapist", "social worker", "caseworker", "adviser",
                        "advisor", "registrar", "secretary", "treasurer", "owner", "manager"})
_NOUNS = "|".join(sorted((re.escape(n) for n in ROLE_NOUNS), key=len, reverse=True))
_NAME = rf"(?:(?:Mr|Ms|Mrs|Dr|Fr)\.?[ \t]+)?(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})"
# "the school psychologist Lilit Vardanyan": the role right before the name
_ROLE_BEFORE = re.compile(rf"(?P<role>(?<![\w’'-])(?:[\w’'-]+[ \t]+){{0,3}}?(?i:{_NOUNS}))(?:[ \t]+|,[ \t]+){_NAME}")
# "Narine Arakelyan, head teacher": the role in apposition after it
_ROLE_AFTER = re.compile(rf"{_NAME},[ \t]+(?P<role>(?:[\w’'-]+[ \t]+){{0,4}}?(?i:{_NOUNS}))\b")


def introduced(namer, words: tuple[str, ...], before: int) -> tuple[int, str] | None:
    """The one unregistered person introduced before ``before`` with a role holding every one of ``words`` (its
    last a role noun), as ``(offset, name)``; None when the text introduced nobody so, or two different people
    (then "the teacher" says not which)."""
    if not words or words[-1] not in ROLE_NOUNS:
        return None
    found = holders(namer, (_ROLE_BEFORE, _ROLE_AFTER), words, before)
    return next(((at, name) for name, at in found.items()), None) if len(found) == 1 else None


def holders(namer, patterns, words: tuple[str, ...], before: int) -> dict[str, int]:
    """Each unregistered person of two names or more whom ``patterns`` (a role before her name, a role in apposition
    after it; groups ``role`` and ``name``) introduce before ``before`` with a role holding every one of ``words``,
    and where the text last did so."""
    found: dict[str, int] = {}
    for pattern in patterns:
        for m in pattern.finditer(namer.text, 0, before):
            role = m.group("role").lower()
            name = clean_name(m.group("name"), namer.words)
            if not name or " " not in name or name in namer.registry.actors \
                    or not all(re.search(rf"\b{re.escape(w)}", role) for w in words):
                continue
            found[name] = max(found.get(name, -1), m.start())
    return found
