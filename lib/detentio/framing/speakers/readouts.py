"""Read-outs: whose words a host, or a record's speaker, reads out in her own turn are.

>>> read_from(doc, quote_start)   # "narek_gyumri" for 'And a comment from narek_gyumri: "..."'
>>> read_out(doc, quote_start)    # "azerbaijan" for 'a note verbale from the Embassy of ... I read the relevant part:'

A live stream's or a phone-in's host reads viewers' comments and officials' statements aloud: 'From Artsakh_forever:
"..."', 'A message from Gohar in Sisian: "..."', and 'The Prime Minister has posted on his page. Let me read it: "..."'
or 'The Foreign Ministry now, on screen: "..."'; a record's speaker reads out a document whose sender the paragraph
names ("a note verbale from the Embassy of ... I read the relevant part: "...""). The quotation is the one read out,
not the reader (GUIDELINES: the innermost speaker owns the innermost words). Written by hand: these are spoken
conventions of broadcasts and records, which no library parses.
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


# "I read the relevant part: "..."": a document read out, and where the paragraph says whom it came from ("a note
# verbale ... from the Embassy of the Republic of Azerbaijan").
_READ_OUT = re.compile(r"(?<![\w’'-])(?:(?:I|[Ww]e)\s+(?:will\s+|shall\s+)?(?:now\s+)?(?:read|quote)(?:\s+(?:out|aloud))?"
                       r"(?:\s+(?:the\s+(?:relevant\s+)?(?:part|passage|paragraph|text)s?|from\s+it|it|an?\s+(?:extract|excerpt)"
                       r"|(?:the\s+)?(?:letter|note|reply)))?(?:\s+in\s+full)?"
                       # ... or the document reading itself: "It reads:", "The petition reads:"
                       r"|(?:[Ii]t|[Ww]hich|[Tt]he\s+(?:petition|letter|note|text|message))\s+reads)\s*:\s*$")
_SENT_FROM = re.compile(r"\b(?:letter|note(?:\s+verbale)?|statement|submission|reply|message|communication|memorandum"
                        r"|position|response|petition)\b[^.;:\"“”]{0,80}?\b(?:from|(?:started|created|launched|written)\s+by)"
                        r"\s+(?:the\s+)?(?:(?P<embassy>Embassy|Permanent\s+Mission)\s+of\s+(?:the\s+)?)?"
                        r"(?P<who>[A-Z][^.;:,\"“”]{1,80})")


def read_out(doc, quote_start: int) -> str | None:
    """Who issued the document a speaker reads out in the quotation's paragraph ("The Tribunal received a note
    verbale from the Embassy of the Republic of Azerbaijan. I read the relevant part: "..."): a registered actor
    (an embassy or mission is its State, an organ of it), else None."""
    number = doc.para_of(quote_start)
    para = doc.paragraphs[number]
    end = quote_start
    if not doc.text[para.start:quote_start].strip() and number > 0:  # "It reads:" closing the paragraph before
        para = doc.paragraphs[number - 1]
        end = para.end
    if not _READ_OUT.search(doc.text, max(para.start, end - 80), end):
        return None
    sent = None
    for sent in _SENT_FROM.finditer(doc.text, para.start, end):
        pass
    if sent is None:
        return None
    if sent.group("embassy"):  # "the Embassy of the Republic of Azerbaijan": the State it represents
        name = re.sub(r"^Republic\s+of\s+", "", sent.group("who").strip())
        return registry_module.state_named(name, doc.published, doc.registry)
    got = doc.namer.after(sent.start("who"), sent.end("who"))
    if got and got[1] in doc.registry.actors:
        return got[1]
    # "The petition was started by Ani Torosyan of Manchester": a person, by her name without her town
    name = re.sub(r"\s+(?:of|from)\s+[A-Z][\w-]*$", "", got[1]) if got and got[2] == "name" else ""
    return name if " " in name and name[:1].isupper() else None
