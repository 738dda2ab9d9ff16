"""``detentio build`` end to end: notebooks executed by papermill, published as HTML, PDF and index.

One temporary workspace is built once for the whole module (kernels and
PDFs take seconds): a fixture report on the seed corpus, the same notebook
on a hostile source, a notebook that fails on demand, one whose quote is
forged, and the real survey notebook. Then a warm build, then the
failing notebook made to fail after a good build.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import subprocess
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import FIXTURES, ROOT
from detentio import build, cli

pytestmark = pytest.mark.slow

RUNS = """\
runs:
  - name: fixture
    notebook: notebooks/report.ipynb
    description: the fixture report on the seed corpus
    parameters: {{label: "0042", count: 2}}
  - name: hostile
    notebook: notebooks/report.ipynb
    parameters: {{sources: hostile, count: 1}}
    formats: [html]
  - name: broken
    notebook: notebooks/raises.ipynb
    parameters: {{divisor: {divisor}}}
    formats: [html]
  - name: forged
    notebook: notebooks/forged_quote.ipynb
    formats: [html]
  - name: survey
    notebook: notebooks/01-survey-corpus.ipynb
    parameters: {{since: "2025-01-01"}}
"""


@dataclass
class Site:
    root: Path
    first: dict          # run -> Result of the first build
    first_log: str
    warm: dict           # run -> Result of the second build (nothing changed)
    changed: dict        # run -> input files whose hash changed between the two builds
    good_broken: bytes   # the good report of `broken` before it was made to fail
    exit_status: int     # of `detentio build --only broken` once it fails

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    def html(self, run: str) -> BeautifulSoup:
        return BeautifulSoup((self.reports / run / f"{run}.html").read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Site:
    root = tmp_path_factory.mktemp("site")
    shutil.copytree(ROOT / "data", root / "data")
    (root / "notebooks").mkdir()
    shutil.copy(ROOT / "notebooks" / "01-survey-corpus.ipynb", root / "notebooks")
    for notebook in (FIXTURES / "notebooks").glob("*.ipynb"):
        shutil.copy(notebook, root / "notebooks")
    (root / "hostile").mkdir()
    shutil.copy(FIXTURES / "hostile" / "script.md", root / "hostile")
    (root / "runs.yml").write_text(RUNS.format(divisor=1), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DETENTIO_ROOT", str(root))
        log = io.StringIO()
        first = {r.run: r for r in build.build(jobs=2, stream=log)}
        recorded = {run: json.loads((root / "reports" / run / "provenance.json").read_text())["inputs"]
                    for run, r in first.items() if r.status == "ok"}
        warm = {r.run: r for r in build.build(only=list(recorded), stream=io.StringIO())}
        # What changed between the two builds: nothing in this workspace, but the
        # library is the working tree's, which colleagues may be editing meanwhile.
        changed = {run: sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
                   for run, old in recorded.items()
                   for new in [json.loads((root / "reports" / run / "provenance.json").read_text())["inputs"]]}
        good = (root / "reports" / "broken" / "broken.html").read_bytes()
        (root / "runs.yml").write_text(RUNS.format(divisor=0), encoding="utf-8")
        status = cli.main(["build", "--only", "broken"])
    return Site(root, first, log.getvalue(), warm, changed, good, status)


def test_first_build_publishes_good_runs_and_fails_the_forged_quote(site):
    assert {run: r.status for run, r in site.first.items()} == {
        "fixture": "ok", "hostile": "ok", "broken": "ok", "forged": "failed", "survey": "ok"}
    assert "ok       fixture" in site.first_log and "FAILED   forged" in site.first_log
    lines = site.first_log.splitlines()
    assert all(line.startswith(("  ", "detentio build:")) for line in lines), lines
    assert re.search(r"ok +fixture +\[\d/5\] [\d.]+ s = execute [\d.]+, html [\d.]+, pdf [\d.]+ ", site.first_log)
    assert not list(site.reports.glob(".building-*")), "temporary build folders were left behind"


def test_reports_are_offline_single_files(site):
    pages = list(site.reports.glob("*/*.html")) + [site.reports / "index.html"]
    assert len(pages) >= 5
    for page in pages:
        text = page.read_text(encoding="utf-8")
        soup = BeautifulSoup(text, "html.parser")
        fetched = ([s.get("src") for s in soup.find_all("script")] + [l.get("href") for l in soup.find_all("link")]
                   + [i.get("src") for i in soup.find_all("img")])
        assert not [u for u in fetched if u and u.startswith(("http://", "https://", "//"))], page
        assert "<script" not in text.lower(), page  # no require.js, MathJax, widgets: nothing runs
        assert all(i["src"].startswith("data:image/png;base64,") for i in soup.find_all("img")), page


def test_reviewers_see_results_but_no_code(site):
    soup = site.html("fixture")
    text = str(soup)
    assert soup.select(".jp-CodeCell") and not soup.select(".jp-CodeCell .jp-InputArea, .jp-CodeMirrorEditor")
    assert not soup.select(".jp-InputPrompt, .jp-OutputPrompt")
    assert "from detentio import" not in text
    assert "SECRET_CODE_MARKER" not in text  # a cell tagged remove-cell
    assert "# Parameters" not in text        # papermill's injected-parameters cell
    assert soup.find("h1").contents[0] == "Fixture report: quotes and notes"  # then the hidden ¶ anchor
    assert soup.select("figure.detentio-figure img") and soup.select("figure.detentio-table table")


def test_number_like_text_parameter_reaches_the_notebook_as_text(site):
    text = site.html("fixture").get_text(" ", strip=True)
    assert "The label parameter is 0042 of type str" in text
    provenance = site.html("fixture").find("section", class_="provenance").get_text(" ", strip=True)
    assert 'label "0042"' in provenance and "count 2" in provenance


def test_footnotes_are_numbered_and_lead_to_notes_and_back(site):
    soup = site.html("fixture")
    refs = soup.select("sup.fn-ref a")
    assert len(refs) == site.first["fixture"].footnotes >= 5
    assert [a.get_text() for a in refs] == [str(n) for n in range(1, len(refs) + 1)]
    for number, link in enumerate(refs, 1):
        note = soup.find(id=f"fn-{number}")
        assert link["href"] == f"#fn-{number}" and note.name == "li"
        assert note.find("a", class_="fn-back")["href"] == f"#fnref-{number}"
    assert "Titles as given in the front matter." in soup.find(id=f"fn-{len(refs)}").get_text()


def test_each_quote_leads_to_its_words_highlighted_in_the_sources_appendix(site):
    soup = site.html("fixture")
    quotes = soup.select("q.source-quote")
    assert len(quotes) == 2
    for q in quotes:
        target = f"src-{q['data-source']}-{q['data-start']}-{q['data-end']}"
        assert soup.select(f'span.fn-print a[href="#{target}"]')
        mark = soup.find(id=target)
        assert mark.name == "mark" and mark.get_text() == q.get_text()
        assert mark.find_parent("section", class_="cited-source")["id"] == f"src-{q['data-source']}"
    assert len(soup.select("section.cited-source")) == 5  # the note on the corpus size cites all five


def test_hostile_source_is_shown_as_text(site):
    page = (site.reports / "hostile" / "hostile.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page.lower() and "<img src=x" not in page and "<iframe" not in page
    soup = BeautifulSoup(page, "html.parser")
    assert not [a for a in soup.find_all("a") if a.get("href", "").startswith("javascript:")]
    assert "Exchange of <script>alert(1)</script> prisoners of war stalls" in soup.get_text()


def pdftext(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


# The PDF checks read the file with poppler's tools; .ci/run installs them and fails when they are missing,
# so a skip here only spares a workstation without them.
needs_poppler = pytest.mark.skipif(shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdfinfo, pdftotext) is not installed")


@needs_poppler
def test_pdf_has_page_numbers_running_header_and_page_footnotes(site):
    pdf = site.reports / "fixture" / "fixture.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages == site.first["fixture"].pages >= 3
    first, second = pdftext(pdf, 1), pdftext(pdf, 2)
    assert f"Page 1 of {pages}" in first and f"Page 2 of {pages}" in second
    assert "Fixture report: quotes and notes" in second.splitlines()[0]  # the running header
    whole = " ".join(pdftext(pdf).split())
    assert "Titles as given in the front matter." in whole
    # the footnote's link gives the locator of the words in the appendix, which labels them alike
    assert "sentence 1 (in context (A1.1))" in whole
    appendix = next(n for n in range(1, pages + 1) if "Sources cited" in pdftext(pdf, n).splitlines())
    printed = " ".join(pdftext(pdf, appendix).split())
    assert re.search(rf"A1 .+ p\. {appendix}\b", printed)  # the contents give the source's page
    assert "[A1.1]" in printed
    assert "SECRET_CODE_MARKER" not in whole


@needs_poppler
def test_pdf_carries_the_published_provenance_notebook_tables_and_sources(site, tmp_path):
    import base64

    folder = site.reports / "fixture"
    subprocess.run(["pdfdetach", "-saveall", "-o", str(tmp_path), str(folder / "fixture.pdf")], check=True)
    published = json.loads((folder / "provenance.json").read_text(encoding="utf-8"))
    attached = json.loads((tmp_path / "provenance.json").read_text(encoding="utf-8"))
    # The PDF cannot hold the seconds its own printing took: everything else is the published record.
    pdf_seconds = published["phases"].pop("pdf")
    assert pdf_seconds > 0 and attached.pop("seconds", None) is None
    published.pop("seconds")
    assert attached == published and attached["pages"] == site.first["fixture"].pages
    assert (tmp_path / "fixture.ipynb").read_bytes() == (folder / "fixture.ipynb").read_bytes()
    for source in published["sources"]:
        file = tmp_path / Path(source["path"]).name
        assert hashlib.sha256(file.read_bytes()).hexdigest() == source["sha256"]
    links = site.html("fixture").select("p.table-download a")
    assert links
    for link in links:
        data = base64.b64decode(link["href"].split(",", 1)[1])
        assert (tmp_path / link["download"]).read_bytes() == data


@needs_poppler
def test_pdf_is_tagged_pdfa_and_names_its_run_in_the_metadata(site):
    pdf = site.reports / "fixture" / "fixture.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Tagged: +yes$", info, re.M) and re.search(r"^Metadata Stream: +yes$", info, re.M)
    assert re.search(r"^Subject: +the fixture report on the seed corpus$", info, re.M)
    meta = subprocess.run(["pdfinfo", "-meta", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert '<detentio:parameters>{"count": 2, "label": "0042"}</detentio:parameters>' in meta
    assert "<detentio:commit>none (not a git checkout)</detentio:commit>" in meta


def test_survey_notebook_publishes_the_2025_sources(site):
    soup = site.html("survey")
    text = soup.get_text(" ", strip=True)
    assert "This run covers 2 of the 5 sources in the corpus" in text
    assert [s["id"] for s in soup.select("section.cited-source")] == [
        "src-000_288279f309da8c33", "src-001_b7bfa99757de68eb"]
    assert soup.select("figure.detentio-figure img")
    assert len(soup.select("q.source-quote")) == 3  # the three chrome spans of those two sources
    assert pdftext(site.reports / "survey" / "survey.pdf", 1).count("Survey of the corpus") >= 1


def test_provenance_records_what_the_report_was_made_from(site):
    record = json.loads((site.reports / "fixture" / "provenance.json").read_text())
    assert record["parameters"] == {"label": "0042", "count": 2}
    assert record["notebook"] == "notebooks/report.ipynb" and record["run"] == "fixture"
    assert record["git"] == {"commit": None, "dirty": None}  # the temporary workspace is no checkout
    assert record["packages"]["pandas"] and record["packages"]["weasyprint"] and record["detentio"]
    for source in record["sources"]:
        digest = hashlib.sha256((site.root / source["path"]).read_bytes()).hexdigest()
        assert source["sha256"] == digest
    assert {"notebooks/report.ipynb", "detentio/publish/report.py", "data/boilerplate.yml"} <= set(record["inputs"])
    assert record["files"] == {"notebook": "fixture.ipynb", "html": "fixture.html", "pdf": "fixture.pdf"}
    # where the build's time went, step by step
    assert list(record["phases"]) == ["execute", "html", "pdf"]
    assert all(s > 0 for s in record["phases"].values()) and sum(record["phases"].values()) <= record["seconds"] + 0.05


def test_forged_quote_fails_its_run_with_a_clear_message(site):
    result = site.first["forged"]
    assert result.message == (
        "reports/forged: quote from 002_45120e5011152357 at 10-20 does not match the source: the report shows "
        "'words nobody wrote', data/sources/002_45120e5011152357.md has 'Return of '")
    assert not (site.reports / "forged").exists()
    assert "words nobody wrote" in (site.reports / "_errors" / "forged.html").read_text()


def test_warm_build_executes_no_kernel(site):
    assert sorted(site.warm) == ["broken", "fixture", "hostile", "survey"]
    for run, result in site.warm.items():
        if site.changed[run]:
            # Only a library file edited by someone else during the build may cause a rebuild.
            assert all(name.startswith("detentio/") for name in site.changed[run]), site.changed[run]
            assert result.status == "ok"
            continue
        assert result.status == "skipped-cached"
        record = json.loads((site.reports / run / "provenance.json").read_text())
        assert record["built"] == site.first[run].built  # the published report is the first build's


def test_failing_notebook_keeps_the_last_good_report(site):
    assert site.exit_status == 1
    assert (site.reports / "broken" / "broken.html").read_bytes() == site.good_broken
    error = BeautifulSoup((site.reports / "_errors" / "broken.html").read_text(), "html.parser")
    assert "raised ZeroDivisionError: division by zero" in error.find(class_="error-summary").get_text()
    assert [pre.get_text() for pre in error.find_all("pre")][0] == "ratio = 1 / divisor"
    assert "ZeroDivisionError" in error.find_all("pre")[1].get_text()
    assert (site.reports / "_errors" / "broken.ipynb").exists()
    status = json.loads((site.reports / "status.json").read_text())
    assert status["broken"]["status"] == "failed"


def test_index_lists_every_run_with_status_and_links(site):
    index = BeautifulSoup((site.reports / "index.html").read_text(), "html.parser")
    rows = {tr["id"][4:]: tr for tr in index.select("tr[id^=run-]")}
    assert {run: tr["data-status"] for run, tr in rows.items()} == {
        "fixture": site.warm["fixture"].status, "hostile": site.warm["hostile"].status, "broken": "failed",
        "forged": "failed", "survey": site.warm["survey"].status}
    links = {a.get_text(): a["href"] for a in rows["broken"].find_all("a")}
    assert links["error page"] == "_errors/broken.html"
    assert links["HTML"] == "broken/broken.html"  # the last good report stays linked
    assert "last good report" in rows["broken"].get_text()
    for tr in rows.values():
        for a in tr.find_all("a"):
            assert (site.reports / a["href"]).exists(), a["href"]
    assert 'label="0042"' in rows["fixture"].get_text()
