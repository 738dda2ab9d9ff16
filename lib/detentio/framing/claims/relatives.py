"""The who-clause shape: a figure with no noun of its own before a relative pronoun of persons ("the nineteen who
did not come", "the 23 whose detention Baku acknowledges") counts people. Split from :mod:`.shapes`, which lists it
in ``SHAPES`` with the others.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from detentio.framing.claims.counted import named_before
from detentio.framing.claims.numbers import value_of

if TYPE_CHECKING:  # the shapes' argument; this shape only reads its fields
    from detentio.framing.claims.shapes import Number

# A determiner that makes the figure a noun phrase of its own ("the nineteen", "all 23", "those four"); "all" may be
# read as the figure's qualifier, so it is looked for before the number as well as before the qualifier.
_DETERMINER = re.compile(r"(?<![\w-])(?:the|those|these|all|all\s+the|all\s+of\s+the)\s+$", re.IGNORECASE)
# "who", "whose", "whom": English asks them of persons ("the two which ..." is a thing), so the figure counts people.
_WHO_AFTER = re.compile(r"\s*,?\s+(?:who|whose|whom)\b")


def who_clause(n: Number):
    """A figure after a determiner and before "who", "whose" or "whom" counts people (span: qualifier and number;
    ``what``: what the claim or label before it counts, within 400 characters; none there, no claim: the text
    speaks of no one held or freed).

    Example:
        Four of our sons came home across the bridge. Today we speak about the nineteen who did not come.
    Yields: 19
    Not:
        The bridge reopened at noon. Of the three routes, the two which stayed closed were in the south.
    """
    if value_of(n.match.group(), n.words) < 2 or not _WHO_AFTER.match(n.text, n.match.end(), n.s_end):
        return None
    if not (_DETERMINER.search(n.text, max(n.s_start, n.q_start - 16), n.q_start)
            or _DETERMINER.search(n.text, max(n.s_start, n.match.start() - 16), n.match.start())):
        return None
    what = named_before(n, reach=400)
    return (n.q_start, n.match.end(), what) if what else None
