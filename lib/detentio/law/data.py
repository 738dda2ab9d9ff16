"""The legal reference data as plain Python: read and check instruments and events.

``data/instruments.yml`` holds the treaties, decisions and resolutions with
their provisions; ``data/events.csv`` the releases, decisions, monitoring
events and counts, each row with its source. This module reads both with the
standard library and PyYAML only, so ``detentio check`` stays free of pandas;
:mod:`detentio.law.tables` builds the DataFrames on top of it.

The three validators registered in :data:`detentio.check.VALIDATORS`:

>>> check_instruments()          # schema, unknown keys, duplicate ids, dangling exceptions
>>> check_events()               # dates, order, sources, numbers, vocabularies
>>> check_codebook_links()       # every provision the codebook cites exists
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

from detentio.core import paths, yamlfile
from detentio.core.problems import DetentioError, Problem, shown
from detentio.corpus.sources import PRECISIONS, iter_sources, parse_published

# --- vocabularies -----------------------------------------------------------

INSTRUMENT_KINDS = ("treaty", "customary", "decision", "resolution", "statement", "agreement",
                    "observations")
# Fields each kind must have, beyond id, kind, title, short, source, provisions:
# exactly what cite.py needs to write its OSCOLA citation.
KIND_FIELDS = {
    "treaty": ("adopted", "in_force", "series"),
    "customary": ("authors", "publisher", "year"),
    "decision": ("court", "decision", "adopted"),  # and a stage, or an ECtHR application number
    "resolution": ("body", "adopted"),
    "statement": ("adopted",),
    "agreement": ("adopted",),
    "observations": ("body", "adopted", "document"),
}
INSTRUMENT_FIELDS = ("id", "kind", "title", "short", "cited_as", "adopted", "adopted_as", "in_force", "status",
                     "series", "body", "number", "document", "court", "stage", "decision", "report",
                     "application", "chamber", "authors", "publisher", "year", "parties", "source",
                     "provisions")
INSTRUMENT_REQUIRED = ("id", "kind", "title", "short", "source", "provisions")
PROVISION_FIELDS = ("id", "pinpoint", "heading", "summary", "obligation", "exceptions", "basis", "codes")
PROVISION_REQUIRED = ("id", "pinpoint", "heading", "summary", "obligation", "codes")
DATE_FIELDS = ("adopted", "in_force")

EVENT_COLUMNS = ("id", "date", "date_precision", "kind", "released", "returned_to_azerbaijan",
                 "given_in_return", "conditionality", "mediator", "count_held", "count_qualifier",
                 "counted", "actor", "description", "source")
# A `decision` is a court's; a `resolution` a political body's (parliaments, assemblies);
# `monitoring` a treaty body's, the CPT's or the ICRC's work; a `statement` a party's public words.
EVENT_KINDS = ("release", "exchange", "decision", "resolution", "monitoring", "agreement", "statement",
               "trial", "detention", "count")
RELEASE_KINDS = ("release", "exchange")
CONDITIONALITY = ("maps", "counter_release", "mediation", "none", "unknown")
# The qualifiers of `detentio claims`, so that ledger rows line up with claims.
QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "less_than", "about")
NUMBER_COLUMNS = ("released", "returned_to_azerbaijan", "count_held")

# \Z, not $: "$" also matches before a trailing newline, and an id ending in one breaks links.
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
CODE_PATTERN = re.compile(r"[a-z][a-z0-9_]*\Z")
LAW_PREFIX = "law:"
SOURCE_SEPARATOR = "; "


# --- reading -------------------------------------------------------------------
# One YAML reader for every file (dates as text, duplicate keys and aliases
# refused, lines kept): detentio.core.yamlfile.
read_yaml = yamlfile.read
_line = yamlfile.line


def _decode(path: Path) -> tuple[str | None, list[Problem]]:
    """A data file's text, or the problem: missing, or not UTF-8 (with the line of the bad byte)."""
    try:
        return yamlfile.decode(path), []
    except DetentioError as exc:
        return None, exc.problems


# --- instruments -------------------------------------------------------------

def _valid_day(value) -> bool:
    try:
        parse_published(value, "day")
    except ValueError:
        return False
    return True


def validate_instruments(data, name: str) -> list[Problem]:
    """Every problem in parsed ``instruments.yml`` data, each naming the line and the id or field."""
    if not isinstance(data, dict) or set(data) != {"instruments"} or not isinstance(data["instruments"], list):
        return [Problem(name, "expected one top-level key 'instruments' holding a list", _line(data, 1))]
    problems: list[Problem] = []
    seen_instruments: dict[str, int] = {}
    seen_provisions: dict[str, int] = {}
    exceptions: list[tuple[str, str, int, str]] = []  # (provision, target, line, exceptions|basis)
    for number, item in enumerate(data["instruments"], 1):
        if not isinstance(item, dict):
            problems.append(Problem(name, f"instrument {number} is not a mapping", _line(data["instruments"])))
            continue
        line = _line(item)
        iid = item.get("id")
        label = f"instrument {iid!r}" if iid else f"instrument {number}"
        for key in item:
            if key not in INSTRUMENT_FIELDS:
                problems.append(Problem(name, f"{label}: unknown field {key!r} "
                                              f"(allowed: {', '.join(INSTRUMENT_FIELDS)})", line))
        kind = item.get("kind")
        if kind not in (None, "") and kind not in INSTRUMENT_KINDS:
            problems.append(Problem(name, f"{label}: kind {kind!r} is not one of {', '.join(INSTRUMENT_KINDS)}", line))
        for key in INSTRUMENT_REQUIRED + KIND_FIELDS.get(kind, ()):
            if item.get(key) in (None, ""):
                problems.append(Problem(name, f"{label}: missing required field {key!r}", line))
        if kind == "decision" and not (item.get("stage") or item.get("application")):
            problems.append(Problem(name, f"{label}: a decision needs its 'stage' (ICJ) or its "
                                          "'application' number (ECtHR)", line))
        if isinstance(iid, str):
            if not ID_PATTERN.match(iid):
                problems.append(Problem(name, f"{label}: id may hold only lower-case letters, digits and '-'", line))
            if iid in seen_instruments:
                problems.append(Problem(name, f"duplicate instrument id {iid!r} (first on line {seen_instruments[iid]})", line))
            seen_instruments.setdefault(iid, line)
        elif iid is not None:
            problems.append(Problem(name, f"{label}: id must be text", line))
        for key in DATE_FIELDS:
            if item.get(key) not in (None, "") and not _valid_day(item[key]):
                problems.append(Problem(name, f"{label}: {key} {item[key]!r} is not an ISO day (YYYY-MM-DD)", line))
        if item.get("year") is not None and not isinstance(item["year"], int):
            problems.append(Problem(name, f"{label}: year must be a number", line))
        provisions = item.get("provisions")
        if provisions is None:
            continue
        if not isinstance(provisions, list):
            problems.append(Problem(name, f"{label}: provisions must be a list", line))
            continue
        for pnum, prov in enumerate(provisions, 1):
            problems.extend(_validate_provision(prov, pnum, iid, label, name, line, seen_provisions, exceptions))
    for pid, target, line, key in exceptions:
        if target not in seen_provisions:
            what = "exception" if key == "exceptions" else "basis"
            problems.append(Problem(name, f"provision {pid!r}: {what} {target!r} is not a provision id", line))
    return problems


def _validate_provision(prov, number, iid, label, name, parent_line, seen, exceptions) -> list[Problem]:
    if not isinstance(prov, dict):
        return [Problem(name, f"{label}: provision {number} is not a mapping", parent_line)]
    problems: list[Problem] = []
    line = _line(prov, parent_line)
    pid = prov.get("id")
    plabel = f"provision {pid!r}" if pid else f"{label}: provision {number}"
    for key in prov:
        if key not in PROVISION_FIELDS:
            problems.append(Problem(name, f"{plabel}: unknown field {key!r} (allowed: {', '.join(PROVISION_FIELDS)})", line))
    for key in PROVISION_REQUIRED:
        if key not in prov or (key != "pinpoint" and prov[key] in (None, "")):
            problems.append(Problem(name, f"{plabel}: missing required field {key!r}", line))
    if isinstance(pid, str):
        if not ID_PATTERN.match(pid):
            problems.append(Problem(name, f"{plabel}: id may hold only lower-case letters, digits and '-'", line))
        # Stable ids name their instrument, so a reader of the codebook can tell where they point.
        if isinstance(iid, str) and not (pid == iid or pid.startswith(iid + "-")):
            problems.append(Problem(name, f"{plabel}: id must start with its instrument id {iid!r}", line))
        if pid in seen:
            problems.append(Problem(name, f"duplicate provision id {pid!r} (first on line {seen[pid]})", line))
        seen.setdefault(pid, line)
    elif pid is not None:
        problems.append(Problem(name, f"{plabel}: id must be text", line))
    if prov.get("pinpoint") is not None and not isinstance(prov["pinpoint"], str):
        problems.append(Problem(name, f"{plabel}: pinpoint must be text like 'art 118' or null", line))
    for key in ("codes", "exceptions", "basis"):
        value = prov.get(key)
        if value is None:
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(Problem(name, f"{plabel}: {key} must be a list of ids", line))
        elif key in ("exceptions", "basis"):
            exceptions.extend((pid, target, line, key) for target in value)
        else:
            for code in value:
                if not CODE_PATTERN.match(code):
                    problems.append(Problem(name, f"{plabel}: code {code!r} is not a codebook code id", line))
    return problems


def read_instruments(path: Path | None = None) -> list[dict]:
    """The instruments, each a dict with its ``provisions``; raise :class:`DetentioError` listing every problem."""
    path = Path(path or paths.instruments())
    data = read_yaml(path)
    problems = validate_instruments(data, shown(path))
    if problems:
        raise DetentioError(problems)
    return data["instruments"]


def provision_index(instruments: list[dict]) -> dict[str, tuple[dict, dict]]:
    """``{provision id: (instrument, provision)}``."""
    return {p["id"]: (inst, p) for inst in instruments for p in inst.get("provisions") or []}


def resolve(ref: str, instruments: list[dict]) -> tuple[dict, dict | None]:
    """An instrument or provision id (as used after ``law:``) -> ``(instrument, provision or None)``.

    A provision id wins when an instrument shares it (``pace-1900`` is both).
    """
    index = provision_index(instruments)
    if ref in index:
        return index[ref]
    for inst in instruments:
        if inst["id"] == ref:
            return inst, None
    raise KeyError(f"{ref!r} is neither an instrument nor a provision id in {shown(paths.instruments())}")


def check_instruments() -> list[Problem]:
    """Validator: the schema of ``data/instruments.yml``."""
    path = paths.instruments()
    try:
        return validate_instruments(read_yaml(path), shown(path))
    except DetentioError as exc:  # missing, not UTF-8, malformed YAML
        return exc.problems


# --- events ------------------------------------------------------------------

def _corpus_ids() -> set[str]:
    # Unreadable sources are reported by the corpus check; here only ids matter.
    return {source.id for source in iter_sources(None, [])}


def _source_parts(value: str) -> list[str]:
    return [part.strip() for part in value.split(SOURCE_SEPARATOR) if part.strip()]


def classify_source(part: str) -> str:
    """What one source reference is: ``law`` (``law:<id>``), ``corpus`` (an id: no spaces) or ``citation``."""
    if part.startswith(LAW_PREFIX):
        return "law"
    return "citation" if re.search(r"\s", part) else "corpus"


def read_events_rows(path: Path | None = None) -> tuple[list[dict], list[Problem]]:
    """The rows of ``events.csv`` as dicts of strings, each with its 1-based ``_line``, and any structural problem."""
    path = Path(path or paths.events())
    name = shown(path)
    text, problems = _decode(path)
    if problems:
        return [], problems
    try:
        return _read_rows(csv.reader(io.StringIO(text, newline=""), strict=True), name)
    except csv.Error as exc:  # a NUL byte, or a quote left open
        return [], [Problem(name, f"malformed CSV: {exc}")]


def _read_rows(reader, name: str) -> tuple[list[dict], list[Problem]]:
    header = next(reader, None)
    if header is None:
        return [], [Problem(name, "empty file: expected a header line", 1)]
    if tuple(header) != EVENT_COLUMNS:
        unknown = [c for c in header if c not in EVENT_COLUMNS]
        missing = [c for c in EVENT_COLUMNS if c not in header]
        detail = "; ".join(filter(None, [
            f"unknown {', '.join(map(repr, unknown))}" if unknown else "",
            f"missing {', '.join(map(repr, missing))}" if missing else "",
        ])) or "columns out of order"
        return [], [Problem(name, f"header must be {','.join(EVENT_COLUMNS)} ({detail})", 1)]
    rows: list[dict] = []
    start = reader.line_num + 1  # a quoted field may span lines: remember where each record begins
    for record in reader:
        if record:
            if len(record) != len(EVENT_COLUMNS):
                rows.append({"_line": start, "_width": len(record)})
            else:
                rows.append({"_line": start, **dict(zip(EVENT_COLUMNS, record))})
        start = reader.line_num + 1
    return rows, []


def event_date(value: str, precision: str) -> dt.date:
    """The first day of an event's date at its precision (raises ValueError with the reason)."""
    return parse_published(value, precision)[0]


def validate_events(rows: list[dict], name: str, corpus_ids: set[str], law_ids: set[str]) -> list[Problem]:
    """Every problem in parsed event rows: one line each, naming the CSV line and the field."""
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    last: tuple[dt.date, int] | None = None
    for row in rows:
        line = row["_line"]
        if "_width" in row:
            problems.append(Problem(name, f"row has {row['_width']} fields, expected {len(EVENT_COLUMNS)}", line))
            continue
        eid = row["id"]
        if not eid:
            problems.append(Problem(name, "id: empty", line))
        elif not ID_PATTERN.match(eid):
            problems.append(Problem(name, f"id: {eid!r} may hold only lower-case letters, digits and '-'", line))
        elif eid in seen:
            problems.append(Problem(name, f"id: duplicate {eid!r} (first on line {seen[eid]})", line))
        else:
            seen[eid] = line
        if row["date_precision"] not in PRECISIONS:
            problems.append(Problem(name, f"date_precision: {row['date_precision']!r} is not one of "
                                          f"{', '.join(PRECISIONS)}", line))
        else:
            try:
                date = event_date(row["date"], row["date_precision"])
            except ValueError as exc:
                problems.append(Problem(name, f"date: {str(exc).replace('published ', '')}", line))
            else:
                if last is not None and date < last[0]:
                    problems.append(Problem(name, f"date: {row['date']} is out of order (line {last[1]} "
                                                  f"has {last[0].isoformat()}); keep the file in date order", line))
                else:
                    last = (date, line)
        kind = row["kind"]
        if kind not in EVENT_KINDS:
            problems.append(Problem(name, f"kind: {kind!r} is not one of {', '.join(EVENT_KINDS)}", line))
        for column in NUMBER_COLUMNS:
            value = row[column].strip()
            if value and not re.fullmatch(r"\d+", value):
                problems.append(Problem(name, f"{column}: {value!r} is not a non-negative whole number", line))
        if kind in RELEASE_KINDS:
            if not row["released"].strip():
                problems.append(Problem(name, f"released: a {kind} row needs the number released", line))
            if row["conditionality"] not in CONDITIONALITY:
                problems.append(Problem(name, f"conditionality: {row['conditionality']!r} is not one of "
                                              f"{', '.join(CONDITIONALITY)} (required for a {kind})", line))
        elif row["conditionality"] and row["conditionality"] not in CONDITIONALITY:
            problems.append(Problem(name, f"conditionality: {row['conditionality']!r} is not one of "
                                          f"{', '.join(CONDITIONALITY)}", line))
        if row["count_held"].strip():
            if row["count_qualifier"] not in QUALIFIERS:
                problems.append(Problem(name, f"count_qualifier: {row['count_qualifier']!r} is not one of "
                                              f"{', '.join(QUALIFIERS)} (required with count_held)", line))
            if not row["counted"].strip():
                problems.append(Problem(name, "counted: say what count_held counts", line))
        elif row["count_qualifier"]:
            problems.append(Problem(name, "count_qualifier: given without count_held", line))
        if not row["description"].strip():
            problems.append(Problem(name, "description: empty", line))
        problems.extend(_check_source(row["source"], name, line, corpus_ids, law_ids))
    return problems


def _check_source(value: str, name: str, line: int, corpus_ids: set[str], law_ids: set[str]) -> list[Problem]:
    parts = _source_parts(value)
    if not parts:
        return [Problem(name, "source: empty; every event needs a corpus id, law:<instrument id> "
                              "or a citation", line)]
    problems = []
    for part in parts:
        kind = classify_source(part)
        if kind == "corpus" and part not in corpus_ids:
            problems.append(Problem(name, f"source: {part!r} is not a source id in "
                                          f"{shown(paths.sources())} (a citation has spaces)", line))
        elif kind == "law" and part[len(LAW_PREFIX):] not in law_ids:
            problems.append(Problem(name, f"source: {part!r} names no instrument or provision in "
                                          f"{shown(paths.instruments())}", line))
    return problems


def _law_ids() -> set[str]:
    try:
        instruments = read_instruments()
    except DetentioError:
        return set()  # its own validator reports why; here every law: reference then dangles
    return {i["id"] for i in instruments} | set(provision_index(instruments))


def check_events() -> list[Problem]:
    """Validator: ``data/events.csv`` (dates, order, sources, numbers, vocabularies)."""
    path = paths.events()
    rows, problems = read_events_rows(path)
    if problems:
        return problems
    return validate_events(rows, shown(path), _corpus_ids(), _law_ids())


def read_events(path: Path | None = None) -> list[dict]:
    """The events as dicts of strings; raise :class:`DetentioError` listing every problem."""
    path = Path(path or paths.events())
    rows, problems = read_events_rows(path)
    problems = problems or validate_events(rows, shown(path), _corpus_ids(), _law_ids())
    if problems:
        raise DetentioError(problems)
    return rows


# --- codebook <-> instruments -------------------------------------------------

def codebook_provisions(data) -> list[tuple[str, str, int | None]]:
    """``(code, provision id, line)`` for every provision a parsed codebook cites."""
    codes = data.get("codes") if isinstance(data, dict) else None
    if not isinstance(codes, dict):
        return []
    found = []
    for code, entry in codes.items():
        cited = entry.get("provisions") if isinstance(entry, dict) else None
        if isinstance(cited, list):
            line = _line(cited, _line(entry))
            found.extend((str(code), str(pid), line) for pid in cited)
    return found


def check_codebook_links() -> list[Problem]:
    """Validator: every provision id in ``data/codebook.yml`` resolves, and instruments name real codes.

    Reports nothing when there is no codebook yet. The codebook is the
    authority for which code cites which provision; a provision's own
    ``codes`` list may lag behind it (:func:`detentio.law.tables.provisions` merges
    both), but it may not name a code that does not exist.
    """
    book_path = paths.codebook()
    if not book_path.exists():
        return []
    try:
        book = read_yaml(book_path)
    except DetentioError:
        return []  # the codebook's own validator reports malformed YAML
    inst_path = paths.instruments()
    try:
        instruments = read_yaml(inst_path)
    except DetentioError:
        return []  # check_instruments reports a missing or malformed file
    if validate_instruments(instruments, shown(inst_path)):
        return []  # reported by check_instruments; links cannot be judged yet
    index = provision_index(instruments["instruments"])
    name = shown(book_path)
    problems = [Problem(name, f"code {code!r}: provision {pid!r} is not in {shown(inst_path)}", line)
                for code, pid, line in codebook_provisions(book) if pid not in index]
    known = set(book.get("codes") or {}) if isinstance(book, dict) else set()
    for inst in instruments["instruments"]:
        for prov in inst.get("provisions") or []:
            for code in prov.get("codes") or []:
                if code not in known:
                    problems.append(Problem(shown(inst_path), f"provision {prov['id']!r}: code {code!r} "
                                                              f"is not in {name}", _line(prov)))
    return problems
