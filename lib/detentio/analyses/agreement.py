"""The engine's agreement with the reviewer, from the items a reviewer checked or corrected.

>>> from detentio.analyses import agreement
>>> agreement.table(mentions.find(c), claims.find(c))
   kind     field  items  agree  accuracy  kappa
mentions  speaker     12     11     0.917  0.874

For every reviewed item (``reviewed`` true: accepted as the engine gave it,
or corrected) each field's engine value (kept in the ``engine`` column when
the reviewer replaced it) is set against the decided value. ``accuracy`` is
the share of items where they agree; ``kappa`` is Cohen's kappa from
scikit-learn (``cohen_kappa_score``): agreement beyond what the two sets of
values would reach by chance, empty when it is undefined (a single value on
both sides). The row ``found`` counts the reviewed items the reviewer kept
as real mentions or claims against those dropped (``drop``): its kappa is
always empty, since the engine only proposes items it found. Items the
reviewer added are what the engine missed; they are counted in ``added``.
"""
from __future__ import annotations

import warnings

import pandas as pd

FIELDS = {"mentions": ("speaker", "code", "negated", "quoted"),
          "claims": ("value", "qualifier", "what", "speaker")}
COLUMNS = ["kind", "field", "items", "agree", "accuracy", "kappa"]


def engine_values(row: dict) -> dict[str, str]:
    """The engine's replaced values of a row: ``"speaker=x; negated=false" -> {"speaker": "x", ...}``."""
    text = row.get("engine") or ""
    return dict(part.partition("=")[::2] for part in text.split("; ") if "=" in part)


def as_label(value) -> str:
    """A field's value as the label compared: booleans in lower case, a missing value as ""."""
    if isinstance(value, bool):
        return str(value).lower()
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def kappa(engine: list[str], decided: list[str]) -> float | None:
    """Cohen's kappa of two label lists; None when it is undefined."""
    from sklearn.metrics import cohen_kappa_score

    if len(set(engine) | set(decided)) < 2:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = cohen_kappa_score(engine, decided)
    return None if pd.isna(value) else float(value)


def _kind(table: pd.DataFrame, kind: str, dropped: int) -> list[dict]:
    from detentio.framing.corrections import ADDED

    seen = [r for r in table.to_dict(orient="records") if r.get("reviewed") and r.get("engine") != ADDED]
    added = int((table.get("engine", pd.Series(dtype=str)) == ADDED).sum())
    rows = [{"kind": kind, "field": "found", "items": len(seen) + dropped, "agree": len(seen),
             "accuracy": len(seen) / (len(seen) + dropped) if seen or dropped else None, "kappa": None},
            {"kind": kind, "field": "added", "items": added, "agree": 0, "accuracy": None, "kappa": None}]
    for field in FIELDS[kind]:
        engine, decided = [], []
        for record in seen:
            old = engine_values(record)
            decided.append(as_label(record.get(field)))
            engine.append(old[field] if field in old else decided[-1])
        agree = sum(a == b for a, b in zip(engine, decided))
        rows.append({"kind": kind, "field": field, "items": len(seen), "agree": agree,
                     "accuracy": agree / len(seen) if seen else None, "kappa": kappa(engine, decided)})
    return rows


def table(mentions: pd.DataFrame, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per kind and field: reviewed ``items``, how many the engine got right (``agree``), accuracy, kappa."""
    from detentio.framing import corrections

    rows = []
    for kind, frame in (("mentions", mentions), ("claims", claims)):
        if frame is None:
            continue
        sources = set(frame["source"])
        drops = {r.key for r in corrections.load() if r.kind == kind and r.name == "drop" and r.source in sources}
        rows += _kind(frame, kind, len(drops))
    out = pd.DataFrame(rows, columns=COLUMNS)
    out["accuracy"] = out["accuracy"].astype("Float64")
    out["kappa"] = out["kappa"].astype("Float64")
    return out
