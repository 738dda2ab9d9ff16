"""Hostile input: each bad or odd source gives a clear error or a correct result.

The files live in ``tests/fixtures/hostile`` byte for byte (its .gitattributes
keeps git from touching CRLF, BOM and Latin-1 bytes); the 5 MB source is
generated here. Tests that go through ``detentio build`` are in the second half.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT
from detentio import corpus
from detentio.check import check_sources
from detentio.problems import DetentioError

HOSTILE = FIXTURES / "hostile"
DETENTIO = [sys.executable, "-m", "detentio.cli"]


def detentio(*args, cwd=None, env=None, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run([*DETENTIO, *args], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=timeout)


def big_archive(path: Path, size: int = 5_000_000) -> Path:
    """A news-archive dump of ``size`` bytes: page after page, each with its chrome line."""
    pages = ["Archive of the exchange talks, 2021\n\n"]
    total, number = len(pages[0]), 0
    while total < size:
        number += 1
        page = (
            "All news\n\n"
            f"Exchange talks, day {number}\n\n"
            f"YEREVAN, July {number % 28 + 1}. Azerbaijan handed over {number % 20 + 1} prisoners of war "
            "in exchange for maps of minefields. The ombudsman said at least 40 captives remain, "
            "and Baku calls them \u201cpersons held in custody\u201d. "
            + "Relatives gathered outside the government building and asked for an all for all exchange. " * 30
            + "\n\n"
        )
        pages.append(page)
        total += len(page.encode("utf-8"))
    path.write_text("---\nid: big_archive\ntitle: A five megabyte archive\noutlet: Archive\n"
                    "published: '2021'\ndate_precision: year\nkind: news\nlanguage: en\n---\n"
                    + "".join(pages), encoding="utf-8")
    return path


def assert_offsets_exact(c: corpus.Corpus) -> None:
    for table in (c.sentences, c.boilerplate):
        for row in table.itertuples():
            assert c.text(row.source)[row.start:row.end] == row.text


# --- the corpus and check layer ------------------------------------------------

def test_markup_in_a_source_is_kept_as_text():
    c = corpus.load(HOSTILE / "script.md")
    doc = c.documents.iloc[0]
    assert doc["title"] == 'Prisoners <script>alert(1)</script> and <img src=x onerror="alert(2)"> in a headline'
    assert doc["outlet"] == "<b>Hostile</b> Outlet"
    body = c.text("hostile_script")
    start = body.index("<img")
    assert c.span("hostile_script", start, start + 30) == '<img src=x onerror="alert(2)">'
    assert_offsets_exact(c)
    # A notebook that displays the corpus shows the markup escaped, not live.
    html = c._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_windows_line_endings_and_bom_keep_offsets_exact():
    raw = (HOSTILE / "crlf_bom.md").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # the fixture is what it claims
    c = corpus.load(HOSTILE / "crlf_bom.md")
    body = c.text("hostile_crlf_bom")
    assert not body.startswith("\ufeff") and body.startswith("All news\r\n")
    assert_offsets_exact(c)
    assert not any("\r" in text for text in c.sentences["text"])
    # The same text saved with Unix line endings splits into the same sentences.
    unix = corpus.from_sources([_replace_body(c, body.replace("\r\n", "\n"))])
    assert list(unix.sentences["text"]) == list(c.sentences["text"])
    assert list(c.boilerplate["text"]) == ["All news"]
    start = body.index("prisoners of war")
    assert body[start:start + 16] == "prisoners of war"
    assert c.sentence_of("hostile_crlf_bom", start) == 1


def _replace_body(c, body):
    from detentio.sources import read_source
    source = read_source(c.documents.iloc[0]["path"])
    return type(source)(id=source.id, path=source.path, body=body, meta=source.meta)


def test_non_utf8_source_is_a_clear_error():
    with pytest.raises(DetentioError) as error:
        corpus.load(HOSTILE / "latin1.txt")
    message = str(error.value)
    assert "latin1.txt:1: not valid UTF-8: byte 0xe9 at offset 29 (save the file as UTF-8)" in message


def test_empty_source_is_a_clear_error():
    problems = check_sources([HOSTILE / "empty.md"])
    assert [p.message for p in problems] == ["empty body: the source has no text"]
    assert str(problems[0]).endswith("empty.md:10: empty body: the source has no text")


def test_duplicate_id_names_both_files(tmp_path):
    shutil.copy(HOSTILE / "duplicate.md", tmp_path / "zz-duplicate.md")
    problems = check_sources([ROOT / "data" / "sources", tmp_path / "zz-duplicate.md"])
    assert len(problems) == 1
    assert "duplicate id '002_45120e5011152357' (also used by data/sources/002_45120e5011152357.md)" \
        in str(problems[0])


def test_check_command_lists_every_hostile_problem_and_passes_the_rest(tmp_path):
    folder = tmp_path / "hostile"
    shutil.copytree(HOSTILE, folder)
    shutil.copy(ROOT / "data" / "sources" / "002_45120e5011152357.md", folder)
    result = detentio("check", str(folder), cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == "detentio check: 3 problem(s)"
    assert sorted(lines[:-1]) == [
        "hostile/duplicate.md:id: duplicate id '002_45120e5011152357' "
        "(also used by hostile/002_45120e5011152357.md)",
        "hostile/empty.md:10: empty body: the source has no text",
        "hostile/latin1.txt:1: not valid UTF-8: byte 0xe9 at offset 29 (save the file as UTF-8)",
    ]


@pytest.mark.slow
def test_five_megabyte_source_loads_with_exact_offsets(tmp_path):
    path = big_archive(tmp_path / "big.md")
    assert path.stat().st_size >= 5_000_000
    c = corpus.load(path)
    doc = c.documents.iloc[0]
    assert doc["chars"] == len(c.text("big_archive"))
    pages = c.text("big_archive").count("All news\n")
    assert len(c.boilerplate) == pages and set(c.boilerplate["rule"]) == {"navigation"}
    sample = c.sentences.iloc[:: max(1, len(c.sentences) // 500)]
    for row in sample.itertuples():
        assert c.text(row.source)[row.start:row.end] == row.text
