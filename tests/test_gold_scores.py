"""The framing engine reaches its accuracy targets on the hand-annotated seed corpus.

Active as soon as ``detentio.framing.mentions`` exists (the claim targets as soon as
``detentio.framing.claims`` exists too); the figures and targets are those printed
by ``make eval``.
"""
from __future__ import annotations

import pytest

mentions_engine = pytest.importorskip("detentio.framing.mentions")

from detentio import corpus, evaluate  # noqa: E402


@pytest.fixture(scope="module")
def seeds():
    return corpus.load()


@pytest.fixture(scope="module")
def gold():
    return evaluate.load_gold()


def assert_meets(result: evaluate.Evaluation, table: str, measure: str) -> None:
    target = evaluate.TARGETS[f"{table} {measure}"]
    value = result.figure(measure)
    listing = evaluate.markdown(result.errors[["kind", "source", "start", "text", "key", "expected", "found"]])
    assert value >= target, f"{table} {measure} {value:.3f} < {target}\n{listing}"


@pytest.mark.parametrize("measure", ["precision", "recall", "speaker accuracy"])
def test_mentions_meet_target(seeds, gold, measure):
    assert_meets(evaluate.score_mentions(gold[0], mentions_engine.find(seeds)), "mentions", measure)


@pytest.mark.parametrize("measure", ["precision", "recall", "speaker accuracy"])
def test_claims_meet_target(seeds, gold, measure):
    claims_engine = pytest.importorskip("detentio.framing.claims")
    assert_meets(evaluate.score_claims(gold[1], claims_engine.find(seeds)), "claims", measure)


def test_every_target_is_checked_here():
    checked = {f"{t} {m}" for t in ("mentions", "claims") for m in ("precision", "recall", "speaker accuracy")}
    assert checked == set(evaluate.TARGETS)
