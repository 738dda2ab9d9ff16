"""Tables about labels for the notebooks: who uses which label, when.

>>> from detentio import affiliation, corpus, labels, mentions
>>> c = corpus.load(); m = mentions.find(c)
>>> affiliation.by_affiliation_year(m, c.documents)     # code x affiliation x year counts
>>> labels.first_last(labels.select(m, c.documents))    # first and last use per code and speaker

Speakers are grouped by the affiliation of their actor in ``data/actors.yml``;
an ``outlet:`` speaker is ``media``; a named speaker not in the registry is
``unregistered``. Negated mentions ("are not prisoners of war") deny the
label rather than use it, so they are left out unless asked for.
"""
from __future__ import annotations

import pandas as pd

from detentio.framing import codebook as codebook_module


def affiliations(speakers: pd.Series, actors: pd.DataFrame | None = None,
                 sources: pd.Series | None = None) -> pd.Series:
    """The affiliation of each speaker: the registry's; ``media`` for an outlet's own
    voice; ``unattributed`` for the voice of a source that names no outlet (its
    speaker is ``outlet:<source id>``, so ``sources``, aligned with ``speakers``,
    tells it from an outlet); else ``unregistered``, or ``unknown`` when empty."""
    if actors is None:
        from detentio.framing import actors as registry

        actors = registry.table()
    known = dict(zip(actors["id"], actors["affiliation"]))
    own = [None] * len(speakers) if sources is None else list(sources)

    def one(speaker, source):
        if speaker is None or (not isinstance(speaker, str) and pd.isna(speaker)):
            return "unknown"
        if speaker.startswith("outlet:"):
            # an op-ed or statement whose outlet and author are not named is nobody's "media"
            return "unattributed" if source is not None and speaker == f"outlet:{source}" else "media"
        return known.get(speaker, "unregistered")

    return pd.Series([one(s, o) for s, o in zip(speakers, own)], index=speakers.index, dtype=object)


def _label_rows(mentions: pd.DataFrame, include_negated: bool) -> pd.DataFrame:
    if "kind" in mentions.columns:
        rows = mentions[mentions["kind"] == "label"]
    else:
        rows = mentions[mentions["code"].isin(codebook_module.load().ids("label"))]
    if not include_negated:
        rows = rows[~rows["negated"].astype(bool)]
    return rows


def _dated(rows: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    docs = documents[["id", "published", "date_precision"]].rename(columns={"id": "source"})
    return rows.merge(docs, on="source", how="left")


def by_affiliation_year(mentions: pd.DataFrame, documents: pd.DataFrame, actors: pd.DataFrame | None = None,
                        *, include_negated: bool = False) -> pd.DataFrame:
    """Label mentions counted by code, speaker affiliation and year of publication.

    Returns
    -------
    DataFrame
        ``code, affiliation, year, mentions, sources`` (``year`` is <NA> for
        undated sources), sorted by code, affiliation and year.
    """
    rows = _dated(_label_rows(mentions, include_negated), documents)
    rows = rows.assign(affiliation=affiliations(rows["speaker"], actors, rows["source"]),
                       year=rows["published"].dt.year.astype("Int64"))
    out = (rows.groupby(["code", "affiliation", "year"], dropna=False)
           .agg(mentions=("source", "size"), sources=("source", "nunique"))
           .reset_index())
    return out.sort_values(["code", "affiliation", "year"], kind="stable").reset_index(drop=True)

