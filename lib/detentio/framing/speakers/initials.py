"""Initials: whom a transcript's label of initials ("G.R.:", "O. T.:") names.

>>> named_by_initials(doc, "GR")   # "Gunel Rzayeva", when the text names one person with those initials
"""
from __future__ import annotations

import re
from functools import lru_cache

from detentio.framing import actors as registry_module


# A label of initials: "G.R.", "O. T.", "GR".
INITIALS = re.compile(r"([A-Z])\.?[ \t]?([A-Z])\.?(?:[ \t]?([A-Z])\.?)?")


def named_by_initials(doc, letters: str) -> str | None:
    """The speaker of the one full name in the text whose words' first letters are ``letters`` ("Gunel Rzayeva" for
    "GR"), else None (no such name, or several)."""
    names = names_with_initials(doc.text, letters)
    if len(names) != 1:
        return None
    name = names[0]
    found = registry_module.resolve(name, doc.published, doc.registry, strict=True)
    if found:
        return found
    at = doc.text.find(name)
    # "spoke with the Commissioner for Human Rights of the Republic of Azerbaijan, Gunel Rzayeva (G.R.)": the post
    # in apposition before her name is the office she answers for (hard case 12)
    floor = max(0, at - 160)
    lead = doc.text[floor:at].rstrip()
    office = doc.namer.posts.before(floor, floor + len(lead) - 1) if lead.endswith(",") else None
    if office:
        doc.namer._hold(name, office)
        return office
    return doc.namer.unregistered(name, at) or name


@lru_cache(maxsize=64)
def names_with_initials(text: str, letters: str) -> tuple[str, ...]:
    """The distinct names in ``text`` whose words start with ``letters``, once per text and initials (a transcript
    labels every turn with them)."""
    pattern = r"\b" + r"[ \t]+".join(c + r"[a-z’'-]+" for c in letters) + r"\b"
    return tuple(sorted({m.group() for m in re.finditer(pattern, text)}))
