"""Bylines: who signs a piece of opinion, read from its heading's lines or from the lines that close it.

A signed op-ed, column or analysis is its author's voice (GUIDELINES hard case 14); the front matter's
``author`` says so when it is filled, else one of these lines does ("By Marta Lindqvist", "Johanna Reinholt |
20 February 2026", "— Johanna Reinholt", "Johanna Reinholt is Professor of ...").

>>> byline(doc, doc.body_paragraphs[:4])   # "Johanna Reinholt"
"""
from __future__ import annotations

import re

from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.grammar import NAME_WORD

# An honorific a byline may give its author ("By Dr Marta Lindqvist").
_HONOURED = r"(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?[ \t]+)?"
# "By Marta Lindqvist", "By Dr Marta Lindqvist, senior fellow at ...", "Guest post by X", "Author: X": a signed
# piece's byline paragraph.
BYLINE = re.compile(rf"[ \t]*(?:(?:Guest[ \t]+post|Written|Posted|Words|Text|Commentary|Analysis)[ \t]+by|By|BY|Authors?:)"
                    rf"[ \t]+{_HONOURED}(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*(?:[,|—–-]|\bon\b|$)")
# "Johanna Reinholt", "JOHANNA REINHOLT", "Johanna Reinholt | 20 February 2026", "Johanna Reinholt — Professor of
# International Law": a name alone on its line, or before a separator and a short note.
_NAME_ALONE = re.compile(rf"[ \t]*{_HONOURED}(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*"
                         r"(?:[|—–][^\n]{0,120})?")
# "Johanna Reinholt is Professor of International Law at Northbridge University.": an author's note.
_AUTHOR_NOTE = re.compile(rf"[ \t]*[*_]?{_HONOURED}(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]+(?:is|was)[ \t]+"
                          r"(?:an?[ \t]+|the[ \t]+)?(?:[\w’'-]+[ \t]+){0,3}?(?i:professor|lecturer|fellow|researcher|director"
                          r"|lawyer|journalist|analyst|editor|scholar|expert|adviser|advisor|diplomat|ambassador|member"
                          r"|head|chair|author|founder|partner|associate|student|candidate)\b[^\n]{0,200}")
# "— Johanna Reinholt": a signature closing the piece.
_SIGNED = re.compile(rf"[ \t]*[—–-]+[ \t]*{_HONOURED}(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*(?:,[^\n]{{0,120}})?")


def byline(doc, paragraphs: list[int], closing: bool = False) -> str | None:
    """The author a byline among ``paragraphs`` names (the piece's own voice when it is signed); ``closing``
    paragraphs end the piece, where a signature or an author's note names her."""
    for n in paragraphs:
        para = doc.paragraphs[n]
        if closing:
            m = _SIGNED.fullmatch(doc.text, para.start, para.end) or _AUTHOR_NOTE.fullmatch(doc.text, para.start, para.end)
        else:
            m = BYLINE.match(doc.text, para.start, para.end) or _DATED_BYLINE.fullmatch(doc.text, para.start, para.end) \
                or _MARKED_AUTHOR.fullmatch(doc.text, para.start, para.end) \
                or _TITLED_AUTHOR.fullmatch(doc.text, para.start, para.end) \
                or _NAME_ALONE.fullmatch(doc.text, para.start, para.end) \
                or _AUTHOR_NOTE.fullmatch(doc.text, para.start, para.end)
        raw = m.group("name") if m else ""
        from detentio.framing.speakers.layout import normal_name  # the layout module reads bylines: import late
        name = clean_name(normal_name(raw) if raw.isupper() else raw, doc.words) if m else None
        if name and " " in name and name not in doc.registry.actors \
                and not any(w.lower() in doc.words.institution_words for w in name.split()):
            return name
        if name and name in doc.registry.actors and doc.registry[name].type == "person":
            return name
    return None


# "Johanna Reinholt, Professor of International Law, Northbridge University": an author alone on her line
# with her post and affiliation (no sentence: no verb's full stop, no quotation).
_TITLED_AUTHOR = re.compile(rf"[ \t]*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}),[ \t]+(?:an?[ \t]+|the[ \t]+)?"
                            r"[A-Za-z][^\n.!?\"“”]{2,140}?[ \t]*")
# "Johanna Kivelä*": an article's author alone on her line, with the mark of the note that says who she is.
_MARKED_AUTHOR = re.compile(rf"[ \t]*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*[*†‡¹²³⁴⁵⁶⁷⁸⁹]+[ \t]*")


# "Elena Varga, 20 October 2025": a blog post's byline, a name and a date alone on their line.
_DATED_BYLINE = re.compile(rf"[ \t]*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}),?[ \t]+(?:\d{{1,2}}[ \t]+)?"
                           r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                           r"[ \t]+(?:\d{1,2},[ \t]+)?\d{4}[ \t]*")
