"""Compare labels: who names the detained how, when, how often, with the words as evidence.

Used by ``notebooks/02-compare-labels.ipynb``; every function takes the
tables of :mod:`detentio.corpus.loader` and :mod:`detentio.framing.mentions` and returns a
new table (or a matplotlib figure).

>>> from detentio import corpus, mentions, compare
>>> c = corpus.load(); m = mentions.find(c)
>>> chosen = compare.select(m, c.documents, codes=compare.codes("prisoner_of_war, hostage"))
>>> compare.usage(chosen)              # code, speaker, affiliation, years, uses, denials, sources
>>> compare.evidence(chosen, c)        # one row per mention: left context, match, right context

A *use* affirms a label; a *denial* is a negated mention ("are not prisoners
of war"). Counts of uses never include denials: they are shown apart.
"""
from __future__ import annotations

import re

import pandas as pd

from detentio.framing import codebook as codebook_module
from detentio.framing import roles as roles_module
from detentio.analyses import affiliation as labels_module
from detentio.analyses import wording
from detentio.core.problems import DetentioError, Problem

# Fixed colours per affiliation, so that every run and figure reads alike.
AFFILIATION_COLOURS = {
    "Armenia": "#1f4e79", "Azerbaijan": "#7a1f2b", "Russia": "#b8860b", "Turkey": "#8c564b",
    "Iran": "#2ca02c", "USA": "#17becf", "ICRC": "#d62728", "EU/CoE": "#3b6fb6", "UN": "#5b9bd5",
    "NGO": "#4d8c57", "academia": "#9467bd", "media": "#8a8d91", "unattributed": "#b0a8b9",
    "unregistered": "#c7a76c", "unknown": "#cccccc",
}
VOICES = {"outlet": "the source's own words", "quoted": "direct quotation", "reported": "reported speech"}


def codes(value: str = "", kind: str = "label", book=None) -> list[str]:
    """The codes named in a comma-separated parameter, checked against the codebook.

    An empty value means every code of ``kind`` in codebook order. An unknown
    code raises :class:`DetentioError` naming the codes that exist.

    >>> compare.codes("prisoner_of_war, hostage")
    ['prisoner_of_war', 'hostage']
    """
    book = book or codebook_module.load()
    known = [c for c, entry in book.codes.items() if entry.kind == kind]
    wanted = [part.strip() for part in re.split(r"[,;]", value or "") if part.strip()]
    if not wanted:
        return known
    unknown = [c for c in wanted if c not in known]
    if unknown:
        raise DetentioError([Problem("parameters", f"{c!r} is not a {kind} code of the codebook "
                                                   f"(known: {', '.join(known)})") for c in unknown])
    return list(dict.fromkeys(wanted))


def code_labels(book=None) -> dict[str, str]:
    """``{code: human label}`` from the codebook ("prisoner_of_war" -> "prisoner of war")."""
    book = book or codebook_module.load()
    return {code: entry.label for code, entry in book.codes.items()}


def speaker_name(speaker, actors: pd.DataFrame | None = None, documents: pd.DataFrame | None = None) -> str:
    """How a reader should see a ``speaker`` value: the actor's name, an outlet, or the unnamed author.

    ``outlet:TASS`` is the outlet's own words; ``outlet:<source id>`` (no
    outlet named) is the unnamed author of that source.
    """
    if speaker is None or (not isinstance(speaker, str) and pd.isna(speaker)):
        return "(nobody named)"
    if speaker.startswith("outlet:"):
        name = speaker[len("outlet:"):]
        if documents is not None and name in set(documents["id"]):
            return f"unnamed author of source {name[:3]}"
        return f"{name} (the outlet's own words)"
    if actors is not None:
        found = actors.loc[actors["id"] == speaker, "name"]
        if len(found):
            return str(found.iloc[0])
    return speaker


def voice(row) -> str:
    """Whose words the mention is in: the source's own, a direct quotation, or reported speech."""
    if isinstance(row["speaker"], str) and row["speaker"].startswith("outlet:"):
        return VOICES["outlet"]
    return VOICES["quoted"] if bool(row["quoted"]) else VOICES["reported"]


def check_actor(actor: str, mentions: pd.DataFrame, actors: pd.DataFrame) -> None:
    """Raise a clear error when ``actor`` is neither a registry id nor a speaker in ``mentions``."""
    if not actor:
        return
    if actor in set(actors["id"]) or actor in set(mentions["speaker"].dropna()):
        return
    raise DetentioError(Problem("parameters", f"actor {actor!r} is not an id of data/actors.yml nor a speaker "
                                              f"in these sources (ids: {', '.join(actors['id'])})"))


def select(mentions: pd.DataFrame, documents: pd.DataFrame, *, codes: list[str] | None = None,
           since: str | None = None, until: str | None = None, actor: str = "", affiliation: str = "",
           actors: pd.DataFrame | None = None, role: str = "") -> pd.DataFrame:
    """Label mentions of the chosen codes, period and speaker, with date and affiliation added.

    The period is that of :func:`detentio.analyses.survey.select` (a source counts if
    its publication period overlaps ``[since, until]``). ``actor`` keeps one
    speaker (an actor id), ``affiliation`` one affiliation ("Armenia"), ``role``
    the roles of the speaker (``speaker_role``: "ombudsperson", "ministry,government" or
    a group, :func:`detentio.framing.roles.chosen`), so that
    ``select(m, d, affiliation="Armenia", role="executive")`` is the Armenian government's
    own words apart from its ombudsperson's.

    Returns
    -------
    DataFrame
        The mention columns plus ``published, date_precision, published_text,
        year (Int64), date (as a reader sees it: "7 July 2021", "c. March 2025"),
        affiliation, speaker_role, speaker_name, label, voice``, in date order.
    """
    from detentio.framing import actors as registry
    from detentio.analyses import survey

    actors = registry.table() if actors is None else actors
    check_actor(actor, mentions, actors)
    rows = mentions[mentions["kind"] == "label"] if "kind" in mentions.columns else mentions
    if codes is not None:
        rows = rows[rows["code"].isin(codes)]
    kept = survey.select(documents, since=since, until=until)
    rows = rows[rows["source"].isin(kept["id"])]
    if actor:
        rows = rows[rows["speaker"] == actor]
    docs = documents[["id", "published", "date_precision", "published_text"]].rename(columns={"id": "source"})
    rows = rows.merge(docs, on="source", how="left")
    rows["year"] = rows["published"].dt.year.astype("Int64")
    # The written form ("2025-03") keeps the grain that a typed date has lost.
    rows["date"] = [wording.when(t if isinstance(t, str) and t else p, q)
                    for t, p, q in zip(rows["published_text"], rows["published"], rows["date_precision"])]
    rows["affiliation"] = labels_module.affiliations(rows["speaker"], actors, rows["source"])
    if affiliation:
        rows = rows[rows["affiliation"] == affiliation]
    if "speaker_role" not in rows.columns:
        rows["speaker_role"] = [roles_module.speaker_role(s) for s in rows["speaker"]]
    wanted = roles_module.chosen(role)
    if wanted:
        rows = rows[rows["speaker_role"].isin(wanted)]
    names = {s: speaker_name(s, actors, documents) for s in rows["speaker"].dropna().unique()}
    rows["speaker_name"] = rows["speaker"].map(names)
    rows["label"] = rows["code"].map(code_labels())
    rows["voice"] = [voice(r) for _, r in rows.iterrows()] if len(rows) else pd.Series(dtype=object)
    order = {c: i for i, c in enumerate(codes or [])}
    rows = rows.assign(_order=rows["code"].map(order).fillna(len(order)))
    rows = rows.sort_values(["_order", "published", "source", "start"], kind="stable", na_position="last")
    return rows.drop(columns="_order").reset_index(drop=True)


def uses(selected: pd.DataFrame) -> pd.DataFrame:
    """Only the affirmed mentions (denials left out)."""
    return selected[~selected["negated"].astype(bool)]


def denials(selected: pd.DataFrame) -> pd.DataFrame:
    """Only the negated mentions: a label named in order to deny it."""
    return selected[selected["negated"].astype(bool)]


def usage(selected: pd.DataFrame) -> pd.DataFrame:
    """Who uses which label: one row per label and speaker.

    Returns
    -------
    DataFrame
        ``code, label, speaker, speaker_name, affiliation, role (as a reader sees it),
        years (e.g. "2021, 2025"), uses, denials, sources (list of source ids)``, by label then most uses.
    """
    columns = ["code", "label", "speaker", "speaker_name", "affiliation", "role", "years", "uses", "denials",
               "sources"]
    if selected.empty:
        return pd.DataFrame(columns=columns)
    out = []
    for (code, speaker), group in selected.groupby(["code", "speaker"], sort=False, dropna=False):
        years = sorted({int(y) for y in group["year"].dropna()})
        out.append({"code": code, "label": group["label"].iloc[0], "speaker": speaker,
                    "speaker_name": group["speaker_name"].iloc[0], "affiliation": group["affiliation"].iloc[0],
                    "role": roles_module.title(group["speaker_role"].iloc[0] if "speaker_role" in group else None),
                    "years": ", ".join(str(y) for y in years) or "undated",
                    "uses": int((~group["negated"]).sum()), "denials": int(group["negated"].sum()),
                    "sources": list(dict.fromkeys(group["source"]))})
    table = pd.DataFrame(out, columns=columns)
    order = {c: i for i, c in enumerate(dict.fromkeys(selected["code"]))}
    table = table.assign(_order=table["code"].map(order))
    table = table.sort_values(["_order", "uses", "speaker_name"], ascending=[True, False, True], kind="stable")
    return table.drop(columns="_order").reset_index(drop=True)


def crosstab(selected: pd.DataFrame, by: str) -> pd.DataFrame:
    """Uses (denials excluded) per label and ``by`` ("affiliation" or "year"), with a total column.

    Rows are labels in the order of ``selected``; a label without uses keeps a
    row of zeros only if it has denials (so that the table says it was denied).
    """
    rows = uses(selected)
    order = list(dict.fromkeys(selected["label"]))
    if selected.empty:
        return pd.DataFrame(columns=["label", "total"])
    values = rows[by].astype("string").fillna("undated") if by == "year" else rows[by]
    table = pd.crosstab(rows["label"], values) if len(rows) else pd.DataFrame(index=pd.Index([], name="label"))
    table = table.reindex(order, fill_value=0)
    if by == "year":
        table = table[sorted(table.columns, key=str)]
    else:
        table = table[sorted(table.columns, key=lambda a: (-table[a].sum(), str(a)))]
    table.columns = [str(c) for c in table.columns]
    table["total"] = table.sum(axis=1)
    table = table.astype("int64")
    return table.reset_index().rename(columns={"index": "label"}).rename_axis(columns=None)


def _trim(text: str, cut: bool, side: str) -> str:
    """Context with line breaks read as spaces; where ``cut``, the partial word goes and an ellipsis marks it."""
    flat = re.sub(r"\s+", " ", text)
    if not cut:
        return flat.lstrip() if side == "left" else flat.rstrip()
    if side == "left":
        parts = flat.split(" ", 1)
        return "… " + (parts[1] if len(parts) > 1 else "").lstrip()
    parts = flat.rsplit(" ", 1)
    return (parts[0] if len(parts) > 1 else "").rstrip() + " …"


def context(body: str, start: int, end: int, width: int = 60) -> tuple[str, str]:
    """The words before and after ``body[start:end]``, within its line, cut at word boundaries.

    >>> compare.context("They are prisoners of war, he said.", 9, 25, 6)
    ('… are ', ', he …')
    """
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    left_from, right_to = max(line_start, start - width), min(line_end, end + width)
    return (_trim(body[left_from:start], left_from > line_start, "left"),
            _trim(body[end:right_to], right_to < line_end, "right"))


def evidence(selected: pd.DataFrame, corpus, width: int = 60) -> pd.DataFrame:
    """Keyword in context for each selected mention: the words before, the match, the words after.

    Context stays inside the mention's line (paragraph) and is cut at word
    boundaries (an ellipsis marks the cut). ``match`` is the exact source
    slice at ``start:end``, ready for :func:`detentio.publish.report.quote`.

    Returns
    -------
    DataFrame
        ``code, label, source, start, end, sentence, date, speaker_name,
        affiliation, voice, negated, left, match, right``.
    """
    columns = ["code", "label", "source", "start", "end", "sentence", "date", "speaker_name",
               "affiliation", "voice", "negated", "left", "match", "right"]
    out = []
    for row in selected.itertuples(index=False):
        left, right = context(corpus.text(row.source), int(row.start), int(row.end), width)
        out.append({"code": row.code, "label": row.label, "source": row.source, "start": int(row.start),
                    "end": int(row.end), "sentence": int(row.sentence), "date": row.date,
                    "speaker_name": row.speaker_name, "affiliation": getattr(row, "affiliation", None),
                    "voice": row.voice,
                    "negated": bool(row.negated),
                    "left": left, "match": corpus.text(row.source)[row.start:row.end], "right": right})
    return pd.DataFrame(out, columns=columns)


def _colour(affiliation: str) -> str:
    return AFFILIATION_COLOURS.get(affiliation, "#999999")


def plot_by_affiliation(selected: pd.DataFrame, ax=None):
    """Horizontal bars: uses of each label, stacked by the speaker's affiliation; denials as a hatched bar.

    Returns the matplotlib Figure.
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    table = crosstab(selected, "affiliation").set_index("label")
    denied = denials(selected).groupby("label").size().reindex(table.index, fill_value=0)
    affiliations = [c for c in table.columns if c != "total"]
    if ax is None:
        fig, ax = plt.subplots(figsize=(7.5, 0.5 * max(len(table), 3) + 1.6))
    else:
        fig = ax.figure
    y = range(len(table))
    left = pd.Series(0, index=table.index)
    for affiliation in affiliations:
        ax.barh(list(y), table[affiliation], left=left, height=0.6, color=_colour(affiliation),
                label=affiliation, edgecolor="white", linewidth=0.5)
        left = left + table[affiliation]
    if denied.sum():
        ax.barh(list(y), denied, left=left, height=0.6, color="white", edgecolor="#444444", hatch="///",
                linewidth=0.8)
    for i, label in enumerate(table.index):
        total, neg = int(table.loc[label, "total"]), int(denied.loc[label])
        note = f"{total}" + (f" (+{neg} denied)" if neg else "")
        ax.text(left.loc[label] + denied.loc[label] + 0.15, i, note, va="center", fontsize=8)
    ax.set_yticks(list(y), list(table.index))
    ax.invert_yaxis()
    ax.set_xlabel("mentions (affirmed uses; denials hatched)")
    ax.set_ylabel("label")
    ax.set_title("Who uses which label: mentions by speaker affiliation")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlim(0, max(1, float((left + denied).max())) * 1.25)
    handles = [Patch(color=_colour(a), label=a) for a in affiliations]
    if denied.sum():
        handles.append(Patch(facecolor="white", edgecolor="#444444", hatch="///", label="denied (negated)"))
    ax.legend(handles=handles, title="speaker affiliation", loc="upper left", bbox_to_anchor=(1.01, 1),
              frameon=False)
    ax.grid(axis="x", color="#dddddd")
    ax.set_axisbelow(True)
    fig.tight_layout()
    return fig


def plot_by_year(selected: pd.DataFrame, ax=None):
    """A label-by-year grid: a circle per cell sized by the number of uses, the number written in it.

    Years are those of the sources' publication dates (an approximate date
    counts in the year of its estimate). Returns the matplotlib Figure.
    """
    import matplotlib.pyplot as plt

    table = crosstab(selected, "year").set_index("label")
    dated = [int(c) for c in table.columns if c.isdigit()]
    # Every year between the first and the last, so that a gap in the record shows as a gap.
    years = [str(y) for y in range(min(dated), max(dated) + 1)] if dated else []
    years += [c for c in table.columns if c not in years and c != "total"]
    table = table.reindex(columns=years + ["total"], fill_value=0)
    if ax is None:
        fig, ax = plt.subplots(figsize=(min(max(3.5 + 0.8 * len(years), 6.5), 9.5),
                                        0.5 * max(len(table), 3) + 1.4))
    else:
        fig = ax.figure
    top = max(1, int(table[years].to_numpy().max())) if years else 1
    for i, label in enumerate(table.index):
        for j, year in enumerate(years):
            n = int(table.loc[label, year])
            if n:
                ax.scatter(j, i, s=120 + 900 * n / top, color="#1f4e79", alpha=0.25, edgecolor="#1f4e79")
                ax.text(j, i, str(n), ha="center", va="center", fontsize=8)
    ax.set_xticks(range(len(years)), years)
    ax.set_yticks(range(len(table)), list(table.index))
    ax.set_xlim(-0.6, max(len(years), 1) - 0.4)
    ax.set_ylim(len(table) - 0.5, -0.5)
    ax.set_xlabel("year of publication of the source (denials excluded)")
    ax.set_ylabel("label")
    ax.set_title("When each label is used: mentions per year")
    ax.grid(color="#eeeeee")
    ax.set_axisbelow(True)
    fig.tight_layout()
    return fig


def first_last(selected: pd.DataFrame) -> pd.DataFrame:
    """The first and the last use of each label in the selection (denials excluded), by publication date.

    Returns
    -------
    DataFrame
        ``code, label, uses, first_source, first_start, first_end, first_date,
        first_speaker, last_source, last_start, last_end, last_date, last_speaker``
        (dates as the sources give them, at their precision). Undated sources
        are left out: there is no first without a date.
    """
    sides = ["source", "start", "end", "date", "speaker"]
    columns = ["code", "label", "uses"] + [f"{s}_{c}" for s in ("first", "last") for c in sides]
    rows = uses(selected)
    rows = rows[rows["published"].notna()].sort_values(["published", "source", "start"], kind="stable")
    out = []
    for code in dict.fromkeys(selected["code"]):
        group = rows[rows["code"] == code]
        if group.empty:
            continue
        record = {"code": code, "label": group["label"].iloc[0], "uses": len(group)}
        for side, row in (("first", group.iloc[0]), ("last", group.iloc[-1])):
            record.update({f"{side}_source": row["source"], f"{side}_start": int(row["start"]),
                           f"{side}_end": int(row["end"]), f"{side}_date": row["date"],
                           f"{side}_speaker": row["speaker_name"]})
        out.append(record)
    return pd.DataFrame(out, columns=columns)


def by_affiliation(selected: pd.DataFrame) -> pd.DataFrame:
    """Per affiliation: uses, the labels it uses (most used first, with counts) and its sources.

    Returns
    -------
    DataFrame
        ``affiliation, uses, labels (list of (label, n)), sources (list)``,
        most uses first.
    """
    return _grouped(selected, "affiliation")


def by_role(selected: pd.DataFrame) -> pd.DataFrame:
    """Per speaker role ("ministry", "ombudsperson", "not given" ...), as :func:`by_affiliation`.

    Returns
    -------
    DataFrame
        ``role, uses, labels (list of (label, n)), sources (list)``, most uses first.
    """
    rows = selected.assign(role=[roles_module.title(r) for r in selected["speaker_role"]]) \
        if "speaker_role" in selected.columns else selected.assign(role="not given")
    return _grouped(rows, "role")


def _grouped(selected: pd.DataFrame, column: str) -> pd.DataFrame:
    rows = uses(selected)
    out = []
    for value, group in rows.groupby(column, sort=False):
        counts = group.groupby("label", sort=False).size().sort_values(ascending=False, kind="stable")
        out.append({column: value, "uses": len(group),
                    "labels": [(label, int(n)) for label, n in counts.items()],
                    "sources": list(dict.fromkeys(group["source"]))})
    table = pd.DataFrame(out, columns=[column, "uses", "labels", "sources"])
    return table.sort_values(["uses", column], ascending=[False, True], kind="stable").reset_index(drop=True)

