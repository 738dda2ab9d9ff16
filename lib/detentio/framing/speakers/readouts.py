"""Read-outs: whose words a host reads out in her own turn are.

>>> read_from(doc, quote_start)   # "narek_gyumri" for 'And a comment from narek_gyumri: "..."'

A live stream's or a phone-in's host reads viewers' comments and officials' statements aloud: 'From Artsakh_forever:
"..."', 'A message from Gohar in Sisian: "..."', and 'The Prime Minister has posted on his page. Let me read it: "..."'
or 'The Foreign Ministry now, on screen: "..."'. The quotation is the one read out, not the host (GUIDELINES: the
innermost speaker owns the innermost words). Written by hand: these are a broadcast's spoken conventions, which no
library parses.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.grammar import TIME_CODE, TURN_LABEL

# 'From Artsakh_forever:', 'And a comment from ani.s.1991:', 'A message from Gohar in Sisian:' right before the
# quotation, opening its sentence.
_FROM_LEAD = re.compile(r"(?:^|(?<=[.!?…])\s+)(?:(?:And|Now|Next|Then)[ \t,]+)?(?:(?:[Aa]|[Aa]nother|[Oo]ne\s+more|[Tt]he\s+next"
                        r"|[Oo]ne)\s+(?:comment|message|question|text|email|e-mail|post|tweet|reply|note|voice\s+(?:note"
                        r"|message))\s+)?(?:[Ff]rom|[Bb]y)\s+(?P<who>@?[A-Za-z][\w.@’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})"
                        r"(?:[ \t]+(?:in|from)[ \t]+[A-Z][\w-]+)?[ \t]*:[ \t]*$")
# 'Let me read it as it is:', "I'll read it from the screen:", 'reading it now:' after a sentence naming its issuer;
# or the issuer and the screen in one phrase: 'The Foreign Ministry now, on screen:'.
_READ_IT = re.compile(r"(?:^|(?<=[.!?;…])\s+)(?:(?:Let\s+me|I['’]ll|I\s+will|I['’]m\s+going\s+to)\s+read\s+(?:it|that|this|you"
                      r"\s+(?:it|that|the\s+text))|I['’]m\s+reading\s+it)(?:\s+(?:as\s+it\s+is|in\s+full|from\s+(?:the|my)"
                      r"\s+screen|now|out|aloud)){0,2}[ \t]*:[ \t]*$")
_ON_SCREEN = re.compile(r"(?:^|(?<=[.!?…])\s+)(?P<who>(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,6})"
                        r"(?:,?\s+now)?,?\s+on\s+(?:the\s+)?screen(?:\s+now)?[ \t]*:[ \t]*$")
# The sentence before a read-out that names who issued the text: "The Prime Minister has posted on his page.",
# "The State Security Service of Azerbaijan has issued a statement;".
_ISSUED = re.compile(r"(?:^|(?<=[.!?;…])\s+)(?P<who>(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,6})"
                     r"\s+(?:has\s+|have\s+|just\s+)*(?:posted|issued|published|released|put\s+out|tweeted|sent|written)\b")
_HANDLE = re.compile(r"[_\d@.]")


def read_from(doc, quote_start: int) -> str | None:
    """Whose words the quotation at ``quote_start`` is when its own paragraph reads it out (a comment "from" its
    writer, a statement its issuer "has posted" or that is "on screen"), else None."""
    number = doc.para_of(quote_start)
    para = doc.paragraphs[number]
    floor = para.start
    for opening in (TIME_CODE, TURN_LABEL):  # "[10:04] TIGRAN AVAGYAN: ...": the host's turn, read after its label
        m = opening.match(doc.text, floor, quote_start)
        floor = m.end() if m else floor
    lead = doc.text[floor:quote_start]
    came = _FROM_LEAD.search(lead)
    if came:
        who = came.group("who").rstrip(".’'")
        if _HANDLE.search(who):
            return who  # a viewer's handle, as the page prints it
        got = doc.namer.after(floor + came.start("who"), floor + came.end("who") + 1)
        if got and got[1] in doc.registry.actors and doc.registry[got[1]].office == "state":
            return None  # "From Baku: "..."": a place the words come from, not who wrote them
        return got[1] if got and got[2] == "name" else who
    screen = _ON_SCREEN.search(lead)
    read = _READ_IT.search(lead) if not screen else None
    if screen:
        issuer_end = floor + screen.end("who")
    elif read:
        issued = None
        for issued in _ISSUED.finditer(lead, 0, read.start()):
            pass
        if issued is None:
            return None
        issuer_end = floor + issued.end("who")
    else:
        return None
    got = doc.namer.before(floor, issuer_end)
    if got and got[1] in doc.registry.actors:
        return got[1]
    return registry_module.resolve(doc.text[floor:issuer_end].strip(), doc.published, doc.registry) \
        if got is None else got[1]
