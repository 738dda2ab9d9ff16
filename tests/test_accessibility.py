"""The published pages as a reviewer with a screen reader, or one who wants the numbers, meets them.

axe-core (pinned in tests/package.json, installed by ``npm ci`` in tests/) is
injected into each page headless Chromium opened from disk and run at WCAG
2.1 AA: every report, the index, and the error page of a run that failed
must show no violation. The reports themselves load no script: axe is put
in by the test, after the page loaded offline.

Every captioned table's CSV link is clicked: the download must hold the rows
and columns the table shows. Every report ends with "Cite this report".
"""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, built_report, copy_workspace, detentio_env, run_names
from detentio.publish.archive import commit_text
from test_browser import report_html

pytestmark = pytest.mark.slow

AXE = ROOT / "tests" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        pytest.skip("axe-core is not installed: run `npm ci` in tests/ (.ci/run does)")
    return AXE.read_text(encoding="utf-8")


def violations(page, axe_source: str) -> list[str]:
    """One line per axe-core violation at WCAG 2.1 AA (rule, impact, how many nodes, the first node)."""
    # Evaluated through the browser's debugging protocol: the page's Content-Security-Policy
    # (no script at all) stays in force and is not what is tested here.
    page.page.evaluate(axe_source)
    result = page.page.evaluate("""tags => axe.run(document, {
        runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})""", WCAG_21_AA)
    assert result["testEngine"]["name"] == "axe-core" and result["passes"] is not None
    return [f"{v['id']} ({v['impact']}, {len(v['nodes'])}x): {v['help']}: {v['nodes'][0]['html'][:160]}"
            for v in result["violations"]]


@pytest.fixture(scope="module")
def failed_workspace(tmp_path_factory) -> Path:
    """A workspace whose one run fails, so that it has an error page (and an index marking it failed)."""
    root = copy_workspace(tmp_path_factory.mktemp("failing") / "ws")
    shutil.copy(FIXTURES / "notebooks" / "raises.ipynb", root / "notebooks")
    (root / "runs.yml").write_text("runs:\n  - name: broken\n    notebook: notebooks/raises.ipynb\n"
                                   "    parameters: {divisor: 0}\n    formats: [html]\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "detentio.cli", "build"], cwd=root, env=detentio_env(root),
                          capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    return root


def test_axe_finds_something_on_a_page_built_to_fail_it(tmp_path, visit, axe_source):
    # The check must be able to fail: a link told apart by colour alone, an image without alt.
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html lang="en"><head><title>bad</title><style>a {text-decoration: none; '
                   'color: #0000cc}</style></head><body><main><p>Some text with <a href="#x">a link</a> inside '
                   'it and more text.</p><img src="data:image/png;base64,iVBORw0KGgo="></main></body></html>',
                   encoding="utf-8")
    found = violations(visit(bad), axe_source)
    assert {line.split(" ")[0] for line in found} >= {"image-alt", "link-in-text-block"}


@pytest.mark.parametrize("run", run_names())
def test_report_has_no_axe_violation_at_wcag_21_aa(built_workspace, visit, axe_source, run):
    page = visit(report_html(built_workspace, run))
    page.offline_and_quiet()  # before axe is injected: the report itself runs nothing
    assert violations(page, axe_source) == []


def test_index_has_no_axe_violation(built_workspace, visit, axe_source):
    page = visit(built_workspace / "reports" / "index.html")
    assert violations(page, axe_source) == []


def test_error_page_and_its_index_have_no_axe_violation(failed_workspace, visit, axe_source):
    error = visit(failed_workspace / "reports" / "_errors" / "broken.html")
    error.offline_and_quiet()
    assert "ZeroDivisionError" in error.page.inner_text("main")
    assert violations(error, axe_source) == []
    index = visit(failed_workspace / "reports" / "index.html")
    assert index.page.get_attribute("#run-broken", "data-status") == "failed"
    assert violations(index, axe_source) == []


@pytest.mark.parametrize("run", run_names())
def test_links_in_text_are_underlined_and_figures_say_what_they_show(built_workspace, visit, run):
    page = visit(report_html(built_workspace, run))
    plain = page.page.eval_on_selector_all("main p a, main li a", """links => links
        .filter(a => a.getClientRects().length)
        .filter(a => !getComputedStyle(a).textDecorationLine.includes('underline'))
        .map(a => a.outerHTML.slice(0, 120))""")
    assert plain == []
    alts = page.page.eval_on_selector_all("figure.detentio-figure img", "imgs => imgs.map(i => i.alt)")
    for alt in alts:
        # the kind of chart, its axes: more than a title
        assert re.match(r"(Bar|Dot|Line)( and (dot|line))* chart[:.] ", alt), alt
        assert "Vertical axis" in alt and "Horizontal axis" in alt, alt


def shown_rows(table) -> list[list[tuple[str, bool]]]:
    """Each row's cells as (the text a reader sees, without note calls; whether the cell is a number).

    A source the page shows by its appendix label (A3) is read as its id, as the CSV gives it:
    the label means something only inside this report.
    """
    return table.evaluate("""t => [...t.querySelectorAll('tr')].map(tr =>
        [...tr.children].map(cell => {
            const copy = cell.cloneNode(true);
            copy.querySelectorAll('sup.fn-ref, .fn-print').forEach(n => n.remove());
            copy.querySelectorAll('a.by-locator').forEach(a => { a.textContent = a.dataset.source; });
            copy.querySelectorAll('br').forEach(n => n.replaceWith(' '));
            return [copy.textContent.replace(/\\s+/g, ' ').trim(), cell.classList.contains('num')];
        }))""")


def data_uri_text(href: str) -> str:
    """The text a ``data:`` link holds (base64 or percent-encoded), as a browser would save it."""
    import base64
    from urllib.parse import unquote_to_bytes

    assert href.startswith("data:"), href[:40]
    head, _, payload = href.partition(",")
    raw = base64.b64decode(payload) if head.endswith(";base64") else unquote_to_bytes(payload)
    return raw.decode("utf-8-sig")


@pytest.mark.parametrize("run", run_names())
def test_every_captioned_table_downloads_as_csv_with_the_rows_it_shows(built_workspace, visit, run):
    page = visit(report_html(built_workspace, run))
    figures = page.page.locator("figure.detentio-table:has(table > caption)")
    assert figures.count() >= 1
    for index in range(figures.count()):
        figure = figures.nth(index)
        table = figure.locator("table").first
        link = figure.locator("p.table-download a")
        assert link.count() == 1, f"table {index + 1} has no CSV link"
        if index == 0:
            # The browser saves the first table's CSV as a download, named as the link says; the
            # others are read from the same kind of data: URI (one download per page keeps a
            # loaded machine's browser from timing out on dozens of them).
            with page.page.expect_download(timeout=120_000) as started:
                link.click()
            download = started.value
            assert download.suggested_filename == link.get_attribute("download")
            text = Path(download.path()).read_text(encoding="utf-8")
        else:
            text = data_uri_text(link.get_attribute("href"))
        rows = list(csv.reader(io.StringIO(text)))
        shown = shown_rows(table)
        header, body = [text for text, _ in shown[0]], shown[1:]
        width = len(header)
        assert rows[0][:width] == header and len(rows) == len(shown)
        extra = rows[0][width:]
        assert len(extra) % 3 == 0 and all(name.endswith(("_source", "_start", "_end")) for name in extra)
        for got, seen in zip(rows[1:], body):
            assert len(got) == len(rows[0])
            for value, (text, number) in zip(got[:width], seen):
                # The page groups thousands (1,200); the CSV gives the number (1200). A word
                # joiner (U+2060) keeps a note's call on its word's line: layout, not data.
                text = text.replace("\u2060", "")
                assert value == (text.replace(",", "") if number else text), (run, index, value, text)
    page.offline_and_quiet()


@pytest.mark.parametrize("run", run_names())
def test_every_report_ends_with_cite_this_report(built_workspace, visit, run):
    page = visit(report_html(built_workspace, run))
    record = json.loads((built_report(built_workspace, run) / "provenance.json").read_text())
    last = page.page.locator("main > section").last
    assert last.locator("h2").inner_text() == "Cite this report"
    oscola = last.locator("p.suggested-citation").inner_text()
    assert oscola.startswith(f"detentio workspace, {record['title']} (detentio report {run}; parameters: ")
    bibtex = last.locator("pre.bibtex").inner_text()
    assert bibtex.startswith("@techreport{detentio-" + run + "-" + record["built"][:10] + ",")
    for name, value in record["parameters"].items():
        assert f"{name} {json.dumps(value, ensure_ascii=False)}" in oscola
    assert f"workspace commit {commit_text(record, 12)}; built " in oscola
    with page.page.expect_download(timeout=120_000) as started:
        last.locator("p.cite-download a").first.click()
    assert Path(started.value.path()).read_text(encoding="utf-8") == bibtex.rstrip("\n") + "\n"
