"""Cue-stage rules of summary records: who "the delegation" and "a Committee member" are."""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module

# "the President of the State party", "the State party's Prime Minister": the State's head, by the registry.
_HEAD = re.compile(r"(?:President|Prime\s+Minister|Head\s+of\s+State)\s+of\s+the\s+State\s+party\b"
                   r"|State\s+party['’]s\s+(?:President|Prime\s+Minister|Head\s+of\s+State)\b", re.IGNORECASE)


def delegation(doc, who) -> None:
    """In a third-person summary record, "The delegation said ...", "The head of the delegation replied
    ..." speak for the State party under review ("the report of Azerbaijan").

    Example:
        Committee against Torture reviews the report of Azerbaijan

        The delegation said that the detainees were convicted criminals.
    Yields: azerbaijan
    Not:
        Committee against Torture reviews the report of Azerbaijan

        The detainees were convicted criminals.
    """
    party = doc.layout.state_party if doc.layout else None
    for a in doc.cues:
        if a.via == "delegation" and party:
            head = _HEAD.search(doc.text, max(0, a.np_start - 40), a.verb_start)
            a.speaker = _head_of(doc, party, head.group()) if head else _organ_of(doc, party, a) or party
            a.rule = "delegation"


def _organ_of(doc, party: str, a) -> str | None:
    """"a representative of the Ministry of Foreign Affairs said": the State party's registered foreign ministry
    (hard case 12), else None (the delegation speaks for the State)."""
    phrase = doc.text[a.np_start:a.verb_start]
    if not re.search(r"\bMinistry\s+of\s+Foreign\s+Affairs\b|\bForeign\s+Ministry\b", phrase):
        return None
    affiliation = doc.registry[party].affiliation
    return next((actor.id for actor in doc.registry.actors.values()
                 if actor.role == "ministry" and actor.type != "person" and actor.affiliation == affiliation
                 and "foreign" in actor.office.lower()), None)


def _head_of(doc, party: str, phrase: str) -> str:
    """"the President of the State party": the registered head of that State in office, else the State."""
    title = "Prime Minister" if "prime" in phrase.lower() else "President"
    found = registry_module.resolve(f"{title} of {doc.registry[party].affiliation}", doc.published, doc.registry,
                                    strict=True)
    return found if found and doc.registry[found].type == "person" else party


def committee_member(doc, who) -> None:
    """"A Committee member asked ...", "Experts noted ...", "The Country Rapporteur said ...": the reviewing
    body's members speak for the body (a member named where named keeps her name: "Ms. X (Country
    Rapporteur) noted" is X's by the ordinary rules).

    Example:
        Committee against Torture reviews the report of Azerbaijan

        A Committee member asked whether the detainees had lawyers.
    Yields: Committee against Torture
    Not:
        Committee against Torture reviews the report of Azerbaijan

        Whether the detainees had lawyers remained unclear.
    """
    body = doc.layout.body if doc.layout else None
    chair = _CHAIR_LINE.search(doc.text, 0, 3000) if body else None  # a record's head: only a record has a body
    for a in doc.cues:
        if a.via == "member" and body:
            a.speaker, a.rule = body, "committee_member"
            if chair and _CHAIR_AS_MEMBER.match(doc.text, a.np_start):
                # "The Chair, speaking in his capacity as a member of the Committee, asked": the member the record's
                # head names as its Chair ("Chair: Mr. Ferreira Lima"), by name, as a member speaks
                a.speaker = chair.group("name")


# The chair of a meeting, on its head's line: "Chair: Mr. Ferreira Lima", "Chairperson: Ms. Anna Berg".
_CHAIR_LINE = re.compile(r"(?m)^[ \t]*(?:Chair|Chairperson|Chairman|Chairwoman)[ \t]*:[ \t]*(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?"
                         r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+(?:de|da|dos|van|von|[A-Z][\w’'-]+)){0,3})[ \t]*(?:\(|$)")
# ... who speaks as a member, not in the chair: "The Chair, speaking in his capacity as a member of the Committee,".
_CHAIR_AS_MEMBER = re.compile(r"(?:[Tt]he[ \t]+)?(?:Chair|Chairperson|Chairman|Chairwoman),?[ \t]+speaking[ \t]+in[ \t]+"
                              r"(?:his|her|their)[ \t]+(?:personal[ \t]+)?capacity[ \t]+as[ \t]+(?:an?[ \t]+)?(?:member|expert)")
