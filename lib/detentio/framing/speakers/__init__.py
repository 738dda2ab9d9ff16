"""Who says it: rule-based speaker attribution that a reviewer can follow.

>>> from detentio import speakers
>>> who = speakers.attribute(body, outlet="TASS", source="002", published="2021-07-07")
>>> who.at(offset)        # Speaker(speaker='kopyrkin', rule='quote_verb_after', quoted=True)
>>> who.quotes            # [Quote(start, end, kind), ...] every direct quotation
>>> speakers.attribute(body, disabled={"pronoun"})   # the same without one rule
>>> speakers.attribute(body, kind="opinion", author="Lena Holmqvist").layout   # "op_ed"
>>> speakers.layouts(corpus)  # source, layout: which texts' structure was not recognised

Every attribution names the rule that made it, so a scholar can check it.
The rules, their codes, stages and precedence are one table,
:data:`registry.TABLE` (``detentio rules`` lists them with an example each):

``quote_verb_after``   "...," Pashinyan said / said Sahakyan (a direct quotation)
``quote_verb_before``  Pashinyan said, "..." / the minister responded, '...' / a note from X ... I read: "..."
``reported_speech``    Sahakyan noted that ... / Baku calls them "..." / whom X call ...
``according_to``       according to Sahakyan, ... / In the view of the Armenian delegation, ...
``pronoun``            he noted / He recalled ...: the last named speaker
``continuation``       later sentences of the paragraph while still plausibly reported
``said_this``          "X stated this": the preceding paragraph of unquoted speech
``headline_says``      a headline "..., says X" or "...: X"
``speaker_label``      a transcript paragraph "Maria Zakharova: ..." and those after it
``issuer``             a statement printed in full ("Statement of the Ministry of ...")
``outlet``             nobody named: ``outlet:<outlet>`` or ``outlet:<source id>``
``structure``          (layout stage) the document's layout: interview, briefing, debate, summary
                       record, court, live blog, op-ed, report ... (``Speakers.layout``)
``interview_turn``     an interview's "A:" turns: the interviewee its introduction names
``briefing_turn``      a briefing: the spokesperson answers; "Question (X, Outlet):" is X's
``debate_turn``        a record's "Mr. HAKOBYAN (Armenia):", "The PRESIDENT:" turns
``blog_entry``         a live blog's timestamped entries, each on its own (else the outlet)
``social_post``        an embedded post ("Name @handle · date") and its thread's numbered posts, an archive of one
                       poster's thread or series ("Posted by X (@h) in 12 posts"): the poster
``reference_entry``    a note's or reference list's quoted title or words: the registered author it names first, or
                       the publisher after it in brackets with the date ("‘...’ (Caspian Wire, 12 June 2021)")
``recommended_by``     a numbered recommendation closing with its State in brackets ("... (France);"): that State
``attributed_below``   a quotation set apart with a dash line under it ("— Hasmik Arakelyan, sister, 2023"), or a
                       blurb with its endorser's name and post right under it, or a card signed inside its
                       closing quotation mark ("... Send them home. Sofia, Uppsala”"): its owner
``signed_comment``     a discussion's comment closed by "Name (talk) 19:55, 5 March 2026 (UTC)": the signer
``forum_post``         a forum thread's post under "#3 handle - 14 Jan 2026, 12:15": the poster; "X wrote:" quotes X
``abstract_entry``     a book of abstracts' abstract, under its title and its author's line: the one author; a
                       proceedings' summary under its paper's head ("1.1 Dr. X (Institute), “Title”"): X
``petition``           a petition's text above "Created by X": X; the answer under "Government responded": its signer
``sourced_item``       a list item closing with its source in brackets ("- 2023: 55 (Armenian government)."), or opening
                       with it and its date ("- Government of Armenia, 15 January: 19 held."): that source
``reply_section``      a reply under its heading in a list of questions ("Reply of Azerbaijan to paragraph 12"): the State;
                       a decision's "Considering the following information on file from the complainant:": that party;
                       a government's "Readout of the Office of ..."; a study extract's "Source B. X, ...": X; a
                       questionnaire's reprinted "Question 3. ...": the body that asks; an article a record
                       reprints under "[From the Valley Sentinel, Jan. 16, 2026]": that source
``owned_term``         a quotation after a registered speaker's word for it ("Baku's term “terrorists”"): that speaker
``handle_quote``       a quotation after an account's handle and a colon ("from @mariam.g.1988: “...”"): the account
``signed_letter``      a letters page's letters, a programme's tributes, each closed by its writer's name ("Elnur
                       Gasimov, Ganja", "Anahit Grigoryan, mother of Hayk"): the writer, from the last signature on;
                       a visitors' book's dated entry closed by a dash and a name ("... — Klaus Weber, Berlin"): hers
``delegation``         a summary record's "The delegation said": the State party under review
``committee_member``   "A Committee member asked": the reviewing body
``author_voice``       a signed op-ed: its author (front matter ``author``) instead of the outlet; a speech's
                       transcript ("acceptance speech by X"), or one under its publisher's note ("publishes the
                       remarks delivered by X"): X; a letter signed over a public office: the office; a blog's
                       dated entry under its writer's name ("Monday, 9 February - X"): X; a later section under its
                       heading and its own byline ("A note for parents" / "by Karine Melkonyan, psychologist"): hers
``report_voice``       an organisation's own report (a registered NGO, the ICRC ...); a translation's original
                       publisher ("Original report by the YugInform agency"), its translator's notes the outlet's
``whole_set``          the whole an acknowledged figure is taken from ("Azerbaijan acknowledged 72 of 249 alleged
                       captives"): the one reporting it, not the party acknowledging

The parts: :mod:`.document` (the model built once per body), :mod:`.layout`
(turns and a text's structure) with :mod:`.heads` (a document's head: fields, cast, spokesperson) and
:mod:`.participants` (who answers and who asks, a record's body and State party), :mod:`.cues` (reporting verbs and who they
name), :mod:`.names` (the namer) with :mod:`.phrases` (the forms a speaker
phrase takes before a verb) and :mod:`.full_names` (an unregistered surname's full name), :mod:`.cleaning` (what
counts as a name),
:mod:`.subjects` (what a clause opens with), :mod:`.posts`,
:mod:`.descriptions` and :mod:`.namesakes` (offices, descriptions of them,
people of the same surname), :mod:`.introduced` (people a text names with a role, whom "the psychologist" means),
:mod:`.organs` (a State's organs, which speak for it), :mod:`.quotations`, :mod:`.rules` (one function per rule; :mod:`.rules.entries`: entries that name their author; and
:mod:`.rules.addressees`: whom a question is put to; :mod:`.rules.voices`: a publisher's or author's own voice;
:mod:`.rules.feeds`: a live blog's entries and an embedded post), :mod:`.registry` (the
table), :mod:`.result` (:class:`Speakers`, :meth:`Speakers.at`); the words
they look for are data (``data/lexicon.yml``, :mod:`.vocabulary`).
A speaker is an actor id of ``data/actors.yml``, else the name as the text
gives it ("Lilit Avetisyan"). Offsets are ``str`` indices into the body.
Pure Python (no pandas), so it runs per document inside Dask partitions.
"""
from __future__ import annotations

from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.quotations import Quote, quotes
from detentio.framing.speakers.registry import RULES, TABLE, attribute, for_document, layout_of, outlet_speaker
from detentio.framing.speakers.result import Region, Speaker, Speakers
from detentio.framing.speakers.vocabulary import current as _current_vocabulary


def layouts(corpus=None, *, paths=None):
    """One row per document: ``source, layout`` (what the structure stage recognised), so that a review
    queue can list the texts whose layout was ``unrecognised``."""
    import pandas as pd

    from detentio.framing.mentions import _documents

    rows = [{"source": source, "layout": layout_of(body, outlet=outlet, source=source, published=published,
                                                   layout=pages, **front)}
            for source, body, outlet, published, pages, front in _documents(corpus, paths, front=True)]
    return pd.DataFrame(rows, columns=["source", "layout"])


def verbs(text: str):
    """Every verb of saying (and "according to") in ``text``, as regex matches, in order."""
    return _current_vocabulary().verbs(text)


__all__ = ["RULES", "TABLE", "Quote", "Region", "Speaker", "Speakers", "attribute", "clean_name",
           "for_document", "layout_of", "layouts", "outlet_speaker", "quotes", "verbs"]
