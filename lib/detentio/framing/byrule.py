"""Each rule alone: how many gold items a speaker rule, a speaker phrase form, a claim shape or a
negation form decided, and how often it was right (the precision of the items it decided), on the seed
gold and each held-out set.

>>> from detentio.framing import byrule
>>> byrule.score()     # one row per gold set and unit: set, kind, code, name, decided, right, precision

A speaker rule decided a gold item when the engine found the item (a matched
mention or claim) and the rule gave its speaker; it was right when that
speaker is the gold speaker. A phrase form decided the items whose ``phrase`` column names it (it read
the speaker phrase of the cue the speaker rule applied), right likewise. A claim shape decided every
claim it found; it
was right when the claim matches a gold claim (same value, overlapping span). A negation form
decided every matched mention it denied; it was right when the gold mention is negated too.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from detentio.core import paths
from detentio.framing import evaluate
from detentio.framing.claims.shapes import SHAPES
from detentio.framing.negation import FORMS
from detentio.framing.speakers.phrases import FORMS as PHRASES
from detentio.framing.speakers.registry import TABLE

COLUMNS = ["set", "kind", "code", "name", "decided", "right", "precision"]


def gold_sets(folder: str | Path | None = None) -> dict[str, tuple[Path, Path]]:
    """Name -> (gold folder, sources folder): the seed gold and every ``heldout*`` set beside it."""
    gold = Path(folder) if folder is not None else evaluate.gold_dir()
    found = {"seed": (gold, paths.sources())} if (gold / "mentions.csv").is_file() else {}
    for held in sorted(gold.glob("heldout*")):
        if (held / "mentions.csv").is_file() and (held / "sources").is_dir():
            found[held.name] = (held, held / "sources")
    return found


def _speaker_rows(name: str, pairs_and_frames, kind: str = "speaker", column: str = "rule", units=TABLE) -> list[dict]:
    """The speaker rules (or, with ``column="phrase"``, the phrase forms) on matched mentions and claims."""
    decided: dict[str, list[bool]] = {}
    for pairs, gold, predicted in pairs_and_frames:
        if column not in predicted.columns:
            continue
        for g_label, p_label in zip(pairs["gold"], pairs["predicted"]):
            unit = predicted.at[p_label, column]
            if isinstance(unit, str) and unit:
                decided.setdefault(unit, []).append(predicted.at[p_label, "speaker"] == gold.at[g_label, "speaker"])
    return [_row(name, kind, unit, decided.get(unit.name, [])) for unit in units]


def _shape_rows(name: str, pairs: pd.DataFrame, predicted: pd.DataFrame) -> list[dict]:
    matched = set(pairs["predicted"])
    return [_row(name, "claim", unit, [label in matched for label in predicted.index[predicted["shape"] == unit.name]])
            for unit in SHAPES]


def _negation_rows(name: str, pairs: pd.DataFrame, gold: pd.DataFrame, predicted: pd.DataFrame) -> list[dict]:
    decided: dict[str, list[bool]] = {}
    for g_label, p_label in zip(pairs["gold"], pairs["predicted"]):
        form = predicted.at[p_label, "negation"] if "negation" in predicted.columns else None
        if isinstance(form, str) and form:
            decided.setdefault(form, []).append(bool(gold.at[g_label, "negated"]))
    return [_row(name, "negation", unit, decided.get(unit.name, [])) for unit in FORMS]


def _row(name: str, kind: str, unit, verdicts: list[bool]) -> dict:
    right = sum(verdicts)
    return {"set": name, "kind": kind, "code": unit.code, "name": unit.name, "decided": len(verdicts),
            "right": right, "precision": right / len(verdicts) if verdicts else float("nan")}


def score(folder: str | Path | None = None) -> pd.DataFrame:
    """The table of every unit on every gold set (see the module docstring)."""
    from detentio.corpus import loader

    rows = []
    for name, (gold_folder, sources) in gold_sets(folder).items():
        gold_mentions, gold_claims = evaluate.load_gold(gold_folder)
        mentions, claims = evaluate.run_engine(loader.load(sources))
        annotated = set(gold_mentions["source"]) | set(gold_claims["source"])
        mentions = mentions[mentions["source"].isin(annotated)]
        claims = claims[claims["source"].isin(annotated)]
        mention_pairs = evaluate.match(gold_mentions, mentions, "code")
        claim_pairs = evaluate.match(gold_claims, claims, "value")
        matched = [(mention_pairs, gold_mentions, mentions), (claim_pairs, gold_claims, claims)]
        rows += _speaker_rows(name, matched)
        rows += _speaker_rows(name, matched, "phrase", "phrase", PHRASES)
        rows += _shape_rows(name, claim_pairs, claims)
        rows += _negation_rows(name, mention_pairs, gold_mentions, mentions)
    return pd.DataFrame(rows, columns=COLUMNS)
