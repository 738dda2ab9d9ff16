"""Typed notebook parameters and runs.yml: everything is checked before any kernel starts."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from conftest import FIXTURES
from detentio import build, cli, params, runs
from detentio.core.problems import DetentioError

CELL = textwrap.dedent('''\
    since: str = "2020-11-09"  # first date included
    limit: int = 50            # at most this many rows
    share: float = 0.5         # a fraction
    strict: bool = False       # fail on warnings
    codes: list[str] = ["hostage", "captive"]  # codes to compare
    ''')


def notebook(path: Path, cell: str) -> Path:
    """A minimal notebook whose first code cell is the given parameters cell."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# A notebook"]},
            {"cell_type": "code", "metadata": {"tags": ["parameters"]}, "source": cell,
             "outputs": [], "execution_count": None},
        ],
        "metadata": {"kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3"}},
        "nbformat": 4, "nbformat_minor": 5,
    }), encoding="utf-8")
    return path


def write_runs(root: Path, text: str) -> Path:
    path = root / "runs.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_parameters_cell_declares_name_type_default_and_comment():
    declared, problems = params.parse(CELL, "nb.ipynb")
    assert problems == []
    assert {n: p.type for n, p in declared.items()} == {
        "since": "str", "limit": "int", "share": "float", "strict": "bool", "codes": "list[str]"}
    assert declared["since"].default == "2020-11-09"
    assert declared["limit"].comment == "at most this many rows"
    assert declared["codes"].default == ["hostage", "captive"]


@pytest.mark.parametrize("line, complaint", [
    ("since = '2020'  # no type", "expected 'name: type = value"),
    ("since: str = '2020'", "needs a comment"),
    ("since: date = '2020'  # a date", "use str, int, float, bool or list"),
    ("limit: int = '50'  # a count", "default of 'limit' expects int, got str '50'"),
    ("since: str = today()  # computed", "must be a literal value"),
    ("note: str = 'x'  # empty means a = b", "only one '=' per parameter line"),
    ("import os", "expected 'name: type = value"),
])
def test_malformed_parameter_lines_are_named(line, complaint):
    _, problems = params.parse(line + "\n", "notebooks/x.ipynb")
    assert len(problems) == 1
    assert str(problems[0]).startswith("notebooks/x.ipynb: parameters cell line 1: ")
    assert complaint in str(problems[0])


def test_hash_inside_a_string_is_not_taken_for_the_comment():
    declared, problems = params.parse('tag: str = "#pow"  # hashtag searched\n', "nb")
    assert problems == []
    assert declared["tag"].default == "#pow" and declared["tag"].comment == "hashtag searched"


@pytest.mark.parametrize("kind, value, ok", [
    ("str", "0042", True), ("str", 42, False), ("int", 3, True), ("int", True, False),
    ("int", 3.0, False), ("float", 3, True), ("float", "3", False), ("bool", False, True),
    ("bool", 0, False), ("list", [1, "a"], True), ("list[str]", ["a", "b"], True),
    ("list[str]", ["a", 2], False), ("list[int]", "1,2", False),
])
def test_values_are_checked_against_declared_types(kind, value, ok):
    assert (params.mismatch(kind, value) is None) is ok


def test_path_parameters_are_relative_to_the_workspace(workspace):
    assert params.path("") is None
    assert params.path("  ") is None
    assert params.path("tests/fixtures/sources") == workspace / "tests/fixtures/sources"
    assert params.path("/abs/folder") == Path("/abs/folder")


def test_runs_yml_reads_runs_with_formats_and_parameters(workspace):
    notebook(workspace / "notebooks" / "01-a.ipynb", CELL)
    write_runs(workspace, """\
        runs:
          - name: a-all
            notebook: notebooks/01-a.ipynb
            description: everything
            parameters: {since: 2021-01-01, limit: 3, codes: [hostage]}
          - name: a-html
            notebook: notebooks/01-a.ipynb
            formats: [html]
        """)
    loaded = runs.load()
    assert [r.name for r in loaded] == ["a-all", "a-html"]
    # An unquoted date stays the text written, as a str parameter expects.
    assert loaded[0].parameters == {"since": "2021-01-01", "limit": 3, "codes": ["hostage"]}
    assert loaded[0].formats == ("html", "pdf") and loaded[1].formats == ("html",)
    assert loaded[0].notebook == workspace / "notebooks" / "01-a.ipynb"


def test_number_like_text_for_a_str_parameter_stays_text(workspace):
    notebook(workspace / "notebooks" / "01-a.ipynb", 'label: str = "x"  # a label\n')
    write_runs(workspace, """\
        runs:
          - name: quoted
            notebook: notebooks/01-a.ipynb
            parameters: {label: "0042"}
          - name: unquoted
            notebook: notebooks/01-a.ipynb
            parameters: {label: 0042}
        """)
    found, problems = runs.read()
    assert [r.parameters for r in found] == [{"label": "0042"}]
    # YAML reads an unquoted 0042 as a number: the error says what to do.
    assert [str(p) for p in problems] == [
        "runs.yml:7: run 'unquoted': parameter 'label' expects str, got int 34 (quote it to pass text) "
        "(declared in notebooks/01-a.ipynb as 'label: str')"]


def test_runs_yml_problems_name_the_line_and_the_run(workspace):
    notebook(workspace / "notebooks" / "01-a.ipynb", CELL)
    write_runs(workspace, """\
        runs:
          - name: one
            notebook: notebooks/01-a.ipynb
            colour: red
          - name: one
            notebook: notebooks/01-a.ipynb
          - name: two
            notebook: notebooks/missing.ipynb
          - name: Bad_Name
            notebook: notebooks/01-a.ipynb
            formats: [html, docx]
          - name: three
            notebook: notebooks/01-a.ipynb
            parameters: {limit: "50", colour: red}
        """)
    problems = [str(p) for p in runs.read()[1]]
    assert problems == [
        "runs.yml:4: run 'one': unknown key 'colour' (allowed: name, notebook, description, parameters, formats)",
        "runs.yml:5: duplicate run name 'one' (first used at line 2)",
        "runs.yml:8: run 'two': notebook 'notebooks/missing.ipynb' does not exist",
        "runs.yml:9: run 'Bad_Name': name must be lower-case letters, digits and '-' "
        "(it becomes the folder reports/<name>/)",
        "runs.yml:11: run 'Bad_Name': formats must be a list drawn from html, pdf, got ['html', 'docx']",
        "runs.yml:14: run 'three': parameter 'limit' expects int, got str '50' "
        "(declared in notebooks/01-a.ipynb as 'limit: int')",
        "runs.yml:14: run 'three': unknown parameter 'colour' "
        "(notebooks/01-a.ipynb declares: since, limit, share, strict, codes)",
    ]


def test_check_lists_runs_and_parameter_cell_problems(workspace, capsys):
    notebook(workspace / "notebooks" / "01-a.ipynb", CELL)
    notebook(workspace / "notebooks" / "02-b.ipynb", "limit = 5\n")
    write_runs(workspace, """\
        runs:
          - name: a
            notebook: notebooks/01-a.ipynb
            parameters: {limit: many}
        """)
    problems = [str(p) for p in runs.check()]
    assert problems == [
        "runs.yml:4: run 'a': parameter 'limit' expects int, got str 'many' "
        "(declared in notebooks/01-a.ipynb as 'limit: int')",
        "notebooks/02-b.ipynb: parameters cell line 1: expected 'name: type = value  # what it means', "
        "found 'limit = 5'",
    ]
    assert "detentio.publish.runs:check" in [target for _, target in __import__("detentio.check").check.VALIDATORS]


def test_unknown_parameter_is_rejected_before_kernel_start(workspace, monkeypatch, capsys):
    shutil_copy(FIXTURES / "notebooks" / "raises.ipynb", workspace / "notebooks" / "raises.ipynb")
    write_runs(workspace, """\
        runs:
          - name: broken
            notebook: notebooks/raises.ipynb
            parameters: {divisor: "1", speed: 3}
        """)

    def no_kernels(*args, **kwargs):
        raise AssertionError("a kernel was about to start")

    monkeypatch.setattr(build, "execute", no_kernels)
    assert cli.main(["build"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "error: runs.yml:4: run 'broken': parameter 'divisor' expects int, got str '1' "
        "(declared in notebooks/raises.ipynb as 'divisor: int')",
        "error: runs.yml:4: run 'broken': unknown parameter 'speed' (notebooks/raises.ipynb declares: divisor)",
    ]
    assert not (workspace / "reports" / "broken").exists()


def test_only_an_unknown_run_is_an_error(workspace, capsys):
    notebook(workspace / "notebooks" / "01-a.ipynb", CELL)
    write_runs(workspace, "runs:\n  - {name: a, notebook: notebooks/01-a.ipynb}\n")
    with pytest.raises(DetentioError, match=r"runs.yml: no run named 'b' \(runs: a\)"):
        build.build(only=["b"])


def test_force_plans_every_run_and_unchanged_runs_are_skipped(workspace):
    notebook(workspace / "notebooks" / "01-a.ipynb", CELL)
    write_runs(workspace, "runs:\n  - {name: a, notebook: notebooks/01-a.ipynb, formats: [html]}\n")
    run = runs.load()[0]
    jobs, skipped = build.plan([run], force=False)
    assert [j.run for j in jobs] == ["a"] and skipped == []
    # Pretend the report was published from exactly these inputs.
    folder = workspace / "reports" / "a"
    folder.mkdir(parents=True)
    (folder / "a.html").write_text("<html></html>")
    (folder / "provenance.json").write_text(json.dumps({"input_hash": jobs[0].input_hash, "built": "then"}))
    jobs, skipped = build.plan([run], force=False)
    assert jobs == [] and [(r.run, r.status, r.built) for r in skipped] == [("a", "skipped-cached", "then")]
    assert [j.run for j in build.plan([run], force=True)[0]] == ["a"]
    # Any change of a source changes the key.
    source = next((workspace / "data" / "sources").glob("*.md"))
    source.write_text(source.read_text() + "\nOne more line.\n")
    assert [j.run for j in build.plan([run], force=False)[0]] == ["a"]


def shutil_copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(src.read_bytes())


def test_check_in_a_notebook_namespace_refuses_a_number_for_text():
    from detentio.publish.params import ParameterTypeError, check

    namespace = {"__annotations__": {"sources": str, "max_lines": int, "codes": list[str]},
                 "sources": 42, "max_lines": 3, "codes": ["hostage"]}
    with pytest.raises(ParameterTypeError) as caught:
        check(namespace)
    assert str(caught.value) == ("parameter 'sources' expects str, got int 42 (declared as 'sources: str')"
                                 " (with papermill, pass text with -r NAME VALUE: -p guesses types)")


def test_check_accepts_declared_types_and_ignores_other_annotations():
    from detentio.publish.params import check

    check({"__annotations__": {"since": str, "width": int, "ratio": float, "note": "Path"},
           "since": "0042", "width": 60, "ratio": 1, "note": object()})


def test_a_run_name_with_a_trailing_newline_is_refused(workspace):
    notebook(workspace / "notebooks" / "01-a.ipynb", CELL)
    write_runs(workspace, 'runs:\n  - name: "one\\n"\n    notebook: notebooks/01-a.ipynb\n')
    assert [str(p) for p in runs.read()[1]] == [
        "runs.yml:2: run 'one\\n': name must be lower-case letters, digits and '-' "
        "(it becomes the folder reports/<name>/)"]


@pytest.mark.parametrize("content, message", [
    ("[]", "not a notebook: expected a JSON object, found a list"),
    ('{"cells": 5}', "not a notebook: expected a 'cells' list"),
    ('{"cells": [3]}', "not a notebook: cell 1 is not a JSON object"),
    ('{"cells": [{"cell_type": "code", "metadata": {"tags": "parameters"}}]}',
     "not a notebook: cell 1: metadata and its 'tags' must be an object and a list"),
    ('{"cells": [{"cell_type": "code", "metadata": [], "source": "x"}]}',
     "not a notebook: cell 1: metadata and its 'tags' must be an object and a list"),
    ('{"cells": [{"cell_type": "code", "source": 5}]}', "not a notebook: cell 1: 'source' must be text or a list "
                                                        "of lines"),
])
def test_a_notebook_of_the_wrong_shape_is_a_clear_error(workspace, capsys, content, message):
    (workspace / "notebooks" / "09-odd.ipynb").write_text(content, encoding="utf-8")
    write_runs(workspace, "runs:\n  - name: odd\n    notebook: notebooks/09-odd.ipynb\n")
    assert [str(p) for p in runs.read()[1]] == [f"notebooks/09-odd.ipynb: {message}"]
    assert cli.main(["check"]) == 1
    err = capsys.readouterr().err
    assert f"notebooks/09-odd.ipynb: {message}\n" in err and "Traceback" not in err
