"""The framing engine on the held-out set: texts it was never tuned on.

``tests/gold/heldout/`` holds eight synthetic news-style sources (statements,
a briefing transcript, wire stories, a court report, an op-ed) annotated by
hand under ``tests/gold/GUIDELINES.md`` (decisions new to this set in
``tests/gold/heldout/README.md``). The seed targets of ``make eval`` measure
fit; these loose floors measure generalisation and fail only on a real
regression. Every figure is recorded (``record_property``, and the full
report with the error listing in ``tests/artifacts/heldout_scores.md``).

Same figures by hand::

    .venv/bin/python -m detentio.evaluate --gold tests/gold/heldout \\
        --sources tests/gold/heldout/sources --errors
"""
from __future__ import annotations

import pytest

from conftest import ARTIFACTS
from detentio import corpus, evaluate
from detentio.check import check_sources

HELDOUT = evaluate.gold_dir() / "heldout"
SOURCES = HELDOUT / "sources"

FLOORS = {
    "mentions precision": 0.85,
    "mentions recall": 0.80,
    "mentions speaker accuracy": 0.70,
    "claims precision": 0.80,
    "claims recall": 0.70,
    "claims speaker accuracy": 0.70,
}


@pytest.fixture(scope="module")
def heldout():
    return corpus.load(SOURCES)


@pytest.fixture(scope="module")
def gold():
    return evaluate.load_gold(HELDOUT)


def test_heldout_sources_are_valid():
    assert check_sources([SOURCES]) == []


def test_heldout_sources_are_not_in_the_seed_corpus(heldout):
    assert not set(heldout.texts) & set(corpus.load().texts)


def test_heldout_gold_rows_slice_exactly(heldout, gold):
    for name, frame in zip(("mentions", "claims"), gold):
        for row in frame.itertuples(index=False):
            found = heldout.text(row.source)[row.start:row.end]
            assert found == row.text, f"{name}: {row.source} {row.start}-{row.end} is {found!r}, not {row.text!r}"
    assert evaluate.check_gold(heldout, *gold) == []


def test_heldout_gold_covers_every_source_and_no_chrome(heldout, gold):
    mentions, claims = gold
    assert set(mentions["source"]) == set(heldout.texts)
    chrome = heldout.boilerplate
    for frame in (mentions, claims):
        for row in frame.itertuples(index=False):
            spans = chrome[chrome["source"] == row.source]
            assert not ((spans["start"] <= row.start) & (row.end <= spans["end"])).any(), row


@pytest.fixture(scope="module")
def scores(heldout, gold):
    pytest.importorskip("detentio.mentions")
    pytest.importorskip("detentio.claims")
    predicted_mentions, predicted_claims = evaluate.run_engine(heldout)
    mentions = evaluate.score_mentions(gold[0], predicted_mentions)
    claims = evaluate.score_claims(gold[1], predicted_claims)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    report = evaluate.render(mentions, claims, with_errors=True).replace(
        "## Scores against tests/gold", "## Scores against tests/gold/heldout (targets are the seed targets)", 1)
    (ARTIFACTS / "heldout_scores.md").write_text(report, encoding="utf-8")
    return {"mentions": mentions, "claims": claims}


def test_record_heldout_scores(scores, record_property):
    table = evaluate.summary(scores["mentions"], scores["claims"], targets=FLOORS)
    for row in table.itertuples(index=False):
        record_property(row.measure, round(row.value, 3))
    print("\n" + evaluate.markdown(table[["measure", "value", "target"]].rename(columns={"target": "floor"})))
    assert len(table) == 12


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_engine_meets_heldout_floor(scores, measure):
    table, _, figure = measure.partition(" ")
    result = scores[table]
    value = result.figure(figure)
    listing = evaluate.markdown(result.errors[["kind", "source", "start", "text", "key", "expected", "found"]])
    assert value >= FLOORS[measure], f"held-out {measure} {value:.3f} < {FLOORS[measure]}\n{listing}"


def test_evaluate_command_scores_a_gold_folder_with_its_sources(capsys):
    pytest.importorskip("detentio.mentions")
    pytest.importorskip("detentio.claims")
    status = evaluate.main(["--gold", str(HELDOUT), "--sources", str(SOURCES)])
    out = capsys.readouterr().out
    assert status in (0, 1)  # 1: below the seed targets, which this set is not held to
    assert "| mentions precision |" in out and "| all | 104 |" in out
