"""Symbolic links among the sources: followed only inside the workspace, and then
seen alike by the corpus reader, the manifest and the build cache."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import write_source
from detentio import corpus, manifest, provenance
from detentio.check import run as check
from detentio.core.problems import DetentioError

FRONT = """
    id: {id}
    title: A linked source
    outlet: Linked Outlet
    published: "2021-03-01"
    date_precision: day
    kind: news
    language: en
"""


def detentio(*args, cwd):
    return subprocess.run([sys.executable, "-m", "detentio.cli", *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture
def linked(workspace):
    """data/sources/linked -> archive/ (a folder of the workspace) holding one source."""
    archive = workspace / "archive"
    write_source(archive, "linked_one.md", "Twelve prisoners of war were returned.", FRONT.format(id="linked_one"))
    os.symlink("../../archive", workspace / "data" / "sources" / "linked")
    return workspace


def test_a_source_in_a_linked_folder_is_read_by_corpus_manifest_and_cache(linked):
    notebook = linked / "notebooks" / "01-survey-corpus.ipynb"
    assert "linked_one" in set(corpus.load().documents["id"])
    assert "sources/linked/linked_one.md" in manifest.current()
    hashes = provenance.inputs(notebook, {})
    assert "data/sources/linked/linked_one.md" in hashes
    before = provenance.input_hash(hashes, {}, ["html"])
    (linked / "archive" / "linked_one.md").write_text(
        (linked / "archive" / "linked_one.md").read_text().replace("Twelve", "Thirteen"))
    after = provenance.input_hash(provenance.inputs(notebook, {}), {}, ["html"])
    assert after != before  # the edit reaches the cache key: the report is not "cached, unchanged"


def test_check_and_check_path_report_the_new_linked_source_alike(linked):
    expected = "data/sources/linked/linked_one.md: not in data/MANIFEST (new source? run `detentio manifest`)"
    assert [str(p) for p in check()] == [expected]
    assert [str(p) for p in check([linked / "data" / "sources"])] == [expected]
    assert detentio("manifest", cwd=linked).returncode == 0
    assert "sources/linked/linked_one.md" in (linked / "data" / "MANIFEST").read_text()
    assert check() == []


def test_a_link_out_of_the_workspace_is_refused_by_every_reader(workspace, tmp_path):
    outside = write_source(tmp_path / "elsewhere", "secret.txt", "Not part of the corpus.")
    os.symlink(outside, workspace / "data" / "sources" / "secret.txt")
    message = ("data/sources/secret.txt: symbolic link to a place outside the workspace; not read "
               "(copy the file into the workspace instead)")
    with pytest.raises(DetentioError) as error:
        corpus.load()
    assert str(error.value) == message
    assert [str(p) for p in check()] == [message]
    result = detentio("manifest", cwd=workspace)
    assert (result.returncode, result.stderr.strip()) == (1, f"error: {message}")
    with pytest.raises(DetentioError, match="symbolic link to a place outside the workspace"):
        provenance.inputs(workspace / "notebooks" / "01-survey-corpus.ipynb", {})
    assert str(tmp_path) not in result.stderr  # the target's absolute path is never shown


def test_a_linked_folder_out_of_the_workspace_is_refused(workspace, tmp_path):
    write_source(tmp_path / "elsewhere", "a.txt", "Not part of the corpus.")
    os.symlink(tmp_path / "elsewhere", workspace / "data" / "sources" / "elsewhere")
    assert [str(p) for p in check()] == [
        "data/sources/elsewhere: symbolic link to a place outside the workspace; not read "
        "(copy the file into the workspace instead)"]


def test_a_link_loop_and_a_link_to_itself_are_clear_errors(workspace):
    sources = workspace / "data" / "sources"
    (sources / "sub").mkdir()
    os.symlink("..", sources / "sub" / "up")  # data/sources/sub/up -> data/sources: back above itself
    os.symlink("self", sources / "self")      # a link to itself
    os.symlink("nowhere.md", sources / "gone.md")
    os.symlink(".", sources / "again")        # data/sources/again -> data/sources
    again = "folder already read as data/sources (a loop of links or a second copy); not read again"
    assert sorted(str(p) for p in check()) == [
        f"data/sources/again: {again}",
        "data/sources/gone.md: broken symbolic link (to 'nowhere.md'); not read",
        "data/sources/self: symbolic link loop (the link leads back to itself); not read",
        f"data/sources/sub/up: {again}",
    ]
    assert len(corpus.load(strict=False).documents) == 5  # the seed sources, each read once


def test_report_names_a_linked_source_by_its_link_not_its_target(linked):
    from detentio import report

    c = corpus.load()
    fragment = str(report.source_ref("linked_one", corpus=c))
    assert 'data-path="data/sources/linked/linked_one.md"' in fragment
