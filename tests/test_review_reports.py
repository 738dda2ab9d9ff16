"""Corrections reach the reports (HTML and PDF); the review notebook runs through papermill;
an invalid corrections file stops the build and the last good report stays."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import copy_workspace, detentio_env

pytestmark = pytest.mark.slow

HEADER = "source,start,end,text,field,value,reason,reviewer,date\n"
SOURCE = "001_b7bfa99757de68eb"
ROW = f"{SOURCE},100,109,prisoners,speaker,Lilit Avetisyan,she is the one speaking,AB,2026-12-02\n"


def detentio(root, *args):
    return subprocess.run([sys.executable, "-m", "detentio.cli", *args], cwd=root, env=detentio_env(root),
                          capture_output=True, text=True)


@pytest.fixture(scope="module")
def corrected(tmp_path_factory):
    root = copy_workspace(tmp_path_factory.mktemp("review") / "ws")
    (root / "data" / "corrections.csv").write_text(HEADER + ROW, encoding="utf-8")
    result = detentio(root, "build", "--only", "labels-all", "--only", "review-queue")
    assert result.returncode == 0, result.stderr
    return root


def test_the_labels_report_and_its_pdf_use_the_decided_speaker(corrected):
    html = (corrected / "reports" / "labels-all" / "labels-all.html").read_text(encoding="utf-8")
    assert "Lilit Avetisyan" in html
    assert "Speaker corrected by the reviewer, 2 December 2026: she is the one speaking." in html
    assert "<strong>1</strong> were checked by a reviewer and <strong>1</strong> corrected" in html
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    pdf = subprocess.run(["pdftotext", str(corrected / "reports" / "labels-all" / "labels-all.pdf"), "-"],
                         capture_output=True, text=True, check=True).stdout
    assert "Lilit Avetisyan" in pdf and "corrected by the reviewer" in pdf


def test_the_review_queue_report_lists_items_without_controls(corrected):
    html = (corrected / "reports" / "review-queue" / "review-queue.html").read_text(encoding="utf-8")
    assert "Table 2. The review queue" in html and "wide scope" in html
    assert "widget-view" not in html


def test_editing_the_source_under_a_correction_fails_check(corrected, tmp_path):
    root = copy_workspace(tmp_path / "ws")
    shutil.copy(corrected / "data" / "corrections.csv", root / "data" / "corrections.csv")
    path = root / "data" / "sources" / f"{SOURCE}.md"
    text = path.read_text(encoding="utf-8")
    offset = text.index("---\n", 4) + 4
    path.write_text(text[:offset + 100] + "detainees" + text[offset + 109:], encoding="utf-8")
    result = detentio(root, "check")
    assert result.returncode == 1
    assert ("data/corrections.csv:2: text 'prisoners' no longer matches 001_b7bfa99757de68eb at 100-109, "
            "which reads 'detainees'") in result.stderr


def test_an_invalid_corrections_file_stops_the_build_and_the_report_stays(corrected):
    report = corrected / "reports" / "labels-all" / "labels-all.html"
    before = report.read_bytes()
    (corrected / "data" / "corrections.csv").write_text(HEADER + ROW + f'{SOURCE},1,10,"prisoners,drop,,,,\n',
                                                         encoding="utf-8")
    result = detentio(corrected, "build", "--only", "labels-all", "--force")
    assert result.returncode == 1
    assert "error: data/corrections.csv:3: malformed CSV: a quotation mark opened here is never closed" \
        in result.stderr
    assert report.read_bytes() == before


def test_the_review_notebook_shows_its_controls_under_papermill(tmp_path):
    import papermill

    root = copy_workspace(tmp_path / "ws")
    out = tmp_path / "out.ipynb"
    import os

    old = os.environ.get("DETENTIO_ROOT")
    os.environ["DETENTIO_ROOT"] = str(root)
    try:
        papermill.execute_notebook(str(root / "notebooks" / "00-review-attributions.ipynb"), str(out),
                                   parameters={"interactive": True, "reviewer": "AB"}, cwd=str(root / "notebooks"),
                                   progress_bar=False, kernel_name="python3")
    finally:
        os.environ.pop("DETENTIO_ROOT") if old is None else os.environ.__setitem__("DETENTIO_ROOT", old)
    import nbformat

    outputs = [o for cell in nbformat.read(out, 4).cells if cell.cell_type == "code" for o in cell.outputs]
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs)
    assert any("Table 3. The engine against the reviewer" in o.get("data", {}).get("text/html", "")
               for o in outputs)
