"""The corpus at a glance: which sources, when and how precisely dated, how much is page chrome.

Used by ``notebooks/01-survey-corpus.ipynb``; each function takes the
tables of :func:`detentio.corpus.loader.load` and returns a new table (or a figure).

>>> from detentio import corpus, survey
>>> c = corpus.load()
>>> docs = survey.select(c.documents, since="2025-01-01")
>>> survey.sentence_counts(c.sentences, docs)
"""
from __future__ import annotations

import pandas as pd

PRECISION_ORDER = ["day", "month", "year", "approximate"]
_GRAIN_LENGTH = {"day": pd.DateOffset(days=1), "month": pd.DateOffset(months=1), "year": pd.DateOffset(years=1)}


def periods(documents: pd.DataFrame) -> pd.DataFrame:
    """``id, start, end``: the period each ``published`` value stands for (end exclusive).

    A source dated ``2025-03`` may have appeared on any day of March 2025, so
    its period is the whole month; undated sources have NaT.
    """
    start = pd.to_datetime(documents["published"])
    end = [s + _GRAIN_LENGTH.get(g, pd.DateOffset(days=1)) if pd.notna(s) else pd.NaT
           for s, g in zip(start, documents["date_granularity"])]
    return pd.DataFrame({"id": documents["id"].to_numpy(), "start": start.to_numpy(),
                         "end": pd.to_datetime(pd.Series(end, dtype="datetime64[ns]")).to_numpy()})


def select(documents: pd.DataFrame, since: str | None = None, until: str | None = None,
           keep_undated: bool = False) -> pd.DataFrame:
    """Sources whose publication period overlaps ``[since, until]`` (ISO days, both included).

    Overlap, not the first day alone: a source dated only ``2025`` belongs to
    a run starting ``2025-06-01``. Undated sources are kept only on request.
    """
    span = periods(documents)
    keep = pd.Series(True, index=documents.index)
    if since:
        keep &= (span["end"] > pd.Timestamp(since)).to_numpy()
    if until:
        keep &= (span["start"] <= pd.Timestamp(until)).to_numpy()
    undated = documents["published"].isna()
    keep = keep.where(~undated, keep_undated)
    return documents[keep.astype(bool)].sort_values(["published", "id"]).reset_index(drop=True)


def overview(documents: pd.DataFrame) -> pd.DataFrame:
    """The documents table as a reader needs it: who published what, when, how precisely."""
    table = documents.assign(outlet=documents["outlet"].fillna("(not named)"))
    columns = {"id": "source", "title": "title", "outlet": "outlet", "published_text": "published",
               "date_precision": "precision", "kind": "kind", "language": "language"}
    return table[list(columns)].rename(columns=columns).reset_index(drop=True)


def precision_counts(documents: pd.DataFrame) -> pd.DataFrame:
    """``precision, sources, ids``: how many sources are dated to the day, month, year or approximately."""
    rows = []
    for precision in PRECISION_ORDER:
        ids = documents.loc[documents["date_precision"] == precision, "id"].tolist()
        if ids:
            rows.append({"precision": precision, "sources": len(ids), "ids": ids})
    return pd.DataFrame(rows, columns=["precision", "sources", "ids"])


def sentence_counts(sentences: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Per source: characters, paragraphs, sentences, and how many sentences are page chrome."""
    chosen = sentences[sentences["source"].isin(documents["id"])]
    chrome = chosen.groupby("source")["boilerplate"].sum()
    table = documents[["id", "chars", "paragraphs", "sentences", "boilerplate_chars"]].rename(
        columns={"id": "source", "boilerplate_chars": "chrome chars"})
    table.insert(4, "chrome sentences", table["source"].map(chrome).fillna(0).astype("int64"))
    table.insert(5, "text sentences", table["sentences"] - table["chrome sentences"])
    return table.reset_index(drop=True)


def chrome_spans(boilerplate: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The boilerplate spans of the chosen sources, in source order: ``source, start, end, text, rule``."""
    chosen = boilerplate[boilerplate["source"].isin(documents["id"])]
    return chosen.sort_values(["source", "start"]).reset_index(drop=True)


def plot_timeline(documents: pd.DataFrame, ax=None):
    """A figure: one row per source, its publication period drawn across the dates it may cover.

    Day-dated sources are dots; a month or year is a bar across that period;
    approximate dates are hollow. Returns the matplotlib Figure.
    """
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    span = periods(documents).set_index("id")
    docs = documents.dropna(subset=["published"]).sort_values(["published", "id"])
    if ax is None:
        fig, ax = plt.subplots(figsize=(7.5, 0.45 * max(len(docs), 3) + 1.4))
    else:
        fig = ax.figure
    colours = {"day": "#1f4e79", "month": "#7a1f2b", "year": "#b8860b", "approximate": "#5f6368"}
    for row, (_, doc) in enumerate(docs.iterrows()):
        start, end = span.loc[doc["id"], "start"], span.loc[doc["id"], "end"]
        approximate = doc["date_precision"] == "approximate"
        colour = colours.get(doc["date_precision"], "#000000")
        if doc["date_granularity"] == "day":
            ax.plot([start], [row], marker="o", markersize=7, linestyle="none", color=colour,
                    markerfacecolor="white" if approximate else colour)
        else:
            ax.barh(row, end - start, left=start, height=0.5, color="white" if approximate else colour,
                    edgecolor=colour, hatch="///" if approximate else None)
    labels = [f"{o if isinstance(o, str) else '(outlet not named)'} · {i[:12]}"
              for o, i in zip(docs["outlet"], docs["id"])]
    ax.set_yticks(range(len(docs)), labels)
    ax.invert_yaxis()
    ax.set_xlabel("publication date (a bar spans the month or year a source is dated to)")
    ax.set_ylabel("source")
    ax.set_title("Sources by publication date and date precision")
    ax.grid(axis="x", color="#dddddd")
    ax.set_axisbelow(True)
    present = [p for p in PRECISION_ORDER if p in set(docs["date_precision"])]
    ax.legend(handles=[Line2D([], [], marker="s", linestyle="none", markersize=9,
                              color=colours[p], markerfacecolor="white" if p == "approximate" else colours[p],
                              label=p) for p in present],
              title="date precision", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    fig.tight_layout()
    return fig
