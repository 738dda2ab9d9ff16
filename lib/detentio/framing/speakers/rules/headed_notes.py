"""Notes a heading names by their writer's post or tie, closed by the writer's signature: "Director's note, 21 July
2025" over a note signed "Karen Ohanyan, camp director"; "From his teacher" over one signed "Hakob Melkumyan, teacher
of history"; "A note from his mother" over one signed "Rima Stepanyan". The note is its signer's; so is a writing under a heading
that names its writer in brackets ("CURATOR'S NOTES (Nune Asatryan, curator of collections)").
:func:`.voices.author_voice` runs it with the other parts a text's author signs.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.grammar import ENDS_SENTENCE, NAME_WORD

# A note's heading: by its writer's post in the possessive ("Director's note, 21 July 2025", "The chair's report"),
# or "from" its writer ("From his teacher", "A note from his mother", "A word from the coach").
_HEADING = re.compile(r"[ \t]*(?:(?:The[ \t]+)?(?P<post>[A-Z][a-z]+)['’]s[ \t]+(?:note|report|message|foreword|afterword)"
                      r"\b[^\n.]{0,60}|(?:(?:An?|The)[ \t]+(?:note|word|letter|message)[ \t]+)?(?i:from)[ \t]+"
                      r"(?:his|her|their|the|our)[ \t]+(?P<from>[a-z]+))[ \t]*")
# ... or a writing's heading with its writer and her post in brackets: "ANNEX 2. CURATOR'S NOTES (Nune Asatryan,
# curator of collections)".
_WRITER_IN_BRACKETS = re.compile(rf"[^\n()]{{0,60}}\b(?i:notes?|statement|report|remarks|comments|observations|account)"
                                 rf"[ \t]*\((?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}}),[ \t]*[a-z][^()\n]{{1,60}}\)[ \t]*")
# Its signature: a name, with the writer's post after a comma ("Karen Ohanyan, camp director").
_SIGNED = re.compile(rf"[ \t]*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})(?:,[ \t]*(?P<post>[a-z][\w ’'-]{{1,40}}))?[ \t]*")
# A relative's note needs no post under her name: the heading gave it ("A note from his mother" / "Rima Stepanyan").
_RELATIVES = frozenset({"mother", "father", "wife", "husband", "sister", "brother", "son", "daughter", "family",
                        "grandmother", "grandfather", "parents"})


def headed_notes(doc, who) -> None:
    """A note under a heading that names its writer by post or tie, up to its closing signature: the signer's, when
    the signature's post holds the heading's word ("teacher" in "teacher of history"), or the heading names a
    relative and the signature is a name alone. The note's lines end sentences; its signature and the next heading
    do not.

    Example:
        From his teacher
        When we studied the Geneva Conventions, he asked why prisoners of war are held.

        Hakob Melkumyan, teacher of history
    Yields: Hakob Melkumyan
    """
    body = doc.body_paragraphs
    for k, number in enumerate(body):
        head = _HEADING.fullmatch(doc.text, doc.paragraphs[number].start, doc.paragraphs[number].end)
        bracketed = None if head else _WRITER_IN_BRACKETS.fullmatch(doc.text, doc.paragraphs[number].start,
                                                                   doc.paragraphs[number].end)
        if not head and not bracketed:
            continue
        end = next((j for j in range(k + 1, min(len(body), k + 16)) if not ENDS_SENTENCE.search(
            doc.text, doc.paragraphs[body[j]].start, doc.paragraphs[body[j]].end)), None)
        if bracketed:  # the writer the heading names, to the next line that ends no sentence (the next heading)
            name = clean_name(bracketed.group("name"), doc.words)
            for n in body[k + 1:end if end else min(len(body), k + 16)] if name else []:
                who.decide_paragraph(n, name, "author_voice")
            continue
        word = (head.group("post") or head.group("from")).lower()
        sign = _SIGNED.fullmatch(doc.text, doc.paragraphs[body[end]].start, doc.paragraphs[body[end]].end) \
            if end and end > k + 1 else None
        post = sign.group("post") if sign else None
        if not sign or not (post and word in post.lower().split() or not post and word in _RELATIVES):
            continue
        name = clean_name(sign.group("name"), doc.words)
        for n in body[k + 1:end] if name else []:
            who.decide_paragraph(n, registry_module.resolve(name, doc.published, doc.registry, strict=True) or name,
                                 "author_voice")
