"""Organs of States: a name that is an organ of a registered State, which speaks for it (GUIDELINES hard case 15:
"Prosecutor General's Office of the Republic of Azerbaijan" is Azerbaijan), as a publisher's name, a reply's heading or
a speaker the text names in full.

>>> organ_of(doc, "Ministry of Justice of the Republic of Azerbaijan")   # ("azerbaijan", "ministry")
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.grammar import NAME_WORD

# An executive organ of a State named as a publisher: "Prosecutor General's Office of the Republic of
# Azerbaijan", "State Security Service of Azerbaijan", "Azerbaijan's Ministry of Justice"; and its ombudsman the
# registry does not list, "Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan".
# ... and its representation abroad: "Permanent Mission of the Republic of Armenia to the United Nations",
# "Delegation of the European Union to the OSCE" (a registered union's organ speaks for it, hard case 12), "Embassy
# of the United States of America in Baku" (a State's name may hold "of").
# (the organ's name stops before "to"/"in"/"at" and a capital: "Permanent Mission of the Republic of Armenia to the
# United Nations Office at Geneva" is a mission, not an office)
ORGAN_OF = re.compile(rf"(?:[Tt]he\s+)?(?P<organ>(?:(?!\s(?:to|in|at)\s+(?:the\s+)?[A-Z]).)*\b(?P<noun>Office|Ministry|Service|Prosecutor|Procuracy|Police|Agency"
                      # ... a council or a committee of the State ("Judicial-Legal Council of the Republic of
                      # Azerbaijan", "State Committee for Refugees of Azerbaijan"), which its own courts' council is too
                      rf"|Commission|Council|Committee|Department|Directorate|Inspectorate|Board"
                      rf"|Administration|Government|Presidency|Guard|Mission|Delegation|Embassy"
                      rf"|Representation|Commissioner|Ombudsman|Ombudsperson"
                      # ... a State's pension or insurance fund, its audit chamber ("Military Pension Fund of the
                      # Republic of Armenia"), not any fund or chamber (a charity's "Armenia Fund", a bar's chamber)
                      rf"|(?<=Pension\s)Fund|(?<=Insurance\s)Fund|(?<=Audit\s)Chamber|(?<=Accounts\s)Chamber)\b.*?)(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?"
                      rf"(?P<state>{NAME_WORD}(?:\s+{NAME_WORD})?(?:\s+of\s+{NAME_WORD})?))?(?:\s+(?:to|in|at)\s+(?:the\s+)?[A-Z][^\n]{{1,80}})?")
_ABROAD = ("mission", "delegation", "embassy", "representation")
_OWNER_OF_ORGAN = re.compile(rf"(?P<state>{NAME_WORD})['’]s\s+")


def organ_of(doc, name: str) -> tuple[str, str] | None:
    """``(State, the organ's noun)`` when ``name`` names an organ of a registered State ("Office of the Deputy
    Prime Minister of the Republic of Armenia": armenia, "office"; "Permanent Mission of ... to the United Nations
    Office at Geneva": its State, "mission"), or of a registered union abroad; else None."""
    m = ORGAN_OF.fullmatch(name)
    if not m:
        return None
    owner = m.group("state") or (_OWNER_OF_ORGAN.match(m.group("organ")) or {"state": None})["state"]
    # "Embassy of the United States of America": the whole name; "Ministry of Justice of Azerbaijan": its last part
    state = next(filter(None, (registry_module.resolve(o, doc.published, doc.registry, strict=True)
                               for o in (owner, owner.rsplit(" of ", 1)[-1]))), None) if owner else None
    if state and (doc.registry[state].office == "state" or m.group("noun").lower() in _ABROAD
                  and doc.registry[state].role == "international_organisation"):
        return state, m.group("noun").lower()
    return None
