"""Every speaker rule, speaker phrase form and claim shape runs its own docstring: the ``Example:``
text must make it decide (and yield its ``Yields:`` value), the ``Not:`` text must not."""
from __future__ import annotations

import pytest

from detentio.framing import speakers
from detentio.framing.speakers import phrases, registry

OUTLET = "TASS"


def _decided(text: str, unit, given: dict | None = None) -> set:
    """The speakers a speaker rule (or a phrase form: the rows whose speaker phrase it read) decided anywhere
    in ``text`` (for the layout stage: the layout it recognised, unless nothing was). ``given``: front matter
    (outlet, kind, author)."""
    front = {"outlet": OUTLET, **(given or {})}
    who = speakers.attribute(text, source="t", published="2023-01-01", **front)
    if unit.stage == "layout":
        return {who.layout} - {"unrecognised", "news"}
    field = "phrase" if unit.kind == "phrase" else "rule"
    return {said.speaker for said in map(who.at, range(len(text))) if getattr(said, field) == unit.name}


SPEAKER_UNITS = registry.TABLE + phrases.FORMS  # the rules, then the phrase forms their cues read


@pytest.mark.parametrize("rule", SPEAKER_UNITS, ids=lambda r: f"{r.code}-{r.name}")
def test_speaker_rule_example_yields_its_speaker(rule):
    assert rule.example and rule.expected and rule.counterexample and rule.description
    assert rule.expected in _decided(rule.example, rule, rule.given)


@pytest.mark.parametrize("rule", SPEAKER_UNITS, ids=lambda r: f"{r.code}-{r.name}")
def test_speaker_rule_counterexample_is_not_decided(rule):
    assert _decided(rule.counterexample, rule) == set()


@pytest.mark.parametrize("rule", [r for r in registry.TABLE if r.name not in ("outlet", "structure")],
                         ids=lambda r: r.name)
def test_a_disabled_rule_decides_nothing(rule):
    who = speakers.attribute(rule.example, source="t", published="2023-01-01",
                             disabled={rule.name}, **{"outlet": OUTLET, **rule.given})
    assert all(who.at(i).rule != rule.name for i in range(len(rule.example)))


def test_rule_codes_and_names_are_unique_and_rules_lists_every_rule():
    assert len({r.code for r in registry.TABLE}) == len({r.name for r in registry.TABLE}) == len(registry.TABLE)
    assert set(speakers.RULES) == {r.name for r in registry.TABLE}


def test_unknown_disabled_rule_is_an_error():
    with pytest.raises(ValueError, match="no_such_rule"):
        speakers.attribute("Text.", disabled={"no_such_rule"})


def test_phrase_form_codes_and_names_are_unique_and_rules_lists_them(capsys):
    from detentio import cli

    assert len({f.code for f in phrases.FORMS}) == len({f.name for f in phrases.FORMS}) == len(phrases.FORMS)
    assert cli.main(["rules", "--format", "csv"]) == 0
    listed = capsys.readouterr().out
    assert all(f"{f.code},{f.name},phrase," in listed for f in phrases.FORMS)


def _shapes_found(text: str) -> dict:
    """Shape name -> values of the claims it found in ``text``."""
    from detentio.framing import claims

    found: dict = {}
    for row in claims.extract(text, source="t", outlet=OUTLET, published="2023-01-01"):
        found.setdefault(row["shape"], set()).add(str(row["value"]))
    return found


def _shapes():
    from detentio.framing.claims import shapes

    return shapes.SHAPES


@pytest.mark.parametrize("shape", _shapes(), ids=lambda s: f"{s.code}-{s.name}")
def test_claim_shape_example_yields_its_value(shape):
    assert shape.example and shape.expected and shape.counterexample and shape.description
    assert shape.expected in _shapes_found(shape.example).get(shape.name, set())


@pytest.mark.parametrize("shape", _shapes(), ids=lambda s: f"{s.code}-{s.name}")
def test_claim_shape_counterexample_is_not_found(shape):
    assert shape.name not in _shapes_found(shape.counterexample)


def test_every_claim_row_names_its_shape():
    from detentio.framing import claims

    rows = claims.extract("Baku holds 23 Armenian prisoners; the number of detainees is 19.", source="t")
    assert [(r["value"], r["shape"]) for r in rows] == [(23, "counted_noun"), (19, "total_is")]
