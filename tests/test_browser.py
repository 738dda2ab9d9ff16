"""The published reports as a reviewer meets them: opened from disk in headless Chromium.

Every request and console message is recorded. A report must load with no
request leaving ``file://`` (images are inline ``data:`` URIs), no console
error, footnote links that land on their notes, note links that land on the
cited words in the sources appendix, and figures that are actually drawn.
A full-page screenshot of each page goes to ``tests/artifacts/browser/``.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import pytest

from conftest import built_report, run_names
from detentio.corpus.sources import read_source

pytestmark = pytest.mark.slow

def report_html(root: Path, run: str) -> Path:
    path = built_report(root, run) / f"{run}.html"
    assert path.is_file(), f"run {run!r} has no published HTML"
    return path


@pytest.mark.parametrize("run", run_names())
def test_report_opens_offline_with_no_console_error(built_workspace, visit, run):
    page = visit(report_html(built_workspace, run))
    page.offline_and_quiet()
    assert page.requests[0] == report_html(built_workspace, run).as_uri()
    # Reviewers read narrative and results: no code cell input reaches the page.
    assert page.page.locator(".jp-CodeCell .jp-InputArea, .jp-InputPrompt, .jp-Editor").count() == 0
    assert page.page.locator("h1").first.inner_text().strip()
    shot = page.screenshot(run)
    assert shot.stat().st_size > 10_000


@pytest.mark.parametrize("run", run_names())
def test_footnote_links_jump_to_their_notes(built_workspace, visit, run):
    page = visit(report_html(built_workspace, run))
    links = page.page.eval_on_selector_all("sup.fn-ref > a", """calls => calls.map(a => {
        const note = document.querySelector(a.getAttribute('href'));
        return {href: a.getAttribute('href'), number: a.textContent,
                note: note ? note.value : null,
                back: note ? note.querySelector('a.fn-back')?.getAttribute('href') : null,
                call: a.parentElement.id};
    })""")
    assert len(links) == page.page.locator("section.notes li").count()
    for number, link in enumerate(links, 1):
        # numbered in reading order, each note exists and links back to its call
        assert link == {"href": f"#fn-{number}", "number": str(number), "note": number,
                        "back": f"#fnref-{number}", "call": f"fnref-{number}"}
    # Clicking lands on the note and its back-link on the call (first, middle and last note).
    for number in sorted({1, (len(links) + 1) // 2, len(links)} - {0}):
        page.page.click(f"#fnref-{number} > a")
        assert page.page.evaluate("location.hash") == f"#fn-{number}"
        assert page.in_view(f"#fn-{number}"), f"{run}: note {number} is not on screen after its link was clicked"
        page.page.click(f"#fn-{number} a.fn-back")
        assert page.in_view(f"#fnref-{number}")


@pytest.mark.parametrize("run", run_names())
def test_note_links_reach_the_cited_words_in_the_sources_appendix(built_workspace, visit, run):
    page = visit(report_html(built_workspace, run))
    links = page.page.eval_on_selector_all("section.notes a.appendix-link", """links => links.map(a => {
        const href = a.getAttribute('href');
        const el = document.getElementById(href.slice(1));
        const found = {href, source: a.dataset.source, path: a.dataset.path,
                       start: a.dataset.start ?? null, end: a.dataset.end ?? null,
                       targets: document.querySelectorAll(`[id="${href.slice(1)}"]`).length};
        if (!el) return found;
        found.section = el.closest('section.cited-source')?.id ?? null;
        const text = el.closest('.source-text');
        if (text) {
            const before = document.createRange();
            before.setStart(text, 0);
            before.setEndBefore(el);
            found.offset = before.toString().length;
            found.marked = el.matches('mark.cited');
            found.text = el.textContent;
        }
        return found;
    })""")
    if not links:
        pytest.skip(f"{run} cites no source")
    bodies = {}
    for link in links:
        assert link["targets"] == 1, f"{run}: {link['href']} does not exist"
        assert link["section"] == f"src-{link['source']}", \
            f"{run}: {link['href']} is not in the appendix entry of its source"
        if link["start"] is None:
            continue
        start, end = int(link["start"]), int(link["end"])
        if link["path"] not in bodies:
            bodies[link["path"]] = read_source(built_workspace / link["path"]).body
        # HTML shows a CRLF as one line break: count characters the way the page does.
        body = bodies[link["path"]]
        cited = body[start:end].replace("\r\n", "\n")
        assert link["offset"] == len(body[:start].replace("\r\n", "\n")), \
            f"{run}: {link['href']} is not at character {start} of {link['source']}"
        assert link["marked"] and link["text"] and cited.startswith(link["text"])
    # Following a note's link lands on the cited words.
    quoted = [link for link in links if link["start"] is not None] or links
    for link in (quoted[0], quoted[-1]):
        page.page.locator(f"section.notes a.appendix-link[href='{link['href']}']").first.click()
        assert page.page.evaluate("decodeURIComponent(location.hash)") == link["href"]
        assert page.in_view(f'[id="{link["href"][1:]}"]')


@pytest.mark.parametrize("run", run_names())
def test_figures_are_drawn_with_nonzero_size(built_workspace, visit, run):
    page = visit(report_html(built_workspace, run))
    images = page.page.eval_on_selector_all("img", """imgs => imgs.map(img => ({
        src: img.src.slice(0, 22), complete: img.complete, natural: [img.naturalWidth, img.naturalHeight],
        box: [img.getBoundingClientRect().width, img.getBoundingClientRect().height]}))""")
    for image in images:
        assert image["src"].startswith("data:image/"), image
        assert image["complete"] and min(image["natural"]) > 0 and min(image["box"]) > 0, image
    figures = page.page.locator("figure.detentio-figure:has(img)")
    for index in range(figures.count()):
        box = figures.nth(index).bounding_box()
        assert box and box["width"] > 100 and box["height"] > 100


def test_index_lists_every_run_and_its_links_open(built_workspace, visit):
    index = built_workspace / "reports" / "index.html"
    page = visit(index)
    page.offline_and_quiet()
    page.screenshot("index")
    rows = page.page.eval_on_selector_all("tbody tr", """rows => rows.map(r => ({
        id: r.id, status: r.dataset.status,
        links: [...r.querySelectorAll('a')].map(a => [a.textContent, a.href])}))""")
    assert [row["id"] for row in rows] == [f"run-{name}" for name in run_names()]
    for row in rows:
        assert row["status"] == "ok"
        labels = [label for label, _ in row["links"]]
        assert "HTML" in labels and "provenance" in labels
        for _, href in row["links"]:
            assert href.startswith("file://")
            assert Path(unquote(href.removeprefix("file://"))).is_file(), href
    first = run_names()[0]
    page.page.click(f"#run-{first} a:text-is('HTML')")
    page.page.wait_for_load_state("load")
    assert page.page.url == report_html(built_workspace, first).as_uri()
    page.offline_and_quiet()
