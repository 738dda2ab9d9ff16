"""Numbers of people: number tokens, their values and qualifiers, and the words counted.

>>> from detentio.framing.claims import numbers
>>> numbers.value_of("twenty-three"), numbers.value_of("2,500")
(23, 2500)

The words (number words, qualifiers, nouns of people and of role, verbs of
detention) are data in ``data/lexicon.yml``; :func:`current` compiles them
once per loaded lexicon. The shape of a count ("44 Armenian and 12 ...",
"of the") stays here as code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from detentio.framing import lexicon as lexicon_module
from detentio.framing.speakers.vocabulary import alternation


@dataclass(frozen=True, eq=False)
class NumberWords:
    """The claim patterns of one lexicon."""

    units: dict
    tens: dict
    number: re.Pattern
    qualifier: re.Pattern
    qualifier_names: tuple
    particle_verbs: re.Pattern
    detention_verb: re.Pattern
    reference: re.Pattern
    people: frozenset
    roles: frozenset
    ethnonyms: frozenset
    modifiers: frozenset


def _word_number(units: dict, tens: dict) -> str:
    # Tens (with a unit), then the teens, then one to ten: longer words before their prefixes.
    digits = [w for w, v in units.items() if 1 <= v <= 9]
    teens = [w for w, v in units.items() if 11 <= v <= 19]
    singles = [w for w, v in units.items() if 1 <= v <= 10]
    return (rf"(?:(?:{'|'.join(tens)})(?:[-\s](?:{'|'.join(digits)}))?|{'|'.join(teens)}|{'|'.join(singles)}"
            r"|(?:a|one)\s+hundred)")


@lru_cache(maxsize=4)
def build(lexicon: lexicon_module.Lexicon) -> NumberWords:
    units = {w.lower(): v for w, v in lexicon["number_words"].items()}
    tens = {w.lower(): v for w, v in lexicon["tens"].items()}
    qualifiers = tuple(lexicon["qualifiers"].items())
    # Digits not glued to a word, a decimal point, a hyphen ("25-year-old") or a currency sign.
    number = re.compile(
        rf"(?<![\w.,$€£¥%/-])(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)|(?P<words>{_word_number(units, tens)}))"
        r"(?![\w%/-]|[.,]\d)", re.IGNORECASE)
    qualifier = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<q{i}>{alternation(p)})" for i, (_, p) in
                                                       enumerate(qualifiers)) + r")\s+$", re.IGNORECASE)
    return NumberWords(
        units=units, tens=tens, number=number, qualifier=qualifier, qualifier_names=tuple(n for n, _ in qualifiers),
        particle_verbs=re.compile(rf"(?:{alternation(lexicon['particle_verbs'])})\s+$", re.IGNORECASE),
        detention_verb=re.compile(rf"(?<![\w-])(?:{alternation(lexicon['detention_verbs'])})"
                                  r"\s+(?:a\s+further\s+|another\s+|all\s+)?$", re.IGNORECASE),
        reference=re.compile(rf"(?<![\w-])(?:{alternation(lexicon['reference_words'])})\s+$", re.IGNORECASE),
        people=_lower(lexicon["people"]), roles=_lower(lexicon["roles"]),
        ethnonyms=_lower(lexicon["ethnonyms"]), modifiers=_lower(lexicon["modifiers"]))


def _lower(words) -> frozenset:
    return frozenset(w.lower() for w in words)


def current() -> NumberWords:
    return build(lexicon_module.load())


def value_of(token: str, words: NumberWords | None = None) -> int:
    """The integer a number token stands for: "1,200" -> 1200, "twenty-three" -> 23."""
    words = words or current()
    token = token.lower().strip()
    if token[0].isdigit():
        return int(token.replace(",", ""))
    if token.endswith("hundred"):
        return 100
    parts = re.split(r"[-\s]+", token)
    if parts[0] in words.tens:
        return words.tens[parts[0]] + (words.units[parts[1]] if len(parts) > 1 else 0)
    return words.units[parts[0]]


def qualifier_before(text: str, start: int, floor: int, words: NumberWords | None = None) -> tuple[int, str]:
    """``(start of the qualifier, qualifier)`` for the words before ``start`` (else ``(start, "exact")``)."""
    words = words or current()
    window = text[max(floor, start - 30):start]
    m = words.qualifier.search(window)
    if not m:
        return start, "exact"
    name = next(words.qualifier_names[int(k[1:])] for k, v in m.groupdict().items() if v)
    q_start = start - len(window) + m.start()
    if name == "more_than" and m.group().lower().startswith("over") \
            and words.particle_verbs.search(text, floor, q_start):
        return start, "exact"
    return q_start, name
