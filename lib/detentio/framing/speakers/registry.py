"""The speaker rules in order: the one table where precedence lives.

>>> from detentio.framing.speakers import registry
>>> [rule.name for rule in registry.TABLE]          # the order the rules run in
>>> registry.attribute(body, disabled={"pronoun"})  # what the text looks like without a rule

Rules run in table order (the ``cue`` stage first) on one :class:`~.document.Document`. A rule either
fills what no earlier rule decided or overrides, and its docstring says
which: ``headline_says`` overrides the sentence rules in the headline;
``said_this`` and ``continuation`` only fill; ``issuer`` replaces the
``outlet`` fallback. :meth:`.result.Speakers.at` then answers from the
narrowest scope that has a decision (nested speech, quotation, clause,
sentence, document). Stages name what a rule decides about:

``layout``     the document's structure (before anything else: see :mod:`.layout`)
``cue``        who a reporting verb names (before any text is assigned)
``sentence``   a sentence or a clause of it
``quotation``  a direct quotation
``paragraph``  a paragraph or a run of them
``document``   the whole document's fallback
"""
from __future__ import annotations

from functools import lru_cache

from detentio.corpus import boilerplate as chrome
from detentio.framing import actors as registry_module
from detentio.framing import lexicon as lexicon_module
from detentio.framing.speakers import cues
from detentio.framing.speakers import layout as layouts
from detentio.framing.speakers.document import Document
from detentio.framing.speakers.result import Speakers
from detentio.framing.speakers.rules import (continuation, cue, entries, feeds, genre, issuers, letters, opening,
                                             records, said_this, sections, speech, voices, wholes, wording)
from detentio.framing.speakers.vocabulary import build as vocabulary
from detentio.framing.units import Unit

TABLE: tuple[Unit, ...] = tuple(Unit(code, f.__name__, "speaker", stage, f) for code, stage, f in (
    ("S12", "layout", genre.structure),          # first: the turn rules and the document's voice read it
    ("S01", "cue", cue.pronoun),
    ("S02", "cue", cue.according_to),
    ("S13", "cue", records.delegation),
    ("S14", "cue", records.committee_member),
    ("S03", "document", speech.outlet),          # before the sentence rules: a question's preamble takes it
    ("S15", "document", voices.report_voice),     # an organisation's own report, instead of the outlet
    ("S16", "document", voices.author_voice),     # a signed op-ed's author, instead of the outlet
    ("S04", "sentence", speech.reported_speech),
    ("S05", "quotation", speech.quote_verb_before),
    ("S06", "quotation", speech.quote_verb_after),
    ("S25", "quotation", wording.owned_term),     # after the quotation rules: "Baku's term “...”" is Baku's
    ("S33", "quotation", wording.handle_quote),   # "from @mariam.g.1988: “...”": the account's, whoever reads it
    ("S07", "paragraph", said_this.said_this),
    ("S08", "paragraph", opening.headline_says),
    ("S09", "document", issuers.issuer),
    ("S10", "paragraph", opening.speaker_label),
    ("S17", "paragraph", genre.interview_turn),  # after speaker_label: a turn overrides a label carried into it
    ("S18", "paragraph", genre.briefing_turn),
    ("S19", "paragraph", genre.debate_turn),
    ("S20", "paragraph", feeds.blog_entry),
    ("S21", "paragraph", feeds.social_post),      # after the turn rules: an embedded post is its poster's
    ("S22", "quotation", entries.reference_entry),  # a note's quoted title: its author, whatever else spoke
    ("S23", "paragraph", entries.recommended_by),   # a recommendation's State in brackets, before continuation
    ("S31", "paragraph", entries.sourced_item),     # a list item's source in brackets at its end
    ("S24", "quotation", entries.attributed_below),  # a quotation set apart, its attribution line under it
    ("S26", "paragraph", entries.signed_comment),  # a talk page's comment closed by its signer's name
    ("S27", "paragraph", entries.forum_post),      # a forum thread's post under its poster's handle and time
    ("S28", "paragraph", entries.abstract_entry),  # a book of abstracts' abstract under its title and author line
    ("S29", "paragraph", entries.petition),        # a petition's text above "Created by X"; the answer its signer's
    ("S30", "paragraph", sections.reply_section),   # a State's reply under "Reply of X to paragraph 12": X's (and a
                                                   # decision's section of "information provided by X:")
    ("S34", "paragraph", letters.signed_letter),    # a letters page's letters, each closed by its writer's name
    ("S11", "paragraph", continuation.continuation),
    ("S32", "sentence", wholes.whole_set),          # last: the whole an acknowledged part is of, the reporter's
))
BY_NAME = {rule.name: rule for rule in TABLE}
# The names in the order the module docstring of :mod:`detentio.framing.speakers` explains them.
RULES = ("quote_verb_after", "quote_verb_before", "reported_speech", "according_to", "pronoun",
         "continuation", "said_this", "headline_says", "speaker_label", "issuer", "outlet", "structure",
         "delegation", "committee_member", "report_voice", "author_voice", "interview_turn", "briefing_turn",
         "debate_turn", "blog_entry", "social_post", "reference_entry", "recommended_by", "attributed_below", "owned_term",
         "signed_comment", "forum_post", "abstract_entry", "petition", "reply_section", "sourced_item", "whole_set",
         "handle_quote", "signed_letter")
assert set(RULES) == set(BY_NAME), "RULES and the registry table must name the same rules"


def outlet_speaker(outlet: str | None, source: str | None) -> str | None:
    """``outlet:<outlet>``, or ``outlet:<source id>`` when the outlet is unknown."""
    if outlet and str(outlet).strip():
        return f"outlet:{str(outlet).strip()}"
    return f"outlet:{source}" if source else None


def attribute(text: str, *, outlet: str | None = None, source: str | None = None, published=None,
              boilerplate: list[tuple[int, int]] | None = None, registry=None, lexicon=None,
              disabled=frozenset(), kind: str | None = None, author: str | None = None) -> Speakers:
    """Attribute every part of ``text`` to a speaker, by the rules of :data:`TABLE`.

    Parameters
    ----------
    text : the body, exactly as stored.
    outlet, source : for the ``outlet:`` fallback when nobody is named.
    published : the publication date; titles resolve to who held them then.
    boilerplate : ``(start, end)`` spans of page chrome, skipped.
    registry : an :class:`detentio.framing.actors.Registry` (default ``data/actors.yml``).
    lexicon : a :class:`detentio.framing.lexicon.Lexicon` (default ``data/lexicon.yml``).
    disabled : rule names switched off: they run not at all and record nothing.
    kind, author : the front matter's ``kind`` (news, opinion, judgment ...) and ``author``, which the
        layout stage reads (a signed opinion piece is its author's).
    """
    unknown = set(disabled) - set(BY_NAME)
    if unknown:
        raise ValueError(f"unknown speaker rule(s): {', '.join(sorted(unknown))}")
    disabled = frozenset(disabled)
    doc = Document.build(text, published=published, registry=registry or registry_module.load(),
                         words=vocabulary(lexicon or lexicon_module.load()), boilerplate=boilerplate or ())
    who = Speakers(doc, None, disabled=disabled, boilerplate=list(boilerplate or []),
                   outlet=outlet_speaker(outlet, source),
                   front={k: v for k, v in (("kind", kind), ("author", author)) if v})
    if not doc.sentences:
        who.fallback = who.outlet  # nothing to attribute: the outlet, as for text nobody is named in
        return who
    active = [rule for rule in TABLE if rule.name not in disabled]
    doc.layout = layouts.Layout("unrecognised")
    for rule in active:  # the structure first: the turns and the voices the other rules read
        if rule.stage == "layout":
            rule.apply(doc, who)
    doc.cues = cues.find(doc)
    for rule in active:  # the cue stage settles who each cue names before any text is assigned
        if rule.stage == "cue":
            rule.apply(doc, who)
    cue.settle(doc)
    for rule in active:
        if rule.stage not in ("cue", "layout"):
            rule.apply(doc, who)
    return who


@lru_cache(maxsize=4)
def _cached(text: str, outlet, source, published, rules: tuple, layout, registry, lexicon, kind,
            author) -> Speakers:
    from detentio.corpus.layout import merge

    spans = merge(chrome.spans(text, rules), layout)
    return attribute(text, outlet=outlet, source=source, published=published, boilerplate=list(spans),
                     registry=registry, lexicon=lexicon, kind=kind, author=author)


def for_document(text: str, *, outlet: str | None = None, source: str | None = None, published=None,
                 registry=None, layout=None, kind: str | None = None, author: str | None = None) -> Speakers:
    """:func:`attribute` with the document's page chrome (the rules' and, for a source
    derived from a PDF, its ``layout``'s), cached for the last few bodies, so that
    mentions, claims and kwic of one document share one attribution.

    The cache key holds everything that changes the result: the text, outlet,
    source and date, the chrome rules and the layout (so an edited
    ``boilerplate.yml`` counts), and the actor registry and lexicon as loaded
    now (each replaced when its file changes). The chrome spans are found
    only on a miss: mentions and claims of one body pay for them once.
    """
    from detentio.corpus.layout import NONE

    return _cached(text, outlet, source, published, chrome.rules(), layout or NONE,
                   registry or registry_module.load(), lexicon_module.load(), kind or None, author or None)


def layout_of(text: str, **front) -> str:
    """The layout the structure stage recognises in ``text`` ("interview", "debate", ... or
    "unrecognised"): what a review queue lists for texts whose layout was not recognised.
    ``front`` as for :func:`for_document` (outlet, source, published, kind, author)."""
    return for_document(text, **front).layout
