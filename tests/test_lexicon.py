"""data/lexicon.yml: validated line by line, and a word added there changes what the engine finds."""
from __future__ import annotations

import json
import shutil

from detentio import cli
from detentio.core.paths import data
from detentio.framing import lexicon, speakers


def test_workspace_lexicon_has_no_problems():
    assert lexicon.check() == []


def test_each_problem_names_the_file_and_line(tmp_path):
    path = tmp_path / "lexicon.yml"
    text = (data() / "lexicon.yml").read_text(encoding="utf-8")
    path.write_text(text + "colours: [red]\npeople: [men, men]\n", encoding="utf-8")
    lines = [str(p) for p in lexicon.check(path)]
    n = text.count("\n")
    assert any("unknown key 'colours'" in line and f":{n + 1}" in line for line in lines), lines
    assert any("duplicate key 'people'" in line for line in lines), lines
    assert any("'men' is listed twice" in line and f":{n + 2}" in line for line in lines), lines


def test_wrong_types_are_reported(tmp_path):
    path = tmp_path / "lexicon.yml"
    text = (data() / "lexicon.yml").read_text(encoding="utf-8").replace("tens: {twenty: 20,", "tens: {twenty: x,")
    path.write_text(text.replace("ethnonyms: [armenian,", "ethnonyms: [3,"), encoding="utf-8")
    lines = [str(p) for p in lexicon.check(path)]
    assert any("tens.twenty: must be a whole number" in line for line in lines), lines
    assert any("ethnonyms: '3' is not a word" in line for line in lines), lines


def test_a_reporting_verb_added_to_the_lexicon_is_used(tmp_path, monkeypatch):
    sentence = "Lena Holmqvist opined that the detainees were hostages."
    assert speakers.attribute(sentence, outlet="TASS").at(40).rule == "outlet"
    folder = tmp_path / "data"
    folder.mkdir()
    text = (data() / "lexicon.yml").read_text(encoding="utf-8")
    (folder / "lexicon.yml").write_text(text.replace("reporting_verbs: [", "reporting_verbs: [opined, "),
                                        encoding="utf-8")
    shutil.copy(data() / "actors.yml", folder / "actors.yml")
    found = lexicon.load(folder / "lexicon.yml")
    who = speakers.attribute(sentence, outlet="TASS", lexicon=found)
    assert who.at(40) == speakers.Speaker("Lena Holmqvist", "reported_speech", False, "name")


def test_rules_command_lists_every_rule_and_shape(capsys):
    assert cli.main(["rules", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    from detentio.framing.claims.shapes import SHAPES
    from detentio.framing.speakers.phrases import FORMS as PHRASES
    from detentio.framing.speakers.registry import TABLE

    # in the order they run: the registry's table, the phrase forms, then the claim shapes
    assert [r["code"] for r in rows] == [u.code for u in TABLE] + [u.code for u in PHRASES] + [u.code for u in SHAPES]
    assert sorted(u.code for u in TABLE) == [f"S{i:02}" for i in range(1, len(TABLE) + 1)]
    # codes are stable names: a new form keeps the next code wherever it runs (P28 runs after P05)
    assert sorted(u.code for u in PHRASES) == [f"P{i:02}" for i in range(1, len(PHRASES) + 1)]
    assert all(r["description"] and r["example"] and r["kind"] in ("speaker", "phrase", "claim") for r in rows)
    assert {r["name"] for r in rows if r["kind"] == "speaker"} == set(speakers.RULES)
