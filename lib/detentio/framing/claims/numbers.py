"""Numbers of people: number tokens, their values and qualifiers, and the words counted.

>>> from detentio.framing.claims import numbers
>>> numbers.value_of("twenty-three"), numbers.value_of("2,500"), numbers.value_of("three dozen")
(23, 2500, 36)

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
    plain: re.Pattern            # ``number`` without hundreds, dozens and plurals: for texts with none
    large: tuple                 # the words that say a text has any ("dozen", "hundred", "thousands" ...)
    qualifier: re.Pattern
    qualifier_names: tuple
    particle_verbs: re.Pattern
    detention_verb: re.Pattern   # "sentenced " right before a number
    detention_act: re.Pattern    # the same verbs anywhere ("freed in December 2023 with 31 others")
    reference: re.Pattern
    people: frozenset
    roles: frozenset
    ethnonyms: frozenset
    modifiers: frozenset
    plural: dict                 # "hundreds" -> 200: a plural count's least value
    anaphor: re.Pattern          # " of them", " of the missing" right after a number
    count_verb: re.Pattern       # "acknowledges " right before a number
    not_count: re.Pattern        # "every " right before a number
    status: tuple                # (status, pattern) in the lexicon's order
    side_words: tuple            # (side, pattern): a word of the counted phrase
    side_places: tuple           # (side, pattern): where the sentence says they are held or sent


def _number(units: dict, tens: dict, dozen: list, plural: dict, large: bool = True) -> re.Pattern:
    # Not glued to a word, a decimal point or a currency sign; after dot leaders ("..... 33") it may be, and after a
    # wire dateline's double hyphen ("GLENDALE, Calif.--Four Armenian men"), never one hyphen ("COVID-19").
    words = _word_number(units, tens, dozen, plural) if large else _word_number(units, tens, (), {})
    return re.compile(rf"(?<![\w,$€£¥%/])(?:(?<=--)|(?<!-))(?<![^.]\.)"
                      rf"(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)|(?P<words>{words}))(?![\w%/-]|[.,]\d)", re.IGNORECASE)


def _word_number(units: dict, tens: dict, dozen, plural: dict) -> str:
    # Tens (with a unit), then the teens, then one to ten: longer words before their prefixes.
    digits = [w for w, v in units.items() if 1 <= v <= 9]
    teens = [w for w, v in units.items() if 11 <= v <= 19]
    singles = [w for w, v in units.items() if 1 <= v <= 10]
    simple = (rf"(?:(?:{'|'.join(tens)})(?:[-\s](?:{'|'.join(digits)}))?|{'|'.join(teens)}|{'|'.join(singles)})")
    # "two hundred and five", "a hundred"; "three dozen", "half a dozen"; "hundreds of"
    hundreds = rf"(?:a|{'|'.join(digits)})\s+hundred(?:\s+(?:and\s+)?{simple}(?![\w-]))?"
    if not dozen:
        return rf"(?:(?:a|one)\s+hundred|{simple})"
    dozens = rf"(?:a|half\s+a|{simple})\s+(?:{'|'.join(dozen)})"
    plurals = rf"(?:{'|'.join(plural)})(?:\s+of|(?=\s+more\b))"  # ... and "dozens more were returned"
    return rf"(?:{hundreds}|{dozens}|{plurals}|{simple})"


@lru_cache(maxsize=4)
def build(lexicon: lexicon_module.Lexicon) -> NumberWords:
    units = {w.lower(): v for w, v in lexicon["number_words"].items()}
    tens = {w.lower(): v for w, v in lexicon["tens"].items()}
    qualifiers = tuple(lexicon["qualifiers"].items())
    # Digits not glued to a word, a decimal point, a hyphen ("25-year-old") or a currency sign.
    plural = {w.lower(): v for w, v in lexicon["plural_counts"].items()}
    number = _number(units, tens, lexicon["dozen_words"], plural)
    qualifier = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<q{i}>{alternation(p)})" for i, (_, p) in
                                                       enumerate(qualifiers)) + r")\s+$", re.IGNORECASE)
    return NumberWords(
        units=units, tens=tens, number=number, plain=_number(units, tens, (), {}, large=False),
        large=tuple(w.lower() for w in [*lexicon["dozen_words"], "hundred", *plural]),
        qualifier=qualifier, qualifier_names=tuple(n for n, _ in qualifiers),
        particle_verbs=re.compile(rf"(?:{alternation(lexicon['particle_verbs'])})\s+$", re.IGNORECASE),
        detention_verb=re.compile(rf"(?<![\w-])(?:{alternation(lexicon['detention_verbs'])})"
                                  # "tried with fourteen former officials": those who share the act
                                  r"\s+(?:a\s+further\s+|another\s+|all\s+|(?:together\s+|along\s+)?with\s+)?$",
                                  re.IGNORECASE),
        detention_act=re.compile(rf"(?<![\w-])(?:{alternation(lexicon['detention_verbs'])})(?![\w-])", re.IGNORECASE),
        # "Article 118", and each number of a list after it: "arts. 2, 6, 7, 9, 10 and 14", "paras 3 (a) to 5"; on
        # one line ("Key figures" over "171 Armenians returned" is a heading over a count)
        reference=re.compile(rf"(?<![\w-])(?:{alternation(lexicon['reference_words'])})[ \t]+"
                             r"(?P<list>(?:\d+[a-z]?(?:\s*\([a-z0-9]+\))*\s*(?:,|and|to|or|–|-)\s*)*)$", re.IGNORECASE),
        people=_lower(lexicon["people"]), roles=_lower(lexicon["roles"]),
        ethnonyms=_lower(lexicon["ethnonyms"]), modifiers=_lower(lexicon["modifiers"]), plural=plural,
        anaphor=re.compile(rf"\s+of\s+(?:{alternation(lexicon['anaphors'], True)})(?![\w-])", re.IGNORECASE),
        count_verb=re.compile(rf"(?<![\w-])(?:{alternation(lexicon['count_verbs'], True)})\s+$", re.IGNORECASE),
        not_count=re.compile(rf"(?<![\w-])(?:{alternation(lexicon['not_counts'], True)})\s+$", re.IGNORECASE),
        status=_groups(lexicon["count_status"], re.IGNORECASE),
        side_words=_groups(lexicon["side_words"], 0), side_places=_groups(lexicon["side_places"], 0))


def _groups(groups: dict, flags) -> tuple:
    return tuple((name, re.compile(rf"(?<![\w-])(?:{alternation(words, True)})(?![\w-])", flags))
                 for name, words in groups.items())


def find(text: str, words: NumberWords | None = None):
    """Every number token of ``text``, in order. The full pattern (with "three dozen", "two hundred and
    five", "hundreds of") costs twice the plain one, so it runs only on a text that has such a word."""
    words = words or current()
    lowered = text.lower()  # a substring test is far cheaper than a case-insensitive alternation
    return (words.number if any(w in lowered for w in words.large) else words.plain).finditer(text)


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
    parts = [p for p in re.split(r"[-\s]+", token) if p != "and"]
    if parts[-1] == "of" or parts[0] in words.plural:       # "hundreds of", "dozens (more)": its least value
        return words.plural[parts[0]]
    for word, size in (("hundred", 100), ("dozen", 12)):    # "two hundred and five", "three dozen"
        if word in parts:
            at = parts.index(word)
            head, rest = parts[:at], parts[at + 1:]
            times = 1 if head in ([], ["a"], ["one"]) else 0.5 if head == ["half", "a"] else _simple(head, words)
            return int(times * size) + (_simple(rest, words) if rest else 0)
    return _simple(parts, words)


def _simple(parts: list[str], words: NumberWords) -> int:
    """"forty-one" as ``["forty", "one"]`` -> 41."""
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
