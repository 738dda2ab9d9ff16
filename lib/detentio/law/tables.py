"""The legal frame as tables: instruments, provisions, regimes, events.

>>> from detentio import law
>>> law.regimes()                     # label -> regime -> provision -> obligation
>>> law.events()                      # releases, decisions, monitoring, counts; dates typed

The data live in ``data/instruments.yml`` and ``data/events.csv`` (read and
checked by :mod:`detentio.law.data`); every function returns a new DataFrame.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import pandas as pd

from detentio.law import cite
from detentio.law import data as lawdata
from detentio.core import cache, paths

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


def _none(value):
    return None if value in ("", None) else value


# --- instruments and provisions -------------------------------------------------

@cache.on_files(paths.instruments, copy=True)
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
    # Built once per version of the two files (analyses ask for it per row).
    return _default_provisions() if codebook is None else _provisions(codebook)


@cache.on_files(paths.instruments, paths.codebook, copy=True)
def _default_provisions() -> pd.DataFrame:
    return _provisions(None)


def _provisions(codebook) -> pd.DataFrame:
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

def period_end(start: dt.date, granularity: str) -> dt.date:
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
    # Read and validated once per version of the file; a copy, since callers add columns.
    return cache.current(_events_at, Path(path) if path else paths.events(), "file is missing").copy()


@lru_cache(maxsize=4)
def _events_at(path: str, _mtime_ns: int, _size: int) -> pd.DataFrame:
    rows = []
    for row in lawdata.read_events(Path(path)):
        start, grain = lawdata.parse_published(row["date"], row["date_precision"])
        rows.append({**{c: _none(row[c]) for c in lawdata.EVENT_COLUMNS},
                     "date": start, "date_end": period_end(start, grain)})
    table = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    for column in ("date", "date_end"):
        table[column] = pd.to_datetime(table[column])
    for column in lawdata.NUMBER_COLUMNS:
        table[column] = pd.to_numeric(table[column]).astype("Int64")
    return table
