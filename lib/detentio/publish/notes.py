"""Footnotes and figures-as-stated shared by the analysis notebooks (02-05).

>>> from detentio import notes, law
>>> notes.stated(40, "at_least")                       # 'at least 40'
>>> notes.pinpoints(["art 4", "art 118"])              # 'arts 4, 118'
>>> notes.provision("gc3-118")                          # footnote: GC III, OSCOLA, art 118
>>> notes.grouped(["gc3-118", "gc3-119", "gc4-34"])     # [('GC III arts 118, 119(5)', note), ('GC IV art 34', note)]
>>> notes.event(law.events().iloc[0], corpus)          # footnote citing an event's sources

Every function returns text or a :class:`detentio.publish.report.Fragment`; the
citations themselves come from :mod:`detentio.law.cite` (OSCOLA), and a corpus
source named by an event links to the report's sources appendix.
"""
from __future__ import annotations

import re

import pandas as pd

from detentio.law import cite
from detentio.law import data as lawdata
from detentio.publish import report
# Plain-text wording lives with the analyses, which use it in their tables; re-exported here.
from detentio.analyses.labels import context
from detentio.analyses.wording import CONDITIONALITY_WORDS, QUALIFIER_WORDS, stated, when  # noqa: F401

_PLURAL = {"art": "arts", "para": "paras", "r": "rr", "s": "ss"}


def pinpoints(values) -> str:
    """Pinpoints of one instrument merged as OSCOLA writes them: ``["art 4", "art 118"] -> "arts 4, 118"``.

    Pinpoints of different kinds are listed as given ("art 5, para 3");
    missing pinpoints (a whole instrument) are dropped.
    """
    values = [v for v in dict.fromkeys(values) if isinstance(v, str) and v.strip()]
    if len(values) < 2:
        return values[0] if values else ""
    heads = {re.match(r"\S+", v).group() for v in values}
    if len(heads) == 1:
        head = heads.pop()
        if head in _PLURAL:
            return f"{_PLURAL[head]} " + ", ".join(v[len(head):].strip() for v in values)
    return ", ".join(values)


def provision(provision_id: str) -> report.Fragment:
    """A footnote with the OSCOLA citation of one provision of ``data/instruments.yml``."""
    return report.footnote(cite.provision(provision_id))


def instrument(instrument_id: str, pinpoint: str | None = None) -> report.Fragment:
    """A footnote with the OSCOLA citation of an instrument (optionally with a pinpoint)."""
    return report.footnote(cite.instrument(instrument_id, pinpoint))


def grouped(provision_ids) -> list[tuple[str, report.Fragment]]:
    """Provisions grouped by instrument: ``[("GC III arts 118, 119(5)", footnote), ...]``.

    One footnote per instrument, citing it once with all its pinpoints, as a
    footnote in a legal text would; instruments in the order first named.
    """
    instruments = lawdata.read_instruments()
    index = lawdata.provision_index(instruments)
    groups: dict[str, list[str | None]] = {}
    for pid in provision_ids:
        if pid not in index:
            continue
        inst, prov = index[pid]
        groups.setdefault(inst["id"], []).append(prov.get("pinpoint"))
    out = []
    for inst_id, points in groups.items():
        inst = next(i for i in instruments if i["id"] == inst_id)
        merged = pinpoints(points)
        label = f"{inst['short']} {merged}".strip()
        out.append((label, report.footnote(cite.for_instrument(inst, merged or None))))
    return out


def grouped_text(provision_ids, separator: str = "; ") -> str:
    """:func:`grouped` without the notes: "GC III arts 118, 119(5); GC IV art 34" (for table cells,
    whose table then cites each instrument once with :func:`grouped_fragment` in its source note)."""
    return separator.join(label for label, _ in grouped(provision_ids))


def grouped_fragment(provision_ids, separator: str = "; ") -> report.Fragment:
    """:func:`grouped` as one fragment: "GC III arts 118, 119(5)[note]; GC IV art 34[note]"."""
    parts = [report.text(label) + note for label, note in grouped(provision_ids)]
    return report.html(str(report.text(separator).join(parts))) if parts else report.text("")


def _event_part(part: str, corpus=None, documents=None) -> report.Fragment:
    kind = lawdata.classify_source(part)
    if kind == "corpus" and corpus is not None and part in set(corpus.documents["id"]):
        doc = corpus.documents[corpus.documents["id"] == part].iloc[0].to_dict()
        return (report.html(cite.source(doc).html) + report.text(", source ")
                + report.source_ref(part, corpus=corpus))
    return report.html(cite.reference(part, documents).html)


def event(row, corpus=None) -> report.Fragment:
    """A footnote citing the sources of one event row (``data/events.csv`` / :func:`detentio.law.tables.events`).

    Instruments are cited in OSCOLA form, outside sources as recorded in the
    events file, and corpus sources with a link to their text in the report's
    appendix (with ``corpus``; else as a plain citation).
    """
    value = row["source"] if "source" in row else ""
    parts = [p.strip() for p in str(value or "").split(lawdata.SOURCE_SEPARATOR) if p.strip()]
    documents = corpus.documents if corpus is not None else None
    body = report.text("; ").join(_event_part(p, corpus, documents) for p in parts)
    return report.footnote(report.html(str(body) + "."))


def in_context(row, corpus, note: bool = True) -> report.Fragment:
    """One evidence line for a report: the context before (``row["left"]``), the match quoted
    with its pinpoint footnote (checked against the source when the report is built), the
    context after (``row["right"]``); rows as :func:`detentio.analyses.labels.evidence` gives them.

    With ``note=False`` the quote links to its place in the sources appendix instead of
    calling a footnote: for long tables, where WeasyPrint cannot keep a row's notes on
    the row's page (it prints them on the next one)."""
    from detentio.publish.reviewed import mark

    match = report.quote(row["source"], row["start"], row["end"], corpus, cite=note)
    if not note:
        match = match + report.text(" (") + report.source_ref(row["source"], row["start"], row["end"], corpus,
                                                              label="in context") + report.text(")")
    # a note on an item the reviewer corrected: what, when and why
    corrected = mark(row["source"], int(row["start"]), int(row["end"]))
    return report.html(str(report.text(row["left"]) + report.html("<strong>") + match
                           + report.html("</strong>") + corrected + report.text(row["right"])))


def ledger_evidence(row, corpus, width: int = 80) -> report.Fragment:
    """What a count-ledger row rests on: a corpus claim quoted in its context (with its
    pinpoint footnote), or an events row's description with a footnote to its sources."""
    if row["origin"] == "corpus":
        left, right = context(corpus.text(row["source"]), int(row["start"]), int(row["end"]), width)
        return in_context({"source": row["source"], "start": row["start"], "end": row["end"],
                           "left": left, "right": right}, corpus)
    return report.text(row["text"] or "") + event(row, corpus)


def undated(documents: pd.DataFrame, corpus=None) -> report.Fragment:
    """The sentence a date-filtered report adds when it leaves undated sources out, with
    a note naming them; empty when every source is dated.

    >>> report.show(f"This run reads the {len(docs)} sources ...." + notes.undated(c.documents, c))
    """
    ids = documents.loc[documents["published"].isna(), "id"].tolist()
    if not ids:
        return report.text("")
    what = "1 undated source is" if len(ids) == 1 else f"{len(ids)} undated sources are"
    return (report.text(f" {what} left out: no date places {'it' if len(ids) == 1 else 'them'} in the period")
            + report.cite_sources(ids, corpus) + report.text("."))
