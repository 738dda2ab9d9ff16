"""The scorer (detentio.framing.evaluate) on hand-made predictions, and the soundness of the gold set."""
from __future__ import annotations

import pandas as pd
import pytest
import yaml

from detentio import cli, corpus, evaluate, paths
from detentio.core.problems import DetentioError

# Four gold mentions in one made-up source:
# "Baku holds 40 prisoners of war, says X; those held in custody are not hostages."
GOLD = pd.DataFrame([
    ("s", 11, 14, "...", "prisoner_of_war", "azerbaijan", False, False),
    ("s", 17, 33, "...", "prisoner_of_war", "x", False, False),
    ("s", 45, 66, "...", "person_held_in_custody", "x", True, False),
    ("s", 75, 83, "...", "hostage", "x", False, True),
], columns=evaluate.MENTION_COLUMNS)

GOLD_CLAIMS = pd.DataFrame([
    ("s", 10, 30, "...", 40, "at_least", "prisoner_of_war", "x"),
    ("t", 0, 2, "...", 23, "exact", "detainee", "sahakyan"),
], columns=evaluate.CLAIM_COLUMNS)


def predicted(rows=GOLD, **changes) -> pd.DataFrame:
    """A copy of ``rows`` with cells changed: ``r2__code="captive"`` sets row 2's code."""
    out = rows.copy()
    for key, value in changes.items():
        row, column = key.split("__")
        out.at[int(row.removeprefix("r")), column] = value
    return out


def figures(result: evaluate.Evaluation) -> tuple:
    row = result.detection.set_index("scope").loc["all"]
    return int(row["matched"]), round(row["precision"], 4), round(row["recall"], 4), round(row["f1"], 4)


def test_perfect_prediction_scores_one_everywhere():
    result = evaluate.score_mentions(GOLD, GOLD)
    assert figures(result) == (4, 1.0, 1.0, 1.0)
    assert result.agreement.set_index("field")["accuracy"].to_dict() == {"speaker": 1.0, "quoted": 1.0, "negated": 1.0}
    assert result.errors.empty


def test_one_missing_mention_lowers_recall_only():
    result = evaluate.score_mentions(GOLD, GOLD.drop(index=[2]))
    assert figures(result) == (3, 1.0, 0.75, 0.8571)
    assert result.errors[["kind", "start", "key"]].values.tolist() == [["missed", 45, "person_held_in_custody"]]
    per_code = result.detection.set_index("scope")
    assert per_code.at["person_held_in_custody", "recall"] == 0.0
    assert pd.isna(per_code.at["person_held_in_custody", "precision"])  # nothing predicted: undefined


def test_one_extra_mention_lowers_precision_only():
    extra = pd.DataFrame([("s", 90, 99, "civilians", "civilian", "x", False, False)], columns=evaluate.MENTION_COLUMNS)
    result = evaluate.score_mentions(GOLD, pd.concat([GOLD, extra], ignore_index=True))
    assert figures(result) == (4, 0.8, 1.0, 0.8889)
    assert result.errors[["kind", "start", "found"]].values.tolist() == [["spurious", 90, "civilian"]]


def test_wrong_code_is_one_miss_and_one_spurious():
    result = evaluate.score_mentions(GOLD, predicted(r3__code="captive"))
    assert figures(result) == (3, 0.75, 0.75, 0.75)
    assert sorted(result.errors["kind"]) == ["missed", "spurious"]
    per_code = result.detection.set_index("scope")
    assert per_code.loc["captive", ["gold", "predicted", "matched"]].tolist() == [0, 1, 0]
    assert per_code.loc["hostage", ["gold", "predicted", "matched"]].tolist() == [1, 0, 0]


def test_wrong_speaker_keeps_the_match_and_lowers_speaker_accuracy():
    result = evaluate.score_mentions(GOLD, predicted(r1__speaker="outlet:TASS"))
    assert figures(result) == (4, 1.0, 1.0, 1.0)
    accuracy = result.agreement.set_index("field")["accuracy"]
    assert (accuracy["speaker"], accuracy["quoted"], accuracy["negated"]) == (0.75, 1.0, 1.0)
    assert result.errors[["kind", "start", "expected", "found"]].values.tolist() == [
        ["wrong speaker", 17, "x", "outlet:TASS"]]


@pytest.mark.parametrize("gold_speaker, found, accuracy", [
    ("Ms. Lindahl", "Lindahl", 1.0),             # a courtesy title is no part of the name
    ("Dr. Jonas Weber", "Jonas Weber", 1.0),
    ("Lindahl", "Mr Lindahl", 1.0),              # either side, with or without its stop
    ("Judge Okonjo", "Okonjo", 0.75),            # an office is kept: it may be all a text calls her
    ("Ms. Lindahl", "Ndlovu", 0.75),             # another person stays another
    ("outlet:Mr Smith Daily", "Smith Daily", 0.75),  # an outlet's name is no person's
])
def test_speakers_compare_without_a_courtesy_title(gold_speaker, found, accuracy):
    gold = predicted(r1__speaker=gold_speaker)
    result = evaluate.score_mentions(gold, predicted(gold, r1__speaker=found))
    assert result.figure("speaker accuracy") == accuracy


def test_missing_speaker_disagrees_with_a_named_one():
    result = evaluate.score_mentions(GOLD, predicted(r0__speaker=None))
    assert result.figure("speaker accuracy") == 0.75


def test_wrong_quoted_and_negated_are_scored_separately():
    result = evaluate.score_mentions(GOLD, predicted(r2__quoted=False, r3__negated=False))
    assert result.figure("quoted accuracy") == 0.75
    assert result.figure("negated accuracy") == 0.75
    assert sorted(result.errors["kind"]) == ["wrong negated", "wrong quoted"]


def test_overlapping_span_matches_even_with_different_boundaries():
    # The engine includes the quotation marks and the article; still the same mention.
    result = evaluate.score_mentions(GOLD, predicted(r2__start=44, r2__end=67))
    assert figures(result) == (4, 1.0, 1.0, 1.0)


def test_two_predictions_inside_one_gold_span_count_once():
    halves = pd.DataFrame([("s", 17, 25, "prisoners", "prisoner_of_war", "x", False, False),
                           ("s", 26, 33, "of war", "prisoner_of_war", "x", False, False)],
                          columns=evaluate.MENTION_COLUMNS)
    result = evaluate.score_mentions(GOLD.iloc[[1]], halves)
    assert figures(result) == (1, 0.5, 1.0, 0.6667)


def test_adjacent_spans_do_not_match():
    # Touching is not overlapping: end is exclusive.
    touching = predicted(r0__start=14, r0__end=16)
    assert figures(evaluate.score_mentions(GOLD.iloc[[0]], touching.iloc[[0]]))[0] == 0


def test_matching_is_maximal_not_greedy():
    # The long prediction overlaps both gold items; a greedy pass that gave it
    # the first gold item would leave the short prediction unmatched.
    gold = pd.DataFrame([("s", 0, 10, "a", "detainee", "x", False, False),
                         ("s", 20, 30, "b", "detainee", "x", False, False)], columns=evaluate.MENTION_COLUMNS)
    guess = pd.DataFrame([("s", 0, 25, "ab", "detainee", "x", False, False),
                          ("s", 2, 8, "a", "detainee", "x", False, False)], columns=evaluate.MENTION_COLUMNS)
    result = evaluate.score_mentions(gold, guess)
    assert figures(result)[0] == 2
    assert result.pairs.values.tolist() == [[0, 1], [1, 0]]


def test_mentions_in_other_sources_never_match():
    result = evaluate.score_mentions(GOLD, predicted(r0__source="other"))
    assert figures(result)[0] == 3


def test_claims_match_on_value_and_score_qualifier_what_speaker():
    guess = predicted(GOLD_CLAIMS, r0__qualifier="exact", r0__what="pows", r0__start=20, r0__end=22)
    result = evaluate.score_claims(GOLD_CLAIMS, guess)
    assert figures(result) == (2, 1.0, 1.0, 1.0)
    assert result.agreement.set_index("field")["accuracy"].to_dict() == {
        "qualifier": 0.5, "what": 0.5, "speaker": 1.0}


def test_claim_with_wrong_value_is_missed():
    result = evaluate.score_claims(GOLD_CLAIMS, predicted(GOLD_CLAIMS, r1__value=32))
    assert figures(result) == (1, 0.5, 0.5, 0.5)
    assert result.errors[["kind", "key"]].values.tolist() == [["missed", 23], ["spurious", 32]]


def test_nothing_predicted_fails_the_targets():
    empty_m = GOLD.iloc[0:0]
    empty_c = GOLD_CLAIMS.iloc[0:0]
    table = evaluate.summary(evaluate.score_mentions(GOLD, empty_m), evaluate.score_claims(GOLD_CLAIMS, empty_c))
    recall = table.set_index("measure").loc["mentions recall"]
    assert recall["value"] == 0.0 and not recall["ok"]
    assert set(table.loc[~table["ok"], "measure"]) == set(evaluate.TARGETS)


def test_prediction_without_a_required_column_is_rejected():
    with pytest.raises(DetentioError, match="predicted mentions: missing column.*negated"):
        evaluate.score_mentions(GOLD, GOLD.drop(columns=["negated"]))


def test_gold_file_with_a_bad_boolean_names_the_file(tmp_path):
    (tmp_path / "mentions.csv").write_text(
        "source,start,end,text,code,speaker,quoted,negated,note\ns,0,1,x,hostage,x,maybe,false,\n")
    (tmp_path / "claims.csv").write_text("source,start,end,text,value,qualifier,what,speaker,note\n")
    with pytest.raises(DetentioError, match=r"mentions\.csv: quoted: not a boolean: 'maybe'"):
        evaluate.load_gold(tmp_path)


def test_gold_file_with_a_non_numeric_offset_names_the_row(tmp_path):
    (tmp_path / "mentions.csv").write_text(
        "source,start,end,text,code,speaker,quoted,negated,note\ns,0,1,x,hostage,x,false,false,\ns,4,five,x,hostage,x,false,false,\n")
    (tmp_path / "claims.csv").write_text("source,start,end,text,value,qualifier,what,speaker,note\n")
    with pytest.raises(DetentioError, match=r"mentions\.csv:row 2: end must be a whole number, found 'five'"):
        evaluate.load_gold(tmp_path)


def test_markdown_report_lists_scores_and_errors():
    result = evaluate.score_mentions(GOLD, GOLD.drop(index=[0]))
    claims = evaluate.score_claims(GOLD_CLAIMS, GOLD_CLAIMS)
    text = evaluate.render(result, claims, with_errors=True)
    assert "| mentions recall | 0.750 | 0.900 | **no** |" in text
    assert "| claims precision | 1.000 | 0.950 | yes |" in text
    assert "## Mention errors (1)" in text and "| missed | s | 11 | 14 |" in text
    assert "## Claim errors (0)" in text


# ---------------------------------------------------------------- the gold set itself

def test_every_gold_text_is_the_body_slice(seed_corpus, seed_gold):
    mentions, claims = seed_gold
    for frame in (mentions, claims):
        for row in frame.itertuples(index=False):
            assert seed_corpus.text(row.source)[row.start:row.end] == row.text, row
    assert evaluate.check_gold(seed_corpus, mentions, claims) == []


def test_every_gold_code_and_qualifier_is_known(seed_gold):
    mentions, claims = seed_gold
    assert set(mentions["code"]) <= set(evaluate.CODES)
    assert set(claims["qualifier"]) <= set(evaluate.QUALIFIERS)
    assert set(claims["what"]) - set(evaluate.CODES) == {"citizens", "armenians"}


def test_gold_covers_every_seed_source_outside_boilerplate(seed_corpus, seed_gold):
    mentions, claims = seed_gold
    assert set(mentions["source"]) == set(seed_corpus.documents["id"])
    chrome = seed_corpus.boilerplate
    for row in mentions.itertuples(index=False):
        spans = chrome[chrome["source"] == row.source]
        assert not ((spans["start"] < row.end) & (row.start < spans["end"])).any(), row


def test_gold_speakers_are_actor_ids_or_the_outlet(seed_corpus, seed_gold):
    actors = {a["id"] for a in yaml.safe_load(paths.actors().read_text())["actors"]}
    outlets = {f"outlet:{d.outlet}" if isinstance(d.outlet, str) else f"outlet:{d.id}"
               for d in seed_corpus.documents.itertuples()}
    for frame in seed_gold:
        assert set(frame["speaker"]) <= actors | outlets


def test_gold_mentions_never_overlap_each_other(seed_gold):
    mentions = seed_gold[0].sort_values(["source", "start"])
    for _, rows in mentions.groupby("source"):
        assert (rows["start"].iloc[1:].to_numpy() >= rows["end"].iloc[:-1].to_numpy()).all()


def test_gold_records_the_hard_cases(seed_gold):
    mentions, claims = seed_gold
    by_text = mentions.set_index(["source", "start"])
    custody = by_text.loc[("001_b7bfa99757de68eb", 3728)]
    assert (custody["text"], custody["speaker"], custody["quoted"]) == ("those held in custody", "pashinyan", True)
    denied = mentions[mentions["negated"]]
    assert sorted(denied["text"]) == ["captives", "civilian prisoner", "prisoner of war", "returned"]
    assert claims[["value", "qualifier", "what"]].values.tolist() == [
        [32, "exact", "detainee"], [23, "exact", "detainee"], [23, "exact", "armenians"],
        [15, "exact", "citizens"], [15, "exact", "citizens"], [40, "exact", "prisoner_of_war"]]


def test_command_scores_the_engine_output_and_sets_the_exit_status(monkeypatch, capsys, seed_gold):
    mentions, claims = seed_gold
    monkeypatch.setattr(evaluate, "run_engine", lambda c: (mentions.drop(columns="note"), claims.drop(columns="note")))
    assert cli.main(["eval"]) == 0
    assert "| mentions precision | 1.000 | 0.950 | yes |" in capsys.readouterr().out

    monkeypatch.setattr(evaluate, "run_engine", lambda c: (mentions.iloc[:30], claims))
    assert cli.main(["eval", "--errors"]) == 1
    out, err = capsys.readouterr()
    assert "## Mention errors (44)" in out
    assert "below target: mentions recall 0.405 < 0.90" in err


def test_gold_row_that_drifted_from_the_body_is_reported(seed_corpus, seed_gold):
    mentions, claims = seed_gold
    shifted = mentions.copy()
    shifted.loc[1, "start"] += 1
    shifted.loc[2, "code"] = "prisoner"
    problems = [str(p) for p in evaluate.check_gold(seed_corpus, shifted, claims)]
    assert problems == [
        "tests/gold/mentions.csv:row 2: text 'captives' is not the body at 57-64 ('aptives')",
        "tests/gold/mentions.csv:row 3: unknown code 'prisoner'",
    ]
