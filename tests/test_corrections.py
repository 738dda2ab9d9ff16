"""data/corrections.csv: read strictly, applied wherever mentions and claims are made, checked."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, detentio_env
from detentio import claims, mentions
from detentio.check import run, warnings
from detentio.core.problems import DetentioError
from detentio.framing import corrections


HEADER = "source,start,end,text,field,value,reason,reviewer,date\n"
SOURCE = "001_b7bfa99757de68eb"
# The engine gives "prisoners" at 1311-1320 to sahakyan by continuation; at 100-109 to the outlet.
ROW = f"{SOURCE},1311,1320,prisoners,speaker,Lilit Avetisyan,she speaks here,AB,2026-12-02\n"


def write(workspace, text: str | bytes):
    path = workspace / "data" / "corrections.csv"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def problems_of(data: bytes) -> list[str]:
    return [str(p) for p in corrections.parse(data, "data/corrections.csv")[1]]


@pytest.mark.parametrize("data, expected", [
    (b"source,start,end,text,field,value\n", "data/corrections.csv:1: the header must be"),
    ((HEADER + f'{SOURCE},1,9,"risoners,speaker,x,,,\n{SOURCE},2,3,r,drop,,,,\n').encode(),
     "data/corrections.csv:2: malformed CSV: a quotation mark opened here is never closed"),
    ((HEADER + ROW + f"{SOURCE},1,9,risoners,speaker,Ali\xe9v,,,\n").encode("latin-1"),
     "data/corrections.csv:3: byte 0xe9 is not UTF-8"),
    ((HEADER + f"{SOURCE},20,10,prisoners,speaker,x,,,\n").encode(), "data/corrections.csv:2: start 20 is after end 10"),
    ((HEADER + f"{SOURCE},1,10,prisoners,speeker,x,,,\n").encode(), "data/corrections.csv:2: unknown field 'speeker'"),
    ((HEADER + f"{SOURCE},1,10,prisoners,negated,maybe,,,\n").encode(),
     "data/corrections.csv:2: negated must be true or false, got 'maybe'"),
    ((HEADER + f"{SOURCE},1,10,prisoner,speaker,x,,,\n").encode(),
     "data/corrections.csv:2: text 'prisoner' has 8 characters but the span 1-10 has 9"),
    ((HEADER + f"{SOURCE},1,10,prisoners,claim.value,nineteen,,,\n").encode(),
     "data/corrections.csv:2: a count must be a whole number, got 'nineteen'"),
    ((HEADER + f"{SOURCE},1,10,prisoners,speaker,x,,,2/12/2026\n").encode(),
     "data/corrections.csv:2: date must be YYYY-MM-DD, got '2/12/2026'"),
    ((HEADER + f"{SOURCE},1,10,prisoners,speaker,x\n").encode(), "data/corrections.csv:2: expected 9 fields"),
])
def test_malformed_file_names_its_line(data, expected):
    found = problems_of(data)
    assert any(p.startswith(expected) for p in found), found


def test_a_quoted_cell_over_two_lines_keeps_the_line_numbers_of_later_rows():
    data = (HEADER + f'{SOURCE},1,10,prisoners,speaker,x,"two\nlines",,\n{SOURCE},1,10,prisoners,negated,no,,,\n')
    assert problems_of(data.encode()) == ["data/corrections.csv:4: negated must be true or false, got 'no'"]


def test_nothing_is_applied_from_a_file_that_does_not_validate(workspace):
    write(workspace, HEADER + ROW + f"{SOURCE},20,10,prisoners,speaker,x,,,\n")
    with pytest.raises(DetentioError, match="corrections.csv:3: start 20 is after end 10"):
        mentions.find()
    assert mentions.find(corrected=False)["speaker"].notna().any()


def test_a_speaker_correction_is_applied_and_the_engine_value_kept(workspace):
    write(workspace, HEADER + ROW)
    table = mentions.find().set_index(["source", "start"])
    row = table.loc[(SOURCE, 1311)]
    assert (row["speaker"], row["rule"], bool(row["corrected"]), bool(row["reviewed"])) == \
        ("Lilit Avetisyan", "reviewer", True, True)
    assert row["engine"] == "speaker=sahakyan; rule=continuation"
    untouched = table.loc[(SOURCE, 1372)]
    assert (untouched["speaker"], bool(untouched["corrected"]), untouched["engine"]) == ("sahakyan", False, "")


def test_drop_add_code_and_negated(workspace):
    body = (workspace / "data" / "sources" / f"{SOURCE}.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    start = body.index("Armenian")  # not a codebook phrase: the reviewer adds it as a mention
    rows = [corrections.decision(SOURCE, 100, 109, body, "drop", reason="a headline word"),
            corrections.decision(SOURCE, start, start + 8, body, "add", "detainee"),
            corrections.decision(SOURCE, 377, 386, body, "code", "captive"),
            corrections.decision(SOURCE, 377, 386, body, "negated", True)]
    corrections.append(rows)
    table = mentions.find().set_index(["source", "start"])
    assert (SOURCE, 100) not in table.index
    added = table.loc[(SOURCE, start)]
    assert (added["code"], added["kind"], added["engine"], bool(added["corrected"])) == \
        ("detainee", "label", "(not found)", True)
    changed = table.loc[(SOURCE, 377)]
    assert (changed["code"], bool(changed["negated"]), changed["engine"]) == \
        ("captive", True, "code=detainee; negated=false")


def test_claim_corrections_apply_to_claims_only(workspace):
    engine = claims.find(corrected=False)
    first = engine.iloc[0]
    write(workspace, HEADER + f"{first.source},{first.start},{first.end},{first.text},claim.value,19,miscounted,,\n"
          f"{first.source},{first.start},{first.end},{first.text},claim.status,released,,,\n")
    decided = claims.find().iloc[0]
    # the engine's own values stay beside the decided ones (status only where the engine said otherwise)
    engine_status = "" if first.status == "released" else f"; status={first.status}"
    assert (decided["value"], bool(decided["corrected"]), decided["engine"]) == \
        (19, True, f"value={first.value}{engine_status}")
    assert decided["status"] == "released"
    assert not mentions.find()["corrected"].any()


def test_a_correction_whose_words_changed_is_not_applied_and_check_names_it(workspace):
    write(workspace, HEADER + ROW)
    path = workspace / "data" / "sources" / f"{SOURCE}.md"
    text = path.read_text(encoding="utf-8")
    head, body = text.split("---\n", 2)[1:]
    offset = len("---\n") + len(head) + len("---\n")
    assert text[offset + 1311:offset + 1320] == "prisoners"
    path.write_text(text[:offset + 1311] + "detainees" + text[offset + 1320:], encoding="utf-8")
    table = mentions.find().set_index(["source", "start"])
    assert not table["corrected"].any()
    lines = [str(p) for p in run()]
    assert "data/corrections.csv:2: text 'prisoners' no longer matches 001_b7bfa99757de68eb at 1311-1320, " \
           "which reads 'detainees' (the source was edited): correct the row or remove it" in lines


def test_check_names_each_bad_decision_with_its_line(workspace):
    write(workspace, HEADER + ROW
          + "no_such_source,1,10,prisoners,speaker,x,,,\n"
          + f"{SOURCE},999990,999999,prisoners,speaker,x,,,\n"
          + f"{SOURCE},1372,1380,prisoner,speaker,nobodyid,,,\n"
          + f"{SOURCE},1311,1320,prisoners,speaker,Someone Else,,,\n"
          + f"{SOURCE},1372,1380,prisoner,code,no_such_code,,,\n"
          + f"{SOURCE},0,5,{'x' * 5},drop,,,,\n".replace("x" * 5, _body()[0:5]))
    lines = [str(p) for p in run() if "corrections.csv" in str(p)]
    expected = [
        "data/corrections.csv:3: unknown source 'no_such_source' (not in data/sources)",
        "data/corrections.csv:4: span 999990-999999 is out of range: 001_b7bfa99757de68eb has",
        "data/corrections.csv:5: speaker 'nobodyid' is not an actor id of data/actors.yml",
        "data/corrections.csv:6: decides speaker of 'prisoners' as 'Someone Else', but line 2 decides "
        "'Lilit Avetisyan': keep one",
        "data/corrections.csv:7: unknown code 'no_such_code'",
        "data/corrections.csv:8: no mention at 0-5",
    ]
    for start in expected:
        assert any(line.startswith(start) for line in lines), (start, lines)
    assert len(lines) == len(expected)


def _body() -> str:
    return (ROOT / "data" / "sources" / f"{SOURCE}.md").read_text(encoding="utf-8").split("---\n", 2)[2]


def test_a_redundant_decision_is_a_warning_not_a_failure(workspace):
    write(workspace, HEADER + f"{SOURCE},1372,1380,prisoner,speaker,sahakyan,,,\n")
    assert [p for p in run() if "corrections" in str(p)] == []
    assert "data/corrections.csv:2: redundant: the engine already gives speaker 'sahakyan' here" in \
        [str(p) for p in warnings()]
    row = mentions.find().set_index(["source", "start"]).loc[(SOURCE, 1372)]
    assert (row["rule"], bool(row["corrected"]), bool(row["reviewed"])) == ("continuation", False, True)


def test_append_is_atomic_a_failed_replace_leaves_the_old_file(workspace, monkeypatch):
    path = write(workspace, HEADER + ROW)
    before = path.read_bytes()

    def crash(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        corrections.append([corrections.decision(SOURCE, 1372, 1380, _body(), "negated", True)])
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".corrections")] == []


def test_append_refuses_to_write_to_a_file_that_does_not_validate(workspace):
    path = write(workspace, HEADER + f"{SOURCE},20,10,prisoners,speaker,x,,,\n")
    with pytest.raises(DetentioError, match="start 20 is after end 10"):
        corrections.append([corrections.decision(SOURCE, 1372, 1380, _body(), "negated", True)])
    assert path.read_text(encoding="utf-8").count("\n") == 2


def test_command_line_json_shows_the_decided_speaker(workspace):
    write(workspace, HEADER + ROW)
    result = subprocess.run([sys.executable, "-m", "detentio.cli", "mentions", "--format", "json"],
                            env=detentio_env(workspace), capture_output=True, text=True, check=True)
    row = next(r for r in json.loads(result.stdout) if (r["source"], r["start"]) == (SOURCE, 1311))
    assert (row["speaker"], row["corrected"], row["engine"]) == \
        ("Lilit Avetisyan", True, "speaker=sahakyan; rule=continuation")


def test_command_line_names_the_bad_line(workspace):
    write(workspace, HEADER + f"{SOURCE},20,10,prisoners,speaker,x,,,\n")
    result = subprocess.run([sys.executable, "-m", "detentio.cli", "mentions"], env=detentio_env(workspace),
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "error: data/corrections.csv:2: start 20 is after end 10" in result.stderr
    assert result.stdout == ""


@pytest.mark.slow
def test_the_dask_path_applies_the_same_corrections(workspace):
    import pandas as pd

    from detentio import scale

    write(workspace, HEADER + ROW)
    table = scale.mentions(workers=1)
    pd.testing.assert_frame_equal(table, mentions.find())
    assert table["corrected"].sum() == 1
