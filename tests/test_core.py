"""The core layer: one YAML reader, one cache policy, paths without environment edits."""
from __future__ import annotations

import os
import threading
import time

import pytest

from detentio.check import run as check_run
from detentio.core import cache, paths, yamlfile
from detentio.core.problems import DetentioError
from detentio.publish.execute import kernel_environment


def _messages(exc_info) -> list[str]:
    return [str(p) for p in exc_info.value.problems]


# --- the YAML reader -------------------------------------------------------------

def test_dates_stay_text_and_lines_are_kept():
    data = yamlfile.parse("runs:\n  - name: a\n    since: 2021-01-01\n", "runs.yml")
    run = data["runs"][0]
    assert run["since"] == "2021-01-01"
    assert (data.line, data["runs"].line, run.line, run.lines) == (1, 2, 2, {"name": 2, "since": 3})


def test_a_key_written_twice_names_both_lines():
    with pytest.raises(DetentioError) as exc:
        yamlfile.parse("a: 1\nb: 2\na: 3\n", "x.yml")
    assert _messages(exc) == ["x.yml:3: malformed YAML: duplicate key 'a' (first at line 1)"]


def test_aliases_are_refused_before_they_expand():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8))
    started = time.process_time()
    with pytest.raises(DetentioError) as exc:
        yamlfile.parse(bomb, "runs.yml")
    assert _messages(exc) == ["runs.yml:2: malformed YAML: aliases (*name) are not allowed in this file"]
    assert time.process_time() - started < 5  # refused at the first alias, never expanded


def test_front_matter_errors_count_the_opening_line():
    with pytest.raises(DetentioError) as exc:
        yamlfile.parse("title: a\ntitle: b\n", "", first_line=2, what="front matter")
    assert exc.value.problems[0].where == 3
    assert exc.value.problems[0].message == "malformed front matter: duplicate key 'title' (first at line 2)"


def test_a_file_that_is_not_utf8_names_the_line_of_the_bad_byte(tmp_path):
    path = tmp_path / "codebook.yml"
    path.write_bytes(b"codes:\n  a: caf\xe9\n")
    with pytest.raises(DetentioError) as exc:
        yamlfile.read(path)
    assert _messages(exc)[0].endswith(":2: not valid UTF-8: byte 0xe9 (save the file as UTF-8)")


def test_a_duplicated_key_in_the_codebook_fails_detentio_check(workspace):
    book = workspace / "data" / "codebook.yml"
    text = book.read_text(encoding="utf-8")
    first = text.index("\n  prisoner_of_war:")
    block_end = text.index("\n  captive:")
    book.write_text(text[:block_end] + text[first:block_end] + text[block_end:], encoding="utf-8")
    problems = [str(p) for p in check_run()]
    assert any(p.startswith("data/codebook.yml:") and "duplicate key 'prisoner_of_war'" in p for p in problems)


# --- the cache -------------------------------------------------------------------

def test_a_cached_value_is_built_again_only_when_an_input_changes(tmp_path):
    inputs = [tmp_path / "a.yml", tmp_path / "b.yml"]
    for path in inputs:
        path.write_text("x: 1\n")
    calls = []

    @cache.on_files(lambda: inputs)
    def build(scale):
        calls.append(scale)
        return {"scale": scale}

    assert build(2) is build(2) and calls == [2]
    assert build(3) == {"scale": 3} and calls == [2, 3]          # the arguments are in the key
    inputs[1].write_text("x: 22\n")                               # so is every input file
    assert build(2) == {"scale": 2} and calls == [2, 3, 2]


def test_law_tables_are_read_once_and_again_after_an_edit(workspace):
    from detentio import law

    first, again = law.events(), law.events()
    assert first is not again and first.equals(again)  # copies: a caller may add columns
    first["mine"] = 1
    assert "mine" not in law.events()
    path = workspace / "data" / "events.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:-1]), encoding="utf-8")  # drop the last event
    assert len(law.events()) == len(again) - 1


def test_provisions_are_built_once_per_version_of_their_files(workspace, monkeypatch):
    from detentio.analyses import qualify
    from detentio.law import tables

    built = []
    original = tables._provisions
    monkeypatch.setattr(tables, "_provisions", lambda book: built.append(book) or original(book))
    tables._default_provisions.cache_clear()
    assert [qualify.provision(p)["pinpoint"] for p in ("gc3-118", "gc3-119", "gc4-34")] == [
        "art 118", "art 119(5)", "art 34"]
    assert built == [None]                       # three look-ups, one build
    book = workspace / "data" / "codebook.yml"
    book.write_text(book.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    qualify.provision("gc3-118")
    assert built == [None, None]                 # the codebook changed: built again


# --- paths -----------------------------------------------------------------------

def test_using_root_changes_the_workspace_for_this_thread_only(tmp_path, monkeypatch):
    monkeypatch.delenv("DETENTIO_ROOT", raising=False)
    outside = paths.root()
    seen = {}

    def other_thread():
        seen["other"] = paths.root()

    with paths.using_root(tmp_path) as chosen:
        assert paths.root() == tmp_path.resolve() == chosen.resolve()
        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join()
        assert "DETENTIO_ROOT" not in os.environ
    assert seen["other"] == outside and paths.root() == outside


def test_the_kernel_environment_drops_a_forced_backend_without_touching_ours(monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")
    env = kernel_environment()
    assert "MPLBACKEND" not in env and env["PYDEVD_DISABLE_FILE_VALIDATION"] == "1"
    assert os.environ["MPLBACKEND"] == "Agg"
