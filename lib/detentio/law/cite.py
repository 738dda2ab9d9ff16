"""OSCOLA footnotes for treaties, decisions, resolutions, news sources and corpus pinpoints.

>>> from detentio import cite
>>> cite.provision("gc3-118").text
'Geneva Convention (III) relative to the Treatment of Prisoners of War (adopted 12 August 1949, entered into force 21 October 1950) 75 UNTS 135, art 118'
>>> cite.provision("icj-cerd-2021-98").html     # the case name in <i>, the rest escaped
>>> report.footnote(cite.pinpoint("002_45120e5011152357", 4, "all for all"))

Every function returns a :class:`Citation` with ``.text`` (plain), ``.html``
(case names, book titles and periodicals in ``<i>``, everything else escaped)
and ``.key`` (equal keys are the same reference, so a report can number a
repeated footnote once). A citation also knows the ``work`` it cites whatever
the pinpoint, its OSCOLA ``short`` form, its ``pin`` and its table ``entry``:
``.note_html`` carries them into a report, whose build cites a work in full
the first time and in short with "(n 12)" after (:mod:`detentio.publish.citations`).

Dates follow OSCOLA ("12 August 1949"). A source dated to a month shows the
month ("March 2025"), to a year the year; an ``approximate`` date is the
estimate prefixed with "c." ("c. March 2025"), so a reader sees that the day
or month was inferred rather than printed on the source.

No pandas here: rows may be dicts or pandas rows alike.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from html import escape
from typing import Iterable, Mapping

from detentio.law import data as lawdata
from detentio.law import shortcite
from detentio.core import cache, paths
from detentio.core.calendar import MONTH_NAMES as MONTHS
from detentio.core.problems import DetentioError, Problem
from detentio.corpus.sources import parse_published, read_source, source_files

# The verb for the first date when the data does not give one.
DEFAULT_ADOPTED_AS = {"treaty": "adopted", "statement": "signed", "agreement": "signed"}
# Which table of a long report a work belongs in.
TABLE_KIND = {"treaty": "instrument", "statement": "instrument", "agreement": "instrument",
              "resolution": "instrument", "observations": "instrument", "decision": "case",
              "customary": "secondary"}
COURT_ABBREVIATIONS = {"European Court of Human Rights": "ECtHR", "International Court of Justice": "ICJ"}
_MARKED = re.compile(r"\*([^*]+)\*")


@dataclass(frozen=True)
class Citation:
    """One footnote: plain ``text``, ``html`` with italics, and a de-duplication ``key``.

    The other fields serve OSCOLA's later citations and a report's tables:
    ``work`` (the same for every pinpoint of one work), ``kind`` (the table:
    ``instrument``, ``case`` or ``secondary`` for the bibliography), ``short``
    (HTML of the short form), ``pin`` (the pinpoint), ``entry`` (HTML without
    the pinpoint), ``first`` (HTML of a first citation that defines its short
    form: "... 75 UNTS 135 (GC III), art 118") and ``parts`` (the citations of
    a joined footnote).
    """

    text: str
    html: str
    key: str
    work: str = ""
    kind: str = "secondary"
    short: str = ""
    pin: str = ""
    entry: str = ""
    first: str = ""
    parts: tuple = ()

    def __str__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        return self.html

    @property
    def note_html(self) -> str:
        """The HTML a report note carries: each work in a ``span.cite`` whose data the build reads."""
        if self.parts:
            return "; ".join(part.note_html for part in self.parts)
        if not self.work:
            return self.html
        data = (("work", self.work), ("kind", self.kind), ("short", self.short), ("pin", self.pin),
                ("entry", self.entry or self.html))
        attrs = " ".join(f'data-{name}="{escape(value, quote=True)}"' for name, value in data)
        return f'<span class="cite" {attrs}>{self.first or self.html}</span>'


# --- building blocks -----------------------------------------------------------

def _build(parts: Iterable[tuple[str, bool]], key: str) -> Citation:
    """A citation from ``(text, italic)`` segments."""
    parts = [(t, i) for t, i in parts if t]
    text = "".join(t for t, _ in parts)
    html = "".join(f"<i>{escape(t, quote=False)}</i>" if i else escape(t, quote=False) for t, i in parts)
    return Citation(text, html, key)


def _marked_parts(value: str) -> list[tuple[str, bool]]:
    parts, pos = [], 0
    for match in _MARKED.finditer(value):
        parts += [(value[pos:match.start()], False), (match.group(1), True)]
        pos = match.end()
    parts.append((value[pos:], False))
    return parts


def marked_html(value: str) -> str:
    """HTML of text with ``*asterisks*`` for italics, everything else escaped."""
    return _build(_marked_parts(value), "").html


def marked(value: str, key: str | None = None) -> Citation:
    """A citation written by hand, ``*asterisks*`` marking italics (as in ``data/events.csv``)."""
    plain = _MARKED.sub(r"\1", value)
    built = _build(_marked_parts(value), key or f"text:{plain}")
    return replace(built, work=f"text:{plain}", short=marked_html(shortcite.marked_short(value)),
                   entry=marked_html(shortcite.marked_entry(value)))


def join(citations: Iterable[Citation], key: str, separator: str = "; ") -> Citation:
    """Several references in one footnote, OSCOLA style (separated by semicolons)."""
    citations = list(citations)
    return Citation(separator.join(c.text for c in citations),
                    escape(separator, quote=False).join(c.html for c in citations), key,
                    parts=tuple(citations))


def day(value) -> str:
    """An ISO day (or date) as OSCOLA writes it: ``12 August 1949``."""
    date = value if isinstance(value, dt.date) else parse_published(str(value), "day")[0]
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def dated(value, precision: str | None) -> str:
    """A source date shown at its precision: a day, "March 2025", "2023", or "c. ..." when approximate."""
    if value in (None, ""):
        return ""
    if hasattr(value, "date") and not isinstance(value, dt.date):  # pandas Timestamp
        value = value.date()
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        # A typed date has lost its written form; the precision says how much of it is real.
        grain = precision if precision in ("day", "month", "year") else "day"
        date = value
    else:
        date, grain = parse_published(str(value), precision or "day")
    shown = {"day": lambda: day(date), "month": lambda: f"{MONTHS[date.month - 1]} {date.year}",
             "year": lambda: str(date.year)}[grain]()
    return f"c. {shown}" if precision == "approximate" else shown


def _get(row, name: str):
    """A field of a dict or pandas row, with missing values (NaN, NA, NaT, '') as None."""
    try:
        value = row.get(name) if hasattr(row, "get") else row[name]
    except (KeyError, IndexError):
        return None
    if value is None or type(value).__name__ in ("NAType", "NaTType"):  # before ==: NA has no truth value
        return None
    if (isinstance(value, float) and value != value) or (isinstance(value, str) and not value):
        return None
    return value


# --- instruments ---------------------------------------------------------------

@cache.on_files(paths.instruments)
def _read_instruments() -> tuple[dict, ...]:
    return tuple(lawdata.read_instruments(paths.instruments()))


def instruments() -> list[dict]:
    """The instruments of ``data/instruments.yml``, read once per version of the file."""
    return _instruments()


def _instruments() -> list[dict]:
    # Cached until data/instruments.yml changes, so an edit is picked up in a running kernel.
    return list(_read_instruments())


def _with_pinpoint(parts: list[tuple[str, bool]], pinpoint: str | None, comma: bool = True):
    if pinpoint:
        parts.append(((", " if comma else " ") + pinpoint, False))
    return parts


def treaty(title: str, adopted, in_force=None, series: str | None = None, pinpoint: str | None = None,
           adopted_as: str = "adopted", status: str | None = None, key: str | None = None,
           define: str | None = None) -> Citation:
    """A treaty, statement or agreement: Title (adopted D, entered into force D) SERIES, pinpoint.

    ``define`` is the short title a first citation introduces: "... 75 UNTS 135 (GC III), art 118".
    """
    dates = f"{adopted_as} {day(adopted)}"
    if in_force:
        dates += f", entered into force {day(in_force)}"
    elif status:
        dates += f", {status}"
    parts = [(f"{title} ({dates})" + (f" {series}" if series else "") + (f" ({define})" if define else ""), False)]
    return _build(_with_pinpoint(parts, pinpoint), key or f"treaty:{title}:{pinpoint or ''}")


def decision(case: str, stage: str, kind: str, date, pinpoint: str | None = None,
             key: str | None = None, report: str | None = None) -> Citation:
    """A court decision: *Case name* (Stage) [2021] ICJ Rep 361, pinpoint; without a law
    report, *Case name* (Stage) Order of 7 December 2021, pinpoint."""
    parts = [(case, True), (f" ({stage}) " + (report or f"{kind} of {day(date)}"), False)]
    return _build(_with_pinpoint(parts, pinpoint), key or f"decision:{case}:{stage}:{date}:{pinpoint or ''}")


def judgment(case: str, application: str, court: str, date, chamber: str | None = None,
             pinpoint: str | None = None, key: str | None = None) -> Citation:
    """A judgment of a human rights court: *Case name* [GC] App no 29750/09 (ECtHR, 16 September 2014), pinpoint."""
    court = COURT_ABBREVIATIONS.get(court, court)
    parts = [(case, True), ((f" [{chamber}]" if chamber else "") + f" App no {application} ({court}, {day(date)})",
                            False)]
    return _build(_with_pinpoint(parts, pinpoint), key or f"judgment:{application}:{pinpoint or ''}")


def resolution(body: str, title: str, date, number: str | None = None, document: str | None = None,
               pinpoint: str | None = None, key: str | None = None) -> Citation:
    """A resolution or a body's observations: Body, Number 'Title' (date) Document, pinpoint."""
    head = f"{body}, " + (f"{number} " if number else "") + f"'{title}' ({day(date)})"
    parts = [(head + (f" {document}" if document else ""), False)]
    return _build(_with_pinpoint(parts, pinpoint), key or f"resolution:{body}:{title}:{pinpoint or ''}")


def book(authors: str, title: str, publisher: str, year, pinpoint: str | None = None,
         key: str | None = None) -> Citation:
    """A book: Authors, *Title* (Publisher Year) pinpoint (OSCOLA puts no comma before it)."""
    parts = [(f"{authors}, ", False), (title, True), (f" ({publisher} {year})", False)]
    return _build(_with_pinpoint(parts, pinpoint, comma=False), key or f"book:{title}:{pinpoint or ''}")


def _formatted(inst: Mapping, pinpoint: str | None, key: str, define: str | None = None) -> Citation:
    kind = inst["kind"]
    if kind in ("treaty", "statement", "agreement"):
        return treaty(inst["title"], inst["adopted"], inst.get("in_force"), inst.get("series"), pinpoint,
                      inst.get("adopted_as") or DEFAULT_ADOPTED_AS[kind], inst.get("status"), key, define)
    if kind == "decision" and inst.get("application"):
        return judgment(inst["title"], inst["application"], inst["court"], inst["adopted"], inst.get("chamber"),
                        pinpoint, key)
    if kind == "decision":
        return decision(inst["title"], inst["stage"], inst["decision"], inst["adopted"], pinpoint, key,
                        inst.get("report"))
    if kind == "customary":
        return book(inst["authors"], inst["title"], inst["publisher"], inst["year"], pinpoint, key)
    return resolution(inst["body"], inst["title"], inst["adopted"], inst.get("number"),
                      inst.get("document"), pinpoint, key)


def _entry(inst: Mapping) -> str:
    """HTML of an instrument as a table or bibliography lists it (no pinpoint; authors surname first)."""
    if inst["kind"] == "customary":
        return book(shortcite.inverted(inst["authors"]), inst["title"], inst["publisher"], inst["year"]).html
    return _formatted(inst, None, "").html


def for_instrument(inst: Mapping, pinpoint: str | None = None, key: str | None = None) -> Citation:
    """The citation of an instrument given as its ``instruments.yml`` mapping (the format follows ``kind``).

    The short form of later citations is ``cited_as`` (else ``short``; for the
    ICRC study, its authors' surnames); a treaty's first citation defines it.
    """
    key = key or f"law:{inst['id']}:{pinpoint or ''}"
    kind = inst["kind"]
    citation = _formatted(inst, pinpoint, key)
    short = inst.get("cited_as") or (shortcite.authors_short(inst["authors"]) if kind == "customary"
                                     else inst["short"])
    first = (_formatted(inst, pinpoint, key, define=inst["short"]).html
             if kind == "treaty" and inst["short"] != inst["title"] else "")
    return replace(citation, work=f"law:{inst['id']}", kind=TABLE_KIND.get(kind, "instrument"),
                   short=marked_html(short), pin=pinpoint or "", entry=_entry(inst), first=first)


def instrument(instrument_id: str, pinpoint: str | None = None) -> Citation:
    """An instrument of ``data/instruments.yml``, optionally with a pinpoint ("art 5", "para 98")."""
    for inst in _instruments():
        if inst["id"] == instrument_id:
            return for_instrument(inst, pinpoint)
    raise KeyError(f"no instrument {instrument_id!r} in {paths.instruments()}")


def provision(provision_id: str) -> Citation:
    """A provision of ``data/instruments.yml``, cited with its instrument and pinpoint."""
    index = lawdata.provision_index(_instruments())
    if provision_id not in index:
        raise KeyError(f"no provision {provision_id!r} in {paths.instruments()}")
    inst, prov = index[provision_id]
    return for_instrument(inst, prov.get("pinpoint"))


# --- corpus sources ------------------------------------------------------------

def _document(doc) -> Mapping:
    """A document given as a mapping (documents row, dict) or as a source id (read from data/sources)."""
    if not isinstance(doc, str):
        return doc
    for suffix in (".md", ".txt"):
        path = paths.sources() / f"{doc}{suffix}"
        if path.exists():
            return _front(read_source(path))
    for path in source_files():  # a file whose name differs from its id
        source = read_source(path)
        if source.id == doc:
            return _front(source)
    raise KeyError(f"no source {doc!r} in {paths.sources()}")


def _front(source) -> dict:
    return {"id": source.id, **source.meta}


def source(doc) -> Citation:
    """A corpus source from its front matter: Author, 'Title' (*Outlet*, date) <url> accessed date.

    ``doc`` is a documents-table row, a dict of front-matter fields or a
    source id. Missing parts are left out: no author, no outlet, no url (and
    then no "accessed"). The date is shown at its precision (see module notes).
    """
    doc = _document(doc)
    sid = _get(doc, "id")
    title, author, outlet = _get(doc, "title"), _get(doc, "author"), _get(doc, "outlet")
    citation = _build(_source_parts(doc, author), f"source:{sid}")
    short = shortcite.source_short(author, outlet, title, f"source {sid}")
    entry = _build(_source_parts(doc, shortcite.inverted(author) if author else None), "").html
    return replace(citation, work=f"source:{sid}", short=marked_html(short), entry=entry)


def _source_parts(doc, author) -> list[tuple[str, bool]]:
    sid, title, outlet = _get(doc, "id"), _get(doc, "title"), _get(doc, "outlet")
    published = _get(doc, "published_text") or _get(doc, "published")
    date = dated(published, _get(doc, "date_precision")) if published is not None else ""
    parts: list[tuple[str, bool]] = []
    if author:
        parts.append((f"{author}, ", False))
    parts.append((f"'{title}'" if title else f"Untitled source {sid}", False))
    if outlet or date:
        parts += [(" (", False), (outlet or "", True), (", " if outlet and date else "", False),
                  (f"{date})", False)]
    url = _get(doc, "url")
    if url:
        parts.append((f" <{url}>", False))
        accessed = _get(doc, "accessed")
        if accessed:
            parts.append((f" accessed {day(str(accessed)[:10])}", False))
    return parts


def locator(page=None, para=None) -> str:
    """The OSCOLA pinpoint of a printed document: ``"p 4"``, ``"para 98"``, ``"p 4, para 98"``
    (empty when the source has no pages and numbers no paragraphs)."""
    parts = []
    for label, value in (("p", page), ("para", para)):
        if value is not None and value == value and str(value) != "<NA>":
            parts.append(f"{label} {int(value)}")
    return ", ".join(parts)


def pinpoint(doc, sentence: int, quote: str, page=None, para=None) -> Citation:
    """A pinpoint into the corpus: the source, the page and numbered paragraph where
    the source has them (OSCOLA "p 4, para 98"), its id, the sentence and the quoted words.

    ``sentence`` is the 0-based index used in every table (``sentences``,
    ``mentions``); the footnote shows it 1-based, as readers count: index 0 is
    "sentence 1". ``page`` and ``para`` are the ``page`` and ``para`` columns.
    """
    doc = _document(doc)
    base = source(doc)
    sid = _get(doc, "id")
    where = locator(page, para)
    tail = f"{', ' + where if where else ''}, source {sid}, sentence {int(sentence) + 1}: '{quote}'"
    return replace(base, text=base.text + tail, html=base.html + escape(tail, quote=False),
                   key=f"pinpoint:{sid}:{int(sentence)}:{quote}",
                   pin=", ".join(p for p in (where, f"sentence {int(sentence) + 1}") if p))


def passage(doc, sentence: int, page=None, para=None) -> Citation:
    """A source with a pinpoint to a passage: "..., p 3, para 98, sentence 12".

    ``page`` and ``para`` are the page and the paragraph number the source
    itself gives (the ``page`` and ``para`` columns; :func:`locator`), left
    out when it has none; ``sentence`` is the 0-based index of the corpus
    tables, shown 1-based.
    """
    doc = _document(doc)
    base = source(doc)
    pin = ", ".join(p for p in (locator(page, para), f"sentence {int(sentence) + 1}") if p)
    return replace(base, text=f"{base.text}, {pin}", html=f"{base.html}, {escape(pin, quote=False)}",
                   key=f"passage:{_get(doc, 'id')}:{pin}", pin=pin)


# --- events --------------------------------------------------------------------

def reference(part: str, documents=None) -> Citation:
    """One entry of an events ``source`` field: ``law:<id>``, a corpus id, or a hand-written citation."""
    kind = lawdata.classify_source(part)
    if kind == "law":
        inst, prov = lawdata.resolve(part[len(lawdata.LAW_PREFIX):], _instruments())
        return for_instrument(inst, prov.get("pinpoint") if prov else None)
    if kind == "corpus":
        return source(_lookup(documents, part))
    return marked(part)


def _lookup(documents, sid: str):
    if documents is None:
        return sid
    if hasattr(documents, "loc") and "id" in getattr(documents, "columns", ()):  # a documents DataFrame
        rows = documents[documents["id"] == sid]
        if len(rows):
            return rows.iloc[0]
        return sid
    if isinstance(documents, Mapping) and sid in documents:
        return documents[sid]
    return sid


def event(row, documents=None) -> Citation:
    """The sources of one event (a row of ``data/events.csv`` or :func:`detentio.law.tables.events`).

    ``documents`` (the corpus documents table, or ``{id: row}``) is used for
    corpus ids; without it their front matter is read from ``data/sources``.
    """
    value = _get(row, "source") or ""
    parts = [p.strip() for p in str(value).split(lawdata.SOURCE_SEPARATOR) if p.strip()]
    if not parts:
        raise DetentioError(Problem("data/events.csv", f"event {_get(row, 'id')!r} has no source", "source"))
    return join((reference(p, documents) for p in parts), key=f"event:{_get(row, 'id')}")
