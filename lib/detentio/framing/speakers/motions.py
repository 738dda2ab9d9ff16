"""A parliamentary motion as its page prints it: who tabled it, and who tabled each amendment.

A motion not yet agreed ("That this House welcomes ...") is its primary sponsor's words, not the House's, and
each amendment is the Member's who tabled it (GUIDELINES hard case 14, as for a signed piece):

>>> tabled(doc)   # {paragraph: mover} for the motion's text and each amendment's
"""
from __future__ import annotations

import re

from detentio.framing.speakers import heads
from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.grammar import NAME_WORD

# "Primary sponsor: Eleanor Whitcombe (Hartwell and Dene)", "Tabled by: Richard Oakes (Fenwick Moor)",
# "Moved by: ...": the Member who tables what follows, her constituency or party in brackets.
MOVER = re.compile(rf"[ \t]*(?:Primary\s+sponsor|Tabled\s+by|Moved\s+by|Proposed\s+by|Mover)[ \t]*:[ \t]*"
                   rf"(?P<name>(?:(?:Mr|Ms|Mrs|Dr|Sir|Dame|Lord|Baroness)\.?[ \t]+)?{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})"
                   r"[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*(?:MP)?[ \t]*")
# "Amendment 212A1", "Amendment (a)", "Signatures", "Signatures (31)": the heads that close a mover's text.
_CLOSING_HEAD = re.compile(r"[ \t]*(?:Amendments?(?:[ \t]+[\w().]{1,12})?|Signatures?(?:[ \t]*\(?\d*\)?)?"
                           r"|Supporters?|Signed[ \t]+by)[ \t]*:?[ \t]*", re.IGNORECASE)
# The motion's own words: "That this House ..." (or "This House ..."), the form every motion takes.
_MOTION = re.compile(r"[ \t]*(?:That[ \t]+)?this[ \t]+House\b", re.IGNORECASE)
# A debated motion as the Scottish Parliament's Official Report prints it: "Motion debated," over "That the Parliament
# ...", the motion named earlier as "in the name of Fiona Drummond".
_THE_PARLIAMENT = re.compile(r"[ \t]*That[ \t]+the[ \t]+Parliament\b")
_IN_THE_NAME = re.compile(rf"\bin[ \t]+the[ \t]+name[ \t]+of[ \t]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})")


def tabled(doc) -> dict[int, str]:
    """``{paragraph: mover}`` for a motion's page: the paragraphs after each mover's line ("Primary sponsor:",
    "Tabled by:") up to the next amendment's or the signatures' head, and the title above the first; for a record's
    debated motion, its text (:func:`_debated`); empty for any other text."""
    paragraphs = doc.body_paragraphs
    debated = _debated(doc, paragraphs)
    if debated:
        return debated
    if not any(_MOTION.match(doc.text, doc.paragraphs[n].start, doc.paragraphs[n].end) for n in paragraphs):
        return {}
    out: dict[int, str] = {}
    mover, head = None, []
    for number in paragraphs:
        para = doc.paragraphs[number]
        m = MOVER.fullmatch(doc.text, para.start, para.end)
        if m:
            mover = clean_name(m.group("name"), doc.words) or m.group("name")
            if not out:  # the motion's title and number above its sponsor's line are tabled with it
                out.update(dict.fromkeys(head, mover))
        elif _CLOSING_HEAD.fullmatch(doc.text, para.start, para.end):
            mover = None
        elif mover:
            out[number] = mover
        elif not out:
            head.append(number)
    return out


def _debated(doc, paragraphs: list[int]) -> dict[int, str]:
    """``{paragraph: sponsor}`` for a debated motion's text under "Motion debated,", the member it was named for
    ("in the name of Fiona Drummond") before it; empty when the record prints none."""
    for k, number in enumerate(paragraphs[:-1]):
        para, text = doc.paragraphs[number], doc.paragraphs[paragraphs[k + 1]]
        if heads.MOTION_DEBATED.match(doc.text[para.start:para.end]) \
                and _THE_PARLIAMENT.match(doc.text, text.start, text.end):
            named = list(_IN_THE_NAME.finditer(doc.text, 0, para.start))
            if named:
                return {paragraphs[k + 1]: clean_name(named[-1].group("name"), doc.words) or named[-1].group("name")}
    return {}
