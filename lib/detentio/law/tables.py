"""The legal frame as tables: instruments, provisions, regimes, events, clause invocations, counts.

>>> from detentio import law
>>> law.regimes()                     # label -> regime -> provision -> obligation
>>> law.events()                      # releases, decisions, monitoring, counts; dates typed
>>> law.clause_invocations(mentions, documents)   # "all for all" etc. against the releases around it
>>> law.count_ledger(claims, documents)           # every figure, by date and source, never averaged

The data live in ``data/instruments.yml`` and ``data/events.csv`` (read and
checked by :mod:`detentio.law.data`); every function returns a new DataFrame.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from detentio.law import cite
from detentio.law import data as lawdata
from detentio.core import paths

CLAUSE_CODES = ("all_for_all", "exchange", "mine_maps", "release")
RELEASE_KINDS = lawdata.RELEASE_KINDS

INSTRUMENT_COLUMNS = ["id", "kind", "short", "title", "adopted", "in_force", "status", "series", "body",
                      "document", "court", "parties", "provisions", "source", "citation"]
PROVISION_COLUMNS = ["id", "instrument", "short", "pinpoint", "heading", "summary", "obligation",
                     "exceptions", "codes", "citation"]
EVENT_COLUMNS = ["id", "date", "date_end", "date_precision", "kind", "released", "returned_to_azerbaijan",
                 "given_in_return", "conditionality", "mediator", "count_held", "count_qualifier",
                 "counted", "actor", "description", "source"]
REGIME_COLUMNS = ["code", "kind", "label", "regime", "provision", "instrument", "pinpoint", "heading",
                  "obligation", "exceptions", "citation"]
_SIDE = ["id", "date", "released", "returned_to_azerbaijan", "given_in_return", "conditionality", "mediator"]
INVOCATION_EXTRA = (["published", "date_precision"]
                    + [f"before_{c}" for c in _SIDE] + ["before_days"]
                    + [f"after_{c}" for c in _SIDE] + ["after_days", "within"])
LEDGER_COLUMNS = ["date", "date_precision", "origin", "source", "event", "figure", "value", "qualifier",
                  "what", "speaker", "text", "start", "end", "sentence"]


def _none(value):
    return None if value in ("", None) else value


# --- instruments and provisions -------------------------------------------------

def instruments() -> pd.DataFrame:
    """One row per instrument, with its OSCOLA ``citation`` and number of ``provisions``.

    Returns
    -------
    DataFrame
        ``id, kind, short, title, adopted, in_force (datetime64), status, series,
        body, document, court, parties, provisions, source, citation``.
    """
    rows = [{**{c: _none(inst.get(c)) for c in INSTRUMENT_COLUMNS},
             "provisions": len(inst.get("provisions") or []),
             "citation": cite.for_instrument(inst).text}
            for inst in lawdata.read_instruments()]
    table = pd.DataFrame(rows, columns=INSTRUMENT_COLUMNS)
    for column in ("adopted", "in_force"):
        table[column] = pd.to_datetime(table[column])
    return table


def _codebook_entries(codebook=None) -> list[dict]:
    """The codebook as ``[{code, kind, label, regime, provisions}]`` from any of its usual forms.

    ``codebook`` may be None (read ``data/codebook.yml``; none yet means no
    codes), a DataFrame like :func:`detentio.framing.codebook.table`, a parsed YAML
    mapping (``{"codes": {...}}``) or a loaded ``Codebook`` object.
    """
    if codebook is None:
        path = paths.codebook()
        if not path.exists():
            return []
        codebook = lawdata.read_yaml(path)
    if isinstance(codebook, pd.DataFrame):
        return [{"code": r["code"], "kind": r.get("kind"), "label": r.get("label"), "regime": r.get("regime"),
                 "provisions": list(r.get("provisions") or [])} for r in codebook.to_dict("records")]
    codes = codebook.get("codes", {}) if isinstance(codebook, Mapping) else getattr(codebook, "codes", {})
    entries = []
    for code, entry in codes.items():
        get = entry.get if isinstance(entry, Mapping) else (lambda name, e=entry: getattr(e, name, None))
        entries.append({"code": code, "kind": get("kind"), "label": get("label"), "regime": get("regime"),
                        "provisions": list(get("provisions") or [])})
    return entries


def provisions(codebook=None) -> pd.DataFrame:
    """One row per provision, with the codes that cite it and its OSCOLA ``citation``.

    ``codes`` merges the provision's own list with every code the codebook
    (authoritative) points at it, so the two files cannot silently disagree.

    Returns
    -------
    DataFrame
        ``id, instrument, short, pinpoint, heading, summary, obligation,
        exceptions (list of ids), codes (list), citation``.
    """
    cited: dict[str, set[str]] = {}
    for entry in _codebook_entries(codebook):
        for pid in entry["provisions"]:
            cited.setdefault(pid, set()).add(entry["code"])
    rows = []
    for inst in lawdata.read_instruments():
        for prov in inst.get("provisions") or []:
            codes = sorted(set(prov.get("codes") or []) | cited.get(prov["id"], set()))
            rows.append({"id": prov["id"], "instrument": inst["id"], "short": inst["short"],
                         "pinpoint": prov.get("pinpoint"), "heading": prov["heading"],
                         "summary": " ".join(prov["summary"].split()), "obligation": prov["obligation"],
                         "exceptions": list(prov.get("exceptions") or []), "codes": codes,
                         "citation": cite.provision(prov["id"]).text})
    return pd.DataFrame(rows, columns=PROVISION_COLUMNS)


def regimes(codebook=None, kinds: tuple[str, ...] = ("label",)) -> pd.DataFrame:
    """What follows from each label: code -> regime -> provision -> obligation, with exceptions.

    Parameters
    ----------
    codebook : None, DataFrame, mapping or Codebook
        Default: ``data/codebook.yml``.
    kinds : tuple of str
        Which codebook kinds to include; ``("label", "clause")`` adds the clause codes.

    Returns
    -------
    DataFrame
        ``code, kind, label, regime, provision, instrument, pinpoint, heading,
        obligation, exceptions, citation``; ``exceptions`` names the qualifying
        pinpoints ("GC III art 119(5)"). A code citing no provision keeps one row
        with empty provision fields, so no label drops out of the table.

    Examples
    --------
    >>> table = law.regimes()
    >>> table.loc[(table.code == "prisoner_of_war") & (table.pinpoint == "art 118"), "exceptions"].item()
    'GC III art 119(5)'
    """
    table = provisions(codebook).set_index("id")
    rows = []
    for entry in _codebook_entries(codebook):
        if entry["kind"] not in kinds:
            continue
        base = {k: entry[k] for k in ("code", "kind", "label", "regime")}
        known = [pid for pid in entry["provisions"] if pid in table.index]
        if not known:
            rows.append(base)
        for pid in known:
            prov = table.loc[pid]
            rows.append({**base, "provision": pid, "instrument": prov["instrument"], "pinpoint": prov["pinpoint"],
                         "heading": prov["heading"], "obligation": prov["obligation"],
                         "exceptions": "; ".join(f"{table.loc[x, 'short']} {table.loc[x, 'pinpoint']}"
                                                 for x in prov["exceptions"]) or None,
                         "citation": prov["citation"]})
    return pd.DataFrame(rows, columns=REGIME_COLUMNS)


# --- events --------------------------------------------------------------------

def _period_end(start: dt.date, granularity: str) -> dt.date:
    """The last day a date written at ``granularity`` may stand for (a month: its last day)."""
    if granularity == "year":
        return dt.date(start.year, 12, 31)
    if granularity == "month":
        following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return start


def events(path: str | Path | None = None) -> pd.DataFrame:
    """The events of ``data/events.csv`` with typed dates and whole numbers.

    ``date`` is the first day the written date stands for and ``date_end`` the
    last (a month-precision event spans its month), so comparisons with it
    never pretend to a day the source does not give.

    Returns
    -------
    DataFrame
        ``id, date, date_end (datetime64), date_precision, kind, released,
        returned_to_azerbaijan, count_held (Int64), given_in_return,
        conditionality, mediator, count_qualifier, counted, actor, description,
        source``; empty cells are missing values.
    """
    rows = []
    for row in lawdata.read_events(Path(path) if path else None):
        start, grain = lawdata.parse_published(row["date"], row["date_precision"])
        rows.append({**{c: _none(row[c]) for c in lawdata.EVENT_COLUMNS},
                     "date": start, "date_end": _period_end(start, grain)})
    table = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    for column in ("date", "date_end"):
        table[column] = pd.to_datetime(table[column])
    for column in lawdata.NUMBER_COLUMNS:
        table[column] = pd.to_numeric(table[column]).astype("Int64")
    return table


# `clause_invocations` and `count_ledger` name their argument `events`, as readers expect.
_read_events = events


def _document_periods(documents: pd.DataFrame) -> pd.DataFrame:
    """``id, published, period_end, date_precision`` for each document (NaT when undated)."""
    docs = documents.copy()
    docs["published"] = pd.to_datetime(docs["published"])
    if "date_granularity" not in docs:
        # Hand-made frames may omit it: an approximate date is taken at the day it names.
        docs["date_granularity"] = docs["date_precision"].where(
            docs["date_precision"].isin(["day", "month", "year"]), "day")
    ends = [pd.Timestamp(_period_end(p.date(), g or "day")) if pd.notna(p) else pd.NaT
            for p, g in zip(docs["published"], docs["date_granularity"])]
    docs["period_end"] = pd.to_datetime(pd.Series(ends, index=docs.index, dtype="object"))
    return docs[["id", "published", "period_end", "date_precision"]]


def clause_invocations(mentions: pd.DataFrame, documents: pd.DataFrame | None = None,
                       events: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every clause mention (all_for_all, exchange, mine_maps, release) against the releases around it.

    Each mention gets its source's date and the nearest release or exchange
    before and after that date: when it happened, how many were released and
    returned, what was given in return, the conditionality (maps,
    counter_release, mediation, none, unknown) and the mediator.

    A source dated to a month or a year covers a period. A release on or
    before the period's first day counts as *before* (a source of that day can
    report it); one after its last day as *after*; releases inside the period
    cannot be ordered against the statement and are listed in ``within``.

    Parameters
    ----------
    mentions : DataFrame
        ``source, start, end, text, code, sentence, speaker, quoted, negated, rule``.
    documents : DataFrame, optional
        The corpus documents table (``id, published, date_precision`` at least);
        default: :func:`detentio.corpus.loader.documents`.
    events : DataFrame, optional
        :func:`events` output; default: ``data/events.csv``.

    Returns
    -------
    DataFrame
        The mention columns, then ``published, date_precision``, then
        ``before_id, before_date, before_released, before_returned_to_azerbaijan,
        before_given_in_return, before_conditionality, before_mediator,
        before_days`` (days from that release to the source date), the same
        ``after_*`` with ``after_days``, and ``within`` (event ids, "; "-joined).
    """
    if documents is None:
        from detentio.corpus import loader as corpus
        documents = corpus.documents()
    table = _read_events() if events is None else events
    clause = mentions[mentions["code"].isin(CLAUSE_CODES)]
    around = _surroundings(_document_periods(documents), table).rename(columns={"id": "source"})
    out = clause.merge(around, on="source", how="left").reset_index(drop=True)
    for name in ("before_date", "after_date"):
        out[name] = pd.to_datetime(out[name])
    for name in ("before_released", "before_returned_to_azerbaijan", "before_days",
                 "after_released", "after_returned_to_azerbaijan", "after_days"):
        out[name] = pd.to_numeric(out[name]).astype("Int64")
    return out[list(clause.columns) + INVOCATION_EXTRA]


def _surroundings(periods: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """For each document, the releases before, after and within its date period (one row per document)."""
    releases = (table[table["kind"].isin(RELEASE_KINDS)].sort_values("date", kind="stable")
                .reset_index(drop=True))
    dates = releases["date"].to_numpy()
    rows = []
    for doc in periods.to_dict("records"):
        row = {"id": doc["id"], "published": doc["published"], "date_precision": doc["date_precision"]}
        start, end = doc["published"], doc["period_end"]
        if pd.notna(start):
            first = int(dates.searchsorted(start.to_datetime64(), side="right"))  # releases <= start
            last = int(dates.searchsorted(end.to_datetime64(), side="right"))    # releases <= end
            if first > 0:
                before = releases.iloc[first - 1]
                row.update({f"before_{c}": before[c] for c in _SIDE}, before_days=(start - before["date"]).days)
            if last < len(releases):
                after = releases.iloc[last]
                row.update({f"after_{c}": after[c] for c in _SIDE}, after_days=(after["date"] - end).days)
            row["within"] = "; ".join(releases["id"].iloc[first:last]) or None
        rows.append(row)
    return pd.DataFrame(rows, columns=["id"] + INVOCATION_EXTRA)


# --- counts --------------------------------------------------------------------

_EVENT_FIGURES = (("count_held", "count"), ("released", "released"),
                  ("returned_to_azerbaijan", "returned_to_azerbaijan"))


def count_ledger(claims: pd.DataFrame, documents: pd.DataFrame | None = None,
                 events: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every number: each count claim in the corpus and each figure in the events, side by side.

    Figures are never combined: two sources giving 38 and 39 are two rows.
    Corpus claims keep their qualifier and speaker; event figures take the
    qualifier of the row (``count_qualifier``; release numbers are exact), what
    was counted, and the actor who gave the figure as speaker.

    Parameters
    ----------
    claims : DataFrame
        ``source, start, end, text, value, qualifier, what, speaker, sentence``.
    documents : DataFrame, optional
        The corpus documents table; default :func:`detentio.corpus.loader.documents`.
    events : DataFrame, optional
        :func:`events` output; default ``data/events.csv``.

    Returns
    -------
    DataFrame
        ``date, date_precision, origin (corpus|events), source, event, figure
        (claim|count|released|returned_to_azerbaijan), value (Int64), qualifier,
        what, speaker, text, start, end, sentence``, in date order (undated
        last), corpus before events on the same day.
    """
    if documents is None:
        from detentio.corpus import loader as corpus
        documents = corpus.documents()
    table = _read_events() if events is None else events
    docs = documents[["id", "published", "date_precision"]].rename(columns={"id": "source", "published": "date"})
    corpus_rows = claims.merge(docs, on="source", how="left").assign(origin="corpus", event=None, figure="claim")
    event_rows = []
    for row in table.to_dict("records"):
        for column, figure in _EVENT_FIGURES:
            if pd.isna(row[column]):
                continue
            counted = figure == "count"
            event_rows.append({
                "date": row["date"], "date_precision": row["date_precision"], "origin": "events",
                "source": row["source"], "event": row["id"], "figure": figure, "value": row[column],
                "qualifier": row["count_qualifier"] if counted else "exact",
                "what": row["counted"] if counted else figure, "speaker": row["actor"],
                "text": row["description"],
            })
    parts = [frame for frame in (corpus_rows.reindex(columns=LEDGER_COLUMNS),
                                 pd.DataFrame(event_rows, columns=LEDGER_COLUMNS)) if len(frame)]
    ledger = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=LEDGER_COLUMNS)
    ledger["date"] = pd.to_datetime(ledger["date"])
    ledger["origin_order"] = ledger["origin"].map({"corpus": 0, "events": 1})
    ledger = ledger.sort_values(["date", "origin_order"], kind="stable", na_position="last")
    ledger = ledger.drop(columns="origin_order").reset_index(drop=True)
    for column in ("value", "start", "end", "sentence"):
        ledger[column] = pd.to_numeric(ledger[column]).astype("Int64")
    return ledger
