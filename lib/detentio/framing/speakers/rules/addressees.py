"""Whom a question is put to: the "you" and "your government" of an asker's turn in a transcript.

In an interview, a briefing, a press conference or a hearing, "Now you say 'persons held in custody'" reports
the words of the one the question is put to, and "your government called them prisoners of war" those of
her government (held-out 4 decision 7: a named inner speaker). The one addressed is, in order:

1. the person or office a vocative opening the turn names ("Minister Mirzoyan, ...", "Deputy Minister, ...",
   "Mr Lemaire, ...");
2. an interview's interviewee or a briefing's spokesperson (the layout's ``answerer``);
3. the speaker of the next turn, when another speaks it (a debate: the one who answers).

>>> spans(doc, speaker_of)   # [(start, end, addressee), ...] for every asker's turn that has one
>>> letter_addressee(doc)    # "azerbaijan": whom a letter's "you" is, by the address block above "Dear ..."

The layout stage records these on the namer (``Namer.addressed``) before any cue is read, so the phrase
forms ``you`` and ``your`` can name the addressee.
"""
from __future__ import annotations

import re

from detentio.core.calendar import MONTH
from detentio.framing import actors as registry_module
from detentio.framing.speakers import layout as layouts
from detentio.framing.speakers.grammar import NAME_WORD

# "Minister Mirzoyan,", "Deputy Minister,", "Mr Lemaire,", "Madam Chair,": a vocative opening a turn.
_VOCATIVE = re.compile(rf"[ \t]*(?P<title>(?:(?:First|Deputy|Vice|Prime|Foreign)[ \t]+)*(?:Minister|Ambassador|Commissioner"
                       rf"|Ombudsperson|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Madam|Professor)|Mr\.?|Ms\.?)"
                       rf"(?:[ \t]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD})?))?[ \t]*,")
_ASKING = ("question", "debate", "label", "chair")


def _vocative(doc, turn, turns, speaker_of) -> str | None:
    """Whom a vocative opening ``turn`` names: a registered actor by name, else the turn (before or after)
    whose label or office holds the vocative's surname or title."""
    m = _VOCATIVE.match(doc.text, turn.start, doc.paragraphs[turn.paragraph].end)
    if not m:
        return None
    name = m.group("name")
    if name:
        found = registry_module.resolve(f"{m.group('title')} {name}", doc.published, doc.registry, strict=True) \
            or registry_module.resolve(name, doc.published, doc.registry, strict=True)
        if found and doc.registry[found].type == "person":
            return found
    key = (name.split()[-1] if name else m.group("title")).lower()
    if key in ("mr", "ms", "mrs", "dr", "madam", "mr.", "ms.", "mrs.", "dr."):
        return None  # "Madam," alone names no one
    before = [t for t in turns if t.paragraph < turn.paragraph][::-1]
    after = [t for t in turns if t.paragraph > turn.paragraph]
    for other in before + after:
        said = " ".join(filter(None, (layouts.normal_name(other.label), other.detail, other.office))).lower()
        if re.search(rf"\b{re.escape(key)}\b", said):
            return speaker_of(other)
    return None


def spans(doc, speaker_of) -> list[tuple[int, int, str]]:
    """``(start, end, addressee)`` for each asker's turn of ``doc.layout`` whose addressee is known (see the
    module docstring); ``speaker_of(turn)`` is who speaks a turn, by the layout's turn rule."""
    found = doc.layout
    turns = [t for t in found.turns if t.kind != "entry"]
    if found.name not in ("interview", "briefing", "debate") or not turns:
        return []
    out = []
    for i, turn in enumerate(turns):
        if turn.kind not in _ASKING:
            continue
        own = speaker_of(turn)
        addressee = _vocative(doc, turn, turns, speaker_of)
        if addressee is None and turn.kind == "question":
            addressee = found.answerer
        if addressee is None and i + 1 < len(turns):
            addressee = speaker_of(turns[i + 1])
        if addressee and addressee != own:
            end = turns[i + 1].paragraph if i + 1 < len(turns) else len(doc.paragraphs)
            out.append((doc.paragraphs[turn.paragraph].start, doc.paragraphs[end - 1].end, addressee))
    return out


# A letter's salutation: "Dear Ms. Harutyunyan,", "Dear Commissioner,".
_SALUTATION = re.compile(r"(?m)^[ \t]*Dear[ \t]+[A-Z][^\n,:]{1,60}[,:][ \t]*$")
_SUBJECT = re.compile(r"[ \t]*(?:Subject|Re|Object|Concerning)[ \t]*:", re.IGNORECASE)
_DATE_OR_REFERENCE = re.compile(rf"[ \t]*(?:(?:\d{{1,2}}[ \t]+)?{MONTH}[ \t]+(?:\d{{1,2}},[ \t]+)?\d{{4}}|Ref\b|No\.)")
# A post in the address block that names the State whose office it is: "Commissioner for Human Rights (Ombudsman) of
# the Republic of Azerbaijan", "Minister of Foreign Affairs of Armenia".
_POST_OF_STATE = re.compile(r"[ \t]*[A-Z][^\n]{0,100}?\bof[ \t]+(?:the[ \t]+Republic[ \t]+of[ \t]+)?(?P<state>[A-Z][\w-]+)[ \t]*")


def letter_addressee(doc) -> str | None:
    """Whom a letter's "you" is ("In your reply you wrote that ..."): the registered body, or the State whose office
    it is, that the address block right above its salutation names ("Ms Gunel Safarova / Commissioner for Human
    Rights (Ombudsman) of the Republic of Azerbaijan / Baku / Dear Ms Safarova,"); None without a salutation in the
    text's first 2,000 characters or a block that names one."""
    m = _SALUTATION.search(doc.text, 0, 2000)
    if not m:
        return None
    block = []
    for line in reversed(doc.text[:m.start()].split("\n")[-12:]):
        # the address block: the lines above the salutation (past a blank line and the subject line), up to the
        # letter's date or reference, above which the sender's own letterhead stands
        if _DATE_OR_REFERENCE.match(line):
            break
        if line.strip() and not _SUBJECT.match(line):
            block.append(line.strip())
    for line in block:
        found = registry_module.resolve(line, doc.published, doc.registry, strict=True)
        if found and doc.registry[found].type != "person" and doc.registry[found].office != "state":
            return found  # (a registered body; never a city's line, "Baku", which names where, not whom)
        post = _POST_OF_STATE.fullmatch(line)
        state = registry_module.state_named(post.group("state"), doc.published, doc.registry) if post else None
        if state:
            return state
    return None
