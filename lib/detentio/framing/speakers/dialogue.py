"""Interviews printed as dialogue, with no speaker labels: the turns their questions and answers take.

>>> turns = printed(doc, body)   # [] for any other text

Three printings: dashed ("— How many ...?" / "— Nineteen."), questions in bold ("**Why?**"), and questions as plain
paragraphs of their own ("Was the June deal an exchange?"). Each needs the headline or introduction to call the text
an interview; the paragraph after a question answers it.
"""
from __future__ import annotations

import re

from detentio.framing.speakers.turns import Turn

_DASHED = re.compile(r"[ \t]*[—–-][ \t]+(?=\S)")
# What an interview's introduction or heading calls it.
_INTERVIEWED = re.compile(r"\b(?:[Ii]nterview(?:ed)?|INTERVIEW|spoke\s+(?:with|to)|talked\s+(?:with|to)|[Cc]onversation|Q\s*&\s*A)\b")


def _dialogue(doc, body: list[int]) -> list[Turn]:
    """The turns of an interview printed as dialogue ("— How many ...?" / "— Nineteen."), when its heading or
    introduction says it is an interview: a dashed paragraph that asks ends with a question mark, the one
    after it answers. Empty for any other text."""
    dashed = [n for n in body[1:] if _DASHED.match(doc.text, doc.paragraphs[n].start, doc.paragraphs[n].end)]
    if len(dashed) < 2:
        return []
    intro_end = doc.paragraphs[dashed[0]].start
    if not _INTERVIEWED.search(doc.text, 0, intro_end):
        return []
    turns = []
    for n in dashed:
        para = doc.paragraphs[n]
        m = _DASHED.match(doc.text, para.start, para.end)
        asks = doc.text[para.start:para.end].rstrip(" \t\"”’'»*_").endswith("?")  # "— **How are you?**" too
        turns.append(Turn(n, "question" if asks else "answer", "—", m.end()))
    return turns if any(t.kind == "question" for t in turns) and any(t.kind == "answer" for t in turns) else []


# "**What does that change for your clients?**": a print interview's question set in bold, with no label.
_BOLD_QUESTION = re.compile(r"[ \t]*(\*\*|__)(?=\S)(?:(?!\1)[^\n])*\?[\"”’'»]?[ \t]*\1[ \t]*")


def _bold_dialogue(doc, body: list[int]) -> list[Turn]:
    """The turns of an interview whose questions are printed in bold without a label: each bold question asks,
    the first plain paragraph after it answers. Empty unless two questions or more are printed so."""
    asked = [n for n in body[1:] if _BOLD_QUESTION.fullmatch(doc.text, doc.paragraphs[n].start, doc.paragraphs[n].end)]
    if len(asked) < 2:
        return []
    turns = []
    for n in asked:
        turns.append(Turn(n, "question", "Q", doc.paragraphs[n].start))
        after = next((m for m in body if m > n), None)
        if after is not None and after not in asked:
            turns.append(Turn(after, "answer", "A", doc.paragraphs[after].start))
    return turns


# A magazine interview's question printed as a plain paragraph of its own that ends by asking ("You never once used
# the word in public. Why?"), at most 30 words.
# (never a labelled turn's: "Ani S., 13:36: Wasn't the deal ...?")
_PLAIN_QUESTION = re.compile(r"[ \t]*(?![^\n]{1,60}?:[ \t])[A-Z\"“‘'][^\n]{0,220}\?[\"”’'»]?[ \t]*")


def _plain_dialogue(doc, body: list[int]) -> list[Turn]:
    """The turns of an interview whose questions are plain paragraphs ("Was the June deal an exchange?"), when its
    headline or introduction says it is an interview: each question asks, the paragraph after it answers. Empty
    unless three questions or more are printed so, the first of them right after the introduction, and none is
    followed by another question (a run of rhetorical questions is no interview)."""
    asked = [n for n in body[1:] if _PLAIN_QUESTION.fullmatch(doc.text, doc.paragraphs[n].start, doc.paragraphs[n].end)
             and len(doc.text[doc.paragraphs[n].start:doc.paragraphs[n].end].split()) <= 30]
    if len(asked) < 3 or asked[0] not in body[1:5] \
            or not _INTERVIEWED.search(doc.text, 0, doc.paragraphs[asked[0]].start):
        return []
    turns = []
    for n in asked:
        after = next((m for m in body if m > n), None)
        if after is None or after in asked:
            return []
        turns += [Turn(n, "question", "Q", doc.paragraphs[n].start), Turn(after, "answer", "A", doc.paragraphs[after].start)]
    return turns


def printed(doc, body: list[int]) -> list[Turn]:
    """The turns of an interview printed in any of the three ways above, else []."""
    return _dialogue(doc, body) or _bold_dialogue(doc, body) or _plain_dialogue(doc, body)
