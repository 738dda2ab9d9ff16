"""Qualify the detention: each label's regime, provisions and obligations, beside what the sources report.

Used by ``notebooks/05-qualify-detention.ipynb``.

>>> from detentio import law, qualify
>>> qualify.categories(["prisoner_of_war", "hostage"])           # label -> regime -> provision ids
>>> qualify.obligations("prisoner_of_war")                        # provision, heading, obligation, exceptions
>>> qualify.after(law.events(), "2020-11-10", kinds=("release", "exchange"))   # the record since a date

Which facts bear on which obligation is a legal choice, made in the
notebook; these functions only select and shape the rows.
"""
from __future__ import annotations

import pandas as pd

from detentio.framing import codebook as codebook_module
from detentio.law import tables as law
from detentio.law import data as lawdata
from detentio.analyses import wording


def categories(codes: list[str], book=None) -> pd.DataFrame:
    """One row per label code: ``code, label, regime, scope, provisions`` (ids, codebook order)."""
    book = book or codebook_module.load()
    known = set(law.provisions()["id"])
    rows = [{"code": code, "label": book.codes[code].label, "regime": book.codes[code].regime,
             "scope": " ".join(str(book.codes[code].scope or "").split()),
             "provisions": [p for p in book.codes[code].provisions if p in known]} for code in codes]
    return pd.DataFrame(rows, columns=["code", "label", "regime", "scope", "provisions"])


def obligations(code: str, book=None) -> pd.DataFrame:
    """The provisions a label invokes, with what each obliges and what qualifies it.

    Returns
    -------
    DataFrame
        ``provision, instrument, short, pinpoint, heading, obligation, exceptions
        (list of provision ids)``, in codebook order.
    """
    book = book or codebook_module.load()
    table = law.provisions().set_index("id")
    rows = []
    for pid in book.codes[code].provisions:
        if pid not in table.index:
            continue
        prov = table.loc[pid]
        rows.append({"provision": pid, "instrument": prov["instrument"], "short": prov["short"],
                     "pinpoint": prov["pinpoint"], "heading": prov["heading"], "obligation": prov["obligation"],
                     "exceptions": list(prov["exceptions"])})
    return pd.DataFrame(rows, columns=["provision", "instrument", "short", "pinpoint", "heading", "obligation",
                                       "exceptions"])


def provision(pid: str) -> dict:
    """One provision as a dict: ``id, short, pinpoint, heading, summary, obligation, exceptions``."""
    row = law.provisions().set_index("id").loc[pid]
    return {"id": pid, **{k: row[k] for k in ("short", "pinpoint", "heading", "summary", "obligation",
                                              "exceptions")}}


def parties(instrument_id: str) -> str | None:
    """Who the instrument binds, as ``data/instruments.yml`` records it (e.g. AP I and Azerbaijan)."""
    for inst in lawdata.read_instruments():
        if inst["id"] == instrument_id:
            return inst.get("parties")
    return None


def after(events: pd.DataFrame, start, until: str | None = None, kinds: tuple[str, ...] | None = None,
          conditionality: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Events on or after ``start`` (and up to ``until``) of the given kinds / conditionality, in date order.

    Adds ``days`` (days from ``start``) and ``when`` (the date at its precision).
    """
    start = pd.Timestamp(start)
    rows = events[events["date_end"] >= start]
    if until:
        rows = rows[rows["date"] <= pd.Timestamp(until)]
    if kinds:
        rows = rows[rows["kind"].isin(kinds)]
    if conditionality:
        rows = rows[rows["conditionality"].isin(conditionality)]
    rows = rows.sort_values("date", kind="stable")
    return rows.assign(days=(rows["date"] - start).dt.days.astype("int64"),
                       when=[wording.when(d, p, e) for d, p, e in zip(rows["date"], rows["date_precision"],
                                                                     rows["date_end"])]).reset_index(drop=True)


def latest(events: pd.DataFrame, until: str | None = None, kind: str = "count") -> pd.DataFrame:
    """The figures of the last date on which the events file records a ``count`` (all rows of that date)."""
    rows = events[(events["kind"] == kind) | events["count_held"].notna()]
    if until:
        rows = rows[rows["date"] <= pd.Timestamp(until)]
    rows = rows[rows["count_held"].notna()]
    if rows.empty:
        return rows.assign(when=[])
    last = rows["date"].max()
    rows = rows[rows["date"] == last]
    return rows.assign(when=[wording.when(d, p, e) for d, p, e in zip(rows["date"], rows["date_precision"],
                                                                     rows["date_end"])]).reset_index(drop=True)


def reported(code: str, mentions: pd.DataFrame, claims: pd.DataFrame, events: pd.DataFrame, book=None) -> dict:
    """What the sources report under one label.

    Parameters
    ----------
    mentions : :func:`detentio.analyses.labels.select` output (label mentions with speakers and dates).
    claims : count claims (:func:`detentio.framing.claims.find`), already limited to the run's sources.
    events : :func:`detentio.law.tables.events` output, already limited to the run's period.

    Returns
    -------
    dict
        ``uses`` and ``denials`` (mention rows), ``claims`` (claim rows counting
        this code), ``events`` (event rows whose wording uses the label, found
        with the codebook matcher).
    """
    from detentio.analyses import clause as trace

    rows = mentions[mentions["code"] == code]
    return {"uses": rows[~rows["negated"].astype(bool)], "denials": rows[rows["negated"].astype(bool)],
            "claims": claims[claims["what"] == code], "events": trace.events_using(events, code, book)}
