"""The framing engine reaches its accuracy targets on the hand-annotated seed corpus.

Active as soon as ``detentio.mentions`` exists; the figures and the targets
are those printed by ``make eval``.
"""
from __future__ import annotations

import pytest

pytest.importorskip("detentio.mentions")

from detentio import corpus, evaluate  # noqa: E402


@pytest.fixture(scope="module")
def scores():
    gold_mentions, gold_claims = evaluate.load_gold()
    predicted_mentions, predicted_claims = evaluate.run_engine(corpus.load())
    return (evaluate.score_mentions(gold_mentions, predicted_mentions),
            evaluate.score_claims(gold_claims, predicted_claims))


@pytest.mark.parametrize("measure", sorted(evaluate.TARGETS))
def test_engine_meets_target(scores, measure):
    mentions, claims = scores
    table = evaluate.summary(mentions, claims).set_index("measure")
    value, target = table.at[measure, "value"], table.at[measure, "target"]
    errors = mentions.errors if measure.startswith("mentions") else claims.errors
    assert value >= target, (f"{measure} {value:.3f} < {target}\n"
                             + evaluate.markdown(errors[["kind", "source", "start", "text", "key",
                                                         "expected", "found"]]))
