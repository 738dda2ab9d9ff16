"""The framing engine on the second held-out set, annotated blind.

``tests/gold/heldout2/`` holds six synthetic sources (a Q&A interview, a UN
treaty-body summary, a PACE debate, a wire story, a translated agency
dispatch, an op-ed) annotated by hand under ``tests/gold/GUIDELINES.md``
without reading the engine's rules or the first held-out texts (decisions in
``tests/gold/heldout2/README.md``). Same loose floors as ``test_heldout.py``;
every figure is recorded (``record_property``, and the full report with the
error listing in ``tests/artifacts/heldout2_scores.md``).

Same figures by hand::

    .venv/bin/python -m detentio.evaluate --gold tests/gold/heldout2 \\
        --sources tests/gold/heldout2/sources --errors
"""
from __future__ import annotations

import pytest

from conftest import ARTIFACTS
from detentio import corpus, evaluate
from detentio.check import check_sources
from test_heldout import FLOORS

HELDOUT2 = evaluate.gold_dir() / "heldout2"
SOURCES = HELDOUT2 / "sources"


@pytest.fixture(scope="module")
def heldout2():
    return corpus.load(SOURCES)


@pytest.fixture(scope="module")
def gold():
    return evaluate.load_gold(HELDOUT2)


def test_heldout2_sources_are_valid():
    assert check_sources([SOURCES]) == []


def test_heldout2_sources_are_in_no_other_set(heldout2):
    others = set(corpus.load().texts) | set(corpus.load(evaluate.gold_dir() / "heldout" / "sources").texts)
    assert not set(heldout2.texts) & others


def test_heldout2_gold_rows_slice_exactly(heldout2, gold):
    for name, frame in zip(("mentions", "claims"), gold):
        for row in frame.itertuples(index=False):
            found = heldout2.text(row.source)[row.start:row.end]
            assert found == row.text, f"{name}: {row.source} {row.start}-{row.end} is {found!r}, not {row.text!r}"
    assert evaluate.check_gold(heldout2, *gold) == []


def test_heldout2_gold_covers_every_source_and_no_chrome(heldout2, gold):
    mentions, claims = gold
    assert set(mentions["source"]) == set(heldout2.texts)
    assert (len(mentions), len(claims)) == (87, 20)
    chrome = heldout2.boilerplate
    for frame in (mentions, claims):
        for row in frame.itertuples(index=False):
            spans = chrome[chrome["source"] == row.source]
            assert not ((spans["start"] <= row.start) & (row.end <= spans["end"])).any(), row


@pytest.fixture(scope="module")
def scores(heldout2, gold):
    pytest.importorskip("detentio.mentions")
    pytest.importorskip("detentio.claims")
    predicted_mentions, predicted_claims = evaluate.run_engine(heldout2)
    mentions = evaluate.score_mentions(gold[0], predicted_mentions)
    claims = evaluate.score_claims(gold[1], predicted_claims)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    report = evaluate.render(mentions, claims, with_errors=True).replace(
        "## Scores against tests/gold", "## Scores against tests/gold/heldout2 (targets are the seed targets)", 1)
    (ARTIFACTS / "heldout2_scores.md").write_text(report, encoding="utf-8")
    return {"mentions": mentions, "claims": claims}


def test_record_heldout2_scores(scores, record_property):
    table = evaluate.summary(scores["mentions"], scores["claims"], targets=FLOORS)
    for row in table.itertuples(index=False):
        record_property(row.measure, round(row.value, 3))
    print("\n" + evaluate.markdown(table[["measure", "value", "target"]].rename(columns={"target": "floor"})))
    assert len(table) == 12


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_engine_meets_heldout2_floor(scores, measure):
    table, _, figure = measure.partition(" ")
    result = scores[table]
    value = result.figure(figure)
    listing = evaluate.markdown(result.errors[["kind", "source", "start", "text", "key", "expected", "found"]])
    assert value >= FLOORS[measure], f"held-out 2 {measure} {value:.3f} < {FLOORS[measure]}\n{listing}"
