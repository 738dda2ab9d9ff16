"""Hostile input: each bad or odd source gives a clear error or a correct result.

The files live in ``tests/fixtures/hostile`` byte for byte (its .gitattributes
keeps git from touching CRLF, BOM and Latin-1 bytes); the 5 MB source is
generated here. Tests that go through ``detentio build`` are in the second half.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, ROOT, copy_workspace, detentio_env
from conftest import Visit
from detentio import corpus
from detentio.check import check_sources
from detentio.core.problems import DetentioError

HOSTILE = FIXTURES / "hostile"
DETENTIO = [sys.executable, "-m", "detentio.cli"]


def detentio(*args, cwd=None, env=None, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run([*DETENTIO, *args], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=timeout)


def big_archive(path: Path, size: int = 5_000_000) -> Path:
    """A news-archive dump of ``size`` bytes: pages of about 30 kB, each opening with its chrome line."""
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
            + ("Relatives gathered outside the government building and asked for an all for all exchange. "
               * 30 + "\n\n") * 10
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
    from detentio.corpus.sources import read_source
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
    assert lines[-1] == "detentio check: 4 problem(s)"
    assert sorted(lines[:-1]) == [
        "hostile/duplicate.md:id: duplicate id '002_45120e5011152357' "
        "(also used by hostile/002_45120e5011152357.md)",
        "hostile/empty.md:10: empty body: the source has no text",
        "hostile/latin1.txt:1: not valid UTF-8: byte 0xe9 at offset 29 (save the file as UTF-8)",
        # nothing in a sources folder is passed over in silence
        "hostile/raises.ipynb: not read as a source: sources are .md or .txt files; `detentio add` reads "
        ".docx, .htm, .html, .pdf, .xhtml",
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


# --- end to end through `detentio build` ----------------------------------------

def hostile_runs(root: Path) -> list[str]:
    """runs.yml: the first run of each notebook (HTML only, for speed) and the raising notebook."""
    runs = yaml.safe_load((ROOT / "runs.yml").read_text(encoding="utf-8"))["runs"]
    chosen, seen = [], set()
    for run in runs:
        if run["notebook"] not in seen:
            seen.add(run["notebook"])
            chosen.append({**run, "formats": ["html"]})
    chosen.append({"name": "raises", "notebook": "notebooks/99-raises.ipynb",
                   "parameters": {"fail": False}, "formats": ["html"]})
    (root / "runs.yml").write_text(yaml.safe_dump({"runs": chosen}, sort_keys=False), encoding="utf-8")
    return [run["name"] for run in chosen]


def build(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*DETENTIO, "build", *args], cwd=root, env=detentio_env(root),
                          capture_output=True, text=True, timeout=1800)


def snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder`` (to prove a report was left untouched)."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    """A workspace whose corpus holds the markup and the CRLF+BOM sources, built once, all ok."""
    if not (ROOT / "runs.yml").exists():
        pytest.skip("the workspace has no runs.yml yet")
    root = copy_workspace(tmp_path_factory.mktemp("hostile") / "ws")
    for name in ("script.md", "crlf_bom.md", "markdown.md", "2021-03-16-wire-a.md", "2021-03-16-wire-b.md"):
        shutil.copy(HOSTILE / name, root / "data" / "sources" / name)
    shutil.copy(HOSTILE / "raises.ipynb", root / "notebooks" / "99-raises.ipynb")
    names = hostile_runs(root)
    assert detentio("manifest", cwd=root, env=detentio_env(root)).returncode == 0
    checked = detentio("check", cwd=root, env=detentio_env(root))
    assert checked.returncode == 0, checked.stderr
    result = build(root)
    assert result.returncode == 0, result.stderr
    return root, names


@pytest.fixture
def broken(good, tmp_path):
    """A copy of the good, built workspace for one test to break; and its reports as built."""
    root, names = good
    copy = tmp_path / "ws"
    shutil.copytree(root, copy)
    return copy, names, {name: snapshot(copy / "reports" / name) for name in names}


def status(root: Path) -> dict:
    return json.loads((root / "reports" / "status.json").read_text(encoding="utf-8"))


def assert_failed_and_kept(root: Path, run: str, before: dict, *message: str) -> None:
    """``run`` failed with ``message`` on its error page and in the index; its last good report is intact."""
    entry = status(root)[run]
    assert entry["status"] == "failed"
    assert all(part in entry["message"] for part in message), entry["message"]
    assert snapshot(root / "reports" / run) == before[run], "the last good report changed"
    page = (root / "reports" / "_errors" / f"{run}.html").read_text(encoding="utf-8")
    assert all(part in html.unescape(page) for part in message)
    index = (root / "reports" / "index.html").read_text(encoding="utf-8")
    row = index[index.index(f'id="run-{run}"'):]
    row = row[:row.index("</tr>")]
    assert 'data-status="failed"' in row and "last good report" in row
    assert f'href="{run}/{run}.html"' in row and f'href="_errors/{run}.html"' in row


@pytest.mark.slow  # builds reports
def test_markup_sources_build_into_reports_that_show_it_as_text(good):
    root, names = good
    for name in names:
        page = (root / "reports" / name / f"{name}.html").read_text(encoding="utf-8")
        live = [re.compile(r"<script>(alert|document)"), re.compile(r"<img\b[^>]*onerror"),
                re.compile(r"<iframe\b"), re.compile(r"<a\b[^>]*href=\"javascript:"), re.compile(r"<b>Hostile</b>")]
        found = [page[max(0, m.start() - 80):m.end() + 40] for p in live for m in p.finditer(page)]
        assert found == [], f"{name}: markup from a source is live"
    survey = (root / "reports" / names[0] / f"{names[0]}.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in survey


@pytest.mark.slow  # builds reports
def test_markdown_in_source_metadata_and_text_stays_text_in_every_report(good):
    from bs4 import BeautifulSoup

    root, names = good
    shown = []
    for name in names:
        page = (root / "reports" / name / f"{name}.html").read_text(encoding="utf-8")
        soup = BeautifulSoup(page, "html.parser")
        assert [img["src"][:60] for img in soup.find_all("img") if not img["src"].startswith("data:")] == [], name
        assert [a["href"] for a in soup.find_all("a") if "example.org" in a.get("href", "")] == [], name
        shown.append(soup.get_text())
    outlet = "![o](http://127.0.0.1:8765/o.png) [x](https://example.org/phish)"
    assert outlet in shown[0]  # the survey lists the outlet, as written
    assert sum(outlet in text for text in shown) >= 2


@pytest.mark.slow  # builds reports
def test_sources_whose_ids_share_a_prefix_are_labelled_apart(good):
    from bs4 import BeautifulSoup

    root, names = good
    labelled = 0
    for name in names:
        soup = BeautifulSoup((root / "reports" / name / f"{name}.html").read_text(encoding="utf-8"), "html.parser")
        texts: dict[str, set[str]] = {}
        for link in soup.select("a.by-locator"):
            texts.setdefault(link.get_text(), set()).add(link["href"])
        assert all(len(hrefs) == 1 and re.fullmatch(r"A\d+", text) for text, hrefs in texts.items()), texts
        labelled += len(texts)
    assert labelled >= 2


def test_crlf_bom_source_is_cited_at_exact_offsets(good):
    root, names = good
    from detentio.corpus.sources import read_source

    body = read_source(root / "data" / "sources" / "crlf_bom.md").body
    cited = 0
    for name in names:
        record = json.loads((root / "reports" / name / "provenance.json").read_text(encoding="utf-8"))
        page = (root / "reports" / name / f"{name}.html").read_text(encoding="utf-8")
        for match in re.finditer(r'<q class="source-quote"([^>]*)>(.*?)</q>', page, re.S):
            attrs = dict(re.findall(r'(data-[a-z]+)="([^"]*)"', match.group(1)))
            if attrs.get("data-source") == "hostile_crlf_bom":
                start, end = int(attrs["data-start"]), int(attrs["data-end"])
                assert body[start:end] == html.unescape(match.group(2))
                cited += 1
        ids = [s["id"] for s in record["sources"]]
        if "hostile_crlf_bom" in ids:
            sha = next(s["sha256"] for s in record["sources"] if s["id"] == "hostile_crlf_bom")
            assert sha == hashlib.sha256((HOSTILE / "crlf_bom.md").read_bytes()).hexdigest()
    assert any("hostile_crlf_bom" in [s["id"] for s in json.loads(
        (root / "reports" / n / "provenance.json").read_text(encoding="utf-8"))["sources"]] for n in names)


@pytest.mark.slow  # builds reports
@pytest.mark.parametrize("fixture, message", [
    ("latin1.txt", ("latin1.txt:1: not valid UTF-8: byte 0xe9 at offset 29",)),
    ("empty.md", ("empty.md:10: empty body: the source has no text",)),
    ("duplicate.md", ("duplicate id '002_45120e5011152357'",)),
])
def test_bad_source_fails_the_run_and_keeps_the_last_good_report(broken, fixture, message):
    root, names, before = broken
    shutil.copy(HOSTILE / fixture, root / "data" / "sources" / fixture)
    run = names[0]
    result = build(root, "--only", run)
    assert result.returncode == 1
    assert f"FAILED   {run}" in result.stderr
    assert_failed_and_kept(root, run, before, *message)
    for other in names[1:]:
        assert snapshot(root / "reports" / other) == before[other]


@pytest.mark.slow  # builds reports
def test_notebook_that_raises_fails_the_run_and_keeps_the_last_good_report(broken):
    root, names, before = broken
    runs = yaml.safe_load((root / "runs.yml").read_text(encoding="utf-8"))
    next(r for r in runs["runs"] if r["name"] == "raises")["parameters"]["fail"] = True
    (root / "runs.yml").write_text(yaml.safe_dump(runs, sort_keys=False), encoding="utf-8")
    result = build(root, "--only", "raises")
    assert result.returncode == 1
    assert_failed_and_kept(root, "raises", before, "RuntimeError: the analysis failed on purpose")
    page = (root / "reports" / "_errors" / "raises.html").read_text(encoding="utf-8")
    assert "Failing cell" in page and "if fail:" in page and "Traceback" in page


def test_runs_yml_pointing_at_a_missing_notebook_is_refused_before_any_kernel(broken):
    root, names, before = broken
    index = (root / "reports" / "index.html").read_bytes()
    with open(root / "runs.yml", "a", encoding="utf-8") as runs:
        runs.write("- name: ghost\n  notebook: notebooks/07-missing.ipynb\n")
    line = (root / "runs.yml").read_text(encoding="utf-8").splitlines().index("- name: ghost") + 1
    result = build(root)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: runs.yml:{line + 1}: run 'ghost': notebook 'notebooks/07-missing.ipynb' does not exist"]
    assert (root / "reports" / "index.html").read_bytes() == index
    for name in names:
        assert snapshot(root / "reports" / name) == before[name]
    assert not list((root / "reports").glob(".building-*"))


@pytest.mark.slow
def test_markup_from_sources_never_runs_in_the_browser(good, browser):
    root, names = good
    for name in names:
        page = Visit(browser, root / "reports" / name / f"{name}.html")
        try:
            page.offline_and_quiet()  # no alert dialog, no request for "x" or example.org
            assert page.requests == [(root / "reports" / name / f"{name}.html").as_uri()] + [
                url for url in page.requests[1:] if url.startswith("data:")]
            assert page.page.title() != "pwned"
            live = page.page.evaluate("""() => ({
                scripts: [...document.scripts].filter(s => /alert|pwned/.test(s.textContent)).length,
                handlers: document.querySelectorAll('[onerror], iframe, a[href^="javascript:"]').length,
                bold: [...document.querySelectorAll('b')].filter(b => b.textContent === 'Hostile').length})""")
            assert live == {"scripts": 0, "handlers": 0, "bold": 0}
            if name == names[0]:
                text = page.page.inner_text("body")
                assert "<script>alert(1)</script>" in text and '<img src=x onerror="alert(2)">' in text
                page.screenshot(f"hostile-{name}")
        finally:
            page.close()


@pytest.mark.slow
def test_five_megabyte_source_builds_a_correct_report(broken):
    root, names, _ = broken
    path = big_archive(root / "data" / "sources" / "big_archive.md")
    run = names[0]
    result = build(root, "--only", run)
    assert result.returncode == 0, result.stderr
    record = json.loads((root / "reports" / run / "provenance.json").read_text(encoding="utf-8"))
    listed = {s["id"]: s["sha256"] for s in record["sources"]}
    assert listed["big_archive"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert record["quotes"] > 0  # every quote was checked against the 5 MB text at its offsets
    assert status(root)[run]["status"] == "ok"
