"""A chair's two capacities in a council's record: its president may speak "in my capacity as the representative of
Malta" and then "resume my functions"; the words between are that State's (rule ``debate_turn``)."""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.grammar import NAME_WORD


# "I shall now make a statement in my capacity as the representative of Malta": until the chair resumes
# the presidency, its words are that State's (a UN Council's president speaks in two capacities).
_NATIONAL = re.compile(rf"\bin\s+my\s+(?:national\s+)?capacity\s+as\s+(?:the\s+)?representative\s+of\s+(?:the\s+)?"
                       rf"(?P<state>{NAME_WORD}(?:[ \t]+(?:of[ \t]+)?{NAME_WORD}){{0,3}})")
_RESUME = re.compile(r"\bI\s+(?:now\s+)?resume\s+my\s+functions\b")


def capacity(doc, number: int, chair: str, speaker: str) -> str:
    """Who the chair speaks for from paragraph ``number`` on: a State once the chair says it speaks in
    that capacity, the chair again once it resumes its functions (whichever the paragraph says last)."""
    paragraph = doc.paragraphs[number]
    resume = _RESUME.search(doc.text, paragraph.start, paragraph.end)
    national = _NATIONAL.search(doc.text, paragraph.start, paragraph.end)
    if resume and (not national or resume.start() > national.start()):
        return chair
    return _state_named(doc, national) if national else speaker


def _state_named(doc, national) -> str:
    name = re.split(r"[.,;]\s", national.group("state") + " ")[0].rstrip(".,;’'")  # "Niger. Niger calls": "Niger"
    found = registry_module.resolve(name, doc.published, doc.registry, strict=True)
    return found if found and doc.registry[found].office == "state" else name


def national_sentences(doc, who, number: int, chair: str) -> None:
    """The sentences of a chair's paragraph between "in my capacity as the representative of Niger" and "I
    now resume my functions" are that State's, and those from the resumption on the chair's again."""
    paragraph = doc.paragraphs[number]
    national = _NATIONAL.search(doc.text, paragraph.start, paragraph.end)
    resume = _RESUME.search(doc.text, national.end(), paragraph.end) if national else None
    if not resume or "debate_turn" in who.disabled:
        return
    state = _state_named(doc, national)
    for i in doc.sentences_in.get(number, []):
        if national.start() <= doc.sentences[i][2] and doc.sentences[i][1] < resume.start():
            who.decide_sentence(i, state, "debate_turn")
        elif doc.sentences[i][1] >= resume.start():
            who.decide_sentence(i, chair, "debate_turn")
