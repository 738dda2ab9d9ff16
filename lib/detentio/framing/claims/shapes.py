"""The claim shapes: each a named unit that finds what a number counts.

>>> from detentio.framing.claims import shapes
>>> [shape.name for shape in shapes.SHAPES]   # tried in this order; the first that counts wins

A shape gets a :class:`Number` (the number, its sentence, its qualifier)
and returns ``(start, end, what)`` or None. Its docstring's ``Example:``
must make it find a claim of the ``Yields:`` value; ``Not:`` must not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from detentio.core.calendar import MONTH
from detentio.framing.claims.counted import UNIT_AFTER, WORDS, named_before as _named_before, people_after, total_before
from detentio.framing.claims.numbers import value_of
from detentio.framing.claims.lists import fate_item, listed
from detentio.framing.claims.predicates import predicate
from detentio.framing.claims.relatives import who_clause
from detentio.framing.claims.sequels import sequel
from detentio.framing.claims.tables import aligned_cell, dated_row, table_cell, table_row
from detentio.framing.units import Unit

# An elliptical count: "19 Armenians were still held, down from 23 a year
# earlier" counts the noun of the claim before it in the sentence. Only after
# such a comparison word, and only when no noun of its own follows the number
# ("from 23 a year earlier", "from 23.", not "from 12 countries").
_COMPARED = re.compile(r"(?<![\w-])(?:(?:down|up)\s+from|compared\s+(?:with|to)|against|versus|vs\.|than|from|to)\s+$",
                       re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"\s*(?:$|[,.;:)!?\u2014\u2013-]|\[\d|(?:a|an|the|in|on|at|by|last|earlier|before|previously"
                            # ... or to whom the figure was given ("acknowledged 72 to the Court")
                            r"|ago|and|or|when|after|since|until|to\s+(?:the|a|an|its|their)"
                            # ... or when, or as what ("released four today as a humanitarian gesture")
                            r"|today|yesterday|tonight|as)\b)", re.IGNORECASE)
# "After it, 23 remain": a number standing alone as the subject of "remain"
# counts the people of the claim just before.
_REMAIN_AFTER = re.compile(r"\s+(?:(?:still|would|will|should|to|could)\s+)?(?:remain|remained|are\s+(?:still\s+)?(?:left|held)"
                           r"|were\s+(?:still\s+)?(?:left|held)"
                           # "19 still held", "leaving 19 still in its custody", "More than three dozen came home"
                           r"|still\s+(?:held|detained|missing|in\s+(?:custody|detention|prison|jail|Baku|its\s+custody"
                           r"|their\s+custody|Azerbaijani\s+custody))|came\s+(?:home|back)|went\s+home"
                           r"|(?:were|have\s+been|had\s+been)\s+(?:freed|released|returned|repatriated|exchanged|convicted"
                           r"|sentenced|handed\s+over)"
                           # "three are still on trial", "three are still there", "more than 80 are missing"
                           r"|(?:are|were|is)\s+(?:still\s+)?(?:on\s+trial|there|missing|in\s+(?:custody|detention|prison"
                           r"|jail|Baku))"
                           # "23 were known to be held", "some 80 are believed to have been captured alive"
                           r"|(?:are|were|is)\s+(?:known|believed|said|thought|reported)\s+to\s+(?:be|have\s+been)\s+"
                           r"(?:held|detained|alive|missing|captured|in\s+custody)"
                           # "two as civilians and thirteen as former officials", "five here, fifteen there"
                           r"|as\s+(?!of\b|many\b|much\b|well\b|long\b|soon\b|far\b|a\s+result\b)(?:[a-z-]+\s+){0,2}?[a-z]+s"
                           r"|(?:here|there)(?=\s*[,;.]))\b", re.IGNORECASE)
# "44 Armenians were returned ... and a further four on 28 December": more of the people just counted.
# "fifteen more", "31 others", "three dozen others": more of the people just counted.
_MORE_AFTER = re.compile(r"\s+(?:more|others)\b(?=\s*(?:$|[,.;:)!?\u2014\u2013]|(?:have|has|had|were|was|are|is|came|went"
                         r"|will|would|could|remain|remained|still|in|on|at|by|from|to|and|or|since|after|before|last"
                         r"|this|that|who|whose|whom)\b))", re.IGNORECASE)
_FURTHER_BEFORE = re.compile(r"(?<![\w-])(?:a\s+further|another|an\s+additional|a\s+second\s+group\s+of|the\s+other"
                             r"|the\s+remaining)\s+$", re.IGNORECASE)
# "The number we confirm is 23", "put the figure at 23", "the detainees numbered 40", "by the Armenian government's
# count, nineteen": the figure a sentence gives for people named before it (count_object).
_FIGURE_IS = re.compile(
    r"(?:(?<![\w-])(?:number|figure|total|tally|count|toll)\s+(?:(?:we|they|he|she|it|I|you)(?:\s+[\w’'-]+){1,5}?\s+"
    # ... "the figure given by Armenian officials has been 23"
    r"|(?:given|cited|used|quoted|published)\s+by\s+(?:[\w’'-]+\s+){1,4}?)?"
    r"(?:is|was|has\s+been|had\s+been|stands\s+at|stood\s+at|remains|remained)"
    r"|(?<![\w-])(?:put|puts|putting|gave|gives|give|set|sets|placed|places)\s+the\s+(?:number|figure|total|tally|count|toll)"
    # "put the number held at 55", "put the number still missing at 80"
    r"(?:\s+(?P<state>(?:still\s+)?(?:held|detained|missing|remaining|in\s+custody)))?\s+at"
    # "gives the same figure, 19", "the official figure, 23"
    r"|(?<![\w-])(?:same|official|latest|updated|revised|new)\s+(?:figure|number|total|count)\s*,"
    r"|(?<![\w-])(?:figures?|totals?|tally|toll)\s+of"
    # "about 200 people missing or held. Now it is nineteen.": the figure of the people just counted, now
    r"|(?<![\w-])(?:(?:now|today)\s+it\s+is|it\s+is\s+(?:now|down\s+to)|it\s+(?:now\s+)?stands\s+at)"
    r"|(?<![\w-])(?:by|on|according\s+to)\s+(?:[\w’'-]+\s+){0,4}?(?:count|tally|figures?|reckoning)\s*,"
    r"|\snumbered)\s+$", re.IGNORECASE)


@dataclass
class Number:
    """One number token and what the shapes need around it."""

    words: object             # numbers.NumberWords
    text: str
    match: re.Match
    index: int                # its sentence
    s_start: int
    s_end: int
    q_start: int              # where its qualifier starts (the number's start without one)
    labels: dict              # codebook label start -> (end, code)
    label_spans: list
    last_claim: tuple | None  # (sentence, what, end) of the claim before, for elliptical counts
    p_start: int = 0          # where the sentence before this one starts (for counts that refer back)
    earlier: dict | None = None  # value -> what, for the claims already found in the document

    @cached_property
    def before(self):
        return total_before(self.words, self.text, self.q_start, self.s_start, self.label_spans)


_OF_A_COUNT = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s+", re.IGNORECASE)


def counted_noun(n: Number):
    """The number before what it counts: "at least 40 POWs", "the return of 32 Armenian prisoners",
    "40 of the Armenian prisoners of war"; a noun of role only after a verb of detention or release
    ("sentenced five former leaders"). The span runs from the qualifier to the counted word.

    Example:
        Azerbaijan returned at least 40 Armenian prisoners on Monday.
    Yields: 40
    Not:
        The two leaders met for 40 minutes on Monday.
    """
    roles = bool(n.words.detention_verb.search(n.text, max(n.s_start, n.q_start - 40), n.q_start))
    inner = _OF_A_COUNT.match(n.text, n.match.end(), n.s_end)
    if inner and n.words.number.match(n.text, inner.end(), n.s_end):
        # "fourteen of the 23 men": a part of a group counted with its own number; the part's span is the
        # number alone (the group is its own claim), its noun the group's
        group = n.words.number.match(n.text, inner.end(), n.s_end)
        counted = people_after(n.words, n.text, group.end(), n.s_end, n.labels, roles)
        if counted:
            return n.q_start, n.match.end(), counted[1]
        # "six of the 23 have been convicted": the group is a figure the text has counted already, named again
        figure = value_of(group.group(), n.words)
        named = n.earlier.get(figure) if n.earlier and figure > 1 else None
        return (n.q_start, n.match.end(), named) if named and _BARE_AFTER.match(n.text, group.end(), n.s_end) \
            else None
    counted = people_after(n.words, n.text, n.match.end(), n.s_end, n.labels, roles)
    missing = None if counted else _MISSING_NOUN.match(n.text, n.match.end(), n.s_end)
    if missing and value_of(n.match.group(), n.words) > 1:
        return n.q_start, missing.end(), "missing"  # "Armenia speaks of more than 300 missing": the missing, counted
    if not counted and not roles:
        # "the fifteen former officials on trial since January": a noun of role followed by its detention
        counted = people_after(n.words, n.text, n.match.end(), n.s_end, n.labels, True)
        state = counted and _HELD_AFTER.match(n.text, counted[0], n.s_end)
        if not state or _SAID_BETWEEN.search(state.group()):
            return None
    return (n.q_start, counted[0], counted[1]) if counted else None


# "more than 300 missing", "80 still missing since 2020": "missing" standing for the people, with no noun after it.
_MISSING_NOUN = re.compile(r"\s+(?:still\s+)?missing(?=\s*(?:$|[,.;:)!?\u2014\u2013]|(?:and|or|since|in|from|after|during"
                           r"|whose|who)\b))", re.IGNORECASE)
# After a noun of role, within a few words and no comma: the state of people deprived of liberty (never "held",
# which also holds talks, nor a verb with an object: "officials who detained him" are no detainees).
_HELD_AFTER = re.compile(r"[^,;:.!?\n]{0,50}?(?<![\w-])(?:on\s+trial|in\s+(?:custody|detention|prison|jail)|behind\s+bars"
                         r"|under\s+(?:investigation|arrest)"
                         r"|deprived\s+of\s+(?:their\s+)?liberty|(?:detained|imprisoned|jailed|sentenced|convicted"
                         # "the fifteen defendants tried before the Military Court" (never "tried to": an attempt)
                         r"|arrested|captured|charged|prosecuted|indicted|tried(?!\s+to\b))"
                         r"(?!\s+(?:him|her|them|us|me|the|a|an|his|their|its)\b))(?![\w-])",
                         re.IGNORECASE)
_SAID_BETWEEN = re.compile(r"\b(?:said|says|say|told|tell|stated|noted|argued|claimed|asked|added|reported|who|which"
                           r"|that)\b", re.IGNORECASE)


def total_is(n: Number):
    """The number after a total it states: "the official number of Armenian prisoners held in
    Azerbaijan is 23" (span: qualifier and number).

    Example:
        The official number of Armenian prisoners held in Azerbaijan is 23.
    Yields: 23
    Not:
        The number of meetings held in Brussels is 23.
    """
    if n.before and not n.before[1]:
        return n.q_start, n.match.end(), n.before[0]
    return None


def estimate_at(n: Number):
    """An estimate's figure after "at": "Yerevan had put the number of Armenian prisoners in Baku at 55".

    Example:
        Yerevan had put the number of Armenian prisoners in Baku at 55.
    Yields: 55
    Not:
        The number of Armenian prisoners in Baku peaked at 55.
    """
    if n.before and n.before[1]:
        return n.q_start, n.match.end(), n.before[0]
    return None


def compared(n: Number):
    """An elliptical count after a comparison with the claim before it in the sentence: "19 Armenians
    were still held, down from 23 a year earlier" (span: the number; ``what`` that claim's).

    Example:
        Nineteen Armenians were still held, down from 23 a year earlier.
    Yields: 23
    Not:
        Nineteen Armenians were still held, down from 23 countries.
    """
    if n.last_claim and n.last_claim[0] == n.index \
            and _COMPARED.search(n.text, max(n.s_start, n.q_start - 20), n.q_start) \
            and _NO_NOUN_AFTER.match(n.text, n.match.end(), n.s_end):
        return n.q_start, n.match.end(), n.last_claim[1]
    return None


def remain(n: Number):
    """A number standing alone as the subject of "remain" (or of what happened to people: "19 still held",
    "three dozen came home", "12 were freed"), or as "fifteen more" or "31 others", counts the people of the
    claim just before (in its sentence or the one before): "After it, 23 remain". "Freed with 31 others" counts
    the others who underwent the act with the one the sentence names, with no claim before.

    A sentence that opens with the number (or with its date and then the number: "In December 2023, 32 came
    home.") needs no claim before it ("Four came home.", "Nineteen are still in Baku.").

    Example:
        Azerbaijan released 10 Armenian prisoners. After that, 23 remain.
    Yields: 23
    Not:
        Azerbaijan released the prisoners. After that, 23 remain.
    """
    if _OF_WHOM_BEFORE.search(n.text, max(n.s_start, n.q_start - 20), n.q_start):
        return None  # "of whom at least 15 had been convicted": of_them counts it
    after = _REMAIN_AFTER.match(n.text, n.match.end(), n.s_end)
    recent = n.last_claim and n.index - n.last_claim[0] <= 1
    if recent and after:
        return n.q_start, n.match.end(), n.last_claim[1]
    if recent and _FURTHER_BEFORE.search(n.text, max(n.s_start, n.q_start - 25), n.q_start) \
            and (_NO_NOUN_AFTER.match(n.text, n.match.end(), n.s_end) or _BARE_AFTER.match(n.text, n.match.end(), n.s_end)):
        return n.q_start, n.match.end(), n.last_claim[1]  # "and a further four on 28 December"
    more = _MORE_AFTER.match(n.text, n.match.end(), n.s_end)
    if recent and more:  # "fifteen more have come home", "returned with 31 others": more of the same people
        return n.q_start, more.end(), n.last_claim[1]
    others = _OTHERS_AFTER.match(n.text, n.match.end(), n.s_end)
    if others and _WITH_OTHERS.search(n.text, max(n.s_start, n.q_start - 20), n.q_start) \
            and n.words.detention_act.search(n.text, n.s_start, n.q_start) and value_of(n.match.group(), n.words) > 1:
        # "He was freed in December 2023 with 31 others", "convicted my son and 12 others": people who underwent the
        # act with the one the sentence names
        return n.q_start, others.end(), _named_before(n) or "persons"
    if after and re.search(r"missing\b", after.group(), re.IGNORECASE) and value_of(n.match.group(), n.words) > 1:
        return n.q_start, n.match.end(), "missing"  # "more than 80 are missing": the missing, counted
    opens = _opens(n)
    if after and _HOMECOMING.match(after.group()) and opens \
            and value_of(n.match.group(), n.words) > 1:
        # "Four came home. Nineteen did not.": a headline or a sentence opened by the people it counts
        return n.q_start, n.match.end(), _named_before(n) or "persons"
    if _OPENS_RELEASED.match(n.text, n.match.end(), n.s_end) and opens \
            and value_of(n.match.group(), n.words) > 1:
        # "- 7 February 2022. Eight returned with French and EU mediation.", "Five went in January 2021":
        # a sentence (or a chronology's entry) opened by a figure that went home or stayed behind
        return n.q_start, n.match.end(), _named_before(n) or "persons"
    if _STILL_HELD.match(n.text, n.match.end(), n.s_end) and _opens(n, that=True) \
            and value_of(n.match.group(), n.words) > 1:
        # "They are prisoners of war. Nineteen remain in Baku.": a sentence opened by a figure that remains held
        # counts the people a label or a word for people just before names (only then: "Two remain unanswered")
        what = _named_before(n)
        return (n.q_start, n.match.end(), what) if what else None
    return None


def _opens(n: Number, that: bool = False) -> bool:
    """Whether the figure opens its sentence, or its clause after "that" ("Our understanding is that 19 remain in
    detention"), or follows only the sentence's date ("In December 2023, 32 came home")."""
    before = n.text[n.s_start:n.q_start].strip(" \t\n\"“‘'")
    return not before or bool(_DATED_OPENING.fullmatch(before)) or that and bool(re.search(r"(?<![\w-])that$", before))


# "with 31 others", "and 12 others", "along with ten others": others who underwent the act with the one named.
_WITH_OTHERS = re.compile(r"(?<![\w-])(?:with|and|along\s+with|together\s+with|alongside)\s+$", re.IGNORECASE)
_OTHERS_AFTER = re.compile(r"\s+others\b", re.IGNORECASE)


# A figure's own verb of going home or staying behind, with no auxiliary: "Eight returned with ...", "Five went in
# January", "Twenty-three stayed behind" (never "went on to", "returned to the talks").
_OPENS_RELEASED = re.compile(r"\s+(?:(?:returned|released|freed|repatriated)(?!\s+(?:to\s+the|the|a|an|his|her|its|their"
                             r"|fire|home\s+to)\b)|went(?:\s+home)?(?!\s+on\s+to\b)(?=\s+(?:in|on|home|back|across|after|before|with|via|"
                             r"by|to\s+(?:Armenia|Yerevan|Azerbaijan|Baku))\b)|stayed\s+behind|were\s+left\s+behind)\b",
                             re.IGNORECASE)
# "Nineteen remain in Baku", "19 remain.", "Twenty-three remain in custody": still held, in so many words.
_STILL_HELD = re.compile(r"\s+(?:(?:still\s+)?remain(?:s|ed)?(?=\s+(?:in|held|detained|imprisoned|behind)\b|\s*[.;])"
                         # "Nineteen are still in Baku.", "Twelve were still held in May."
                         r"|(?:are|were)\s+still(?=\s+(?:in|held|detained|imprisoned|behind)\b)"
                         # "Nineteen are left.", "Nineteen were still left in Baku."
                         r"|(?:are|were)\s+(?:still\s+)?left(?=\s*[.;,]|\s+(?:in|behind)\b))"
                         r"(?:\s+(?:in\s+(?:Baku|custody|detention|prison|jail|Azerbaijan"
                         r"|Azerbaijani\s+(?:custody|prisons?|jails?))|held|detained|imprisoned|behind\s+bars)\b|\s*[.;])",
                         re.IGNORECASE)
# A sentence's opening date before the figure that opens its clause: "In December 2023, 32 came home.", "On 14
# January, four were freed.", "In 2021 and 2022 dozens more were returned."
_DATED_OPENING = re.compile(rf"(?:In|On|By|Since|After|Until)\s+(?:(?:early|mid|late)(?:-|\s+))?(?:(?:\d{{1,2}}\s+)?{MONTH}"
                            rf"(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{4}}(?:\s+and\s+\d{{4}})?)\s*,?"
                            # ... or a day named from the text's own: "Yesterday fifteen came home", "Last night, four"
                            r"|(?:Yesterday|Today|Tonight|Last\s+(?:night|week|month|year)|This\s+(?:morning|week|month|year)"
                            r"|Earlier\s+today)\s*,?"
                            # ... or a recording's time code: "[03:55] Nineteen remain."
                            r"|\[\d{1,2}:\d{2}(?::\d{2})?\]")


# "the 44 returned on 14 December", "all four freed": a figure standing for people by what happened to them
# Only what happens to people, never to meetings: "came home", "were freed" ("12 were held" may be sessions).
_HOMECOMING = re.compile(r"\s+(?:came\s+(?:home|back)|went\s+home|(?:were|have\s+been|had\s+been)\s+(?:freed|released"
                         r"|returned|repatriated|exchanged|handed\s+over))\b", re.IGNORECASE)
_PARTICIPLE_AFTER = re.compile(r"\s+(?:still\s+)?(?:returned|released|freed|held|captured|detained|repatriated"
                               r"|exchanged|handed\s+over|convicted|sentenced|missing|remaining|taken|arrested)\b"
                               # "the 32 who crossed the border", "the five it handed over"
                               r"|\s+(?:who|that|it|they|Baku|Azerbaijan|Armenia)\s+(?:had\s+|have\s+|were\s+)?"
                               r"(?:returned|released|freed|held|captured|detained|crossed|came|went|handed|remain|remained)\b"
                               # "the 72 whom Azerbaijan had acknowledged": people, whatever is said of them
                               r"|\s+whom\b",
                               re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:the|all|those|these|last|other)\s+$", re.IGNORECASE)


def participle(n: Number):
    """A figure after a determiner and before what happened to the people it counts: "The largest were the
    44 returned on 14 December", "all four freed yesterday" (span: the number; ``what``: the people counted
    just before, else "persons").

    Example:
        The largest releases were the 44 returned on 14 December 2020.
    Yields: 44
    Not:
        The largest releases were the 44 pages returned on 14 December 2020.
    """
    if value_of(n.match.group(), n.words) < 2 or not _PARTICIPLE_AFTER.match(n.text, n.match.end(), n.s_end) \
            or not _DETERMINER_BEFORE.search(n.text, max(n.s_start, n.match.start() - 12), n.match.start()):
        return None
    return n.q_start, n.match.end(), _named_before(n) or "persons"


_OF_WHOM_BEFORE = re.compile(r"(?<![\w-])(?:of|among)\s+(?:whom|them)\s*,?\s*$", re.IGNORECASE)


def of_them(n: Number):
    """A count of people named before: "some 25 of them", "as many as 70 of the missing" counts what the
    claim or label just before counts (in its sentence or the one before).

    Example:
        Baku still holds Armenian prisoners of war. Some 25 of them were captured in 2023.
    Yields: 25
    Not:
        The talks produced three drafts. Some 2 of them were rejected.
    """
    anaphor = n.words.anaphor.match(n.text, n.match.end(), n.s_end)
    if not anaphor:
        # "23 Armenians remained, of whom at least 15 had been convicted": the anaphor before the number
        if _OF_WHOM_BEFORE.search(n.text, max(n.s_start, n.q_start - 20), n.q_start) \
                and not UNIT_AFTER.match(n.text, n.match.end(), n.s_end):
            what = _named_before(n)
            return (n.q_start, n.match.end(), what) if what else None
        return None
    if anaphor.group().lower().endswith("own") and not _NO_NOUN_AFTER.match(n.text, anaphor.end(), n.s_end):
        return None  # "two of its own reports": a noun of its own, and no person (counted_noun counts "soldiers")
    what = _named_before(n)
    if what is None and not _THINGS.search(n.text, n.p_start, n.q_start):
        # "Of the detainees ... The Defender has stated that at least four of them are ill": the people named a few
        # sentences up, when no plural of things stands nearer ("her son's letters. There are fourteen of them")
        what = _named_before(n, reach=400)
    if what is None and re.search(r"missing|disappeared", anaphor.group(), re.IGNORECASE):
        what = "missing"
    if what is None and _WE_OURS.search(anaphor.group()):
        # "more than sixty of us", "two of ours", "Thirty-two of you came home", "twelve of its own": a group of
        # people by whose they are
        what = "persons"
    return (n.q_start, anaphor.end(), what) if what else None


# Plurals of things and of time that "of them" may stand for: "the days ... 1,096 of them", "letters, eleven of them".
_THINGS = re.compile(r"(?<![\w-])(?:days|years|months|weeks|hours|minutes|nights|letters|pages|squares|documents|names"
                     r"|videos|photos|photographs|messages|calls|files|requests|reports|drafts|lists|sessions|hearings"
                     r"|cases|charges|counts|sentences|items|points|questions|books|notes|visits|parcels|meetings)\b",
                     re.IGNORECASE)
_WE_OURS = re.compile(r"\b(?:us|ours|you|yours|own)$", re.IGNORECASE)


def count_object(n: Number):
    """A number with no noun of its own after a verb that counts ("the ministry confirms 31.",
    "Baku acknowledges 23", "they numbered 40") or after a figure it gives ("The number we confirm is 23",
    "put the figure at 23") counts the people the claim or label just before counts.

    Example:
        How many Armenian prisoners does Baku hold? It acknowledges 23.
    Yields: 23
    Not:
        How many meetings were held? The ministry confirms 23.
    """
    figure = _FIGURE_IS.search(n.text, max(n.s_start, n.q_start - 60), n.q_start)
    if not (figure or n.words.count_verb.search(n.text, max(n.s_start, n.q_start - 30), n.q_start)) \
            or not _NO_NOUN_AFTER.match(n.text, n.match.end(), n.s_end):
        return None
    # the people may be named a few sentences up, as in an answer to a question ("How many are held? ... We
    # confirm 23."): looked for in the last 400 characters
    state = figure.group("state") if figure else None  # "put the number held at 55": people held, if nobody named
    what = _named_before(n, reach=400) or ("persons" if _HOW_MANY.search(n.text, max(0, n.p_start - 400), n.q_start)
                                           else None) or (state and ("missing" if "missing" in state else "persons"))
    return (n.q_start, n.match.end(), what) if what else None


# "How many are still held? Armenia puts the number at 23": the question asks for people
_HOW_MANY = re.compile(r"\bhow\s+many\b(?![^?]{0,20}\b(?:times|years|days|months|meetings|documents)\b)",
                       re.IGNORECASE)


# After a number that stands for people named before ("the nineteen", "Nineteen remain", "Thirty-two for
# two"): the end of a phrase, or a word that cannot be a counted noun (a verb, a preposition, a relative).
_BARE_AFTER = re.compile(
    r"\s*(?:$|[,;)!?\u2014\u2013]|[.:](?!\d)|-\s"
    # ... or a quotation's closing mark and its stop ('"for these nineteen".'), an opening mark ('the nineteen
    # "captives"'), a relative clause without its "that" ("the 23 it acknowledges holding"), an adverb ending its
    # phrase ("release the 19 immediately and unconditionally", never "the 19 fully equipped cells"), the month of
    # what happened to them ("the 44 of December 2020")
    r"|[\"\u201d\u2019]\s*(?:[,;.)!?:]|$)|\s[\"\u201c\u2018]"
    r"|\s(?:it|they|he|she|we|you|I)\s+[a-z]+s?\b"
    rf"|\s[a-z]{{3,}}ly(?=\s*(?:[,.;:!?)]|$|(?:and|or|after|since|in|on|to|at)\b))|\sof\s+{MONTH}\b"
    r"|(?:are|were|is|was|remain|remains|remained|have|has|had|will|would"
    r"|could|can|came|come|went|go|returned|stay|stayed|stays|still|who|whom|whose|that|for|here|there|today|now"
    r"|left|and|or|but|in|on|at|by|with|among|from|to|of\s+them|of\s+whom|as|without|after|before|since|during"
    r"|under|into|despite|including|include|includes|included|must|should|may|might|shall|the|matches|match|back"
    r"|within|through|throughout|against|upon|across|behind|beyond|alongside|alive|together|individually"
    r"|corresponds|correspond|received|got|did|do|does|comes|be|been|being)\b"
    # ... or a time measured from them ("the detention of the 19 more than five years after the war")
    r"|\smore\s+than\s+(?:\d+|[a-z]+)\s+(?:years?|months?|weeks?|days?|decades?)\b"
    # ... or a verb (a lower-case word that is no noun of a thing counted: "the 17 shows", "the ten released")
    r"|(?!(?:years?|days?|months?|weeks?|hours?|minutes?|times?|decades?|per|percent|km|kilomet\w*|met\w*|miles?"
    r"|euros?|dollars?|manats?|drams?|events?|countries|states?|sides?|points?|questions?|letters?|articles?"
    r"|paragraphs?|documents?|votes?|releases?|exchanges?|rounds?|meetings?|buses|vehicles?|planes?|flights?"
    r"|groups?|families|relatives?|mothers?|fathers?|parents?|wives|children|cases?|trials?|pages?|cells?|rooms?"
    r"|villages?|towns?|regions?|others?|more|or|and|of|to)\b)[a-z]+ed\b"
    r"|(?:shows?|says?|said|means?|seems?|appears?|waits?|faces?|lives?|needs?|wants?|deserves?|counts?|knows?"
    r"|belongs?|spent|spend|spends)\b)", re.IGNORECASE)
# Before it: a determiner or nothing (the start of a sentence, a clause, a list), never a measure or date word.
_BARE_BEFORE = re.compile(r"(?:^|[\n.;:!?,(\u2014\u2013\"\u201c]\s*|(?<![\w-])(?:the|these|those|all|of|other|remaining|last"
                          r"|first|only|for|and|than|including|are|were|leaving)\s+)$", re.IGNORECASE)


_NUMBERING = re.compile(r"(?:^|\n)[ \t]*$|[A-Z][\w’'-]+,\s*$|(?<![\w-])(?:No|Nos|no|nos|Number|Item|Section|Table|Annex)\.?\s+$|\($")
_NUMBERED = re.compile(r"[.):,]\s|\)|\s*$")  # "Sargis, 23, said": an age in apposition


_RANGE = re.compile(r"\s*(?:or|and|to|-|–)\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                    r"|fifteen|twenty|thirty|forty|fifty|hundred)\b)", re.IGNORECASE)


def named_again(n: Number):
    """A number standing alone for people the text has already counted with the same figure: "the
    nineteen", "Nineteen remain", "Thirty-two for two" (span: the number; ``what`` that claim's). Only
    figures above one, with nothing after them that could be a noun of their own.

    Example:
        Azerbaijan still holds 19 Armenians. The nineteen include former leaders.
    Yields: 19
    Not:
        Azerbaijan still holds 19 Armenians. The talks lasted until 19 hours later.
    """
    value = value_of(n.match.group(), n.words)
    if not n.earlier or value < 2 or value not in n.earlier:
        return None
    # "release all nineteen": "all" is read as the qualifier, and is itself a determiner of the figure
    bare = _BARE_BEFORE.search(n.text, max(0, n.q_start - 20), n.q_start) \
        or _BARE_BEFORE.search(n.text, max(0, n.match.start() - 20), n.match.start())
    if not _BARE_AFTER.match(n.text, n.match.end(), n.s_end) or not bare \
            or _NUMBERING.search(n.text, max(0, n.q_start - 20), n.q_start) and _NUMBERED.match(n.text, n.match.end()):
        return None  # "12. The delegation said", "(3)", "No. 7": a paragraph's or a document's number
    if _RANGE.match(n.text, n.match.end(), n.s_end):
        return None  # "fifteen or twenty years", "6 to 8 weeks": one end of a range, counted with its noun
    return n.q_start, n.match.end(), n.earlier[value]


# The start of a paragraph, or of a turn after its label ("DAVTYAN:", "A:", "Answer:", "Mr. X (Armenia):").
# A time code may open the turn ("[00:02:19] JONAS EKDAHL:"), an adverb the answer ("Officially nineteen.").
_TURN_OPEN = re.compile(r"(?:^|\n)[ \t]*(?:\[[\d:.]+\][ \t]*)?(?:[A-Z][\w .’'()-]{0,60}:[ \t]*)?"
                        r"(?:(?:Officially|Exactly|Precisely|Currently|Today|Now|Still)[ \t]+)?$"
                        r"|:\s*[\"“]$")  # ... or "he replies: “


def answer(n: Number):
    """A turn or paragraph that opens with a bare number answers the "how many" question just before it:
    "Q: How many are still held? / A: Twenty-three, the government says." (span: the number; ``what``: the
    people the question names, else "persons").

    Example:
        Q: How many Armenian prisoners of war are still held?

        A: Twenty-three, according to Baku.
    Yields: 23
    Not:
        Q: How many years have they been held?

        A: Three, almost four.
    """
    if not _TURN_OPEN.search(n.text, max(0, n.q_start - 80), n.q_start) \
            or not _NO_NOUN_AFTER.match(n.text, n.match.end(), n.s_end) \
            or UNIT_AFTER.match(n.text, n.match.end(), n.s_end) \
            or n.match.group()[:1].isdigit() and re.match(r"[.)]\s+\S|:\d", n.text[n.match.end():n.match.end() + 3]):
        return None  # "5. He recalled ...", "12:40 The EU welcomes ...": a paragraph's number, a time
    question = n.text[n.p_start:n.q_start]
    if not _HOW_MANY.search(question) or "?" not in question and not re.search(r"\basked\b", question, re.IGNORECASE):
        return None  # "How many are held?" or "Asked how many remain, he replies: “...”"
    return n.q_start, n.match.end(), _named_before(n) or "persons"


# "Of the nineteen men still in Baku, at least six ...", "Of those 19, fifteen ...", "Among them, four ...": a
# clause opened by the group a part is taken from (up to ten words, then a comma; "it says," may follow).
_PART_OF = re.compile(r"(?:^|[\n.;:!?]\s*|\band\s+|,\s*)(?:Of|of|Among|among|Out\s+of|out\s+of)\s+(?P<group>(?:(?:the|these|those"
                      r"|them|whom|us|all)\b|(?P<figure>(?:(?:at\s+least|some|about|around|nearly|almost|more\s+than|over)\s+)?"
                      r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+[a-z]))[^,;:.!?\n]{0,80}?),\s*(?:(?:it|they|he|she|we|I|officials|the\s+\w+)\s+"
                      r"(?:says?|said|reports?|reported|believes?|believed|knows?|knew|thinks?|thought)\s*,?\s*"
                      r"(?:that\s+)?)?$")


def part_of(n: Number):
    """A count of a part of a group named before it in its clause: "Of the nineteen men still in Baku, at
    least six are civilians", "Of those 19, fifteen are on trial", "Of the missing, about a dozen were seen
    alive", "Of at least 150 persons returned, 41 were refused" (span: qualifier and number; ``what``: the group's label or word for people, the count of the
    same figure found before, else the people named just before).

    Example:
        Azerbaijan holds nineteen Armenians. Of those 19, fifteen are former officials.
    Yields: 15
    Not:
        The court held nineteen hearings. Of those 19, fifteen were closed to the public.
    """
    part = _PART_OF.search(n.text, max(0, n.q_start - 130), n.q_start)
    if not part or UNIT_AFTER.match(n.text, n.match.end(), n.s_end) \
            or not _NO_NOUN_AFTER.match(n.text, n.match.end(), n.s_end) and not _BARE_AFTER.match(n.text, n.match.end(), n.s_end):
        return None
    group = part.group("group")
    if part.group("figure") and not n.words.number.search(part.group("figure")):
        return None  # "Of course, 41 ...": a group opened by a figure only ("Of at least 150 persons returned, 41")
    for s, _e, code in n.label_spans:
        if part.start("group") <= s < part.end("group"):
            return n.q_start, n.match.end(), code
    for word in WORDS.findall(group):
        lower = word.lower()
        if lower in n.words.people or lower in {"missing", "disappeared", "detained", "detainees", "captured"}:
            return n.q_start, n.match.end(), "missing" if lower in {"missing", "disappeared"} else lower
    figure = n.words.number.search(group)
    if figure and n.earlier and value_of(figure.group(), n.words) in n.earlier:
        return n.q_start, n.match.end(), n.earlier[value_of(figure.group(), n.words)]
    if figure or re.match(r"(?:them|whom|us|these|those)\b", group, re.IGNORECASE):
        what = _named_before(n)
        return (n.q_start, n.match.end(), what) if what else None
    return None


# "the release of four", "after the return of the 15", "the handover of 32 that December": a figure right after
# the noun of a release, return or exchange (and a determiner).
_RELEASE_OF = re.compile(r"(?<![\w-])(?:release|return|repatriation|handover|handing\s+over|transfer|freeing|exchange)"
                         r"\s+of\s+(?:the\s+|all\s+|another\s+|a\s+further\s+|only\s+|just\s+)?$"
                         # ... and the other side's figure in an exchange: "the exchange of 44 for 12"
                         r"|(?<![\w-])(?:exchange|swap|trade)\s+of\s+(?P<first>\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
                         r"(?:\s+[A-Z][a-z]+s)?\s+(?:for|against)\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"\s+{MONTH}\b")


def released_of(n: Number):
    """A figure with no noun of its own right after the noun of a release, return or exchange: "after January's
    release of four, nineteen remain", "the release of the 15 as a humanitarian step" (span: qualifier and
    number; ``what``: the people the claim or label just before counts, else "persons"), and the other side's
    figure in an exchange ("the exchange of 44 for 12"). Never a year or a day of a month ("the release of
    2023", "the exchange of 5 May").

    Example:
        Baku holds Armenian prisoners. After the release of four in January, nineteen remain.
    Yields: 4
    Not:
        Baku holds Armenian prisoners. The release of 2023 was the largest.
    """
    value = value_of(n.match.group(), n.words)
    if value < 2 or n.match.group("digits") and len(n.match.group()) == 4 and 1900 <= value <= 2100 \
            or not (release := _RELEASE_OF.search(n.text, max(n.s_start, n.q_start - 60), n.q_start)) \
            or release.group("first") and not n.words.number.fullmatch(release.group("first")) \
            or UNIT_AFTER.match(n.text, n.match.end(), n.s_end) or _MONTH_AFTER.match(n.text, n.match.end(), n.s_end) \
            or not (_NO_NOUN_AFTER.match(n.text, n.match.end(), n.s_end)
                    or _BARE_AFTER.match(n.text, n.match.end(), n.s_end)):
        return None
    return n.q_start, n.match.end(), _named_before(n, reach=400) or "persons"


# The order the shapes are tried in: a number is counted by the first that finds what it counts.
SHAPES: tuple[Unit, ...] = tuple(Unit(code, f.__name__, "claim", "number", f) for code, f in (
    ("C01", counted_noun), ("C02", total_is), ("C03", estimate_at), ("C04", compared), ("C05", remain),
    ("C06", table_row), ("C07", of_them), ("C08", count_object), ("C09", named_again), ("C10", table_cell),
    ("C11", participle), ("C12", answer), ("C13", aligned_cell), ("C14", part_of), ("C15", listed),
    ("C16", released_of), ("C17", dated_row), ("C18", fate_item), ("C19", predicate), ("C20", who_clause),
    ("C21", sequel)))


def shape_of(n: Number):
    """``(start, end, what, shape name, where)`` of the first shape that counts ``n``, else None. ``where`` lists
    the spans that say what happened to the people counted and whose they are, when a shape knows them (a
    table column's header, the table's heading), else None (the count's own clause)."""
    for shape in SHAPES:
        found = shape.apply(n)
        if found:
            return (*found[:3], shape.name, found[3] if len(found) > 3 else None)
    return None
