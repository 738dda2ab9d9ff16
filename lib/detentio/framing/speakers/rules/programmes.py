"""An event's printed programme and the speeches under it: a programme's timed item names its speaker ("20:15 "Five
years and one month": Sargis Khachikyan"), and the text printed later under the item's title as a heading in
capitals ("FIVE YEARS AND ONE MONTH") is that speaker's, up to the next heading in capitals.
:func:`.voices.author_voice` runs it with the other parts a text's author heads or delivers.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.grammar import CAPS_HEADING, NAME_WORD

# A programme's timed item: the time, the item's title (quoted or not), a colon and who gives it, with an optional
# post after a comma ("19:30 Welcome: Marina Asatryan, chair of the Homecoming Fund").
_ITEM = re.compile(rf"(?m)^[ \t]*\d{{1,2}}[:.]\d{{2}}[ \t]+(?:[-–—][ \t]*)?(?P<item>[^:\n]{{2,80}}?):[ \t]*"
                   rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*(?:,[^\n]*)?$")


def _key(title: str) -> str:
    """A title compared without case, quotation marks or closing punctuation."""
    return " ".join(re.sub(r"[\"“”‘’'.!?]", "", title).lower().split())


def programme_items(doc, who) -> None:
    """The speeches of an event whose programme names them: the paragraphs under a heading in capitals that repeats a
    timed item's title are the item's speaker's, up to the next heading in capitals. A programme has two such items
    at least (one timed line is no programme).

    Example:
        19:30 Welcome: Marina Asatryan
        21:20 "The chair by the door": Ruzan Mnatsakanyan

        THE CHAIR BY THE DOOR
        My son is a prisoner of war.
    Yields: Ruzan Mnatsakanyan
    """
    items = {}
    for m in _ITEM.finditer(doc.text):
        name = clean_name(m.group("name"), doc.words)
        if name:
            items[_key(m.group("item"))] = registry_module.resolve(name, doc.published, doc.registry,
                                                                   strict=True) or name
    if len(items) < 2:
        return
    heads = [n for n in doc.body_paragraphs
             if CAPS_HEADING.fullmatch(doc.text, doc.paragraphs[n].start, doc.paragraphs[n].end)]
    for i, n in enumerate(heads):
        speaker = items.get(_key(doc.text[doc.paragraphs[n].start:doc.paragraphs[n].end]))
        end = heads[i + 1] if i + 1 < len(heads) else doc.body_paragraphs[-1] + 1
        for number in doc.body_paragraphs if speaker else []:
            if n < number < end:
                who.decide_paragraph(number, speaker, "author_voice")
