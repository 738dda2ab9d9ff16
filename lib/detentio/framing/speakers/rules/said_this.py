"""The paragraph rule that looks across paragraphs from a cue: "X stated this" gives the words before it to X, and
the points or posted words under a cue that ends its paragraph on a colon ("argued that:", "wrote on X:") are its
speaker's. Split from :mod:`.speech`, whose cues it reads."""
from __future__ import annotations

import re


# A verb of saying that closes its paragraph on a colon, its points in the paragraphs below: "argued that:"; or
# the medium of a post: "writes on X:", "posted on Telegram:".
_INTRODUCES_POINTS = re.compile(r"[ \t]*(?:that|(?:on|in|via)[ \t]+[^:.\n]{1,40}?)?[ \t]*:[ \t]*$")
# A point of such a list: "(a) the appellants were ...", "b) ...", "(ii) ...", "1. ...", "- ...", "• ..."; or a
# post's words set as a block quotation ("> Today four of our compatriots ...").
_POINT = re.compile(r"[ \t]*(?:(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|\d{1,2})[.)]|[-•–])[ \t]+|>[ \t]*)\S")


def _points_after(doc, who) -> None:
    """Give the points listed under a cue that ends its paragraph on "that:" (or a post quoted under "writes on
    X:") to the cue's speaker."""
    if ":\n" not in doc.text:
        return
    for a in doc.top_cues:
        para = doc.para_of(a.verb_end)
        if para is None or not a.speaker or not _INTRODUCES_POINTS.match(doc.text, a.verb_end, doc.paragraphs[para].end):
            continue
        for number in range(para + 1, len(doc.paragraphs)):
            if not _POINT.match(doc.text, doc.paragraphs[number].start, doc.paragraphs[number].end):
                break
            for i in doc.sentences_in.get(number, []):  # (a point's own speaker, where it names one, stays)
                if i not in who.sentence_speakers and i not in who.sentence_regions:
                    who.decide_sentence(i, a.speaker, "said_this", a.phrase)


def said_this(doc, who) -> None:
    """"X stated this", "This was reported by X": the sentences before it in its paragraph, or else
    the paragraph before, when nobody else is named there. And the other way: the lettered or numbered points
    under "Counsel for the appellants, Farhad Ismayilov, argued that:" are his, up to the first paragraph that is
    no point, and so is a post set as a block quotation under "Hikmet Hajiyev writes on X:".

    Example:
        The detainees will be returned next week.

        Pashinyan said this at a press conference.
    Yields: pashinyan
    Not:
        Pashinyan said that the detainees will be returned next week.
    """
    _points_after(doc, who)
    # in an interview's or a debate's turns the turn's holder speaks his own words: "Our foreign ministry said so"
    # says someone agrees, not whose words went before
    # (so do a transcript's labelled turns in any layout: "the Government has said so" in the Prime Minister's turn)
    turns = (doc.layout.turns if doc.layout.name in ("interview", "debate")
             else [t for t in doc.layout.turns if t.kind == "label"]) if doc.layout else []
    first_turn = min((t.paragraph for t in turns), default=None)
    for a in doc.top_cues:
        if not a.said_this:
            continue
        para = doc.sentences[a.sentence][0]
        if first_turn is not None and para >= first_turn:
            continue
        previous = [i for i in doc.sentences_in.get(para, []) if i < a.sentence] or doc.sentences_in.get(para - 1, [])
        if previous and not any(i in who.sentence_speakers or i in who.sentence_regions for i in previous):
            for i in previous:
                who.decide_sentence(i, a.speaker, "said_this", a.phrase)
            for qi in doc.quotes_in.get(para - 1, []):
                who.decide_quote(qi, a.speaker, "said_this", fill=True, phrase=a.phrase)
