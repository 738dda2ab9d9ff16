"""Footnotes and figures-as-stated shared by the analysis notebooks (02-05).

>>> from detentio import notes, law
>>> notes.stated(40, "at_least")                       # 'at least 40'
>>> notes.pinpoints(["art 4", "art 118"])              # 'arts 4, 118'
>>> notes.provision("gc3-118")                          # footnote: GC III, OSCOLA, art 118
>>> notes.grouped(["gc3-118", "gc3-119", "gc4-34"])     # [('GC III arts 118, 119(5)', note), ('GC IV art 34', note)]
>>> notes.event(law.events().iloc[0], corpus)          # footnote citing an event's sources
>>> notes.plural(1, "use")                               # '1 use' (and '2 uses')
>>> notes.proposition("hostage-elements")               # the law in our voice, with a note citing its basis
>>> notes.question("para8-scope", corpus)               # the law, then every party's reading, attributed

Every function returns text or a :class:`detentio.publish.report.Fragment`; the
citations themselves come from :mod:`detentio.law.cite` (OSCOLA), and a corpus
source named by an event links to the report's sources appendix.
"""
from __future__ import annotations

import re

import pandas as pd

from detentio.law import cite
from detentio.law import data as lawdata
from detentio.law import readings
from detentio.publish import report
# Plain-text wording lives with the analyses, which use it in their tables; re-exported here.
from detentio.analyses.labels import context
from detentio.analyses.wording import CONDITIONALITY_WORDS, QUALIFIER_WORDS, stated, when  # noqa: F401

_PLURAL = {"art": "arts", "para": "paras", "r": "rr", "s": "ss"}
# Nouns whose plural is not the singular plus "s".
IRREGULAR = {"person": "people", "release and exchange": "releases and exchanges",
             "body": "bodies", "activity": "activities", "country": "countries"}


def plural(n, singular: str, plural_form: str | None = None, bold: bool = False) -> str:
    """A count with its noun agreeing: ``plural(1, "use") == "1 use"``, ``plural(3, "source") == "3 sources"``.

    ``bold`` writes the number in markdown bold ("**3** sources").
    """
    n = int(n)
    word = singular if n == 1 else (plural_form or IRREGULAR.get(singular) or singular + "s")
    number = f"{n:,}"
    return f"**{number}** {word}" if bold else f"{number} {word}"


def pinpoints(values) -> str:
    """Pinpoints of one instrument merged as OSCOLA writes them: ``["art 4", "art 118"] -> "arts 4, 118"``.

    Articles are put in numerical order; pinpoints of different kinds are
    listed as given ("art 5, para 3"); missing pinpoints (a whole instrument)
    are dropped.
    """
    values = [v for v in dict.fromkeys(values) if isinstance(v, str) and v.strip()]
    if len(values) < 2:
        return values[0] if values else ""
    singular = {plural_: head for head, plural_ in _PLURAL.items()}
    split = sorted(((re.match(r"\S+", v).group(), v) for v in values), key=_pinpoint_order)
    heads = {singular.get(head, head) for head, _ in split}  # "arts 99-108" and "art 130" share "art"
    if len(heads) == 1:
        head = heads.pop()
        if head in _PLURAL:
            return f"{_PLURAL[head]} " + ", ".join(v[len(h):].strip() for h, v in split)
    return ", ".join(values)


def _pinpoint_order(item: tuple[str, str]):
    """Articles in numerical order ("art 34" before "art 132"); pinpoints without a number keep their place."""
    number = re.search(r"\d+", item[1])
    return (0, int(number.group()), item[1]) if number else (1, 0, "")


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
    instruments = cite.instruments()
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
        return (report.html(cite.source(doc).note_html) + report.text(", source ")
                + report.source_ref(part, corpus=corpus))
    return report.html(cite.reference(part, documents).note_html)


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

    # Shown in context, words the source quotes keep the source's own marks and get no second pair.
    start, end = int(row["start"]), int(row["end"])
    own = bool(row["left"] or row["right"]) and report.in_source_quotes(corpus.text(row["source"]), start, end)
    match = report.quote(row["source"], start, end, corpus, cite=note, marks=not own)
    if not note:
        match = match + report.text(" (") + report.source_ref(row["source"], start, end, corpus,
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


# --- the law in our voice, and the parties' readings ---------------------------------

def basis_note(basis) -> report.Fragment:
    """One footnote citing every provision and case of ``basis``, one citation per instrument
    with its pinpoints merged ("GC III arts 118, 119(5); *Hassan* paras 104-105")."""
    instruments = cite.instruments()
    index = lawdata.provision_index(instruments)
    groups: dict[str, list[str | None]] = {}
    for ref in basis:
        inst, prov = index[ref] if ref in index else lawdata.resolve(ref, instruments)
        groups.setdefault(inst["id"], []).append(prov.get("pinpoint") if prov else None)
    parts = [cite.for_instrument(next(i for i in instruments if i["id"] == iid), pinpoints(points) or None)
             for iid, points in groups.items()]
    return report.footnote(cite.join(parts, key="basis:" + ",".join(basis)))


def proposition(pid: str) -> report.Fragment:
    """A statement of law from ``data/readings.yml`` in the workspace's voice, its basis in one note."""
    item = readings.proposition(pid)
    return report.text(" ".join(item["statement"].split())) + basis_note(item["basis"])


def _reading_sources(reading: dict, corpus) -> report.Fragment:
    documents = corpus.documents if corpus is not None else None
    body = report.text("; ").join(_event_part(p, corpus, documents) for p in reading["sources"])
    return report.footnote(report.html(str(body) + "."))


def _quotes(reading: dict, corpus) -> str:
    if corpus is None or not reading.get("quotes"):
        return ""
    shown = []
    for item in reading["quotes"]:
        if item["source"] not in set(corpus.documents["id"]):
            continue  # a run on another corpus: the citation in the note still names the source
        start = corpus.text(item["source"]).find(item["words"])
        shown.append(str(report.quote(item["source"], start, start + len(item["words"]), corpus)))
    return (" In their words: " + "; ".join(shown) + ".") if shown else ""


def question(qid: str, corpus=None, heading: str = "###") -> str:
    """A contested point for a report (markdown): the law, then every reading with who holds it.

    The law is stated in the workspace's voice, each statement with the note
    citing its basis; each reading is attributed to its holders, with a note
    citing its sources and, where the corpus holds them, their words quoted.
    The workspace adopts none of the readings, and says so.
    """
    item = readings.question(qid)
    law = " ".join(str(proposition(pid)) for pid in item["law"])
    lines = [f"{heading} {report.text(' '.join(item['question'].split()))}", "",
             f"*The law.* {law}", "",
             f"*The readings* ({plural(len(item['readings']), 'reading')} on record; the workspace adopts none):", ""]
    for reading in item["readings"]:
        holders = "; ".join(reading["holders"])
        lines.append(f"- *Held by {report.text(holders)}.* {report.text(' '.join(reading['reading'].split()))}"
                     f"{_reading_sources(reading, corpus)}{_quotes(reading, corpus)}")
    return "\n".join(lines)


def release_around(row, side: str, events, corpus) -> report.Fragment:
    """The release before or after a clause invocation (``side``: "before" or "after"), for a table
    cell: when, how many were released, what was given, how many days apart, with a note citing the
    event's sources; rows as :func:`detentio.analyses.clause.by_source` gives them."""
    if not isinstance(row[f"{side}_id"], str):
        return report.text("none recorded")
    days = int(row[f"{side}_days"])
    event_row = events[events["id"] == row[f"{side}_id"]].iloc[0]
    gap = f"{plural(days, 'day')} {'before' if side == 'before' else 'after'}" if days else "same day"
    return (report.text(f"{row[f'{side}_when']}: {stated(row[f'{side}_released'], 'exact')} released, "
                        f"{row[f'{side}_consideration']} ({gap})") + event(event_row, corpus))
