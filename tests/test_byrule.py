"""Each rule scored alone (``detentio eval --by-rule``): speaker rules, phrase forms, claim shapes and negation
forms."""
from __future__ import annotations

import shutil
from pathlib import Path

from detentio.framing import byrule, negation
from detentio.framing.claims.shapes import SHAPES
from detentio.framing.speakers.phrases import FORMS as PHRASES
from detentio.framing.speakers.registry import TABLE

GOLD = Path(__file__).resolve().parent / "gold"


def test_every_unit_has_a_row_and_the_counts_add_up(tmp_path):
    for name in ("mentions.csv", "claims.csv"):  # the seed gold alone: no held-out set beside it
        shutil.copy(GOLD / name, tmp_path / name)
    table = byrule.score(tmp_path)
    assert set(table["set"]) == {"seed"}
    assert [tuple(r) for r in table[["kind", "code"]].itertuples(index=False)] == (
        [("speaker", u.code) for u in TABLE] + [("phrase", u.code) for u in PHRASES] + [("claim", u.code) for u in SHAPES]
        + [("negation", u.code) for u in negation.FORMS])
    assert (table["right"] <= table["decided"]).all()
    decided = table[table["decided"] > 0]
    assert ((decided["precision"] - decided["right"] / decided["decided"]).abs() < 1e-9).all()
    # the seed gold has denials ("not a prisoner of war"): the plain form decides them, and rightly
    plain = table[(table["kind"] == "negation") & (table["name"] == "not_label")].iloc[0]
    assert plain["decided"] > 0 and plain["right"] == plain["decided"]
    assert table.loc[table["kind"] == "speaker", "decided"].sum() == 80  # the matched gold mentions and claims
    # a phrase form decides only rows a cue's speaker phrase named: fewer than the rules, and "registered"
    # ("Pashinyan said", "Baku argues") names most of the seeds' speakers
    phrased = table[table["kind"] == "phrase"].set_index("name")
    assert 0 < phrased["decided"].sum() < 80
    assert phrased["decided"].idxmax() == "registered"
