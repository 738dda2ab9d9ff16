"""Full names for unregistered speakers: "Avetisyan said" after "Lilit Avetisyan noted" is Lilit Avetisyan.

>>> resolve(namer, "Avetisyan", offset)   # "Lilit Avetisyan", remembered in namer.known
>>> full_body(namer, "the Centre", offset)  # "the Yerevan Centre for Detention Rights", named so before

The rules a short name is read by, in order: a holder of an office the text gave her, a post she was introduced in,
a surname that opens with a particle ("VAN DAM"), a full name as given, a surname after the full name known or
written earlier, a first name a podcast's turns use, a surname of several words, and the initial a record gives
("H. Arakelyan"). Split from :mod:`.names`, whose :meth:`.Namer.unregistered` is the one caller; it adds the full
names it meets to ``namer.known``, the namer's one memory.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.grammar import NAME_WORD

# Particles a surname may open with ("Pieter van Dam", "Sanne de Vries"): written alone, the surname.
_PARTICLES = {"van", "von", "de", "der", "den", "du", "la", "le", "di", "da", "del", "della", "ter", "ten", "al", "el"}


def resolve(namer, name: str, offset: int) -> str | None:
    """The speaker an unregistered name at ``offset`` stands for (see the module docstring); None for no name."""
    cleaned = clean_name(name, namer.words)
    if cleaned is None or " " not in cleaned and namer.words.verb.fullmatch(cleaned.lower()):
        return None  # (a log's subjectless "Said her brother is a civilian, and asked": a verb, no name)
    held = namer.holders.get(cleaned) or next((a for n, a in namer.holders.items() if n.split()[-1] == cleaned), None)
    if held:
        return held
    introduced = namer.descriptions.introduced_post(cleaned, offset)
    if introduced:  # "We met X, head of the ICRC delegation, in Baku. ... X said": she speaks in that post
        namer._hold(cleaned, introduced)
        return introduced
    if cleaned.split()[0].lower() in _PARTICLES and len(cleaned.split()) <= 3:
        # "VAN DAM" in a record, "Van Dam" at a sentence's start: the surname of "Pieter van Dam"
        earlier = re.search(rf"\b{NAME_WORD}[ \t]+{re.escape(cleaned)}\b", namer.text[max(0, offset - 20000):offset],
                            re.IGNORECASE)
        full = next((n for n in reversed(namer.known) if n.lower().endswith(" " + cleaned.lower())), None) \
            or (earlier.group() if earlier and earlier.group().split()[0].lower() not in namer.words.title_words
                else None)
        if full:
            return full
    if " " in cleaned:
        cleaned = full_body(namer, cleaned, offset)
        if cleaned not in namer.known:
            namer.known.append(cleaned)
        return cleaned
    for full in reversed(namer.known):  # a surname after the full name
        if full.split()[-1] == cleaned:
            return full
    # ... or after a full name written earlier without a verb of saying
    before = namer.text[max(0, offset - 20000):offset]
    earlier = re.search(rf"\b({NAME_WORD})[ \t]+{re.escape(cleaned)}\b", before) \
        or re.search(rf"\b({NAME_WORD})[ \t]+{re.escape(cleaned.upper())}\b", before)  # "Kamran ALIZADE"
    registered = registry_module.resolve(earlier.group(), namer.date, namer.registry, strict=True) if earlier else None
    if registered and namer.registry[registered].type != "person":
        return registered  # "The Parliament called" after "European Parliament": the body, whatever its first word
    if earlier and earlier.group(1).lower() not in namer.words.title_words | namer.words.not_names \
            and not earlier.group(1).endswith(".") and earlier.group(1).lower() != cleaned.lower():
        full = clean_name(f"{earlier.group(1)} {cleaned}", namer.words) or f"{earlier.group(1)} {cleaned}"
        full = full_body(namer, full, offset)  # "The Centre" after "the Yerevan Centre for Detention Rights"
        namer.known.append(full)  # "Kamran ALIZADE" in a record's heading is "Kamran Alizade"
        return full
    # ... or a first name, as a podcast's turns give its hosts ("NORA:" after "Nora Castell")
    for full in reversed(namer.known):
        if full.split()[0] == cleaned:
            return full
    # ... or, when the phrase itself gives it, the initial a record gives her first name by and nothing more
    # ("The defendant H. Arakelyan stated")
    initial = re.search(rf"(?<![\w.])([A-Z]\.)[ \t]*{re.escape(cleaned)}$", name.strip())
    if initial and not re.search(rf"\b[A-Z][a-z]+[ \t]+{re.escape(cleaned)}\b", namer.text):  # (no fuller name)
        return f"{initial.group(1)} {cleaned}"
    # "Pieter Van Acker": a surname may be several words, a particle among them
    particles = "|".join(sorted(_PARTICLES))
    first = re.search(rf"\b{re.escape(cleaned)}((?:[ \t]+(?:[A-Z][a-z’'-]+|(?:{particles})(?=[ \t]+[A-Z]))){{1,3}})",
                      before)
    surname = first.group(1).split() if first else []
    stop = namer.words.not_names | namer.words.institution_words
    if surname and not any(w.lower() in stop for w in surname):
        full = " ".join([cleaned, *surname])
        namer.known.append(full)
        return full
    return cleaned


def full_body(namer, name: str, offset: int) -> str:
    """An institution's short name as the text first gave it in full: "the Working Group" after "the
    Working Group on Arbitrary Detention" is that body; a person's name stays as it is."""
    if name.split()[-1].lower() not in namer.words.institution_words:
        return name
    longer = re.search(rf"(?<![\w’'-]){re.escape(name)}[ \t]+(?:on|of|for|against)[ \t]+(?:the[ \t]+)?"
                       # "... on Enforced or Involuntary Disappearances": a body's name may join its words with "or"
                       rf"{NAME_WORD}(?:[ \t]+(?:of[ \t]+|on[ \t]+|and[ \t]+|or[ \t]+|for[ \t]+|the[ \t]+)*"
                       rf"{NAME_WORD})*",
                       namer.text[max(0, offset - 20000):offset])
    return longer.group().rstrip(".,’'") if longer else name
