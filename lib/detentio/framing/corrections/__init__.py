"""The reviewer's decisions on mentions and claims: ``data/corrections.csv``.

>>> from detentio import corrections
>>> corrections.load()                                  # every row, checked; () when there is no file
>>> corrections.append([corrections.decision(source, 120, 128, body, "speaker", "sahakyan",
...                                          reason="the minister named before", reviewer="AB")])

Columns (contract): ``source,start,end,text,field,value,reason,reviewer,date``.
``text`` is the exact text at ``source[start:end]``, so a correction whose
source has changed is detected (``detentio check``) rather than applied to
other words. Fields for mentions: ``speaker``, ``code``, ``negated``,
``quoted``, ``drop`` (not a mention), ``add`` (a missed mention, ``value`` =
its code), ``checked`` (accepted as the engine gave it); for claims the same
with ``claim.``: ``claim.value``, ``claim.qualifier``, ``claim.what``,
``claim.status``, ``claim.side``, ``claim.speaker``, ``claim.drop``,
``claim.add`` (``value`` = the count), ``claim.checked``.

``mentions.find`` and ``claims.find`` (and the command line and the Dask
path) apply them: :mod:`.apply`. The file is read by :mod:`.read`, written
atomically by :mod:`.write`, validated against the sources by
:mod:`.validate` (imported on use: it runs the engine); :mod:`.gold` turns
the gold sets of tests/gold into corrections and back.
"""
from __future__ import annotations

from detentio.framing.corrections.apply import ADDED, REVIEWER_RULE, apply, current
from detentio.framing.corrections.read import (CLAIM_FIELDS, FIELDS, HEADER, MENTION_FIELDS, QUALIFIERS,
                                               SNAPSHOT, Correction, load, parse, read, snapshot, typed)
from detentio.framing.corrections.write import append, decision, render, replace_atomically

__all__ = ["ADDED", "CLAIM_FIELDS", "FIELDS", "HEADER", "MENTION_FIELDS", "QUALIFIERS", "REVIEWER_RULE",
           "SNAPSHOT", "Correction", "append", "apply", "current", "decision", "load", "parse", "read",
           "render", "replace_atomically", "snapshot", "typed"]
