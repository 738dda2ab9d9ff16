"""Namesakes of registered people: "Tigran Sahakyan" is not the registered Siranush Sahakyan.

The registry matches a registered person's surname wherever it appears; a text that names someone else of
that surname ("Grigoryan's lawyer, Tigran Sahakyan") means him, not her. :func:`drop` removes those matches
before any rule reads them.

>>> spans = drop(text, actors.matches(text, date, registry), registry, words)
"""
from __future__ import annotations

import re

from detentio.core.calendar import CALENDAR_WORDS as _CALENDAR
from detentio.framing.speakers.cleaning import TIME_WORDS as _TIME_WORDS
from detentio.framing.speakers.vocabulary import Vocabulary



def _same_first_name(word: str, full_name: str) -> bool:
    """Whether ``word`` is the first name of ``full_name`` in any transliteration ("Sergey" for "Sergei")."""
    return any(word[:3].lower() == name[:3].lower() for name in full_name.split()[:-1])


# A title after these words is another post's or another time's ("deputy foreign minister", "former President").
_UNDER_TITLE = re.compile(r"(?<![\w-])(?:deputy|vice|former|acting|ex|first\s+deputy)[ \t-]+$", re.IGNORECASE)
# A first name's initial before a surname: "V. Sahakyan" (a record's way of giving a name).
_INITIAL_BEFORE = re.compile(r"(?<![\w.])([A-Z])\.[ \t\u00a0]*$")
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z’'-]+)[ \t\u00a0]+$")


def other_person(name: str, actor) -> bool:
    """Whether ``name`` as a text writes it in full ("Rauf Aliyev", "ALIYEV Rashad") is someone other than the
    registered person ``actor`` its surname matched (Ilham Aliyev): it has a first name, and not ``actor``'s."""
    words = name_words(name)
    if actor.type != "person" or len(words) < 2:
        return False
    surname = actor.name.split()[-1].lower()
    if words[-1].lower() == surname:
        return not _same_first_name(words[0], actor.name)
    # "ALIYEV Rashad", "Aliyev Rashad (NI)": the surname first, as the European Parliament prints its members
    return len(words) == 2 and words[0].lower() == surname and not _same_first_name(words[1], actor.name)


HONORIFICS = {"mr", "ms", "mrs", "dr", "sir", "mme", "madam", "lord", "lady"}


def name_words(name: str) -> list[str]:
    """The words of a name without its honorific ("Mr. Hajiyev" -> ["Hajiyev"])."""
    return [w for w in name.replace(".", " ").split() if w.lower() not in HONORIFICS]


def drop(text: str, spans: list, registry, words: Vocabulary) -> list:
    """The registry's matches without a registered person's surname where it is someone else's: "Tigran
    Sahakyan" (or "V. Sahakyan") is not the registered Siranush Sahakyan, and when the text names only him, its bare
    "Sahakyan" is him too; nor a title under another post ("the deputy foreign minister")."""
    others, full, under = set(), set(), set()
    lower = None  # the text's words in lower case, found once: "But", "When", "Monday" are words, not first names
    for s, e, actor_id, is_title in spans:
        if registry[actor_id].type != "person":
            continue
        if is_title and _UNDER_TITLE.search(text, max(0, s - 20), s):
            under.add((s, actor_id))  # "the deputy foreign minister" is not the foreign minister
            continue
        if is_title or len(text[s:e].split()) > 1:
            full.add(actor_id)
            continue
        initial = _INITIAL_BEFORE.search(text, max(0, s - 6), s)
        if initial and not any(w[:1] == initial.group(1) for w in registry[actor_id].name.split()[:-1]):
            others.add((s, actor_id))  # "V. Sahakyan" is not Siranush Sahakyan
            continue
        first = _FIRST_NAME_BEFORE.search(text, max(0, s - 30), s)
        if first and first.group(1).lower() not in words.title_words | words.title_nouns | words.not_names \
                and first.group(1).lower() not in _TIME_WORDS \
                and not _same_first_name(first.group(1), registry[actor_id].name) \
                and first.group(1).lower() not in _CALENDAR:
            if lower is None:
                lower = set(re.findall(r"(?<![\w’'-])[a-z][a-z’'-]*", text))
            if first.group(1).lower() not in lower:
                others.add((s, actor_id))
    dropped = {actor for _s, actor in others} - full
    return [span for span in spans if (span[0], span[2]) not in others | under
            and not (span[2] in dropped and len(text[span[0]:span[1]].split()) == 1)]
