"""Bounds on what a user file can make the workspace do: each is a clear error naming the file."""
from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from conftest import write_source
from detentio import corpus, runs
from detentio.core import limits
from detentio.check import run as check
from detentio.core.problems import DetentioError
from test_params import CELL, notebook, write_runs

ALIAS = "aliases (*name) are not allowed in this file"


def alias_bomb(levels: int = 9, width: int = 10) -> str:
    """YAML whose last anchor stands for width**levels values once its aliases are expanded."""
    lines = ['a0: &a0 ["x"]']
    for level in range(1, levels + 1):
        lines.append(f"a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * width)}]")
    return "\n".join(lines) + "\n"


def lines_of(path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_an_alias_bomb_in_a_list_parameter_is_refused_at_its_line(workspace):
    notebook(workspace / "notebooks" / "01-a.ipynb", CELL + "things: list = []  # anything\n")
    bomb = alias_bomb().replace("\n", "\n  ")
    write_runs(workspace, "defs:\n  " + bomb + "runs:\n  - name: a\n    notebook: notebooks/01-a.ipynb\n"
                          "    parameters: {things: *a9}\n")
    started = time.process_time()
    problems = [str(p) for p in runs.read()[1]]
    assert problems == [f"runs.yml:3: malformed YAML: {ALIAS}"]  # the first alias, on the line of a1
    assert time.process_time() - started < 5  # nothing was expanded (a bound, not a benchmark)


@pytest.mark.parametrize("name, text", [
    ("codebook.yml", "\nextra: &x [1]\nagain: *x\n"),
    ("actors.yml", "\nextra: &x [1]\nagain: *x\n"),
    ("instruments.yml", "\nextra: &x [1]\nagain: *x\n"),
    ("boilerplate.yml", "\nextra: &x [1]\nagain: *x\n"),
])
def test_an_alias_in_any_data_file_is_refused_with_file_and_line(workspace, name, text):
    path = workspace / "data" / name
    line = lines_of(path) + 3  # the line of "again: *x"
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    if name == "boilerplate.yml":  # read by the corpus, not by a validator
        with pytest.raises(DetentioError) as error:
            corpus.load()
        found = [str(p) for p in error.value.problems]
    else:
        found = [str(p) for p in check() if p.path == f"data/{name}"]
    assert found == [f"data/{name}:{line}: malformed YAML: {ALIAS}"]


def test_an_alias_in_front_matter_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_source(tmp_path, "a.md", "Body.", 'id: a\ntitle: &t "A title"\nnotes: *t\npublished: "2021"\n'
                                            "date_precision: year\nkind: news\nlanguage: en")
    with pytest.raises(DetentioError) as error:
        corpus.load(tmp_path / "a.md")
    assert str(error.value) == f"a.md:4: malformed front matter: {ALIAS}"


def test_yaml_nested_too_deeply_is_an_error_not_a_crash(workspace):
    notebook(workspace / "notebooks" / "01-a.ipynb", CELL)
    (workspace / "runs.yml").write_text("runs: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    assert [str(p) for p in runs.read()[1]] == ["runs.yml: malformed YAML: nested too deeply to read"]
    codebook = workspace / "data" / "codebook.yml"
    codebook.write_text("codes: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    assert [str(p) for p in check() if p.path == "data/codebook.yml"] == [
        "data/codebook.yml: malformed YAML: nested too deeply to read"]


def test_a_five_megabyte_parameter_is_refused_before_any_kernel_in_one_short_line(workspace):
    notebook(workspace / "notebooks" / "01-a.ipynb", CELL)
    write_runs(workspace, "runs:\n  - name: a\n    notebook: notebooks/01-a.ipynb\n"
                          f"    parameters:\n      since: {'x' * 5_000_000}\n")
    size = (workspace / "runs.yml").stat().st_size
    for command in ("check", "build"):
        result = subprocess.run([sys.executable, "-m", "detentio.cli", command], capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 1
        assert f"runs.yml: {size:,} bytes: larger than the 1,048,576 bytes runs.yml may have" \
            in result.stderr.splitlines()[0]
        assert len(result.stderr) < 1000
    assert not (workspace / "reports" / "a").exists()


def test_a_long_parameter_is_refused_and_quoted_only_in_part(workspace):
    notebook(workspace / "notebooks" / "01-a.ipynb", CELL)
    long = "x" * 20_000
    write_runs(workspace, "runs:\n  - name: a\n    notebook: notebooks/01-a.ipynb\n"
                          f"    parameters:\n      since: {long}\n      limit: {long}\n")
    assert [str(p) for p in runs.read()[1]] == [
        "runs.yml:6: run 'a': parameter 'limit' expects int, got str "
        f"'{'x' * 79}... (20,002 characters) (declared in notebooks/01-a.ipynb as 'limit: int')",
        "runs.yml:5: run 'a': parameter 'since' is 20,002 characters long; at most 10,000 are "
        "allowed (put long text in a file and pass its path)",
        "runs.yml:6: run 'a': parameter 'limit' is 20,002 characters long; at most 10,000 are "
        "allowed (put long text in a file and pass its path)",
    ]


def test_runs_yml_larger_than_its_bound_is_refused(workspace, monkeypatch):
    monkeypatch.setattr(limits, "MAX_RUNS_BYTES", 100)
    write_runs(workspace, "runs: []\n" + "# padding\n" * 20)
    assert [str(p) for p in runs.read()[1]] == [
        "runs.yml: 209 bytes: larger than the 100 bytes runs.yml may have"]


def test_runs_yml_that_is_not_utf8_is_refused_with_its_line(workspace):
    (workspace / "runs.yml").write_bytes(b"runs:\n  - name: caf\xe9\n")
    assert [str(p) for p in runs.read()[1]] == [
        "runs.yml:2: not valid UTF-8: byte 0xe9 (save the file as UTF-8)"]


def test_more_sources_than_the_bound_is_an_error_naming_the_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(limits, "MAX_SOURCES", 3)
    for n in range(4):
        write_source(tmp_path / "many", f"s{n}.txt", "Text.")
    with pytest.raises(DetentioError) as error:
        corpus.load(tmp_path / "many")
    assert str(error.value) == "many: more than 3 files below this folder; split the corpus"
    assert len(corpus.load([tmp_path / "many" / f"s{n}.txt" for n in range(3)]).documents) == 3


def test_folders_nested_deeper_than_the_bound_are_not_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(limits, "MAX_DEPTH", 2)
    write_source(tmp_path / "deep" / "a" / "b", "ok.txt", "Two levels down.")
    write_source(tmp_path / "deep" / "a" / "b" / "c", "too.txt", "Three levels down.")
    assert [str(p) for p in check([tmp_path / "deep"])] == [
        "deep/a/b/c: folders nested more than 2 levels deep below deep; not read"]
    with pytest.raises(DetentioError, match="nested more than 2 levels"):
        corpus.load(tmp_path / "deep")


def test_a_source_larger_than_the_bound_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(limits, "MAX_SOURCE_BYTES", 100)
    write_source(tmp_path, "big.txt", "word " * 30)
    assert [str(p) for p in check([tmp_path / "big.txt"])] == [
        "big.txt: larger than the 100 bytes a source may have (split it)"]


def test_quoted_values_in_messages_are_cut():
    assert limits.quoted("abc") == "'abc'"
    assert limits.quoted("y" * 200) == "'" + "y" * 79 + "... (202 characters)"
    assert len(json.dumps(limits.quoted(list(range(10_000))))) < 120
