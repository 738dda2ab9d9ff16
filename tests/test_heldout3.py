"""The framing engine on the third held-out set, annotated blind and kept untuned.

``tests/gold/heldout3/`` holds six synthetic sources in genres the first two
sets do not have (a court's interim-measures summary, a written parliamentary
question and answer, a live blog, an NGO report with a table, a feature with
nested quotations, a press digest), annotated by hand under
``tests/gold/GUIDELINES.md`` without reading the engine, the codebook or the
other held-out texts (decisions in ``tests/gold/heldout3/README.md``).

Unlike the first two sets, this one is **not** used to improve the rules: its
scores are the project's measure of how the engine does on text it was not
fitted to. The floors below are therefore the first run's figures, rounded
down: a tripwire for regressions, not a target. Every figure is recorded
(``record_property``, and the full report with the error listing in
``tests/artifacts/heldout3_scores.md``).

Same figures by hand::

    .venv/bin/python -m detentio.evaluate --gold tests/gold/heldout3 \\
        --sources tests/gold/heldout3/sources --errors
"""
from __future__ import annotations

import pytest

from conftest import ARTIFACTS
from detentio import corpus, evaluate
from detentio.check import check_sources

# First run (2026-11-28): mentions P/R 0.929/0.967, speaker 0.476; claims P/R 0.906/0.644, speaker 0.586.
FLOORS = {
    "mentions precision": 0.90,
    "mentions recall": 0.93,
    "mentions speaker accuracy": 0.45,
    "claims precision": 0.85,
    "claims recall": 0.60,
    "claims speaker accuracy": 0.55,
}

HELDOUT3 = evaluate.gold_dir() / "heldout3"
SOURCES = HELDOUT3 / "sources"


@pytest.fixture(scope="module")
def heldout3():
    return corpus.load(SOURCES)


@pytest.fixture(scope="module")
def gold():
    return evaluate.load_gold(HELDOUT3)


def test_heldout3_sources_are_valid():
    assert check_sources([SOURCES]) == []


def test_heldout3_sources_are_in_no_other_set(heldout3):
    others = set(corpus.load().texts)
    for name in ("heldout", "heldout2"):
        others |= set(corpus.load(evaluate.gold_dir() / name / "sources").texts)
    assert not set(heldout3.texts) & others


def test_heldout3_gold_rows_slice_exactly(heldout3, gold):
    for name, frame in zip(("mentions", "claims"), gold):
        for row in frame.itertuples(index=False):
            found = heldout3.text(row.source)[row.start:row.end]
            assert found == row.text, f"{name}: {row.source} {row.start}-{row.end} is {found!r}, not {row.text!r}"
    assert evaluate.check_gold(heldout3, *gold) == []


def test_heldout3_gold_covers_every_source_and_no_chrome(heldout3, gold):
    mentions, claims = gold
    assert set(mentions["source"]) == set(heldout3.texts)
    assert (len(mentions), len(claims)) == (150, 45)
    chrome = heldout3.boilerplate
    for frame in (mentions, claims):
        for row in frame.itertuples(index=False):
            spans = chrome[chrome["source"] == row.source]
            assert not ((spans["start"] <= row.start) & (row.end <= spans["end"])).any(), row


@pytest.fixture(scope="module")
def scores(heldout3, gold):
    pytest.importorskip("detentio.mentions")
    pytest.importorskip("detentio.claims")
    predicted_mentions, predicted_claims = evaluate.run_engine(heldout3)
    mentions = evaluate.score_mentions(gold[0], predicted_mentions)
    claims = evaluate.score_claims(gold[1], predicted_claims)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    report = evaluate.render(mentions, claims, with_errors=True).replace(
        "## Scores against tests/gold", "## Scores against tests/gold/heldout3 (untuned; targets are the seed targets)", 1)
    (ARTIFACTS / "heldout3_scores.md").write_text(report, encoding="utf-8")
    return {"mentions": mentions, "claims": claims}


def test_record_heldout3_scores(scores, record_property):
    table = evaluate.summary(scores["mentions"], scores["claims"], targets=FLOORS)
    for row in table.itertuples(index=False):
        record_property(row.measure, round(row.value, 3))
    print("\n" + evaluate.markdown(table[["measure", "value", "target"]].rename(columns={"target": "floor"})))
    assert len(table) == 12


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_engine_meets_heldout3_floor(scores, measure):
    table, _, figure = measure.partition(" ")
    result = scores[table]
    value = result.figure(figure)
    listing = evaluate.markdown(result.errors[["kind", "source", "start", "text", "key", "expected", "found"]])
    assert value >= FLOORS[measure], f"held-out 3 {measure} {value:.3f} < {FLOORS[measure]}\n{listing}"
