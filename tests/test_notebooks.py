"""Every notebook runs with its defaults and shows real content; every notebook is committed clean.

Each notebook in ``notebooks/`` is executed once per session with papermill
(its default parameters are the smoke run on the seed corpus), and the tests
read the HTML it displays: the tables, quotes and notes a reader sees.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from detentio import corpus, params

pytestmark = pytest.mark.slow  # every test here runs a notebook in a kernel

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
NAME = re.compile(r"^\d\d-[a-z]+-[a-z]+(?:-[a-z]+)*\.ipynb$")


@pytest.fixture(scope="session")
def executed(tmp_path_factory):
    """``executed(name)`` -> the notebook run by papermill with its defaults (run once per session)."""
    import papermill

    folder = tmp_path_factory.mktemp("executed")
    done: dict[str, dict] = {}

    def run(name: str) -> dict:
        if name not in done:
            out = folder / name
            saved = os.environ.pop("MPLBACKEND", None)  # a forced backend drops the inline figures
            try:
                papermill.execute_notebook(str(ROOT / "notebooks" / name), str(out), cwd=str(ROOT / "notebooks"),
                                           kernel_name="python3", progress_bar=False)
            finally:
                if saved is not None:
                    os.environ["MPLBACKEND"] = saved
            done[name] = json.loads(out.read_text(encoding="utf-8"))
        return done[name]

    return run


def shown(notebook: dict) -> str:
    """All the HTML the executed notebook displays, in order."""
    parts = []
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html")
            if html:
                parts.append("".join(html) if isinstance(html, list) else html)
    return "\n".join(parts)


def soup(notebook: dict):
    from bs4 import BeautifulSoup

    return BeautifulSoup(shown(notebook), "html.parser")


def table(document, caption_start: str):
    """The rows (lists of cell texts) of the table whose caption starts with ``caption_start``."""
    for figure in document.find_all("figure", class_="detentio-table"):
        caption = figure.find("caption")
        if caption and caption.get_text().startswith(caption_start):
            return figure, [[td.get_text(" ", strip=True) for td in tr.find_all("td")]
                            for tr in figure.find("tbody").find_all("tr")]
    raise AssertionError(f"no table captioned {caption_start!r}")


# --- every notebook --------------------------------------------------------------

def test_there_are_the_review_notebook_and_the_five_analyses():
    assert [p.name[:2] for p in NOTEBOOKS] == ["00", "01", "02", "03", "04", "05"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stripped_named_and_has_a_typed_parameters_cell(path):
    assert NAME.match(path.name), f"{path.name}: name is not NN-verb-object.ipynb"
    notebook = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    for cell in code:
        assert cell.get("outputs") == [], f"{path.name}: a code cell has outputs"
        assert cell.get("execution_count") is None, f"{path.name}: a code cell has an execution count"
    first = code[0]
    assert "parameters" in first["metadata"].get("tags", []), f"{path.name}: first code cell is not tagged parameters"
    declared, problems = params.parse("".join(first["source"]), path.name)
    assert not problems, [str(p) for p in problems]
    assert declared, f"{path.name}: the parameters cell declares nothing"
    for cell in code[1:]:
        tags = cell["metadata"].get("tags", [])
        if {"remove-input", "remove-cell"} & set(tags):
            # the code a report hides opens collapsed in JupyterLab too: the narrative comes first
            assert cell["metadata"].get("jupyter", {}).get("source_hidden") is True, \
                f"{path.name}: a hidden compute cell opens expanded in JupyterLab (metadata jupyter.source_hidden)"
        assert {"remove-input", "hide-input", "remove-cell"} & set(tags), \
            f"{path.name}: a computing cell is not tagged remove-input"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_with_its_defaults_and_every_quote_is_the_source_text(executed, path):
    notebook = executed(path.name)
    errors = [o for c in notebook["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, errors
    c = corpus.load()
    quotes = soup(notebook).find_all("q", class_="source-quote")
    for q in quotes:
        source, start, end = q["data-source"], int(q["data-start"]), int(q["data-end"])
        assert c.text(source)[start:end] == q.get_text(), (source, start, end)


# --- what each notebook shows ------------------------------------------------------

def test_label_table_has_prisoner_of_war_rows_for_source_004(executed):
    document = soup(executed("02-compare-labels.ipynb"))
    figure, rows = table(document, "Table 1.")
    pow_rows = [r for r in rows if r[0] == "prisoner of war"]
    assert any("004" in r[-1] and int(r[5]) > 0 for r in pow_rows), pow_rows
    links = figure.find_all("a", attrs={"data-source": "004_59c0c21e26c3c404"})
    assert links, "the 004 source is not linked to the appendix"


def test_denials_are_shown_apart_and_not_counted_as_uses(executed):
    document = soup(executed("02-compare-labels.ipynb"))
    _, denials = table(document, "Table 3. Denials")
    assert any(r[0] == "prisoner of war" and "not a" in r[-1] for r in denials), denials
    _, uses = table(document, "Table 1.")
    sahakyan = [r for r in uses if r[0] == "prisoner of war" and r[1] == "Siranush Sahakyan"]
    assert sahakyan and sahakyan[0][3] == "party counsel"  # her role in data/actors.yml
    assert sahakyan[0][5:7] == ["0", "1"]  # no use, one denial


def test_a_run_keeps_the_armenian_executive_apart_from_its_ombudsperson(tmp_path):
    """``affiliation=Armenia, role=executive``: the government's own words, none of the Defender's."""
    import papermill

    out = tmp_path / "executive.ipynb"
    papermill.execute_notebook(str(ROOT / "notebooks" / "02-compare-labels.ipynb"), str(out),
                               cwd=str(ROOT / "notebooks"), kernel_name="python3", progress_bar=False,
                               parameters={"affiliation": "Armenia", "role": "executive"})
    document = soup(json.loads(out.read_text(encoding="utf-8")))
    text = document.get_text(" ")
    assert ("by speakers affiliated with Armenia and by speakers in the role of government, head of state or "
            "government or ministry") in " ".join(text.split())
    _, rows = table(document, "Table 1.")
    assert rows and {r[2] for r in rows} == {"Armenia"}
    assert {r[3] for r in rows} <= {"government", "head of state or government", "ministry"}
    assert "Human Rights Defender" not in " ".join(r[1] for r in rows)
    assert "By the speaker's role" in text


def test_each_label_has_its_regime_and_cited_provisions(executed):
    document = soup(executed("02-compare-labels.ipynb"))
    figure, rows = table(document, "Table 4.")
    regimes = {r[0]: r for r in rows}
    assert "GC III" in regimes["prisoner of war"][2] and "118" in regimes["prisoner of war"][2]
    notes = " ".join(n.get_text() for n in figure.find_all("span", class_="fn-body"))
    # A treaty's first citation defines the short title later notes use (OSCOLA).
    assert "75 UNTS 135 (GC III), arts" in notes and "1316 UNTS 205 (Hostages Convention), arts 1, 12" in notes


def test_clause_notebook_lists_the_3_july_2021_release_with_maps(executed):
    document = soup(executed("03-trace-clause.ipynb"))
    _, rows = table(document, "Table 1.")
    july = [r for r in rows if r[0].startswith("3 July 2021")]
    assert july, rows
    assert july[0][1] == "15" and "Fuzuli" in july[0][3] and july[0][4] == "minefield maps"
    text = document.get_text(" ")
    assert "Statement by President of the Republic of Azerbaijan" in text and "para 8" in text
    assert "all for all" in text


def test_clause_notebook_makes_conditionality_explicit(executed):
    document = soup(executed("03-trace-clause.ipynb"))
    _, kinds = table(document, "Table 2.")
    assert [r[0] for r in kinds][:2] == ["minefield maps", "counter-release"]
    _, around = table(document, "Table 3.")
    # report.source_label: the id in the notebook, the appendix label (A1...) once the build has labelled it
    tass = [r for r in around if r[1] == "002_45120e5011152357"]
    assert tass and tass[0][4].startswith("3 July 2021: 15 released, minefield maps (4 days before)")


def test_ledger_holds_23_and_40_side_by_side_never_averaged(executed):
    document = soup(executed("04-reconcile-counts.ipynb"))
    stated = []
    for figure in document.find_all("figure", class_="detentio-table"):
        caption = figure.find("caption").get_text()
        if caption.startswith("Table") and "Counts of people held" in caption:
            stated += [tr.find_all("td")[1].get_text(strip=True) for tr in figure.find("tbody").find_all("tr")]
    assert "23" in stated and "40" in stated and "about 200" in stated
    _, repeated = table(document, "Table 9.")
    assert any(r[0] == "23" for r in repeated)
    assert "official number of Armenian prisoners" in document.get_text(" ")


def test_qualification_cites_the_instruments_in_oscola(executed):
    document = soup(executed("05-qualify-detention.ipynb"))
    notes = " ".join(n.get_text() for n in document.find_all("span", class_="fn-body"))
    for pinpoint in ("75 UNTS 135 (GC III), art 118", "75 UNTS 135 (GC III), arts 115, 119(5), 119(6)",
                     "75 UNTS 287 (GC IV), arts 4, 34", "1316 UNTS 205 (Hostages Convention), art 1",
                     "213 UNTS 221 (ECHR), art 5", "[GC] App no 29750/09 (ECtHR, 16 September 2014), paras 104-105"):
        assert pinpoint in notes, pinpoint
    _, rows = table(document, "Table 1.")
    assert {"prisoner of war", "hostage", "person held in custody"} <= {r[0] for r in rows}
    _, releases = table(document, "Table 2.")
    assert any(r[0].startswith("3 July 2021") for r in releases)
