"""What a number counts: the words right after it ("40 Armenian prisoners", "12 of its own servicemen") or the
total it is given for before it ("the number of Armenian prisoners held in Azerbaijan is 23").

>>> people_after(words, text, number_end, sentence_end, labels)   # (end, what) when people follow, else None
>>> total_before(words, text, number_start, sentence_start, label_spans)  # (what, after "at"), else None
>>> named_before(number)   # what the claim or label just before counts, for a figure standing alone

Pure functions of the text and the lexicon's words (:mod:`.numbers`); the claim shapes (:mod:`.shapes`) use them.
"""
from __future__ import annotations

import re

# The words of a text, and a unit after a number ("six years", "40 km", "15 per cent"): a measure, never people.
WORDS = re.compile(r"[\w’'-]+")
UNIT_AFTER = re.compile(r"\s+(?:years?|months?|weeks?|days?|hours?|minutes?|per\s*cent|percent|%|km|kilomet\w*|euros?"
                        r"|dollars?|times)\b", re.IGNORECASE)

_OF_THE = re.compile(r"\s+of\s+(?:the|these|those|our|their|its|his|her|my|your)\s+", re.IGNORECASE)
# "44 Armenian and 12 Azerbaijani detainees": the first count shares the noun of the second.
_AND_NUMBER = re.compile(r"\s+and\s+(?=\S)", re.IGNORECASE)
# A word after the number, or a quoted one: 'left 19 "persons deprived of liberty"', 'the 32 "servicemen of
# Armenian origin"' count the people the quotation names.
_WORD = re.compile(r"\s+[\"\u201c\u2018]?([\w’'-]+)")
# "members of his unit", "members of an illegal armed group": the people of a military unit or an armed group.
_OF_A_UNIT = re.compile(r"\s+of\s+(?:his|their|the|an?|that|this|our)\s+(?:[\w-]+\s+){0,2}?(?:unit|units|group|groups"
                        r"|battalion|platoon|company|squad|detachment|formation|formations|brigade|regiment)\b", re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:number|total|count|figure|tally)\s+of\b", re.IGNORECASE)
# "had put the number of Armenian prisoners in Baku at 55": an estimate's figure after "at".
_ESTIMATE = re.compile(r"(?<![\w-])(?:put|puts|putting|places|placed|placing|estimated|estimates)\s+the\s+$",
                       re.IGNORECASE)
_COPULA = re.compile(r"\s+(?:is|was|are|were|has\s+been|had\s+been|stands\s+at|stood\s+at|has\s+reached|reached|totals|totalled"
                     r"|totaled|amounts\s+to|remains|remained"
                     # "the number of Armenians held in Baku had risen again to fifty-five"
                     r"|(?:has|had|have)?\s*(?:rose|risen|fell|fallen|dropped|grew|grown|climbed)(?:\s+again)?\s+to)\s+$",
                     re.IGNORECASE)


def people_after(words, text: str, pos: int, ceiling: int, labels: dict[int, tuple[int, str]], roles: bool = False):
    """What follows a number at ``pos``: ``(end, what)`` when it is people, else None.

    With ``roles`` (the number is the object of a verb of detention or
    release) a noun of role or office counts as people too.
    """
    of = _OF_THE.match(text, pos, ceiling)
    if of:
        pos = of.end() - 1
    for _ in range(4):  # up to three modifiers, then the counted word
        word = _WORD.match(text, pos, ceiling)
        if not word:
            return None
        if word.start(1) in labels:
            end, code = labels[word.start(1)]
            return end, code
        lower = word.group(1).lower()
        if lower in words.people or roles and lower in words.roles:
            return word.end(1), word.group(1).lower()
        if lower in ("members", "member") and _OF_A_UNIT.match(text, word.end(1), ceiling):
            return word.end(1), lower  # "12 other members of his unit": the men of a unit or a group
        if lower in words.ethnonyms and not _continues(words, text, word.end(1), ceiling, labels):
            joined = _AND_NUMBER.match(text, word.end(1), ceiling)
            other = words.number.match(text, joined.end(), ceiling) if joined else None
            shared = people_after(words, text, other.end(), ceiling, labels, roles) if other else None
            if shared:
                return word.end(1), shared[1]
            return word.end(1), word.group(1).lower()  # "one Armenian" counted
        if lower in words.modifiers or word.group(1)[0].isupper():
            pos = word.end(1)
            continue
        return None
    return None


def _continues(words, text: str, pos: int, ceiling: int, labels) -> bool:
    word = _WORD.match(text, pos, ceiling)
    if not word:
        return False
    lower = word.group(1).lower()
    return word.start(1) in labels or lower in words.people or lower in words.modifiers


def total_before(words, text: str, number_start: int, floor: int, labels_in: list[tuple[int, int, str]]):
    """"the number of Armenian prisoners held in Azerbaijan is 23": ``(what, after "at")`` for the people
    named before the copula (or before "at" after "put the number of"), else None."""
    head = text[floor:number_start]
    copula = _COPULA.search(head)
    at = re.search(r"\s+at\s+$", head)
    if not copula and at:
        copula = at  # only after "put the number of ... at", checked below
    if not copula:
        return None
    total = None
    for total in _TOTAL.finditer(head, 0, copula.start()):
        pass
    if total is None or copula is at and not _ESTIMATE.search(head, 0, total.start()):
        return None
    between = head[total.end():copula.start()]
    if len(between.split()) > 10:
        return None
    for s, _e, code in labels_in:
        if floor + total.end() <= s < floor + copula.start():
            return code, copula is at
    for word in re.findall(r"[\w’'-]+", between):
        if word.lower() in words.people:
            return word.lower(), copula is at
    return None


def named_before(n, reach: int = 0) -> str | None:
    """What the claim just before counts, or the last label in this sentence or the one before (and ``reach``
    characters more), or else the last word for people there ("How many of the men are your clients? ... Six
    of them")."""
    if n.last_claim and n.index - n.last_claim[0] <= 1:
        return n.last_claim[1]
    floor = max(0, n.p_start - reach)
    found = None
    for s, _e, code in n.label_spans:
        if floor <= s < n.q_start:
            found = code
    if found is None:
        for word in WORDS.findall(n.text, floor, n.q_start):
            if word.lower() in n.words.people:
                found = word.lower()
    return found
