"""The predicate shape: a figure standing alone as a clause's subject whose people its predicate names ("three are
civilians", "Sixteen are servicemen captured in 2020", "at least three are civilians"). Split from :mod:`.shapes`,
which lists it in ``SHAPES`` with the others.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from detentio.framing.claims.counted import WORDS
from detentio.framing.claims.numbers import value_of

if TYPE_CHECKING:  # the shapes' argument; the predicate shape only reads its fields
    from detentio.framing.claims.shapes import Number

# Where a clause opens before its subject: the sentence's start, or a joint ("; three are", ", and three are").
_CLAUSE_OPENS = re.compile(r"(?:^|[;:,\u2014\u2013]\s*(?:(?:and|but|while|whereas)\s+)?|\b(?:and|but|while|whereas)\s+)$",
                           re.IGNORECASE)
# The copula, then at most an article and a word before the noun ("are civilians", "were all servicemen", "are
# Armenian civilians").
_COPULA = re.compile(r"\s+(?:are|were)\s+(?:(?:all|still|also|now|reportedly)\s+)?(?:(?:a|an|the)\s+)?", re.IGNORECASE)

# ... or the figure as the predicate of "we": "We were twelve.", "We were eleven in the position that morning", with
# nothing counted after it (never "we were two hours late").
_WE_WERE = re.compile(r"(?<![\w-])[Ww]e\s+(?:were|are)\s+(?:only\s+|just\s+)?$")
_NOTHING_COUNTED = re.compile(r"\s*(?:$|[.,;:!?\u2014\u2013)\"”]|(?:in|at|on|when|then|that|there|here|left|altogether"
                              r"|in\s+all)\b)", re.IGNORECASE)
_AGE_AFTER = re.compile(r"[^.;!?]{0,30}?\byears?\s+old\b")  # "We were nineteen, twenty years old."


def predicate(n: Number):
    """A figure opening its clause whose predicate names the people it counts: "Nineteen Armenians remain in Baku;
    three are civilians" (span: qualifier and number; ``what``: the label the predicate opens with, else its word
    for people); or the figure "we" were, with nothing counted after it ("We were twelve.": persons).

    Example:
        We represent 19 Armenians still held. Sixteen are servicemen captured in 2020; three are civilians.
    Yields: 3
    Not:
        We represent 19 Armenians still held. Three are questions for the Court.
    """
    if _WE_WERE.search(n.text, max(n.s_start, n.q_start - 16), n.q_start) \
            and _NOTHING_COUNTED.match(n.text, n.match.end(), n.s_end) and value_of(n.match.group(), n.words) >= 2 \
            and not _AGE_AFTER.match(n.text, n.match.end(), n.s_end):
        return n.q_start, n.match.end(), "persons"  # "I was in the second group they took. We were twelve."
    if not _CLAUSE_OPENS.search(n.text, max(n.s_start, n.q_start - 12), n.q_start) \
            and n.text[n.s_start:n.q_start].strip(" \t\n\"“‘'"):
        return None
    copula = _COPULA.match(n.text, n.match.end(), n.s_end)
    if not copula or value_of(n.match.group(), n.words) < 2:
        return None
    at = copula.end()
    for s, _e, code in n.label_spans:  # "three are civilians": the label the predicate opens with
        if at <= s <= at + 20 and not n.text[at:s].strip(" \t").count(" "):
            return n.q_start, n.match.end(), code
    words = WORDS.findall(n.text, at, min(n.s_end, at + 40))[:2]
    noun = next((w.lower() for w in words if w.lower() in n.words.people), None)
    return (n.q_start, n.match.end(), noun) if noun else None
