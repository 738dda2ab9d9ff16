"""Trace the "all for all" clause: its invocations in the sources against the releases and what each cost.

Used by ``notebooks/03-trace-clause.ipynb``; the functions take the tables of
:mod:`detentio.law.tables` (events, clause invocations) and return new tables or a
figure.

>>> from detentio import corpus, mentions, law, clause
>>> c = corpus.load(); events = law.events()
>>> clause.releases(events, since="2020-11-09")          # every release and exchange, with what was given
>>> clause.conditionality(trace.releases(events))        # releases and people per kind of consideration
>>> clause.invocations(mentions.find(c), c.documents, events)   # clause mentions with the releases around them

Paragraph 8 of the trilateral statement of 9/10 November 2020 speaks of an
exchange of all prisoners of war, hostages and other detained persons; the
events file records for each later release what, if anything, was given in
return (``conditionality``: maps, counter_release, mediation, none, unknown).
"""
from __future__ import annotations

import pandas as pd

from detentio.framing import codebook as codebook_module
from detentio.law import tables as law
from detentio.analyses import wording

CONDITIONALITY_ORDER = ["maps", "counter_release", "mediation", "none", "unknown"]
CONDITIONALITY_COLOURS = {"maps": "#7a1f2b", "counter_release": "#b8860b", "mediation": "#1f4e79",
                          "none": "#8a8d91", "unknown": "#c9c9c9"}
CODE_MARKERS = {"all_for_all": "*", "exchange": "D", "mine_maps": "s", "release": "o"}

CLAUSE_CODES = ("all_for_all", "exchange", "mine_maps", "release")
RELEASE_KINDS = law.RELEASE_KINDS
_SIDE = ["id", "date", "released", "returned_to_azerbaijan", "given_in_return", "conditionality", "mediator"]
INVOCATION_EXTRA = (["published", "date_precision"]
                    + [f"before_{c}" for c in _SIDE] + ["before_days"]
                    + [f"after_{c}" for c in _SIDE] + ["after_days", "within"])



# Releases bought with something handed over: minefield maps, or a counter-release (an exchange).
PRICED = ("maps", "counter_release")


def priced(rows: pd.DataFrame) -> pd.Series:
    """Which releases (or rows of :func:`conditionality`) were tied to something handed over in return."""
    return rows["conditionality"].isin(PRICED)


def in_period(events: pd.DataFrame, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """The events whose date, or the period it stands for (``date`` .. ``date_end``), overlaps
    ``[since, until]``: a month-dated count of March belongs to a period starting on 15 March."""
    return events[_in_period(events["date"], since, until, events.get("date_end"))]


def _in_period(dates: pd.Series, since: str | None, until: str | None, ends: pd.Series | None = None) -> pd.Series:
    """Rows whose date (or period ``[date, ends]``) overlaps ``[since, until]``."""
    keep = pd.Series(True, index=dates.index)
    if since:
        keep &= (ends if ends is not None else dates) >= pd.Timestamp(since)
    if until:
        keep &= dates <= pd.Timestamp(until)
    return keep


def releases(events: pd.DataFrame, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """Every release and exchange in the period, in date order, with what was given for it.

    Returns
    -------
    DataFrame
        The event columns plus ``when`` (the date as written at its precision)
        and ``consideration`` (the conditionality in words: "minefield maps",
        "counter-release", ...).
    """
    rows = events[events["kind"].isin(law.RELEASE_KINDS)]
    rows = rows[_in_period(rows["date"], since, until, rows["date_end"])].sort_values("date", kind="stable")
    rows = rows.assign(when=[wording.when(d, p, e) for d, p, e in zip(rows["date"], rows["date_precision"],
                                                                     rows["date_end"])],
                       consideration=rows["conditionality"].map(wording.CONDITIONALITY_WORDS))
    return rows.reset_index(drop=True)


def conditionality(releases: pd.DataFrame) -> pd.DataFrame:
    """Releases and people per kind of consideration (each release counted once; nothing averaged).

    Returns
    -------
    DataFrame
        ``conditionality, consideration, releases, released, returned_to_azerbaijan,
        first, last, events (list of ids)`` in the order maps, counter_release,
        mediation, none, unknown (kinds without releases left out).
    """
    columns = ["conditionality", "consideration", "releases", "released", "returned_to_azerbaijan", "first",
               "last", "events"]
    out = []
    for kind in CONDITIONALITY_ORDER:
        group = releases[releases["conditionality"] == kind]
        if group.empty:
            continue
        out.append({"conditionality": kind, "consideration": wording.CONDITIONALITY_WORDS[kind],
                    "releases": len(group), "released": int(group["released"].fillna(0).sum()),
                    "returned_to_azerbaijan": int(group["returned_to_azerbaijan"].fillna(0).sum()),
                    "first": group["when"].iloc[0], "last": group["when"].iloc[-1], "events": list(group["id"])})
    return pd.DataFrame(out, columns=columns)


def events_using(events: pd.DataFrame, code: str, book=None) -> pd.DataFrame:
    """Events whose description or ``counted`` field uses a codebook code (e.g. ``all_for_all``).

    The same matcher as :mod:`detentio.framing.mentions` reads the curated text, so
    "'all for all'" in a description is found exactly as in a source.
    """
    from detentio.framing.mentions import match_text

    matcher = codebook_module.matcher(book)
    text = events["description"].fillna("") + " | " + events["counted"].fillna("")
    hits = [any(c == code for _, _, c in match_text(t, matcher)) for t in text]
    return events[pd.Series(hits, index=events.index)].reset_index(drop=True)


def invocations(mentions: pd.DataFrame, documents: pd.DataFrame, events: pd.DataFrame, *,
                codes: list[str] | None = None, since: str | None = None, until: str | None = None,
                actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """Clause mentions of the chosen codes in sources of the period, with the releases before and after.

    Wraps :func:`clause_invocations` and adds what a reader
    needs: ``label``, ``speaker_name``, ``affiliation``, ``voice``, ``date`` (the source date at
    its precision), ``before_when``, ``after_when``.
    """
    from detentio.framing import actors as registry
    from detentio.analyses import labels as compare
    from detentio.analyses import survey
    from detentio.analyses import affiliation as labels_module

    actors = registry.table() if actors is None else actors
    codes = list(codes or CLAUSE_CODES)
    kept = survey.select(documents, since=since, until=until)
    rows = mentions[mentions["code"].isin(codes) & mentions["source"].isin(kept["id"])]
    table = clause_invocations(rows, documents, events)
    labels = compare.code_labels()
    texts = documents.set_index("id")["published_text"]
    table["label"] = table["code"].map(labels)
    table["speaker_name"] = [compare.speaker_name(s, actors, documents) for s in table["speaker"]]
    table["affiliation"] = labels_module.affiliations(table["speaker"], actors, table["source"])
    table["voice"] = [compare.voice(r) for _, r in table.iterrows()] if len(table) else []
    table["date"] = [wording.when(texts.get(s) or p, q)
                     for s, p, q in zip(table["source"], table["published"], table["date_precision"])]
    for side in ("before", "after"):
        ids = table[f"{side}_id"]
        indexed = events.set_index("id")
        table[f"{side}_when"] = [wording.when(d, indexed.at[i, "date_precision"], indexed.at[i, "date_end"])
                                 if isinstance(i, str) else "" for d, i in zip(table[f"{side}_date"], ids)]
    table = table.sort_values(["published", "source", "start"], kind="stable", na_position="last")
    return table.reset_index(drop=True)


def by_source(invocations: pd.DataFrame) -> pd.DataFrame:
    """One row per source: its date, the clause codes it uses (with counts), and the releases around it.

    Returns
    -------
    DataFrame
        ``source, date, published, codes (list of (label, n)), speakers (list),
        before_id, before_when, before_released, before_consideration, before_days,
        after_id, after_when, after_released, after_consideration, after_days, within``.
    """
    columns = ["source", "date", "published", "codes", "speakers", "before_id", "before_when", "before_released",
               "before_consideration", "before_days", "after_id", "after_when", "after_released",
               "after_consideration", "after_days", "within"]
    out = []
    for source, group in invocations.groupby("source", sort=False):
        first = group.iloc[0]
        counts = group.groupby("label", sort=False).size()
        record = {"source": source, "date": first["date"], "published": first["published"],
                  "codes": [(label, int(n)) for label, n in counts.items()],
                  "speakers": list(dict.fromkeys(group["speaker_name"])), "within": first["within"]}
        for side in ("before", "after"):
            record.update({f"{side}_id": first[f"{side}_id"], f"{side}_when": first[f"{side}_when"],
                           f"{side}_released": first[f"{side}_released"],
                           f"{side}_consideration": wording.CONDITIONALITY_WORDS.get(first[f"{side}_conditionality"]),
                           f"{side}_days": first[f"{side}_days"]})
        out.append(record)
    return pd.DataFrame(out, columns=columns)


def plot_timeline(releases: pd.DataFrame, invocations: pd.DataFrame | None = None, statement=None):
    """Releases as bars (people released, coloured by what was given), clause invocations above them.

    ``statement`` (a date) draws the trilateral statement as a vertical line.
    Invocations are drawn at their source's publication date, one lane per
    code. Returns the matplotlib Figure.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    invocations = invocations if invocations is not None else pd.DataFrame(columns=["code", "published"])
    lanes = [c for c in CODE_MARKERS if c in set(invocations["code"])]
    fig, (top, ax) = plt.subplots(2, 1, sharex=True, figsize=(8, 5.6),
                                  gridspec_kw={"height_ratios": [max(len(lanes), 1), 4.5], "hspace": 0.08})
    for kind in CONDITIONALITY_ORDER:
        group = releases[releases["conditionality"] == kind]
        if group.empty:
            continue
        ax.bar(group["date"], group["released"].astype(float), width=14, color=CONDITIONALITY_COLOURS[kind],
               label=wording.CONDITIONALITY_WORDS[kind])
    previous, lift = None, 0
    for row in releases.itertuples():
        # Releases a few weeks apart would print their numbers on top of each other: lift the second.
        lift = 9 - lift if previous is not None and (row.date - previous).days < 45 and lift == 0 else 0
        ax.annotate(f"{int(row.released)}", (row.date, float(row.released)), textcoords="offset points",
                    xytext=(0, 2 + lift), ha="center", fontsize=7)
        previous = row.date
    labels = {c: e.label for c, e in codebook_module.load().codes.items()}
    for lane, code in enumerate(lanes):
        dates = pd.to_datetime(invocations.loc[invocations["code"] == code, "published"]).dropna()
        counts = dates.value_counts().sort_index()
        top.scatter(counts.index, [lane] * len(counts), s=[30 + 12 * n for n in counts], marker=CODE_MARKERS[code],
                    color="#1d1d1f", alpha=0.8)
        for date, n in counts.items():
            if n > 1:
                top.annotate(f"×{n}", (date, lane), textcoords="offset points", xytext=(7, -3), fontsize=7)
    top.set_yticks(range(len(lanes)), [labels.get(c, c) for c in lanes])
    top.set_ylim(-0.7, max(len(lanes), 1) - 0.3)
    top.invert_yaxis()
    top.set_title("Releases to Armenia, what was given for them, and the clause invoked in the sources")
    top.set_ylabel("invoked\nin sources", fontsize=8)
    top.grid(axis="x", color="#eeeeee")
    if statement is not None:
        for axis in (top, ax):
            axis.axvline(pd.Timestamp(statement), color="#444444", linestyle="--", linewidth=0.9)
        ax.annotate("trilateral statement, para 8", (pd.Timestamp(statement), ax.get_ylim()[1] * 0.5),
                    xytext=(-3, 0), textcoords="offset points", fontsize=7, va="center", ha="right",
                    rotation=90)
        left = min(pd.Timestamp(statement), releases["date"].min() if len(releases) else pd.Timestamp(statement))
        ax.set_xlim(left=left - pd.Timedelta(days=75))
    ax.set_ylabel("people released to Armenia")
    ax.set_xlabel("date of the release (bars) or of the source (markers above)")
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.grid(axis="y", color="#eeeeee")
    ax.set_axisbelow(True)
    handles = [Patch(color=CONDITIONALITY_COLOURS[k], label=wording.CONDITIONALITY_WORDS[k])
               for k in CONDITIONALITY_ORDER if k in set(releases["conditionality"])]
    handles += [Line2D([], [], marker=CODE_MARKERS[c], linestyle="none", color="#1d1d1f", label=labels.get(c, c))
                for c in lanes]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=4, frameon=False, fontsize=8)
    return fig


def _document_periods(documents: pd.DataFrame) -> pd.DataFrame:
    """``id, published, period_end, date_precision`` for each document (NaT when undated)."""
    docs = documents.copy()
    docs["published"] = pd.to_datetime(docs["published"])
    if "date_granularity" not in docs:
        # Hand-made frames may omit it: an approximate date is taken at the day it names.
        docs["date_granularity"] = docs["date_precision"].where(
            docs["date_precision"].isin(["day", "month", "year"]), "day")
    ends = [pd.Timestamp(law.period_end(p.date(), g or "day")) if pd.notna(p) else pd.NaT
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
        :func:`detentio.law.tables.events` output; default: ``data/events.csv``.

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
    table = law.events() if events is None else events
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
