"""Which sense a matched word has here: a label for people held, or a word of something else.

The codebook matches words; some of them, in some places, name no one held: a treaty's or a group's name
("the Hostages Convention", "Hope for Return"), a thing handed over ("handed over maps of mined areas"), words
passed on ("exchanged 3,000 Red Cross messages"), the war's victims ("crimes against thousands of civilians").

>>> in_proper_name(text, start, end)                  # a capitalised label inside a name in a sentence
>>> not_of_people(text, start, end, code, s_start, s_end)   # a release, exchange or civilian that is none

:func:`detentio.framing.mentions.extract` drops these; the ones of :func:`not_of_people` still count as words for the
sentence's negation scope, so no neighbouring label's denial moves when they go. Each form here was read from the
development sets' spurious labels and checked against every gold label of the same code (none has the form).
"""
from __future__ import annotations

import re

NEAR = 200  # characters before a word searched for its clause's start


def clause_start(text: str, start: int, floor: int) -> int:
    """Where the clause of the word at ``start`` begins: after the last comma, semicolon or colon within
    :data:`NEAR` characters before it, not before ``floor`` (its sentence's start)."""
    near = max(floor, start - NEAR)
    return max(near, max(text.rfind(c, near, start) for c in ",;:") + 1)


# What is handed over when no person is: maps and remains, right after the verb ("handed over the maps of the
# minefields", "handed over to the Azerbaijani side maps of ...", "the handing over of further maps") or right before
# it ("the minefield maps handed over by Armenia", "until maps are handed over"). "handed over 15 men in exchange for
# maps" hands over people: the thing must be the verb's own object.
_THING = r"(?:minefield\s+|mine\s+)?(?:maps?|remains|bodies|body)\b"
_THING_HANDED_AFTER = re.compile(r"\s+(?:of\s+)?(?:to\s+(?:the\s+)?[\w-]+\s+side\s+)?(?:(?:the|all|full|further|its|their"
                                 rf"|some|more|additional|new|detailed)\s+)*{_THING}", re.IGNORECASE)
_THING_HANDED_BEFORE = re.compile(rf"\b{_THING}(?:\s+of\s+[\w\s-]{{1,40}}?)?\s+(?:(?:were|was|are|is|be|being|been|had|has"
                                  r"|have|already|finally)\s+)*$", re.IGNORECASE)


def _hands_over_a_thing(text: str, start: int, end: int, floor: int, ceiling: int) -> bool:
    """Whether a release word's own object is a thing handed over, not people: "Armenia handed over maps of mined
    areas", "the minefield maps handed over in 2021", "handed over to the Azerbaijani side the remains of ..."."""
    return bool(_THING_HANDED_AFTER.match(text, end, ceiling)
                or _THING_HANDED_BEFORE.search(text, clause_start(text, start, floor), start))


# Civilians killed or harmed are the war's victims, not a name for the people held: "mines kill civilians", "crimes
# against thousands of civilians", "159 citizens, including 32 civilians, have been killed or injured".
_HARMED_BEFORE = re.compile(r"\b(?:kill(?:s|ed|ing)?|injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?|against|attacks?\s+on"
                            r"|shelling\s+of|bombing\s+of|lives\s+of)\s+(?:(?:the|of|thousands|hundreds|dozens|more|than"
                            r"|\d[\d,]*|many|innocent|peaceful|Azerbaijani|Armenian|our|their|both|sides?|on)\s+)*$",
                            re.IGNORECASE)
_HARMED_AFTER = re.compile(r"\s*,?\s*(?:(?:were|have\s+been|had\s+been|was|been)\s+)?(?:killed|injured|wounded|died"
                           r"|casualties)\b", re.IGNORECASE)


def _victims(text: str, start: int, end: int, floor: int, ceiling: int) -> bool:
    """Whether "civilians" here are people killed or harmed, not people held."""
    return bool(_HARMED_BEFORE.search(text, max(floor, start - 80), start) or _HARMED_AFTER.match(text, end, ceiling))


# Words passed on, not people: "exchanged more than 3,000 Red Cross messages", "the sides exchanged updated lists of
# missing persons", "closed the exchange of replies", "Red Cross messages exchanged between detainees and families",
# "the return of information on the missing". (The codebook's ignore list takes the forms with nothing between.)
_WORDS_PASSED = r"(?:messages|lists?|replies|information|notes|letters|views|documents|data|greetings)\b"
_WORDS_AFTER = re.compile(r"\s+(?:of\s+)?(?:(?:more|than|over|some|about|nearly|hundreds|thousands|dozens|of|the|their|its"
                          rf"|updated|new|full|family|Red\s+Cross|\d[\d,]*)\s+)*{_WORDS_PASSED}", re.IGNORECASE)
_WORDS_BEFORE = re.compile(r"\b(?:messages|lists|letters|notes)\s+(?:(?:were|was|are|is|been|being|have|has|had)\s+)*$",
                           re.IGNORECASE)


def _passes_on_words(text: str, start: int, end: int, floor: int, ceiling: int) -> bool:
    """Whether an exchange or a release here passes on words (messages, lists, replies), not people."""
    return bool(_WORDS_AFTER.match(text, end, ceiling) or _WORDS_BEFORE.search(text, max(floor, start - 40), start))


# A capitalised label inside a proper name, after the name's capitalised word and its joining word: "Hope for Return",
# "Union of Captives' Families", "Lawyers for Detainees Network", "the Treatment of Prisoners of War", "Commission on
# Missing and Detained Persons".
_NAME_JOIN_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+\s+(?:for|of|on|from|against|and)\s+(?:the\s+|All\s+)?$")
# The line's own lower-case words (not the joining words of a title): a sentence, not a headline in title case.
_PLAIN_WORD = re.compile(r"(?<![\w’'-])(?!(?:for|of|on|from|against|and|the|to|in|a|an|at|by|or)\b)[a-z]{2,}\b")


def in_proper_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised label at ``[start, end)`` is a word of a proper name inside a sentence ("The families'
    group Hope for Return says"); a headline in title case ("Calls for Release of Prisoners") keeps its labels."""
    if not text[start:start + 1].isupper() or not _NAME_JOIN_BEFORE.search(text, max(0, start - 40), start):
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return len(_PLAIN_WORD.findall(line)) >= 3


def not_of_people(text: str, start: int, end: int, code: str, floor: int, ceiling: int) -> bool:
    """Whether the word of ``code`` at ``[start, end)`` (its sentence ``[floor, ceiling)``) names no one held: maps
    or remains handed over, words exchanged, civilians harmed."""
    return code == "release" and _hands_over_a_thing(text, start, end, floor, ceiling) \
        or code == "civilian" and _victims(text, start, end, floor, ceiling) \
        or code in ("exchange", "release") and _passes_on_words(text, start, end, floor, ceiling)
