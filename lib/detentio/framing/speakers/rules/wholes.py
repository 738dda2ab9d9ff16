"""Wholes: the set a party's acknowledged figure is taken from is not the party's words.

"Azerbaijan acknowledged holding 72 of 249 alleged captives": the 72 is what Azerbaijan acknowledged, but the "249
alleged captives" is the whole the text measures it against, in the words of whoever reports the acknowledgement
(the narrator, or the speaker whose sentence it is: "She recalled that Azerbaijan had acknowledged 72 of the 249
persons"). The guidelines' innermost-speaker rule gives a speaker only the words that are hers; the annotators of
four development sets gave this whole to the reporter every time.
"""
from __future__ import annotations

import re

from detentio.framing.speakers.result import Region

# "acknowledged holding 72 of 249 alleged captives", "admits only 72 of the 249 persons named": the part, then
# "of" and the whole, a figure and the noun after it (a participle before it may describe it: "alleged").
_PART_OF_WHOLE = re.compile(
    r"\b(?:acknowledg(?:ed|es|e|ing)|admit(?:ted|s|ting)?|recogni[sz](?:ed|es|ing))\s+(?:(?:holding|having|only|just|"
    r"detaining)\s+){0,2}(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:the\s+|some\s+)?"
    r"(?P<whole>\d[\d,]*(?:\s+(?:alleged|reported|named|missing|other|so-called))?\s+[a-z]+)", re.IGNORECASE)


def whole_set(doc, who) -> None:
    """The whole after "acknowledged N of" is the reporter's: the speaker the sentence has before the acknowledging
    clause, else the text's own voice (a paragraph's turn, or the outlet or author).

    Example:
        In March 2021 Azerbaijan acknowledged holding 72 of 249 alleged captives.
    Yields: outlet:TASS
    Not:
        In March 2021 Azerbaijan acknowledged holding 72 captives.
    """
    if "whole_set" in who.disabled:
        return
    for m in _PART_OF_WHOLE.finditer(doc.text):
        start, end = m.span("whole")
        index = who.sentence_of(start)
        if index is None or who.quote_at(start) is not None:
            continue  # inside a quotation, the quoted speaker's words throughout
        _, s_start, s_end = doc.sentences[index]
        regions = who.sentence_regions.get(index)
        if regions:
            at = next((k for k, r in enumerate(regions) if r.start <= start < r.end), None)
            if at is None:
                continue
            part = regions[at]
            outer = regions[at - 1] if at and regions[at - 1].end >= part.start else None
            speaker = outer.speaker if outer else _own_voice(doc, who, s_start)
            who.sentence_regions[index] = regions[:at] + _split(part, start, end, speaker) + regions[at + 1:]
        elif index in who.sentence_speakers:
            part = Region(s_start, s_end, *who.sentence_speakers[index])
            who.decide_regions(index, _split(part, start, end, _own_voice(doc, who, s_start)))


def _own_voice(doc, who, offset: int) -> str | None:
    """Whose the text is where no one is reported: the paragraph's turn, else the document's fallback."""
    label = who.labelled.get(doc.para_of(offset))
    return label[0] if label and label[0] else who.fallback


def _split(part: Region, start: int, end: int, speaker: str | None) -> list[Region]:
    """``part`` with ``[start, end)`` given to ``speaker`` by this rule: up to three regions."""
    pieces = [Region(part.start, start, part.speaker, part.rule, part.phrase),
              Region(start, end, speaker, "whole_set"),
              Region(end, part.end, part.speaker, part.rule, part.phrase)]
    return [p for p in pieces if p.start < p.end]
