"""A fundraising platform's team page: each runner's (or fundraiser's) page opens with her name on a line of its own
over the page's figures ("$3,260 raised of $3,000 | 41 supporters"), and is hers to the next such head; under its
"Supporters" line, each supporter's message is his, under his line of name and gift ("Garo Minassian, $250",
"Anonymous, $25"). :func:`.voices.author_voice` runs it with the other parts a text's author signs.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.grammar import NAME_WORD

# A page's figures under its owner's name: money raised and the supporters (or donors, backers) who gave it.
_FIGURES = re.compile(r"[ \t]*[$€£]?[\d,.]+[^\n]{0,40}\braised\b[^\n]{0,80}\b(?:supporters?|donors?|backers?|donations?)\b[^\n]*")
_OWNER = re.compile(rf"[ \t]*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*")
# The head of a page's list of supporters' messages.
_SUPPORTERS = re.compile(r"[ \t]*(?:Supporters|Donors|Backers|Words of support|Messages)[ \t]*:?[ \t]*")
# A supporter's line: his name (or "Anonymous") and his gift ("Lusine Karapetyan, $100", "Hearth Fund, $0 (message)").
_GIFT = re.compile(rf"[ \t]*(?P<name>Anonymous|{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}),[ \t]*[$€£][\d,.]+[^\n]{{0,30}}")


def _speaker(doc, name: str) -> str | None:
    """A registered actor by its id, else the name as the text writes it (a supporter's "Anonymous" too)."""
    if name == "Anonymous":
        return name
    found = clean_name(name, doc.words)
    return registry_module.resolve(found, doc.published, doc.registry, strict=True) or found if found else None


def fundraising_pages(doc, who) -> None:
    """Each fundraiser's page on a team page (her name over the page's figures) is hers, to the next page; a
    supporter's message under the page's "Supporters" line is the supporter's, to the next supporter's line.

    Example:
        Anahit Sargsyan
        $3,260 raised of $3,000 | 41 supporters

        My cousin Davit was captured in December 2020.

        Supporters
        Garo Minassian, $250
        My dad was a POW in 1992 and came back.
    Yields: Anahit Sargsyan (for "captured"), Garo Minassian (for "POW")
    """
    body = doc.body_paragraphs
    heads = [k for k in range(1, len(body)) if _FIGURES.fullmatch(doc.text, doc.paragraphs[body[k]].start,
                                                                  doc.paragraphs[body[k]].end)
             and _OWNER.fullmatch(doc.text, doc.paragraphs[body[k - 1]].start, doc.paragraphs[body[k - 1]].end)]
    for i, k in enumerate(heads):
        owner = doc.paragraphs[body[k - 1]]
        speaker = _speaker(doc, _OWNER.fullmatch(doc.text, owner.start, owner.end).group("name"))
        end = heads[i + 1] - 1 if i + 1 < len(heads) else len(body)
        supporting = None  # the supporter whose message runs, once the page's "Supporters" line is passed
        listed = False
        for j in range(k + 1, end):
            para = doc.paragraphs[body[j]]
            if _SUPPORTERS.fullmatch(doc.text, para.start, para.end):
                listed = True
                continue
            gift = _GIFT.fullmatch(doc.text, para.start, para.end) if listed else None
            if gift:
                supporting = _speaker(doc, gift.group("name"))
                continue
            target = supporting if listed else speaker
            if target:
                who.decide_paragraph(body[j], target, "author_voice")
