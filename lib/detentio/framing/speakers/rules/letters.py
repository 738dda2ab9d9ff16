"""Texts signed piece by piece: a letters page, a programme's tributes, each closed by its writer's name
(``signed_letter``).

A newspaper's letters page prints each letter under its own heading and closes it with the writer's name and town
("Elnur Gasimov, Ganja"); a memorial programme prints each family's tribute with the name and kinship under it
("Anahit Grigoryan, mother of Hayk"); a visitors' book prints each dated entry with its signature after a dash
("12.10.2025. ... — Klaus Weber, Berlin"). The writer's own words are hers (GUIDELINES hard case 14: the author of a
signed text speaks it), not the outlet's. A single name under a text is an op-ed's signature, which
:func:`.voices.author_voice` reads; this rule needs two signatures or more.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.cleaning import clean_name

# A writer's signature line: a name of two to four words, a title allowed before it, and after a comma her town or
# her kinship ("Dr Thomas Brandt, Leipzig", "Lusine Petrosyan, sister of Arsen"); never a sentence.
_SIGNATURE = re.compile(r"[ \t]*(?P<name>(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Father|Rev|Revd)\.?[ \t]+)?"
                        r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})"
                        r"(?:[ \t]*,[ \t]*[^\n.!?:;\"“”]{2,60})?[ \t]*")
# A heading: a short line with no closing stop ("Call them what they are", "A mother's count").
_HEADING = re.compile(r"[ \t]*(?![^\n]*:[ \t])[^\n]{2,80}?(?<![.!?:;,])[ \t]*")  # ("Age: 58" is a field, no heading)
# Turn layouts name their speakers on each turn; their name lines are labels, not signatures.
_TURNS = frozenset({"interview", "debate", "briefing", "summary_record", "live_blog", "testimony"})
_FIRST_BLOCK = 6  # paragraphs a first letter may run back over before its signature


def signed_letter(doc, who) -> None:
    """Each letter or tribute closed by its writer's name is the writer's: the paragraphs since the last signature
    (its heading included), or for the first, since the heading above it. The page's own introduction and an
    editor's note after the letters stay the outlet's; what a letter quotes keeps its own speaker.

    Example:
        Letters

        Call them what they are

        These men are hostages.

        Ruzanna Melkonyan, Gyumri

        A different view

        They were never prisoners of war.

        Elnur Gasimov, Ganja
    Yields: Ruzanna Melkonyan
    Not:
        Letters

        These men are hostages.

        Ruzanna Melkonyan, Gyumri
    """
    if doc.layout is not None and doc.layout.name in _TURNS:
        return
    dashed = {number: name for number in doc.body_paragraphs if (name := _dash_signer(doc, number))}
    signed = [(number, name) for number in doc.body_paragraphs if (name := signer(doc, number) or dashed.get(number))]
    if len(signed) < 2:
        return
    body = doc.body_paragraphs
    previous = None
    for number, name in signed:
        at = body.index(number)
        if number in dashed:
            # a visitors' book's entry signed at its end after a dash is its one paragraph: a reply between two
            # entries is no one's the next signature claims
            start = at
        elif previous is None:
            start = at
            while start > 0 and at - start < _FIRST_BLOCK and not _is_heading(doc, body[start - 1]):
                start -= 1
        else:
            start = body.index(previous) + 1
        speaker = registry_module.resolve(name, doc.published, doc.registry, strict=True) or _in_office(doc, who, number) \
            or name
        for k in body[start:at + 1]:
            if k not in who.labelled:
                who.decide_paragraph(k, speaker, "signed_letter")
        previous = number


# A bare post in the publisher's own office after a signature: "Leyla Huseynova, Press Secretary".
_OWN_POST = re.compile(r",[ \t]*(?:Press[ \t]+Secretary|Spokes(?:person|man|woman)|Press[ \t]+Officer|Head[ \t]+of[ \t]+"
                       r"(?:the[ \t]+)?Press[ \t]+Service)[ \t]*$")


def _in_office(doc, who, number: int) -> str | None:
    """The registered body whose own text this is, when the signature gives its signer a bare post of its press
    office ("Leyla Huseynova, Press Secretary" under a note in the State Commission's rules): she speaks for it in
    office (GUIDELINES hard case 12); else None."""
    para = doc.paragraphs[number]
    line = doc.text[para.start:para.end].rstrip("\n").split("\n")[-1]
    own = who.fallback if who.fallback_rule == "report_voice" and who.fallback in doc.registry.actors else None
    return own if own and _OWN_POST.search(line) else None


def signer(doc, number: int) -> str | None:
    """The writer's name when paragraph ``number`` is, or ends on, a signature line under a text, else None."""
    para = doc.paragraphs[number]
    lines = doc.text[para.start:para.end].rstrip("\n").split("\n")
    m = _SIGNATURE.fullmatch(lines[-1])
    if not m or m.group("name").isupper():  # "GAGIK ARZUMANYAN" over a profile is its heading
        return None
    if len(lines) == 1:
        # a name alone: the text above it ends as a sentence does, and what follows is a heading or nothing,
        # unless the name carries her town or kinship (a transcript prints its speaker's bare name above the
        # words instead)
        k = doc.body_paragraphs.index(number)
        before = doc.body_paragraphs[k - 1] if k else None
        after = doc.body_paragraphs[k + 1] if k + 1 < len(doc.body_paragraphs) else None
        if before is None or not re.search(r"[.!?\"”’)]\s*$", doc.text[doc.paragraphs[before].start:doc.paragraphs[before].end]):
            return None
        if after is not None and not _is_heading(doc, after) and not _editors_note(doc, after) \
                and m.end("name") == len(lines[-1].rstrip()):
            return None
        if after is not None and re.match(r"[ \t]*[\"“‘']", doc.text[doc.paragraphs[after].start:]) \
                or re.match(r"[ \t]*,[ \t]*\d", lines[-1][m.end("name"):]):
            return None  # "Hasmik Ghazaryan, 67, retired nurse" over her quotation: a vox pop's speaker, above it
    elif not re.search(r"[.!?\"”’)][ \t]*$", lines[-2]):
        return None
    name = clean_name(m.group("name"), doc.words)
    if not name or " " not in name or any(w.lower() in doc.words.institution_words | doc.words.not_names
                                          for w in name.split()):
        return None
    return name


# A dated entry signed at its end, after its last sentence and a dash: "... I will write to my member of parliament.
# — Klaus Weber, Berlin", "... they are used in court. — Davit, law student" (a first name alone signs here).
_DASH_SIGNED = re.compile(r"(?<=[.!?\"”’)])[ \t]+[—–][ \t]*(?P<name>(?:(?:Dr|Prof|Mr|Mrs|Ms|Father)\.?[ \t]+)?"
                          r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){0,3})(?:[ \t]*,[ \t]*[^\n.!?:;\"“”]{2,60})?[ \t]*$")


# ... an entry that opens with its date, as a visitors' or condolence book's: "12.10.2025. ", "14 October 2025: ".
_DATE_OPENING = re.compile(r"[ \t]*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4})[.,:]?[ \t]")


def _dash_signer(doc, number: int) -> str | None:
    """The signer's name when paragraph ``number`` is a dated entry closed by a dash and a name (``_DASH_SIGNED``)."""
    para = doc.paragraphs[number]
    m = _DASH_SIGNED.search(doc.text, para.start, para.end) if _DATE_OPENING.match(doc.text, para.start, para.end) \
        else None
    name = clean_name(m.group("name"), doc.words) if m else None
    if not name or any(w.lower() in doc.words.institution_words | doc.words.not_names for w in name.split()):
        return None
    return name


def _is_heading(doc, number: int) -> bool:
    para = doc.paragraphs[number]
    return "\n" not in doc.text[para.start:para.end].strip() and bool(_HEADING.fullmatch(doc.text, para.start, para.end))


def _editors_note(doc, number: int) -> bool:
    para = doc.paragraphs[number]
    return bool(re.match(r"[ \t]*(?:Editor['’]s[ \t]+note|Note[ \t]+from[ \t]+the[ \t]+editor|Ed\.)", doc.text[para.start:para.end]))
