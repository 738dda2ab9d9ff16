"""Agreement of two hand annotations (detentio.analyses.annotators, ``detentio eval --against``)."""
from __future__ import annotations

import pandas as pd
import pytest

from detentio import cli, evaluate
from detentio.analyses import annotators
from detentio.core.problems import DetentioError

# One invented source: "Baku holds 40 prisoners of war, says X; those held in custody are not hostages."
MENTIONS = [("s", 11, 14, "...", "prisoner_of_war", "azerbaijan", False, False, ""),
            ("s", 17, 33, "...", "prisoner_of_war", "x", False, False, ""),
            ("s", 45, 66, "...", "person_held_in_custody", "x", True, False, ""),
            ("s", 75, 83, "...", "hostage", "x", False, True, "")]
CLAIMS = [("s", 10, 30, "...", 40, "at_least", "prisoner_of_war", "x", "", "held", "armenian")]
M_COLUMNS = "source,start,end,text,code,speaker,quoted,negated,note".split(",")
C_COLUMNS = "source,start,end,text,value,qualifier,what,speaker,note,status,side".split(",")


def folder(path, mentions=MENTIONS, claims=CLAIMS):
    path.mkdir()
    pd.DataFrame(mentions, columns=M_COLUMNS).to_csv(path / "mentions.csv", index=False)
    pd.DataFrame(claims, columns=C_COLUMNS).to_csv(path / "claims.csv", index=False)
    return path


@pytest.fixture
def two(tmp_path):
    """The first annotation, and a second that gives row 2 another speaker, leaves out row 4, adds
    one row of its own, and reads the claim as released."""
    second = [list(r) for r in MENTIONS[:3]] + [["s", 90, 95, "...", "captive", "x", False, False, ""]]
    second[1][5] = "azerbaijan"
    claim = list(CLAIMS[0])
    claim[9] = "released"
    return folder(tmp_path / "a"), folder(tmp_path / "b", second, [claim])


def test_compare_counts_found_rows_symmetrically_and_fields_over_the_pairs(two):
    table = annotators.compare(*two).set_index(["kind", "field"])
    found = table.loc[("mentions", "found")]
    assert (found["first"], found["second"], found["items"]) == (4, 4, 3)
    assert found["accuracy"] == pytest.approx(0.75)  # 2 * 3 / (4 + 4)
    speaker = table.loc[("mentions", "speaker")]
    assert (speaker["items"], speaker["agree"]) == (3, 2)
    assert speaker["accuracy"] == pytest.approx(2 / 3)
    assert table.loc[("mentions", "negated"), "agree"] == 3
    assert table.loc[("claims", "status"), "agree"] == 0
    assert table.loc[("claims", "side"), "agree"] == 1


def test_kappa_is_given_where_defined_and_empty_where_one_value_only(two):
    table = annotators.compare(*two).set_index(["kind", "field"])
    assert table.loc[("mentions", "speaker"), "kappa"] == pytest.approx(0.4)  # po 2/3, pe 4/9
    assert pd.isna(table.loc[("mentions", "found"), "kappa"])
    assert pd.isna(table.loc[("claims", "speaker"), "kappa"])  # "x" on both sides: undefined


def test_compare_is_symmetric_in_its_figures(two):
    first, second = two
    ab = annotators.compare(first, second)[["items", "agree", "accuracy"]]
    ba = annotators.compare(second, first)[["items", "agree", "accuracy"]]
    pd.testing.assert_frame_equal(ab, ba)


def test_differences_lists_each_row_where_they_differ(two):
    rows = annotators.differences(*two)
    kinds = sorted(zip(rows["table"], rows["kind"], rows["start"]))
    assert kinds == [("claims", "status differs", 10), ("mentions", "only first", 75),
                     ("mentions", "only second", 90), ("mentions", "speaker differs", 17)]
    speaker = rows[rows["kind"] == "speaker differs"].iloc[0]
    assert (speaker["expected"], speaker["found"]) == ("x", "azerbaijan")


def test_annotations_of_different_sources_are_refused_by_name(tmp_path):
    other = [("t", *row[1:]) for row in MENTIONS]
    with pytest.raises(DetentioError, match=r"different sources: s, t"):
        annotators.compare(folder(tmp_path / "a"), folder(tmp_path / "b", other))


def test_older_sets_without_status_and_side_compare_on_the_rest(tmp_path):
    first = folder(tmp_path / "a")
    second = folder(tmp_path / "b")
    claims = pd.read_csv(second / "claims.csv").drop(columns=["status", "side"])
    claims.to_csv(second / "claims.csv", index=False)
    fields = set(annotators.compare(first, second)["field"])
    assert "speaker" in fields and "status" not in fields


def test_eval_against_prints_the_agreement_and_differences(two, capsys):
    first, second = two
    assert cli.main(["eval", "--gold", str(first), "--against", str(second), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "## Agreement of two annotations" in out
    assert "| mentions | speaker | 4 | 4 | 3 | 2 | 0.667 | 0.400 |" in out
    assert "| mentions | speaker differs | s | 17 | 33 |" in out


def test_eval_against_without_gold_is_an_error(two, capsys):
    assert cli.main(["eval", "--against", str(two[1])]) != 0
    assert "--against" in capsys.readouterr().err


@pytest.mark.parametrize("name, speaker, claims_speaker", [
    ("devgenres16", (213, 213), (101, 101)),
    ("devgenres17", (224, 212), (80, 75)),   # 12 and 5 rows: "the source" against "source" but one (README)
])
def test_the_recorded_second_annotations_agree_as_the_readme_says(name, speaker, claims_speaker):
    folder = evaluate.gold_dir() / name
    table = annotators.compare(folder, folder / "second").set_index(["kind", "field"])
    assert tuple(table.loc[("mentions", "speaker"), ["items", "agree"]]) == speaker
    assert tuple(table.loc[("claims", "speaker"), ["items", "agree"]]) == claims_speaker
