"""Whom a speaker's label says she speaks for: the institution or the State her brackets name after her name.

>>> speaks_for(doc, who, ["Ministry for Foreign Affairs", "Sweden"])   # "Sweden": a ministry of a State
>>> speaks_for(doc, who, ["European Commission", "DG ECHO"])           # "eu": a registered institution
>>> speaks_for(doc, who, ["Regional Director", "Eurasia"])             # the outlet, in its own transcript
>>> speaks_for(doc, who, ["Aragats TV"])                               # None: a journalist keeps her name

GUIDELINES hard case 12: an unregistered person speaking in a post of a registered institution is that
institution; a State's official speaks for the State, and an unregistered State keeps its name ("France" in
held-out 4). A journalist, a lawyer or anyone with no such post keeps her own name. Written by hand: the parts
are a transcript's own brackets ("INGRID LUND (Ministry for Foreign Affairs, Sweden):"), which no library reads.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.posts import POST_NOUNS
from detentio.framing.speakers.rules.voices import organisation

# A government's body in a label's brackets, before the State it belongs to ("Federal Foreign Office, Germany").
_GOVERNMENT_BODY = re.compile(r"\b(?:Ministry|Foreign\s+Office|Department|Government|Embassy|(?:Permanent\s+)?Mission"
                              r"|Presidential\s+Administration|Cabinet)\b")
# A post and nothing else ("Regional Director", "Protection Coordinator", "Head of Delegation").
_POST = re.compile(rf"(?i:(?:[\w’'-]+\s+){{0,3}}(?:{POST_NOUNS}|coordinator|manager|adviser|advisor)"
                   rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?:delegation|operations|protection))?)")


def speaks_for(doc, who, parts: list[str]) -> str | None:
    """The actor id, or an unregistered State's name, that the parts of a label's brackets after the speaker's
    name make her speak for (see the module docstring); None when they name no such post."""
    parts = [p.strip() for p in parts if p.strip()]
    for part in parts:  # "European Commission, DG ECHO", "US Department of State": a registered body
        found = registry_module.resolve(part, doc.published, doc.registry, strict=True)
        if found and doc.registry[found].type != "person" and doc.registry[found].role != "media" \
                and (doc.registry[found].office != "state" or _GOVERNMENT_BODY.search(part)):
            return found  # ... but a place is no post: "(Elnur Mammadli, Caspian Pulse, Baku)" is a journalist
    if len(parts) >= 2 and any(_GOVERNMENT_BODY.search(p) for p in parts[:-1]):
        # "Ministry for Foreign Affairs, Sweden": the State the ministry belongs to, by its name when unregistered
        name = parts[-1]
        state = registry_module.state_named(name, doc.published, doc.registry)
        words = name.split()
        if state or 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
                and not any(w.lower() in doc.words.institution_words for w in words):
            return state or name
    if parts and _POST.fullmatch(parts[0]):
        # "Regional Director, Eurasia" in a registered organisation's own transcript: its official speaks for it
        return organisation(doc, who)
    return None
