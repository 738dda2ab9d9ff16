"""The sequel shape: a figure with no noun of its own that a count the text has just made fell or rose to ("Azerbaijan
acknowledged holding 72 Armenians. That fell to 38 or 39 after the releases of 2022, and to 23 in 2024"). Split from
:mod:`.shapes`, which lists it in ``SHAPES`` with the others.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from detentio.framing.claims.numbers import value_of

if TYPE_CHECKING:  # the shapes' argument; this shape only reads its fields
    from detentio.framing.claims.shapes import Number

# "That fell to 38", "the number rose to 55", "it dropped to 23": the count of the people just counted, changed.
# Only a count is the subject ("the allowance rises to 120,000 drams" is no count of people).
_CHANGE = (r"(?<![\w-])(?:that|this|it|which|(?:the|their|our|its)\s+(?:[\w’'-]+\s+){0,2}?(?:number|figure|count|total"
           r"|tally))\s+(?:(?:then|later|again|soon)\s+)?"
           r"(?:fell|falls|dropped|drops|rose|rises|declined|decreased|increased|grew|shrank|climbed"
           r"|went\s+(?:down|up)|came\s+down)\s+to\s+")
_CHANGED_TO = re.compile(_CHANGE + "$", re.IGNORECASE)
_CHANGED = re.compile(_CHANGE, re.IGNORECASE)
# "... to 38 or 39", "..., and to 23 in 2024": the next figure of the same change, right after the last.
_NEXT_OF_CHANGE = re.compile(r"\s*(?:or|,?\s*and\s+(?:then\s+)?to|,\s*then\s+to)\s+", re.IGNORECASE)


def sequel(n: Number):
    """A figure that the count of the claim just before (in its sentence or the one before) fell or rose to counts
    the same people (span: qualifier and number; ``what``: that claim's), and so does the next figure of the same
    change ("38 or 39", "..., and to 23 in 2024").

    Example:
        Azerbaijan acknowledged holding 72 Armenians in 2021. That fell to 38 or 39 after the releases of 2022.
    Yields: 38
    Not:
        Azerbaijan acknowledged holding Armenians in 2021. Their number fell to 38 or 39 the year after.
    """
    if value_of(n.match.group(), n.words) < 2 or n.last_claim is None or n.index - n.last_claim[0] > 1:
        return None
    if _CHANGED_TO.search(n.text, max(n.s_start, n.q_start - 40), n.q_start):
        return n.q_start, n.match.end(), n.last_claim[1]
    if n.last_claim[0] == n.index and _NEXT_OF_CHANGE.fullmatch(n.text, n.last_claim[2], n.q_start) \
            and _CHANGED.search(n.text, n.s_start, n.last_claim[2]):
        return n.q_start, n.match.end(), n.last_claim[1]
    return None
