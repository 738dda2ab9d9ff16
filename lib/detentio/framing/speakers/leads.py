"""Sentence leads: a speaker and a colon, with no verb, opening a sentence in mid-paragraph before a quotation.

>>> sentence_lead(doc, quote_start)   # "hajiyev" for '... five years. Hikmet Hajiyev, December 2020: "They are ..."'

A montage of archive voices, a round-up of reactions or a chronology of wording quotes one speaker after another
in a single paragraph, each quotation after its speaker's name, where and when it was said, and a colon:
'Hikmet Hajiyev, December 2020: "..." Prime Minister Pashinyan at the United Nations, September 2025: "..."'. The
paragraph-opening lead is ``speech._colon_lead``'s; this is the same convention after a sentence's end. Written
by hand: it is a layout convention of edited texts, which no library parses.
"""
from __future__ import annotations

import re

from detentio.core.calendar import MONTH
# When or where the words were said, after the speaker: ", December 2020", ", 14 March 2021", ", in 2022",
# " at the United Nations", ", on state television", ", throughout".
_WHEN = rf"(?:,?\s+(?:in\s+|on\s+)?(?:\d{{1,2}}\s+)?{MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|,?\s+(?:in\s+)?\d{{4}}|,\s+throughout)"
_WHERE = r"(?:,?\s+(?:in|on|at|via|to|before|speaking\s+(?:to|at|on))\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,4})"
_LEAD = re.compile(rf"(?P<who>(?:The\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,5}}(?:\s+[a-z][\w’'-]*){{0,2}}?)"
                   rf"(?:{_WHERE}|{_WHEN}){{1,2}}"
                   r"\s*:\s*$")
# The lead opens its sentence: after a sentence's end (not an initial's or a title's full stop).
_SENTENCE_END = re.compile(r"(?:[.!?…][\"”’)]?|[\"”’])\s+$")
_TITLE_STOP = re.compile(r"(?<![\w])(?:Mr|Ms|Mrs|Dr|Prof|St|No|[A-Z])\.\s+$")


def sentence_lead(doc, quote_start: int) -> str | None:
    """The speaker a verbless lead names when it opens a sentence in mid-paragraph right before the quotation at
    ``quote_start`` and says when or where the words were said; a registered actor or a name of two words or more,
    else None (a bare "Allegation:" or "Headline:" names no one, and a lead with no when or where is a label)."""
    para = doc.paragraphs[doc.para_of(quote_start)]
    window = doc.text[max(para.start, quote_start - 160):quote_start]
    for m in re.finditer(r"(?<=\s)(?=(?:The\s+)?[A-Z])", window):
        offset = quote_start - len(window) + m.start()
        head = doc.text[para.start:offset]
        if not head.strip() or not _SENTENCE_END.search(head) or _TITLE_STOP.search(head):
            continue
        lead = _LEAD.fullmatch(doc.text, offset, quote_start)
        if not lead:
            continue
        got = doc.namer.after(lead.start("who"), lead.end("who") + 1)
        if not got or got[2] != "name":
            return None
        speaker = doc.namer.holders.get(got[1], got[1])
        return speaker if speaker in doc.registry.actors or " " in speaker else None
    return None
