"""Whom a speaker's label says she speaks for: the institution or the State her brackets name after her name.

>>> speaks_for(doc, who, ["Ministry for Foreign Affairs", "Sweden"])   # "Sweden": a ministry of a State
>>> speaks_for(doc, who, ["European Commission", "DG ECHO"])           # "eu": a registered institution
>>> speaks_for(doc, who, ["Regional Director", "Eurasia"])             # the outlet, in its own transcript
>>> speaks_for(doc, who, ["Aragats TV"])                               # None: a journalist keeps her name
>>> entry_label(doc, who, start, end, seen)   # "Amb. Elnur Gasimli (Azerbaijan): ..." opening a live post: azerbaijan

GUIDELINES hard case 12: an unregistered person speaking in a post of a registered institution is that
institution; a State's official speaks for the State, and an unregistered State keeps its name ("France" in
held-out 4). A journalist, a lawyer or anyone with no such post keeps her own name. Written by hand: the parts
are a transcript's own brackets ("INGRID LUND (Ministry for Foreign Affairs, Sweden):"), which no library reads.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.grammar import NAME_WORD, NOTED_HEAD
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


# A live post opened by whom it reports, before a colon: "Amb. Elnur Gasimli (Azerbaijan): ...", "Dr Mette Lund, ICRC
# legal adviser: ...", "Dep. FM Lilit Hovakimyan (Armenia): ...", "Hovakimyan: ...".
_ENTRY_LABEL = re.compile(rf"[ \t]*(?P<title>(?:(?:Amb|Dep|Prof|Dr|Mr|Ms|Mrs|H\.E|Min)\.?|Ambassador|Deputy|Foreign|Minister"
                          rf"|FM|DFM|Spokesperson|Professor)[ \t]+)*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})"
                          r"(?:[ \t]*\((?P<detail>[^()\n:]{2,60})\)|,[ \t]*(?P<post>[^:\n]{2,60}))?[ \t]*:[ \t]")
# The titles of a State's office in such a label: its holder speaks for the State (hard case 12).
_STATE_TITLE = re.compile(r"\b(?:Amb|Ambassador|FM|DFM|Minister|Min|Spokesperson)\b")
_FOREIGN_TITLE = re.compile(r"\b(?:FM|DFM|Foreign)\b")


def entry_label(doc, who, start: int, end: int, seen: dict[str, str]) -> str | None:
    """Whom a live post at ``start`` reports when it opens with her label and a colon (see ``_ENTRY_LABEL``): a
    registered person by her id; an ambassador or a minister of a State in brackets that State (a foreign minister
    its foreign ministry, when registered); a post of a registered institution after a comma that institution;
    else the name. A surname alone is whom an earlier label of the text gave in full (``seen``, filled here)."""
    m = _ENTRY_LABEL.match(doc.text, start, end)
    if not m:
        return _entry_head(doc, start, end)
    name = clean_name(m.group("name"), doc.words)
    if not name or name.lower() in doc.words.not_names or any(w.lower() in doc.words.institution_words
                                                                 for w in name.split()):
        return None
    if " " not in name:  # "Hovakimyan:" after "Dep. FM Lilit Hovakimyan (Armenia):"
        return seen.get(name)
    title, detail, post = m.group("title") or "", m.group("detail"), m.group("post")
    found = registry_module.resolve(name, doc.published, doc.registry, strict=True)
    state = registry_module.state_named(detail.strip(), doc.published, doc.registry) if detail else None
    if not found and state and _STATE_TITLE.search(title):
        found = doc.namer.descriptions.government_post("Foreign Minister", state) \
            if _FOREIGN_TITLE.search(title) else state
    if not found and post:
        body = registry_module.resolve(post, doc.published, doc.registry)  # "ICRC legal adviser": the ICRC
        found = body if body and doc.registry[body].type != "person" and doc.registry[body].role != "media" else None
    found = found or name
    seen[name.split()[-1]] = found
    return found


_ENTRY_HEAD = re.compile(NOTED_HEAD)


def _entry_head(doc, start: int, end: int) -> str | None:
    """Whom an observer's note at ``start`` reports when it opens with her name and a full stop (``NOTED_HEAD``):
    a registered actor or State by its id, a described one ("the Special Rapporteur") as a speaker phrase is read,
    else the name as the note gives it ("France")."""
    m = _ENTRY_HEAD.match(doc.text, start, end)
    if not m:
        return None
    head = m.group("head")
    bare = re.sub(r"^[Tt]he[ \t]+", "", head)
    found = registry_module.resolve(bare, doc.published, doc.registry, strict=True) \
        or registry_module.state_named(bare, doc.published, doc.registry)
    if found:
        return found
    if head != bare:  # "the Special Rapporteur": whom the text named so
        return doc.namer.speaker_of(m.start("head"), m.end("head"))
    return None if bare.lower() in doc.words.not_names else bare


# A label that gives a minister's post before her name: "Minister of Foreign Affairs Ararat Mirzoyan:", "Minister of
# Labour and Social Affairs Lusine Avetyan:". The post's words and the name's are both capitalised, so the name is
# taken as the last two words (a first name and a surname), the post as all before.
OFFICE_LABEL = re.compile(rf"[ \t]*(?P<post>(?:(?:First|Deputy|Acting)[ \t]+)*(?:Prime[ \t]+)?Minister(?:[ \t]+(?:of|for)"
                          rf"[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:and|of|for|the|[A-Z][\w’'-]*)){{0,6}}?)?)[ \t]+"
                          rf"(?P<name>{NAME_WORD}[ \t]+{NAME_WORD})[ \t]*:[ \t]+\S")


def office_holder(doc, who, post: str, name: str, offset: int) -> str:
    """Who an office label names: a registered holder by her id; else the actor her post speaks for in the State
    whose own transcript this is (hard case 12: "Minister of Labour and Social Affairs" of the Armenian
    Government's transcript is Armenia); else her name."""
    found = registry_module.resolve(name, doc.published, doc.registry, strict=True)
    if found:
        return found
    voice = who.fallback if who.fallback in doc.registry.actors else None
    state = voice if voice and doc.registry[voice].office == "state" else None
    return doc.namer.descriptions.government_post(post, state) or doc.namer.unregistered(name, offset) or name
