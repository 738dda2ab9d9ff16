"""The engine's commands, run as the installed `detentio` console script."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, write_source

DETENTIO = str(Path(sys.executable).with_name("detentio"))
ARTICLE = ("Hostages must be freed, says lawyer\n"
           "\"The 12 hostages are not prisoners of war,\" said Lilit Avetisyan.\n"
           "Baku handed over at least 4 civilians in exchange for minefield maps.\n")


def run(*args, cwd=None):
    return subprocess.run([DETENTIO, *args], capture_output=True, text=True, cwd=cwd or ROOT, timeout=120)


@pytest.fixture
def article(tmp_path):
    return write_source(tmp_path, "article.txt", ARTICLE)


def at(phrase, nth=0):
    """Offset of the ``nth`` occurrence of ``phrase`` in the article."""
    offset = -1
    for _ in range(nth + 1):
        offset = ARTICLE.index(phrase, offset + 1)
    return offset


def test_mentions_json_on_a_plain_text_file(article):
    result = run("mentions", str(article), "--format", "json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert list(records[0])[:10] == ["source", "start", "end", "text", "code", "sentence", "speaker", "quoted",
                                     "negated", "rule"]
    rows = [(r["start"], r["text"], r["code"], r["speaker"], r["quoted"], r["negated"], r["rule"]) for r in records]
    assert rows == [
        (0, "Hostages", "hostage", "outlet:article", False, False, "outlet"),
        (at("freed"), "freed", "release", "outlet:article", False, False, "outlet"),
        (at("hostages"), "hostages", "hostage", "Lilit Avetisyan", True, False, "quote_verb_after"),
        (at("prisoners of war"), "prisoners of war", "prisoner_of_war", "Lilit Avetisyan", True, True,
         "quote_verb_after"),
        (at("handed over"), "handed over", "release", "outlet:article", False, False, "outlet"),
        (at("civilians"), "civilians", "civilian", "outlet:article", False, False, "outlet"),
        (at("exchange"), "exchange", "exchange", "outlet:article", False, False, "outlet"),
        (at("minefield maps"), "minefield maps", "mine_maps", "outlet:article", False, False, "outlet"),
    ]
    assert all(ARTICLE[r["start"]:r["end"]] == r["text"] for r in records)


def test_claims_csv_on_a_plain_text_file(article):
    result = run("claims", str(article))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["text"], r["value"], r["qualifier"], r["what"], r["speaker"]) for r in rows] == [
        ("12 hostages", "12", "exact", "hostage", "Lilit Avetisyan"),
        ("at least 4 civilians", "4", "at_least", "civilian", "outlet:article"),
    ]


def test_kwic_with_width(article):
    result = run("kwic", "mine_maps", str(article), "--width", "8", "--format", "json")
    assert result.returncode == 0, result.stderr
    start = at("minefield maps")
    assert json.loads(result.stdout) == [{
        "source": "article", "start": start, "end": start + 14, "sentence": 2, "left": ARTICLE[start - 8:start],
        "match": "minefield maps", "right": ". ", "code": "mine_maps", "speaker": "outlet:article",
        "negated": False}]


def test_kwic_takes_options_anywhere_and_fills_code_for_a_phrase(article):
    result = run("kwic", "prisoners of war", "--width", "30", str(article), "--format", "json")
    assert result.returncode == 0, result.stderr
    start = at("prisoners of war")
    assert json.loads(result.stdout) == [{
        "source": "article", "start": start, "end": start + 16, "sentence": 1,
        "left": ARTICLE[start - 30:start].replace("\n", " "), "match": "prisoners of war", "right": ARTICLE[
            start + 16:start + 46].replace("\n", " "), "code": "prisoner_of_war", "speaker": "Lilit Avetisyan",
        "negated": True}]
    first = run("kwic", "--format", "json", "prisoners of war", str(article), "--width", "30")
    assert json.loads(first.stdout) == json.loads(result.stdout)
    moved = run("mentions", "--format", "json", str(article))
    assert moved.returncode == 0 and len(json.loads(moved.stdout)) == len(json.loads(
        run("mentions", str(article), "--format", "json").stdout))


def test_seed_corpus_by_default():
    result = run("mentions", "--format", "json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert len(records) == 74
    assert {r["source"] for r in records} == {"000_288279f309da8c33", "001_b7bfa99757de68eb",
                                              "002_45120e5011152357", "003_5bdef974ad1bb4d4",
                                              "004_59c0c21e26c3c404"}


def test_missing_path_is_an_error_on_stderr(tmp_path):
    result = run("claims", str(tmp_path / "nope.txt"), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip() == "error: nope.txt: no such file or folder"


def test_bad_source_names_the_file(tmp_path):
    write_source(tmp_path, "bad.md", "Body.", front="id: bad\ntitle: t\nkind: rumour")
    result = run("mentions", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("error: bad.md:")
