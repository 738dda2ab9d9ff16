"""The framing engine reaches its accuracy targets on the hand-annotated seed corpus.

The figures and targets are those printed by ``make eval``. The engine is
imported plainly: a moved or broken module fails these gates, never skips them.
"""
from __future__ import annotations

import pytest

from detentio import evaluate
from detentio.framing import claims as claims_engine
from detentio.framing import mentions as mentions_engine


def assert_meets(result: evaluate.Evaluation, table: str, measure: str) -> None:
    target = evaluate.TARGETS[f"{table} {measure}"]
    value = result.figure(measure)
    listing = evaluate.markdown(result.errors[["kind", "source", "start", "text", "key", "expected", "found"]])
    assert value >= target, f"{table} {measure} {value:.3f} < {target}\n{listing}"


@pytest.mark.parametrize("measure", ["precision", "recall", "speaker accuracy"])
def test_mentions_meet_target(seed_mentions, seed_gold, measure):
    assert_meets(evaluate.score_mentions(seed_gold[0], seed_mentions), "mentions", measure)


@pytest.mark.parametrize("measure", ["precision", "recall", "speaker accuracy"])
def test_claims_meet_target(seed_claims, seed_gold, measure):
    assert_meets(evaluate.score_claims(seed_gold[1], seed_claims), "claims", measure)


def test_every_target_is_checked_here():
    checked = {f"{t} {m}" for t in ("mentions", "claims") for m in ("precision", "recall", "speaker accuracy")}
    assert checked == set(evaluate.TARGETS)


def test_the_gates_score_the_engine_itself(seed_corpus, seed_mentions, seed_claims):
    # the session tables are the engine's output, not a copy that could drift
    assert seed_mentions.equals(mentions_engine.find(seed_corpus))
    assert seed_claims.equals(claims_engine.find(seed_corpus))
