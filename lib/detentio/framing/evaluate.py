"""Score the framing engine against the hand-annotated gold set in ``tests/gold``.

>>> from detentio import evaluate
>>> gold_mentions, gold_claims = evaluate.load_gold()
>>> result = evaluate.score_mentions(gold_mentions, predicted_mentions)
>>> result.detection      # precision / recall / F1, overall and per code
>>> result.agreement      # speaker, quoted, negated accuracy on matched mentions
>>> result.errors         # missed, spurious and disagreeing rows, for debugging

A predicted item matches a gold item when both are in the same source, have
the same key (``code`` for mentions, ``value`` for claims) and their spans
overlap; each gold item and each prediction is used at most once. Overlap
rather than exact offsets, because where a phrase starts ("Armenian
prisoners" or "prisoners", with or without quotation marks) is a convention,
while whether the engine found the phrase is the question.

``detentio eval`` runs the engine on the seed corpus, prints a
markdown table of the scores (``--errors`` adds the error listing) and exits
non-zero when a score is below its target (:data:`TARGETS`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

import pandas as pd

from detentio.core import paths
from detentio.core.problems import DetentioError, Problem

LABEL_CODES = (
    "prisoner_of_war", "captive", "hostage", "detainee", "person_held_in_custody",
    "political_prisoner", "civilian", "terrorist_saboteur", "war_criminal",
    "illegal_detention", "enforced_disappearance",
)
CLAUSE_CODES = ("all_for_all", "exchange", "mine_maps", "release")
CODES = LABEL_CODES + CLAUSE_CODES
QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "less_than", "about")

MENTION_COLUMNS = ["source", "start", "end", "text", "code", "speaker", "quoted", "negated"]
CLAIM_COLUMNS = ["source", "start", "end", "text", "value", "qualifier", "what", "speaker"]
MENTION_FIELDS = ("speaker", "quoted", "negated")
CLAIM_FIELDS = ("qualifier", "what", "speaker")

# The figures the engine must reach on the seed corpus (see README, Accuracy).
TARGETS = {
    "mentions precision": 0.95,
    "mentions recall": 0.90,
    "claims precision": 0.95,
    "claims recall": 0.90,
    "mentions speaker accuracy": 0.85,
    "claims speaker accuracy": 0.85,
}


@dataclass
class Evaluation:
    """The scores of one table (mentions or claims) against the gold.

    ``detection`` has one row per scope (``all``, then each code or value)
    with ``gold, predicted, matched, precision, recall, f1``; ``agreement``
    one row per field with ``matched, agree, accuracy``; ``errors`` one row
    per missed, spurious or disagreeing item; ``pairs`` the matched
    ``gold``/``predicted`` row labels.
    """

    detection: pd.DataFrame
    agreement: pd.DataFrame
    errors: pd.DataFrame
    pairs: pd.DataFrame

    def figure(self, name: str) -> float:
        """``precision``/``recall``/``f1`` over all items, or ``<field> accuracy``."""
        if name.endswith(" accuracy"):
            field = name.removesuffix(" accuracy")
            return float(self.agreement.set_index("field").at[field, "accuracy"])
        return float(self.detection.set_index("scope").at["all", name])


def gold_dir() -> Path:
    """The folder holding ``mentions.csv``, ``claims.csv`` and the guidelines."""
    return paths.root() / "tests" / "gold"


# ---------------------------------------------------------------- reading

def _as_bool(value) -> bool:
    """``true``/``false`` as written in a CSV (or already a bool) -> bool."""
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("true", "1", "yes"):
            return True
        if lowered in ("false", "0", "no", ""):
            return False
        raise ValueError(f"not a boolean: {value!r}")
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return False
    return bool(value)


def _missing(value) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value))


# A courtesy title before a speaker's name is no part of it (GUIDELINES, Speaker): a summary record's "Ms. Lindahl"
# and a debate's "Dr. Jonas Weber" are Lindahl and Jonas Weber, however an annotator or the engine writes them. An
# office ("Judge", "Baroness", "Ambassador") is kept: it may be all a text calls its holder.
_COURTESY_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?[ \t]+(?=[A-Z])")


def speaker_name(speaker: str) -> str:
    """``speaker`` without a courtesy title before the name ("Ms. Lindahl" -> "Lindahl"); ids, outlets and names
    without one unchanged."""
    title = _COURTESY_TITLE.match(speaker)
    return speaker[title.end():] if title else speaker


def normalise(frame: pd.DataFrame, columns: list[str], name: str) -> pd.DataFrame:
    """Check ``frame`` has ``columns`` and type them (ints, bools, strings).

    ``name`` says in error messages which table is wrong (a path or
    "predicted mentions"). Extra columns are kept.
    """
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise DetentioError(Problem(name, f"missing column(s): {', '.join(missing)}"))
    out = frame.copy()
    for column in ("start", "end") + (("value",) if "value" in columns else ()):
        numbers = pd.to_numeric(out[column], errors="coerce")
        bad = numbers.isna() | (numbers != numbers.round())
        if bad.any():
            row = int(bad.to_numpy().nonzero()[0][0])
            raise DetentioError(Problem(
                name, f"{column} must be a whole number, found {out[column].iloc[row]!r}", f"row {row + 1}"))
        out[column] = numbers.astype("int64")
    for column in ("quoted", "negated"):
        if column in columns:
            try:
                out[column] = out[column].map(_as_bool).astype(bool)
            except ValueError as exc:
                raise DetentioError(Problem(name, f"{column}: {exc}")) from None
    for column in ("source", "text", "code", "speaker", "qualifier", "what"):
        if column in columns:
            out[column] = out[column].map(lambda v: None if _missing(v) else str(v)).astype(object)
    if "speaker" in columns:
        out["speaker"] = out["speaker"].map(lambda v: None if _missing(v) else speaker_name(v)).astype(object)
    return out.reset_index(drop=True)


def load_gold(folder: str | Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read ``mentions.csv`` and ``claims.csv`` from ``folder`` (default :func:`gold_dir`).

    Returns
    -------
    (mentions, claims) : tuple of DataFrame
        Typed: offsets and values int, ``quoted``/``negated`` bool; the
        ``note`` column is kept.
    """
    folder = Path(folder) if folder is not None else gold_dir()
    frames = []
    for name, columns in (("mentions.csv", MENTION_COLUMNS), ("claims.csv", CLAIM_COLUMNS)):
        path = folder / name
        if not path.is_file():
            raise DetentioError(Problem(paths.relative(path), "gold file not found"))
        # keep_default_na=False: an empty note is "", and "None" stays text.
        raw = pd.read_csv(path, dtype=str, keep_default_na=False)
        frames.append(normalise(raw, columns, paths.relative(path)))
    return frames[0], frames[1]


def check_gold(corpus, mentions: pd.DataFrame, claims: pd.DataFrame) -> list[Problem]:
    """Every problem with the gold rows: spans that do not match the body, unknown codes.

    ``corpus`` is a :class:`detentio.corpus.loader.Corpus` holding the annotated
    sources. Returns an empty list when the gold is sound.
    """
    problems = []
    for table, frame in (("mentions.csv", mentions), ("claims.csv", claims)):
        where = f"tests/gold/{table}"
        for number, row in enumerate(frame.itertuples(index=False), start=1):
            number = f"row {number}"  # data rows, as in load_gold's messages
            if row.source not in corpus.texts:
                problems.append(Problem(where, f"unknown source {row.source!r}", number))
                continue
            found = corpus.text(row.source)[row.start:row.end]
            if found != row.text:
                problems.append(Problem(
                    where, f"text {row.text!r} is not the body at {row.start}-{row.end} ({found!r})", number))
            if table == "mentions.csv" and row.code not in CODES:
                problems.append(Problem(where, f"unknown code {row.code!r}", number))
            if table == "claims.csv" and row.qualifier not in QUALIFIERS:
                problems.append(Problem(where, f"unknown qualifier {row.qualifier!r}", number))
    return problems


# ---------------------------------------------------------------- matching

def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return min(a_end, b_end) - max(a_start, b_start)


def match(gold: pd.DataFrame, predicted: pd.DataFrame, key: str) -> pd.DataFrame:
    """Pair gold and predicted rows: same source, same ``key``, overlapping spans.

    A maximum one-to-one matching (augmenting paths), trying the candidates
    with the largest overlap first, so two predictions inside one gold span
    count once and a long prediction cannot take a gold item that another
    prediction needs.

    Returns
    -------
    DataFrame
        ``gold``, ``predicted``: row labels into the two frames, sorted by gold.
    """
    candidates: dict = {}
    for (source, value), rows in predicted.groupby(["source", key], sort=False):
        golds = gold[(gold["source"] == source) & (gold[key] == value)]
        for p_label, p in rows.iterrows():
            scored = [(_overlap(g.start, g.end, p.start, p.end), g_label) for g_label, g in golds.iterrows()]
            candidates[p_label] = [g for size, g in sorted(scored, key=lambda t: -t[0]) if size > 0]

    owner: dict = {}  # gold label -> predicted label

    def augment(p_label, seen: set) -> bool:
        for g_label in candidates.get(p_label, []):
            if g_label in seen:
                continue
            seen.add(g_label)
            if g_label not in owner or augment(owner[g_label], seen):
                owner[g_label] = p_label
                return True
        return False

    for p_label in predicted.sort_values(["source", "start", "end"]).index:
        augment(p_label, set())
    pairs = pd.DataFrame(sorted(owner.items(), key=lambda kv: gold.index.get_loc(kv[0])),
                         columns=["gold", "predicted"])
    return pairs.astype({"gold": gold.index.dtype, "predicted": predicted.index.dtype})


# ---------------------------------------------------------------- scoring

def _ratio(numerator: int, denominator: int) -> float:
    # 0/0 is undefined (nothing predicted, or nothing to find): NaN, never a free 1.0.
    return numerator / denominator if denominator else float("nan")


def _prf(gold_n: int, predicted_n: int, matched: int) -> dict:
    precision, recall = _ratio(matched, predicted_n), _ratio(matched, gold_n)
    f1 = (2 * precision * recall / (precision + recall)
          if precision + recall > 0 else (0.0 if gold_n and predicted_n else float("nan")))
    return {"gold": gold_n, "predicted": predicted_n, "matched": matched,
            "precision": precision, "recall": recall, "f1": f1}


def detection(gold: pd.DataFrame, predicted: pd.DataFrame, pairs: pd.DataFrame, key: str) -> pd.DataFrame:
    """Precision, recall and F1 over all items (scope ``all``) and per ``key`` value."""
    rows = [{"scope": "all", **_prf(len(gold), len(predicted), len(pairs))}]
    matched_keys = gold.loc[pairs["gold"], key]
    for value in sorted(set(gold[key]) | set(predicted[key]), key=str):
        rows.append({"scope": str(value), **_prf(int((gold[key] == value).sum()),
                                                  int((predicted[key] == value).sum()),
                                                  int((matched_keys == value).sum()))})
    return pd.DataFrame(rows, columns=["scope", "gold", "predicted", "matched", "precision", "recall", "f1"])


def _same(expected, found) -> bool:
    if _missing(expected) or _missing(found):
        return _missing(expected) and _missing(found)
    return expected == found


def agreement(gold: pd.DataFrame, predicted: pd.DataFrame, pairs: pd.DataFrame,
              fields: tuple[str, ...]) -> pd.DataFrame:
    """Accuracy of each attribute ``field`` over the matched pairs."""
    rows = []
    for field in fields:
        expected = gold.loc[pairs["gold"], field].tolist()
        found = predicted.loc[pairs["predicted"], field].tolist()
        agree = sum(_same(e, f) for e, f in zip(expected, found))
        rows.append({"field": field, "matched": len(pairs), "agree": agree,
                     "accuracy": _ratio(agree, len(pairs))})
    return pd.DataFrame(rows, columns=["field", "matched", "agree", "accuracy"])


ERROR_COLUMNS = ["kind", "source", "start", "end", "text", "key", "field", "expected", "found", "note"]


def errors(gold: pd.DataFrame, predicted: pd.DataFrame, pairs: pd.DataFrame, key: str,
           fields: tuple[str, ...]) -> pd.DataFrame:
    """One row per problem: ``missed`` gold items, ``spurious`` predictions, and
    ``wrong <field>`` for matched pairs that disagree on an attribute.

    Offsets and text are the gold's for missed and wrong rows, the
    prediction's for spurious ones; ``note`` carries the gold annotator's note.
    """
    notes = gold["note"] if "note" in gold.columns else pd.Series("", index=gold.index)
    rows = []
    for label in gold.index.difference(pairs["gold"], sort=False):
        g = gold.loc[label]
        rows.append({"kind": "missed", "source": g.source, "start": g.start, "end": g.end, "text": g.text,
                     "key": g[key], "field": None, "expected": g[key], "found": None, "note": notes[label]})
    for label in predicted.index.difference(pairs["predicted"], sort=False):
        p = predicted.loc[label]
        rows.append({"kind": "spurious", "source": p.source, "start": p.start, "end": p.end, "text": p.text,
                     "key": p[key], "field": None, "expected": None, "found": p[key], "note": ""})
    for g_label, p_label in pairs.itertuples(index=False):
        g, p = gold.loc[g_label], predicted.loc[p_label]
        for field in fields:
            if not _same(g[field], p[field]):
                rows.append({"kind": f"wrong {field}", "source": g.source, "start": g.start, "end": g.end,
                             "text": g.text, "key": g[key], "field": field, "expected": g[field],
                             "found": p[field], "note": notes[g_label]})
    out = pd.DataFrame(rows, columns=ERROR_COLUMNS)
    return out.sort_values(["source", "start", "kind"], kind="stable").reset_index(drop=True)


def _score(gold, predicted, key, fields, columns, name) -> Evaluation:
    gold = normalise(gold, columns, "gold " + name)
    predicted = normalise(predicted, columns, "predicted " + name)
    pairs = match(gold, predicted, key)
    return Evaluation(detection(gold, predicted, pairs, key), agreement(gold, predicted, pairs, fields),
                      errors(gold, predicted, pairs, key, fields), pairs)


def score_mentions(gold: pd.DataFrame, predicted: pd.DataFrame) -> Evaluation:
    """Score predicted mentions (key ``code``; fields speaker, quoted, negated)."""
    return _score(gold, predicted, "code", MENTION_FIELDS, MENTION_COLUMNS, "mentions")


def score_claims(gold: pd.DataFrame, predicted: pd.DataFrame) -> Evaluation:
    """Score predicted count claims (key ``value``; fields qualifier, what, speaker)."""
    return _score(gold, predicted, "value", CLAIM_FIELDS, CLAIM_COLUMNS, "claims")


def summary(mentions: Evaluation, claims: Evaluation, targets: dict | None = None) -> pd.DataFrame:
    """The headline figures with their targets: ``measure, value, target, ok``.

    Every figure is listed; those without a target have ``target`` NaN and
    ``ok`` True. A NaN figure (nothing to score) is not ok when it has a target.
    """
    targets = TARGETS if targets is None else targets
    rows = []
    for table, result in (("mentions", mentions), ("claims", claims)):
        for name in ("precision", "recall", "f1"):
            rows.append((f"{table} {name}", result.figure(name)))
        for field in result.agreement["field"]:
            rows.append((f"{table} {field} accuracy", result.figure(f"{field} accuracy")))
    out = pd.DataFrame(rows, columns=["measure", "value"])
    out["target"] = out["measure"].map(targets).astype(float)
    out["ok"] = out["target"].isna() | (out["value"] >= out["target"])
    return out


# ---------------------------------------------------------------- reporting

def _cell(value) -> str:
    if isinstance(value, float):
        return "-" if pd.isna(value) else f"{value:.3f}"
    if _missing(value):
        return ""
    return str(value).replace("|", "\\|").replace("\n", " ")


def markdown(frame: pd.DataFrame) -> str:
    """A DataFrame as a GitHub markdown table (no extra dependency)."""
    lines = ["| " + " | ".join(map(str, frame.columns)) + " |",
             "|" + "|".join("---" for _ in frame.columns) + "|"]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join(lines)


def render(mentions: Evaluation, claims: Evaluation, *, with_errors: bool = False) -> str:
    """The report printed by ``detentio eval``."""
    table = summary(mentions, claims)
    table["ok"] = table["ok"].map({True: "yes", False: "**no**"})
    parts = ["## Scores against tests/gold", "", markdown(table), "",
             "## Mentions by code", "", markdown(mentions.detection), "",
             "## Claims by value", "", markdown(claims.detection)]
    if with_errors:
        for name, result in (("Mention errors", mentions), ("Claim errors", claims)):
            parts += ["", f"## {name} ({len(result.errors)})", "",
                      markdown(result.errors) if len(result.errors) else "none"]
    return "\n".join(parts) + "\n"


def run_engine(corpus) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The engine's mentions and claims for ``corpus`` (imported late: it is optional here)."""
    mention_engine = import_module(f"{__package__}.mentions")
    claim_engine = import_module(f"{__package__}.claims")

    # the engine alone: the gold scores measure the rules, not the reviewer's decisions
    return mention_engine.find(corpus, corrected=False), claim_engine.find(corpus, corrected=False)


def score_folder(gold: Path | str | None = None, sources: Path | str | None = None) -> tuple[Evaluation, Evaluation]:
    """Score the engine against the gold set in ``gold`` (default tests/gold) on its
    sources: ``sources``, else ``gold/sources`` when the set has its own, else
    data/sources. Raises :class:`DetentioError` for a gold file that does not fit.

    Returns ``(mentions, claims)`` evaluations (see :func:`render`, :func:`summary`).
    """
    from detentio.corpus import loader as corpus_module

    folder = Path(gold) if gold else gold_dir()
    if sources is None:
        sources = folder / "sources" if (folder / "sources").is_dir() else paths.sources()
    gold_mentions, gold_claims = load_gold(folder)
    corpus = corpus_module.load(sources)
    problems = check_gold(corpus, gold_mentions, gold_claims)
    if problems:
        raise DetentioError(problems)
    predicted_mentions, predicted_claims = run_engine(corpus)
    # Sources added to data/sources after the annotation are not in the
    # gold: predictions there would count as spurious, so leave them out.
    annotated = set(gold_mentions["source"]) | set(gold_claims["source"])
    predicted_mentions = predicted_mentions[predicted_mentions["source"].isin(annotated)]
    predicted_claims = predicted_claims[predicted_claims["source"].isin(annotated)]
    return score_mentions(gold_mentions, predicted_mentions), score_claims(gold_claims, predicted_claims)


def below_target(mentions: Evaluation, claims: Evaluation) -> list[str]:
    """One line per figure below its target (empty when every target is met)."""
    failing = summary(mentions, claims).query("not ok")
    return [f"below target: {row.measure} {_cell(row.value)} < {row.target:.2f}"
            for row in failing.itertuples(index=False)]
