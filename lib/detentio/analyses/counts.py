"""The count ledger: every number of people, by whom, when, with its qualifier, never averaged.

Used by ``notebooks/04-reconcile-counts.ipynb``. Builds on
:func:`detentio.law.tables.count_ledger`, which puts each count claim of the
corpus beside each figure of ``data/events.csv``.

>>> from detentio import corpus, claims, counts
>>> c = corpus.load()
>>> book = counts.select(counts.count_ledger(claims.find(c), c.documents), since="2020-11-09")
>>> counts.readable(book, c)            # who, when, the figure as stated, what it counts
>>> counts.agreements(book)             # corpus claims that an events row records with the same figure
>>> counts.by_year(book)                # per year, every figure side by side

Figures that count different things (acknowledged, alleged, missing, on
trial, released) are never added or averaged: each row keeps its source,
its qualifier ("at least", "about") and what it counts.
"""
from __future__ import annotations

import re

import pandas as pd

from detentio.law import data as lawdata
from detentio.law import tables as law
from detentio.analyses import wording

FIGURE_WORDS = {"claim": "count claimed in a corpus source", "count": "count held, alleged or missing",
                "claim_released": "release or return claimed in a corpus source",
                "released": "people released to Armenia", "returned_to_azerbaijan": "people returned to Azerbaijan"}
FIGURE_STYLE = {"count": ("o", "#1f4e79"), "claim": ("s", "#7a1f2b"), "claim_released": ("D", "#c9a0a8"),
                "released": ("^", "#b8b8b8"), "returned_to_azerbaijan": ("v", "#dddddd")}
# A corpus claim whose status says the people were released or returned is a release figure
# ("claim_released"), never a count of people held: the ledger does not list them as held.
RELEASED_STATUSES = ("released", "returned")

LEDGER_COLUMNS = ["date", "date_precision", "origin", "source", "event", "figure", "value", "qualifier",
                  "what", "speaker", "text", "start", "end", "sentence", "status", "side"]



def select(ledger: pd.DataFrame, since: str | None = None, until: str | None = None,
           figures: list[str] | None = None, side: str | None = None) -> pd.DataFrame:
    """Ledger rows dated within ``[since, until]`` (undated rows kept last) and of the chosen ``figures``;
    with ``side`` ("armenian"), corpus claims that count the other side's people are left out (claims
    whose side the text does not say are kept, and so are the events file's figures, whose kind says whose).

    >>> counts.select(book, side="armenian")   # how many Armenians: Azerbaijanis' counts left out
    """
    rows = ledger
    if figures:
        rows = rows[rows["figure"].isin(figures)]
    if side:
        rows = rows[(rows["origin"] != "corpus") | rows["side"].isin([side, "unknown"]) | rows["side"].isna()]
    keep = pd.Series(True, index=rows.index)
    if since:
        keep &= rows["date"].isna() | (rows["date"] >= pd.Timestamp(since))
    if until:
        keep &= rows["date"].isna() | (rows["date"] <= pd.Timestamp(until))
    return rows[keep].reset_index(drop=True)


def who(row, actors: pd.DataFrame | None = None, documents: pd.DataFrame | None = None) -> str:
    """Who gives the figure: the named speaker of a corpus claim, or the actor an events row names."""
    from detentio.analyses import labels as compare

    speaker = row["speaker"]
    if row["origin"] == "corpus":
        return compare.speaker_name(speaker, actors, documents)
    return speaker if isinstance(speaker, str) and speaker else "(not named)"


def readable(ledger: pd.DataFrame, corpus=None, actors: pd.DataFrame | None = None,
             events: pd.DataFrame | None = None) -> pd.DataFrame:
    """The ledger with what a reader needs: ``when``, ``stated`` ("at least 40"), ``counts``, ``who``,
    ``lane`` (who, without the role an events row adds to a registered name) and ``kind``.

    ``counts`` is what is counted: the events row's own words, or for a
    corpus claim the codebook label or noun the number counts. ``events``
    (default ``data/events.csv``) gives each event's period, so that a date
    known only to the month reads as a month.
    """
    from detentio.framing import actors as registry
    from detentio.analyses import labels as compare
    from detentio.law import tables as law

    actors = registry.table() if actors is None else actors
    events = law.events() if events is None else events
    documents = corpus.documents if corpus is not None else None
    labels = compare.code_labels()
    texts = documents.set_index("id")["published_text"] if documents is not None else pd.Series(dtype=object)
    ends = events.set_index("id")["date_end"]
    out = ledger.copy()
    out["when"] = [wording.when(texts.get(s), p) if o == "corpus" and isinstance(texts.get(s), str)
                   else wording.when(d, p, ends.get(e) if isinstance(e, str) else None)
                   for o, s, e, d, p in zip(out["origin"], out["source"], out["event"], out["date"],
                                            out["date_precision"])]
    out["stated"] = [wording.stated(v, q) for v, q in zip(out["value"], out["qualifier"])]
    out["counts"] = [counted_words(t, w, labels) if o == "corpus" else w
                     for o, t, w in zip(out["origin"], out["text"], out["what"])]
    out["who"] = [who(r, actors, documents) for _, r in out.iterrows()]
    names = set(actors["name"])
    out["lane"] = [w.split(",")[0].strip() if w.split(",")[0].strip() in names else w for w in out["who"]]
    out["kind"] = out["figure"].map(FIGURE_WORDS)
    return out


def counted_words(text, what, labels: dict[str, str]) -> str:
    """What a corpus claim counts, as a reader should see it: the codebook label of a code,
    else the noun as the text writes it, with the words that qualify it.

    >>> ledger.counted_words("15 Armenian citizens", "citizens", {})
    'Armenian citizens'
    >>> ledger.counted_words("only 23 Armenians", "armenians", {})
    'Armenians'
    """
    if what in labels:
        return labels[what]
    if not isinstance(text, str) or not isinstance(what, str):
        return what
    noun = re.search(re.escape(what), text, re.IGNORECASE)
    if not noun:
        return what
    number = re.search(r"\d[\d,]*", text)
    begin = number.end() if number and number.end() <= noun.start() else noun.start()
    return re.sub(r"^(?:of\s+the\s+|of\s+)", "", text[begin:noun.end()].strip())


def agreements(ledger: pd.DataFrame) -> pd.DataFrame:
    """Corpus claims that an events row gives with the same figure and cites the same corpus source for.

    Returns
    -------
    DataFrame
        ``claim`` (ledger index of the corpus row), ``event`` (event id),
        ``figure`` (count, released ...), ``value``. An agreement shows that
        the number in the text is the one the curated timeline records; a
        claim without one is a figure the timeline does not (yet) hold.
    """
    out = []
    events = ledger[ledger["origin"] == "events"]
    for index, row in ledger[ledger["origin"] == "corpus"].iterrows():
        for _, event in events.iterrows():
            cited = [p.strip() for p in str(event["source"] or "").split(lawdata.SOURCE_SEPARATOR)]
            if row["source"] in cited and int(event["value"]) == int(row["value"]):
                out.append({"claim": index, "event": event["event"], "figure": event["figure"],
                            "value": int(row["value"])})
    return pd.DataFrame(out, columns=["claim", "event", "figure", "value"])


def by_year(ledger: pd.DataFrame, figures: tuple[str, ...] = ("count", "claim")) -> pd.DataFrame:
    """Per year: every figure of the chosen kinds, side by side, in date order (never combined).

    Returns
    -------
    DataFrame
        ``year, figures (n), values (distinct values stated, ascending), rows
        (list of ledger indices)``.
    """
    rows = ledger[ledger["figure"].isin(figures) & ledger["date"].notna()]
    out = []
    for year, group in rows.groupby(rows["date"].dt.year, sort=True):
        out.append({"year": int(year), "figures": len(group),
                    "values": sorted({int(v) for v in group["value"]}), "rows": list(group.index)})
    return pd.DataFrame(out, columns=["year", "figures", "values", "rows"])


def plot(ledger: pd.DataFrame, ax=None):
    """Every figure over time on a log scale, marker and colour by kind of figure (values: :func:`plot_lanes`).

    Nothing is joined by lines: two points are two sources' figures, not a
    series. Returns the matplotlib Figure.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FixedLocator, NullFormatter

    rows = ledger[ledger["date"].notna() & ledger["value"].notna()]
    if ax is None:
        fig, ax = plt.subplots(figsize=(8.5, 4.6))
    else:
        fig = ax.figure
    for figure in ("released", "returned_to_azerbaijan", "count", "claim"):
        group = rows[rows["figure"] == figure]
        if group.empty:
            continue
        marker, colour = FIGURE_STYLE[figure]
        ax.scatter(group["date"], group["value"].astype(float), marker=marker, s=46 if figure in ("count", "claim")
                   else 26, color=colour, edgecolor="#333333" if figure in ("count", "claim") else colour,
                   linewidth=0.5, label=FIGURE_WORDS[figure], zorder=3 if figure == "claim" else 2)
    ax.set_yscale("log")
    ticks = [t for t in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if t <= max(rows["value"].max() * 1.5, 2)]
    ax.yaxis.set_major_locator(FixedLocator(ticks))
    ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{int(v)}"))
    ax.yaxis.set_minor_formatter(NullFormatter())
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_xlabel("date of the figure (a corpus claim at its source's publication date)")
    ax.set_ylabel("number of people (log scale)")
    ax.set_title("Every figure over time, by kind: counts, claims and releases, never averaged")
    ax.grid(color="#eeeeee")
    ax.set_axisbelow(True)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)
    fig.tight_layout()
    return fig


def plot_lanes(readable: pd.DataFrame, figures: tuple[str, ...] = ("count", "claim"), ax=None):
    """One lane per source of figures (who gives them), each figure written at its date.

    ``readable`` is :func:`readable` output (lanes are its ``lane`` column).
    Returns the matplotlib Figure.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    rows = readable[readable["figure"].isin(figures) & readable["date"].notna()].sort_values("date", kind="stable")
    lanes = list(dict.fromkeys(rows["lane"]))
    if ax is None:
        fig, ax = plt.subplots(figsize=(8.5, 0.36 * max(len(lanes), 4) + 1.3))
    else:
        fig = ax.figure
    # Figures given by one source on one date share a label ("72 · 112"), a repeated one is counted ("15 ×2").
    for (lane, date, figure), group in rows.groupby(["lane", "date", "figure"], sort=False):
        marker, colour = FIGURE_STYLE[figure]
        y = lanes.index(lane)
        said = pd.Series(group["stated"]).value_counts(sort=False)
        text = " · ".join(s if n == 1 else f"{s} ×{n}" for s, n in said.items())
        ax.scatter([date], [y], marker=marker, color=colour, s=30, zorder=3)
        ax.annotate(text, (date, y), textcoords="offset points", xytext=(5, 3 if figure == "claim" else -9),
                    fontsize=7, color=colour)
    short = [w if len(w) <= 48 else w[:46] + "…" for w in lanes]
    ax.set_yticks(range(len(lanes)), short, fontsize=7)
    ax.set_ylim(len(lanes) - 0.5, -0.5)
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_xlabel("date of the figure (squares: claims in the corpus; circles: counts in the events file)")
    ax.set_ylabel("who gives the figure")
    ax.set_title("Who counts, and when: every count of people held, alleged or missing")
    ax.grid(color="#eeeeee")
    ax.set_axisbelow(True)
    fig.tight_layout()
    return fig


def figures(value: str = "") -> list[str]:
    """The ledger figure kinds named in a comma-separated parameter (empty: all), checked.

    >>> counts.figures("claim, count")
    ['claim', 'count']
    """
    from detentio.core.problems import DetentioError, Problem

    wanted = [part.strip() for part in (value or "").split(",") if part.strip()]
    unknown = [w for w in wanted if w not in FIGURE_WORDS]
    if unknown:
        raise DetentioError([Problem("parameters", f"{w!r} is not a kind of figure (known: "
                                                   f"{', '.join(FIGURE_WORDS)})") for w in unknown])
    return wanted or list(FIGURE_WORDS)


def recurring(readable: pd.DataFrame, figures: tuple[str, ...] = ("count", "claim")) -> pd.DataFrame:
    """Values stated by more than one source of figures, with what each of them counts.

    The same number in two places is not the same count until what it counts
    agrees; this table puts the wordings side by side.

    Returns
    -------
    DataFrame
        ``value, sources (n distinct lanes), rows (list of ledger indices)``,
        most repeated first.
    """
    rows = readable[readable["figure"].isin(figures)]
    out = []
    for value, group in rows.groupby("value", sort=True):
        lanes = list(dict.fromkeys(group["lane"]))
        if len(lanes) > 1:
            out.append({"value": int(value), "sources": len(lanes), "rows": list(group.index)})
    table = pd.DataFrame(out, columns=["value", "sources", "rows"])
    return table.sort_values(["sources", "value"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _event_status(figure: str, counted) -> dict:
    """``status`` and ``side`` of an events figure: its kind says them (a count of people held,
    alleged or missing is Armenians held by Azerbaijan, as the events file records them)."""
    if figure == "released":
        return {"status": "released", "side": "armenian"}
    if figure == "returned_to_azerbaijan":
        return {"status": "returned", "side": "azerbaijani"}
    return {"status": "missing" if "missing" in str(counted).lower() else "held", "side": "armenian"}


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
        :func:`detentio.law.tables.events` output; default ``data/events.csv``.

    Returns
    -------
    DataFrame
        ``date, date_precision, origin (corpus|events), source, event, figure
        (claim|claim_released|count|released|returned_to_azerbaijan), value (Int64), qualifier,
        what, speaker, text, start, end, sentence, status, side``, in date order (undated
        last), corpus before events on the same day. A corpus claim of people released or
        returned is ``claim_released``: never among the figures of people held.
    """
    if documents is None:
        from detentio.corpus import loader as corpus
        documents = corpus.documents()
    table = law.events() if events is None else events
    docs = documents[["id", "published", "date_precision"]].rename(columns={"id": "source", "published": "date"})
    corpus_rows = claims.merge(docs, on="source", how="left").assign(origin="corpus", event=None)
    for column in ("status", "side"):
        if column not in corpus_rows.columns:
            corpus_rows[column] = "unknown"
    corpus_rows["figure"] = corpus_rows["status"].map(lambda v: "claim_released" if v in RELEASED_STATUSES else "claim")
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
                "text": row["description"], **_event_status(figure, row["counted"] if counted else ""),
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
