"""How far two hand annotations of the same texts agree: the ceiling a rule can be held to.

>>> from detentio.analyses import annotators
>>> annotators.compare(first_folder, second_folder)      # one row per table and field
>>> annotators.differences(first_folder, second_folder)  # every row they differ on

Two folders with ``mentions.csv`` and ``claims.csv`` in the gold format
(``tests/gold/GUIDELINES.md``) over the same sources. Rows are paired as the
evaluator pairs the engine's with the gold (:func:`detentio.framing.evaluate.match`:
same source, same code or value, overlapping spans), so the figures read like
the engine's: ``found`` is the share of the rows of either annotation that the
other has too (``items`` pairs over the mean of ``first`` and ``second``, the
F1 of one against the other, which is symmetric); every other field row is
the share of paired rows on which both annotators chose the same value, with
Cohen's kappa (:func:`detentio.analyses.agreement.kappa`) beside it. The
engine's speaker accuracy on a set can hardly be trusted above the speaker
agreement of two careful annotators on it.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from detentio.analyses.agreement import as_label, kappa
from detentio.core.problems import DetentioError, Problem
from detentio.framing import evaluate

COLUMNS = ["kind", "field", "first", "second", "items", "agree", "accuracy", "kappa"]


def _rows(kind: str, first: pd.DataFrame, second: pd.DataFrame, key: str, fields: tuple[str, ...]) -> list[dict]:
    pairs = evaluate.match(first, second, key)
    a = first.loc[pairs["gold"]].reset_index(drop=True)
    b = second.loc[pairs["predicted"]].reset_index(drop=True)
    n = len(pairs)
    found = 2 * n / (len(first) + len(second)) if len(first) + len(second) else float("nan")
    rows = [{"kind": kind, "field": "found", "first": len(first), "second": len(second), "items": n,
             "agree": n, "accuracy": found, "kappa": None}]
    for field in fields:
        left, right = a[field].map(as_label).tolist(), b[field].map(as_label).tolist()
        agree = sum(x == y for x, y in zip(left, right))
        rows.append({"kind": kind, "field": field, "first": len(first), "second": len(second), "items": n,
                     "agree": agree, "accuracy": agree / n if n else float("nan"),
                     "kappa": kappa(left, right) if n else None})
    return rows


def _load(first: str | Path, second: str | Path):
    first_m, first_c = evaluate.load_gold(first)
    second_m, second_c = evaluate.load_gold(second)
    only = set(first_m["source"]) ^ set(second_m["source"])
    if only:
        raise DetentioError(Problem(str(second), "the two annotations cover different sources: "
                                    + ", ".join(sorted(only))))
    return first_m, first_c, second_m, second_c


def _claim_fields(first: pd.DataFrame, second: pd.DataFrame) -> tuple[str, ...]:
    # status and side came with held-out 4; older sets have neither
    extra = tuple(f for f in ("status", "side") if f in first.columns and f in second.columns)
    return evaluate.CLAIM_FIELDS + extra


def compare(first: str | Path, second: str | Path) -> pd.DataFrame:
    """Agreement of the annotation in folder ``second`` with the one in ``first``.

    Both must annotate the same sources: a source annotated in one folder and
    not the other is an error naming it, since its rows would count as
    disagreement when they are only absence.
    """
    first_m, first_c, second_m, second_c = _load(first, second)
    rows = _rows("mentions", first_m, second_m, "code", evaluate.MENTION_FIELDS)
    rows += _rows("claims", first_c, second_c, "value", _claim_fields(first_c, second_c))
    out = pd.DataFrame(rows, columns=COLUMNS)
    out["kappa"] = out["kappa"].astype("Float64")
    return out


def differences(first: str | Path, second: str | Path) -> pd.DataFrame:
    """Every row on which the two annotations differ, to settle in the guidelines.

    The evaluator's error rows (:func:`detentio.framing.evaluate.errors`) with
    the first annotation as ``expected`` and the second as ``found``: kinds
    ``only first``, ``only second`` and ``<field> differs``, and a ``table``
    column (mentions or claims).
    """
    first_m, first_c, second_m, second_c = _load(first, second)
    frames = []
    for table, a, b, key, fields in (("mentions", first_m, second_m, "code", evaluate.MENTION_FIELDS),
                                     ("claims", first_c, second_c, "value", _claim_fields(first_c, second_c))):
        pairs = evaluate.match(a, b, key)
        rows = evaluate.errors(a, b, pairs, key, fields)
        rows["kind"] = rows["kind"].replace({"missed": "only first", "spurious": "only second"}).str.replace(
            r"^wrong (\w+)$", r"\1 differs", regex=True)
        rows.insert(0, "table", table)
        frames.append(rows)
    return pd.concat(frames, ignore_index=True)
