"""Whom a question is put to: the "you" and "your government" of an asker's turn in a transcript.

In an interview, a briefing, a press conference or a hearing, "Now you say 'persons held in custody'" reports
the words of the one the question is put to, and "your government called them prisoners of war" those of
her government (held-out 4 decision 7: a named inner speaker). The one addressed is, in order:

1. the person or office a vocative opening the turn names ("Minister Mirzoyan, ...", "Deputy Minister, ...",
   "Mr Lemaire, ...");
2. an interview's interviewee or a briefing's spokesperson (the layout's ``answerer``);
3. the speaker of the next turn, when another speaks it (a debate: the one who answers).

>>> spans(doc, speaker_of)   # [(start, end, addressee), ...] for every asker's turn that has one

The layout stage records these on the namer (``Namer.addressed``) before any cue is read, so the phrase
forms ``you`` and ``your`` can name the addressee.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers import layout as layouts
from detentio.framing.speakers.grammar import NAME_WORD

# "Minister Mirzoyan,", "Deputy Minister,", "Mr Lemaire,", "Madam Chair,": a vocative opening a turn.
_VOCATIVE = re.compile(rf"[ \t]*(?P<title>(?:(?:First|Deputy|Vice|Prime|Foreign)[ \t]+)*(?:Minister|Ambassador|Commissioner"
                       rf"|Ombudsperson|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Madam|Professor)|Mr\.?|Ms\.?)"
                       rf"(?:[ \t]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD})?))?[ \t]*,")
_ASKING = ("question", "debate", "label", "chair")


def _vocative(doc, turn, turns, speaker_of) -> str | None:
    """Whom a vocative opening ``turn`` names: a registered actor by name, else the turn (before or after)
    whose label or office holds the vocative's surname or title."""
    m = _VOCATIVE.match(doc.text, turn.start, doc.paragraphs[turn.paragraph].end)
    if not m:
        return None
    name = m.group("name")
    if name:
        found = registry_module.resolve(f"{m.group('title')} {name}", doc.published, doc.registry, strict=True) \
            or registry_module.resolve(name, doc.published, doc.registry, strict=True)
        if found and doc.registry[found].type == "person":
            return found
    key = (name.split()[-1] if name else m.group("title")).lower()
    if key in ("mr", "ms", "mrs", "dr", "madam", "mr.", "ms.", "mrs.", "dr."):
        return None  # "Madam," alone names no one
    before = [t for t in turns if t.paragraph < turn.paragraph][::-1]
    after = [t for t in turns if t.paragraph > turn.paragraph]
    for other in before + after:
        said = " ".join(filter(None, (layouts.normal_name(other.label), other.detail, other.office))).lower()
        if re.search(rf"\b{re.escape(key)}\b", said):
            return speaker_of(other)
    return None


def spans(doc, speaker_of) -> list[tuple[int, int, str]]:
    """``(start, end, addressee)`` for each asker's turn of ``doc.layout`` whose addressee is known (see the
    module docstring); ``speaker_of(turn)`` is who speaks a turn, by the layout's turn rule."""
    found = doc.layout
    turns = [t for t in found.turns if t.kind != "entry"]
    if found.name not in ("interview", "briefing", "debate") or not turns:
        return []
    out = []
    for i, turn in enumerate(turns):
        if turn.kind not in _ASKING:
            continue
        own = speaker_of(turn)
        addressee = _vocative(doc, turn, turns, speaker_of)
        if addressee is None and turn.kind == "question":
            addressee = found.answerer
        if addressee is None and i + 1 < len(turns):
            addressee = speaker_of(turns[i + 1])
        if addressee and addressee != own:
            end = turns[i + 1].paragraph if i + 1 < len(turns) else len(doc.paragraphs)
            out.append((doc.paragraphs[turn.paragraph].start, doc.paragraphs[end - 1].end, addressee))
    return out
