"""Whose words a forwarded message is: "Forwarded voice note from Ashot Mkrtchyan, lawyer:" on the line above the
quotation makes it his, whoever posted it in the group.

>>> forwarded_from(doc, quote_start)   # "Ashot Mkrtchyan"; "hrd_armenia" for "Forwarded from "Ombudsman office - Lilit":"

A messenger's export prints the forwarding line under the poster's name; the quotation under it is the original
sender's (GUIDELINES: the innermost speaker owns the innermost words). Written by hand: the line is the export's own
convention, which no library parses.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.cleaning import clean_name

# "Forwarded voice note from Ashot Mkrtchyan, lawyer:", "Forwarded from the group "Families of Hadrut 2020":",
# "Forwarded message from "Ombudsman office - Lilit":", right before the quotation.
_FORWARDED = re.compile(r"(?:^|\n)[ \t]*(?:Forwarded|Fwd)(?:[ \t]+(?:voice[ \t]+note|voice[ \t]+message|message|post|note))?"
                        r"[ \t]+from[ \t]+(?:the[ \t]+(?:group|channel|chat)[ \t]+)?(?P<who>[^\n]{2,80}?)[ \t]*:[ \t]*\n?[ \t]*$")


def forwarded_from(doc, quote_start: int) -> str | None:
    """The sender a forwarding line right above the quotation at ``quote_start`` names: a registered actor it
    names (an office's account, "Ombudsman office - Lilit", is the office), else the person before her post
    ("Ashot Mkrtchyan, lawyer"), else the group's or channel's name as printed; None without such a line."""
    m = _FORWARDED.search(doc.text, max(0, quote_start - 120), quote_start)
    if not m:
        return None
    raw = m.group("who").strip().strip("\"“”'‘’").strip()
    found = registry_module.resolve(raw, doc.published, doc.registry)
    if found and doc.registry[found].type != "person":
        return found
    person = clean_name(raw.split(",")[0], doc.words)
    if person and " " in person and not any(w.lower() in doc.words.institution_words for w in person.split()):
        return registry_module.resolve(person, doc.published, doc.registry, strict=True) or person
    return raw if raw[:1].isupper() else None
