"""Cue-stage rules of summary records: who "the delegation" and "a Committee member" are."""
from __future__ import annotations


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
            a.speaker, a.rule = party, "delegation"


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
    for a in doc.cues:
        if a.via == "member" and body:
            a.speaker, a.rule = body, "committee_member"
