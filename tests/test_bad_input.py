"""Each kind of bad source gives one clear line naming the file and the problem."""
import subprocess
import sys

import pytest
import yaml

from conftest import write_source
from detentio import corpus
from detentio.check import check_sources
from detentio.core import yamlfile
from detentio.core.problems import DetentioError

GOOD = """
id: good
title: A good source
published: 2021-07-07
date_precision: day
kind: news
language: en
"""


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    # Messages name files relative to the working directory.
    monkeypatch.chdir(tmp_path)


def only_problem(folder):
    problems = check_sources([folder])
    assert len(problems) == 1, problems
    return str(problems[0])


def test_missing_front_matter(tmp_path):
    write_source(tmp_path, "a.md", "Just text.")
    assert only_problem(tmp_path) == ("a.md:1: missing front matter: a .md source starts with a '---' line"
                                      " (use .txt for a source without metadata)")


def test_unclosed_front_matter(tmp_path):
    write_source(tmp_path, "a.md", "", raw=b"---\nid: a\ntitle: x\nBody text.")
    assert "front matter is not closed" in only_problem(tmp_path)


def test_malformed_yaml_names_the_line(tmp_path):
    write_source(tmp_path, "a.md", "Body.", front="id: a\ntitle: [unclosed\nkind: news")
    message = only_problem(tmp_path)
    assert message.startswith("a.md:") and "malformed front matter" in message
    # the message comes from the pure-Python parser, whether or not PyYAML has libyaml
    assert message == "a.md:4: malformed front matter: expected ',' or ']', but got ':'"


FRONT_MATTER_EDGES = """
id: a.b-1
title: "Quoted: with a colon"
author: O'Brien
published: 2020-11-10
accessed: '2026-01-02'
date_precision: day
kind: news
language: en
notes: |
  two lines,
  kept
url: https://example.org/x?a=1&b=2
"""


@pytest.mark.parametrize("text", [FRONT_MATTER_EDGES, "id: 12\ntitle: yes\npublished: 2021\n", "~"])
def test_the_fast_front_matter_parser_gives_the_same_values_as_the_pure_one(text):
    from detentio import sources

    assert yaml.load(text, Loader=yamlfile.FastLoader) == yaml.load(text, Loader=yamlfile.Loader)
    assert yaml.load("published: 2020-11-10", Loader=yamlfile.FastLoader) == {"published": "2020-11-10"}


PIECES = ["a", "Baku", "2020-11-10", "12", "1_000", "0x1F", ".inf", "~", "null", "yes", "On", "-x", "- x", "x:",
          ": ", " #c", "#", "'", "''", '"', '\\', "\\t", "\t", "  ", "é", "“q”", "\u2028", "\x85", "\x07", "[1]",
          "{a: 1}", "&a", "*a", "!t", "|", ">", "%", "@", "`", "?", ",", "https://x.org/?a=1&b=2#f", "it's"]


def _front_matter(rng) -> str:
    lines = []
    for _ in range(rng.randint(1, 4)):
        key = rng.choice(["id", "title", "yes", "on", "null", "a_b", "x1", " id", "id ", "-"])
        value = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 3)))
        quote = rng.choice(["", "", "'", '"'])
        lines.append(f"{key}:{rng.choice([' ', '  ', ''])}{quote}{value}{quote}")
    return "\n".join(lines)


def test_front_matter_read_without_yaml_is_what_yaml_reads_or_left_to_yaml():
    import random

    from detentio import sources

    rng, taken = random.Random(7), 0
    for _ in range(20000):
        text = _front_matter(rng)
        fast = sources._simple_front_matter(text)
        if fast is None:
            continue
        taken += 1
        assert fast == yaml.load(text, Loader=yamlfile.Loader), text
    assert taken > 400  # the common case is taken, not left to YAML every time


def test_front_matter_of_the_benchmark_archive_is_read_without_yaml(tmp_path):
    import importlib.util

    from detentio import sources

    spec = importlib.util.spec_from_file_location("generate", sources.Path(__file__).parents[1] / "benchmarks" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    folder = generate.generate(40, tmp_path / "c")
    for path in sorted(folder.rglob("*.md")):
        front = sources._FRONT.match(path.read_text(encoding="utf-8")).group(1)
        assert sources._simple_front_matter(front) == yaml.load(front, Loader=yamlfile.Loader), path


def test_every_workspace_source_reads_the_same_with_either_parser():
    from detentio import sources

    for path in sources.source_files():
        front = sources._FRONT.match(path.read_text(encoding="utf-8")).group(1)
        assert yaml.load(front, Loader=yamlfile.FastLoader) == yaml.load(front, Loader=yamlfile.Loader), path
        assert sources._simple_front_matter(front) in (None, yaml.load(front, Loader=yamlfile.Loader)), path


def test_unknown_field_is_an_error(tmp_path):
    write_source(tmp_path, "a.md", "Body.", front=GOOD + "\nsource_quality: high")
    assert only_problem(tmp_path).startswith("a.md:source_quality: unknown field 'source_quality'")


def test_bad_date_and_invented_day(tmp_path):
    write_source(tmp_path, "a.md", "Body.", front=GOOD.replace("2021-07-07", "2021-13-40"))
    assert "is not a real date" in only_problem(tmp_path)
    write_source(tmp_path, "a.md", "Body.", front=GOOD.replace("2021-07-07", "2021-07").replace("day", "day"))
    assert "does not match date_precision 'day'" in only_problem(tmp_path)


def test_non_utf8_names_the_byte(tmp_path):
    write_source(tmp_path, "latin.txt", "", raw="Caf\u00e9 prisoners".encode("latin-1"))
    assert only_problem(tmp_path) == ("latin.txt:1: not valid UTF-8: byte 0xe9 at offset 3"
                                      " (save the file as UTF-8)")


def test_empty_body(tmp_path):
    write_source(tmp_path, "a.md", "\n  \n", front=GOOD)
    assert "empty body" in only_problem(tmp_path)


def test_duplicate_id_names_both_files(tmp_path):
    write_source(tmp_path, "a.md", "Body.", front=GOOD)
    write_source(tmp_path, "b.md", "Other body.", front=GOOD)
    assert only_problem(tmp_path) == "b.md:id: duplicate id 'good' (also used by a.md)"


def test_check_mode_lists_every_problem_and_loads_the_rest(tmp_path):
    write_source(tmp_path, "good.md", "Fine text.", front=GOOD)
    write_source(tmp_path, "bad.md", "No front matter.")
    write_source(tmp_path, "latin.txt", "", raw=b"\xff\xfe")
    c = corpus.load(tmp_path, strict=False)
    assert list(c.documents["id"]) == ["good"]
    assert sorted(p.path for p in c.problems) == ["bad.md", "latin.txt"]
    with pytest.raises(DetentioError):
        corpus.load(tmp_path)


def test_cli_check_prints_one_line_per_problem_and_fails(tmp_path):
    write_source(tmp_path, "bad.md", "No front matter.")
    write_source(tmp_path, "empty.txt", "")
    result = subprocess.run([sys.executable, "-m", "detentio.cli", "check", "."],
                            capture_output=True, text=True)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3 and lines[-1] == "detentio check: 2 problem(s)"
    assert any("bad.md:1: missing front matter" in l for l in lines)
    assert any("empty.txt:1: empty body" in l for l in lines)


@pytest.mark.parametrize("front, field, message", [
    (GOOD.replace("id: good", 'id: "good\\n"'), "id", "id 'good\\n' may hold only letters, digits, '_', '.', '-'"),
    (GOOD + 'url: "https://example.org/a\\n"', "url", "url 'https://example.org/a\\n' is not an http(s) address"),
])
def test_a_trailing_newline_does_not_pass_for_an_id_or_a_url(tmp_path, front, field, message):
    write_source(tmp_path, "a.md", "Body.", front=front)
    assert only_problem(tmp_path) == f"a.md:{field}: {message}"


def test_an_id_taken_from_a_file_name_may_not_end_in_a_newline(tmp_path):
    write_source(tmp_path, "bad\n.txt", "Body.")
    assert only_problem(tmp_path) == "bad\n.txt:id: id 'bad\\n' may hold only letters, digits, '_', '.', '-'"


def test_the_manifest_refuses_a_file_name_it_cannot_hold_on_one_line(workspace):
    write_source(workspace / "data" / "sources", "bad\n.txt", "Body.")
    before = (workspace / "data" / "MANIFEST").read_bytes()
    result = subprocess.run([sys.executable, "-m", "detentio.cli", "manifest"], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr == ("error: data/sources/bad\\n.txt: file name holds a line break, a control "
                             "character or a backslash; rename it\n")
    assert (workspace / "data" / "MANIFEST").read_bytes() == before
