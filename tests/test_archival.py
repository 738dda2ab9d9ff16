"""What makes a report citable and archivable, piece by piece: the citation it suggests,
its metadata (HTML head and XMP), and the alt text of its figures.

The built PDFs themselves (tags, XMP, attachments, bookmarks) are checked with
poppler in tests/test_build.py and tests/test_pdf_pages.py.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from detentio.publish import archive, cite_report, describe, render

RECORD = {
    "run": "survey-2025", "title": "Survey", "notebook": "notebooks/01-survey-corpus.ipynb",
    "description": "only the sources published in 2025 or later",
    "parameters": {"since": "2025-01-01", "label": "0042", "count": 2},
    "input_hash": "ab" * 32, "built": "2026-12-02T14:06:54Z",
    "git": {"commit": "fc256a7e0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e", "dirty": False},
    "detentio": "0.1.0", "packages": {"pandas": "3.1"}, "inputs": {}, "sources": [],
}


def test_oscola_names_title_run_parameters_commit_and_build_date():
    cited = cite_report.oscola(RECORD, "Survey of the corpus & <its> dates")
    assert cited.text == ('detentio workspace, Survey of the corpus & <its> dates (detentio report survey-2025; '
                          'parameters: since "2025-01-01", label "0042", count 2; workspace commit fc256a7e0b1c; '
                          "built 2 December 2026)")
    assert cited.html.startswith("detentio workspace, <i>Survey of the corpus &amp; &lt;its&gt; dates</i> (")


def test_bibtex_is_a_techreport_with_special_characters_escaped():
    entry = cite_report.bibtex(dict(RECORD, git={"commit": RECORD["git"]["commit"], "dirty": True}),
                               "50% of {all} & more_")
    assert entry.splitlines()[0] == "@techreport{detentio-survey-2025-2026-12-02,"
    assert "  title = {{50\\% of \\{all\\} \\& more\\_}}," in entry
    assert "  number = {survey-2025}," in entry and "  month = dec," in entry and "  year = {2026}," in entry
    assert "  version = {fc256a7e0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e}," in entry
    assert ("Workspace commit fc256a7e0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e with uncommitted changes" in entry)
    assert entry.count("{") == entry.count("}") + entry.count("\\{") - entry.count("\\}")


def test_csl_json_is_one_report_item():
    item, = cite_report.csl_json(dict(RECORD, git={"commit": None, "dirty": None}), "Survey")
    assert item["type"] == "report" and item["number"] == "survey-2025" and item["genre"] == "detentio report"
    assert item["issued"] == {"date-parts": [[2026, 12, 2]]} and item["version"] == "none"
    assert "none (not a git checkout)" in item["note"]


def test_finished_report_ends_with_cite_this_report_and_carries_head_metadata(workspace):
    page = "<html><head><title>t</title></head><body><main><p>Body.</p></main></body></html>"
    soup = BeautifulSoup(render.finish(page, "Demo report", dict(RECORD)).html, "html.parser")
    last = soup.main.find_all("section", recursive=False)[-1]
    assert last["id"] == "cite-this-report" and last.h2.get_text() == "Cite this report"
    assert last.select_one("p.suggested-citation").get_text().startswith("detentio workspace, Demo report (")
    assert last.select_one("pre.bibtex").get_text().startswith("@techreport{detentio-survey-2025-2026-12-02,")
    assert json.loads(last.select_one("pre.csl-json").get_text())[0]["title"] == "Demo report"
    downloads = [a["download"] for a in last.select("p.cite-download a")]
    assert downloads == ["detentio-survey-2025-2026-12-02.bib", "detentio-survey-2025-2026-12-02.json"]
    meta = {m["name"]: m["content"] for m in soup.head.find_all("meta", attrs={"name": True})}
    assert meta["description"] == RECORD["description"]
    assert meta["dcterms.created"] == RECORD["built"]
    # the workspace's keywords (pyproject.toml of the workspace copy), then the run's
    assert meta["keywords"].startswith("international law, international humanitarian law, ")
    assert meta["keywords"].endswith(", detentio report, survey-2025, 01-survey-corpus")
    assert meta["generator"] == "detentio 0.1.0, workspace commit fc256a7e0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"


def test_xmp_adds_the_run_in_a_schema_declared_for_pdfa():
    rdf = b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>'
    root = ET.fromstring(archive.xmp(rdf, RECORD))
    ns = archive.NS
    found = {el.tag.split("}")[1]: el.text for el in root.iter() if el.tag.startswith("{" + ns["detentio"])}
    assert found == {"run": "survey-2025", "notebook": "notebooks/01-survey-corpus.ipynb",
                     "parameters": '{"count": 2, "label": "0042", "since": "2025-01-01"}',
                     "inputHash": "ab" * 32, "commit": RECORD["git"]["commit"], "workspaceVersion": "0.1.0",
                     "built": "2026-12-02T14:06:54Z"}
    declared = [el.text for el in root.iter(f"{{{ns['pdfaProperty']}}}name")]
    assert declared == [name for name, _, _ in archive.PROPERTIES] == list(found)
    assert root.find(f".//{{{ns['pdfaSchema']}}}namespaceURI").text == ns["detentio"]


@pytest.fixture
def plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    yield plt
    plt.close("all")


def test_alt_text_reads_categories_legend_and_the_values_written_on_bars(plt):
    fig, ax = plt.subplots()
    ax.barh([0, 1], [12, 3], label="armenia")
    ax.set_yticks([0, 1], ["prisoner_of_war", "hostage"])
    ax.invert_yaxis()
    ax.text(12.2, 0, "12 (+2 denied)")
    ax.text(3.2, 1, "3")
    ax.set_title("Who uses which label")
    ax.set_xlabel("mentions")
    ax.legend(title="speaker affiliation")
    assert describe.figure(fig) == (
        "Bar chart: Who uses which label. Vertical axis: prisoner_of_war, hostage. "
        "Horizontal axis (mentions): 0 to 12. Legend (speaker affiliation): armenia. "
        "Values on the chart: prisoner_of_war: 12 (+2 denied); hostage: 3.")


def test_alt_text_of_a_dot_chart_names_both_categorical_axes(plt):
    fig, ax = plt.subplots()
    ax.scatter([0, 1], [0, 0], s=[50, 80])
    ax.text(0, 0, "2")
    ax.text(1, 0, "5")
    ax.set_xticks([0, 1], ["2021", "2023"])
    ax.set_yticks([0], ["hostage"])
    text = describe.figure(fig)
    assert text.startswith("Dot chart. Vertical axis: hostage. Horizontal axis: 2021, 2023.")
    assert text.endswith("Values on the chart: hostage, 2021: 2; hostage, 2023: 5.")
