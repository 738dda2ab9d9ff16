"""A case file's or a log's dated entries, each headed by its date and its writer ("12 December 2025, Hannah Reid"),
and the messages filed among them ("Message from Mariam Abrahamyan, 15 January 2026, 07:40 (WhatsApp)"): each entry
is its writer's, to the next head. :func:`.voices.author_voice` runs it with the other parts a text's author signs;
a blog whose front matter names its writers is :func:`.authored.signed_sections`'.
"""
from __future__ import annotations

import re

from detentio.core.calendar import DAY_NAMES, MONTH
from detentio.framing import actors as registry_module
from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.grammar import ENDS_SENTENCE, NAME_WORD

_NAME = rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})"
# An entry's head: its date, then its writer after a comma, a colon, a bar or a dash ("12 December 2025, Hannah Reid",
# "Monday 7 July: Gayane Sargsyan", "Day 3, Wednesday 11 February: Marte Aasheim"), with an optional role in brackets;
# a blog its front matter says several people write heads its entries so too (:func:`.authored.signed_sections`).
DATED_HEAD = re.compile(rf"[ \t]*(?:Day[ \t]+\d{{1,2}},?[ \t]+)?(?:(?:{'|'.join(DAY_NAMES)}),?[ \t]+)?"
                        rf"(?:\d{{1,2}}[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}})(?:,?[ \t]+\d{{4}})?[ \t]*[,:|–—-][ \t]*{_NAME}"
                        rf"[ \t]*(?:\([^()\n]{{1,40}}\))?[ \t]*")
# A message filed among them, its sender first: "Message from Siran Abrahamyan, 20 February 2026 (voice message)".
_MESSAGE = re.compile(rf"[ \t]*(?:Message|Letter|Note|E-?mail|Text)[ \t]+from[ \t]+{_NAME}[ \t]*,[^\n]{{0,160}}")


def _writer(doc, name: str) -> str | None:
    """The person a head names: a registered actor by its id, else the name; a State or a place is no writer."""
    found = clean_name(name, doc.words)
    if not found or doc.namer.descriptions.state_named(found.split()[0]):
        return None
    return registry_module.resolve(found, doc.published, doc.registry, strict=True) or found


def dated_entries(doc, who) -> None:
    """Entries each headed by a date and a writer's name, two at least (one such line is a dateline): each is its
    writer's, up to the next head or the next line that ends no sentence (a heading); a message filed among them
    under "Message from X, <date>" is X's.

    Example:
        12 December 2025, Hannah Reid
        Explained the position: Narek is a prisoner of war.
        6 February 2026, Jonathan Mercer
        Reviewed the draft.
    Yields: Hannah Reid
    """
    if who.front.get("author"):
        return
    body = doc.body_paragraphs
    heads = {}
    for k, number in enumerate(body):
        para = doc.paragraphs[number]
        m = DATED_HEAD.fullmatch(doc.text, para.start, para.end) or _MESSAGE.fullmatch(doc.text, para.start, para.end)
        if m:
            heads[k] = (_writer(doc, m.group("name")), m.re is DATED_HEAD)
    if sum(1 for _, dated in heads.values() if dated) < 2:
        return
    for k, (writer, _dated) in heads.items():
        for j in range(k + 1, min(len(body), k + 13)):
            para = doc.paragraphs[body[j]]
            if j in heads or not ENDS_SENTENCE.search(doc.text, para.start, para.end):
                break
            if writer:
                who.decide_paragraph(body[j], writer, "author_voice")
