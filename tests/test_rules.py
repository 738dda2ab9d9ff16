"""Every speaker rule and claim shape runs its own docstring: the ``Example:`` text must make it
decide (and yield its ``Yields:`` value), the ``Not:`` text must not."""
from __future__ import annotations

import pytest

from detentio.framing import speakers
from detentio.framing.speakers import registry

OUTLET = "TASS"


def _decided(text: str, rule: str) -> set:
    """The speakers ``rule`` decided anywhere in ``text``."""
    who = speakers.attribute(text, outlet=OUTLET, source="t", published="2023-01-01")
    return {said.speaker for said in map(who.at, range(len(text))) if said.rule == rule}


@pytest.mark.parametrize("rule", registry.TABLE, ids=lambda r: f"{r.code}-{r.name}")
def test_speaker_rule_example_yields_its_speaker(rule):
    assert rule.example and rule.expected and rule.counterexample and rule.description
    assert rule.expected in _decided(rule.example, rule.name)


@pytest.mark.parametrize("rule", registry.TABLE, ids=lambda r: f"{r.code}-{r.name}")
def test_speaker_rule_counterexample_is_not_decided(rule):
    assert _decided(rule.counterexample, rule.name) == set()


@pytest.mark.parametrize("rule", [r for r in registry.TABLE if r.name != "outlet"], ids=lambda r: r.name)
def test_a_disabled_rule_decides_nothing(rule):
    who = speakers.attribute(rule.example, outlet=OUTLET, source="t", published="2023-01-01",
                             disabled={rule.name})
    assert all(who.at(i).rule != rule.name for i in range(len(rule.example)))


def test_rule_codes_and_names_are_unique_and_rules_lists_every_rule():
    assert len({r.code for r in registry.TABLE}) == len({r.name for r in registry.TABLE}) == len(registry.TABLE)
    assert set(speakers.RULES) == {r.name for r in registry.TABLE}


def test_unknown_disabled_rule_is_an_error():
    with pytest.raises(ValueError, match="no_such_rule"):
        speakers.attribute("Text.", disabled={"no_such_rule"})
