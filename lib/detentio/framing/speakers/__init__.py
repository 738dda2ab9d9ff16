"""Who says it: rule-based speaker attribution that a reviewer can follow.

>>> from detentio import speakers
>>> who = speakers.attribute(body, outlet="TASS", source="002", published="2021-07-07")
>>> who.at(offset)        # Speaker(speaker='kopyrkin', rule='quote_verb_after', quoted=True)
>>> who.quotes            # [Quote(start, end, kind), ...] every direct quotation
>>> speakers.attribute(body, disabled={"pronoun"})   # the same without one rule

Every attribution names the rule that made it, so a scholar can check it.
The rules, their codes, stages and precedence are one table,
:data:`registry.TABLE` (``detentio rules`` lists them with an example each):

``quote_verb_after``   "...," Pashinyan said / said Sahakyan (a direct quotation)
``quote_verb_before``  Pashinyan said, "..." / the minister responded, '...'
``reported_speech``    Sahakyan noted that ... / Baku calls them "..." / whom X call ...
``according_to``       according to Sahakyan, ...
``pronoun``            he noted / He recalled ...: the last named speaker
``continuation``       later sentences of the paragraph while still plausibly reported
``said_this``          "X stated this": the preceding paragraph of unquoted speech
``headline_says``      a headline "..., says X" or "...: X"
``speaker_label``      a transcript paragraph "Maria Zakharova: ..." and those after it
``issuer``             a statement printed in full ("Statement of the Ministry of ...")
``outlet``             nobody named: ``outlet:<outlet>`` or ``outlet:<source id>``

The parts: :mod:`.document` (the model built once per body), :mod:`.cues`
(reporting verbs and who they name), :mod:`.names` (the namer),
:mod:`.quotations`, :mod:`.rules` (one function per rule), :mod:`.registry`
(the table), :mod:`.result` (:class:`Speakers`, :meth:`Speakers.at`); the
words they look for are data (``data/lexicon.yml``, :mod:`.vocabulary`).
A speaker is an actor id of ``data/actors.yml``, else the name as the text
gives it ("Lilit Avetisyan"). Offsets are ``str`` indices into the body.
Pure Python (no pandas), so it runs per document inside Dask partitions.
"""
from __future__ import annotations

from detentio.framing.speakers.names import clean_name
from detentio.framing.speakers.quotations import Quote, quotes
from detentio.framing.speakers.registry import RULES, TABLE, attribute, for_document, outlet_speaker
from detentio.framing.speakers.result import Region, Speaker, Speakers
from detentio.framing.speakers.vocabulary import current as _current_vocabulary


def verbs(text: str):
    """Every verb of saying (and "according to") in ``text``, as regex matches, in order."""
    return _current_vocabulary().verbs(text)


__all__ = ["RULES", "TABLE", "Quote", "Region", "Speaker", "Speakers", "attribute", "clean_name",
           "for_document", "outlet_speaker", "quotes", "verbs"]
