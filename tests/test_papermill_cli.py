"""The papermill command line as a scholar types it, and ``detentio build`` beside it.

papermill itself never checks types: ``-p`` guesses them (``-p sources 0042``
passes the int 42) and a notebook then fails somewhere deep inside, or worse,
runs with the wrong value. The notebooks check their parameters against the
typed parameters cell in the first cell after it, so a wrong type stops the run
with one clear line before any analysis. papermill still writes its output
notebook as it runs, so after a failure an output marked failed is left
behind; ``detentio build`` checks before any kernel starts and publishes
atomically, so nothing is left (README, "Running a notebook yourself").
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, copy_workspace, detentio_env

pytestmark = pytest.mark.slow

PAPERMILL = str(Path(sys.executable).parent / "papermill")
NOTEBOOK = "notebooks/02-compare-labels.ipynb"
NUMBER_LIKE = "0042"  # a folder of sources named like a case number
IN_0042 = ["002_45120e5011152357", "003_5bdef974ad1bb4d4"]


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    """A workspace copy with a second folder of sources named ``0042``."""
    if not (ROOT / NOTEBOOK).exists():
        pytest.skip(f"{NOTEBOOK} is not in the workspace yet")
    root = copy_workspace(tmp_path_factory.mktemp("papermill") / "ws")
    (root / NUMBER_LIKE).mkdir()
    for source in IN_0042:
        shutil.copy(root / "data" / "sources" / f"{source}.md", root / NUMBER_LIKE)
    return root


def papermill(root: Path, output: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PAPERMILL, NOTEBOOK, output, *args], cwd=root, env=detentio_env(root),
                          capture_output=True, text=True, timeout=900)


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def source_of(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def injected(path: Path) -> str:
    return next(source_of(c) for c in cells(path) if "injected-parameters" in c["metadata"].get("tags", []))


def errors(path: Path) -> list[tuple[int, dict]]:
    return [(i, o) for i, c in enumerate(cells(path)) for o in c.get("outputs", []) if o["output_type"] == "error"]


def outputs_text(path: Path) -> str:
    parts = []
    for cell in cells(path):
        for output in cell.get("outputs", []):
            for value in output.get("data", {}).values():
                parts.append("".join(value) if isinstance(value, list) else str(value))
            parts.append("".join(output.get("text", "")))
    return "\n".join(parts)


def clear_line(stderr: str, *words: str) -> str:
    """The one line of ``stderr`` that names every one of ``words``."""
    lines = [line for line in stderr.splitlines() if all(w in line for w in words)]
    assert lines, f"no line of the error names {words}:\n{stderr[-3000:]}"
    return lines[0]


def assert_stopped_right_after_parameters(path: Path) -> None:
    """The first code cell after the injected parameters raised; no later cell ran."""
    found = cells(path)
    at = next(i for i, c in enumerate(found) if "injected-parameters" in c["metadata"].get("tags", []))
    first_after = next(i for i in range(at + 1, len(found)) if found[i]["cell_type"] == "code")
    assert [i for i, _ in errors(path)] == [first_after]
    later = [c for c in found[first_after + 1:] if c["cell_type"] == "code"]
    assert later and all(c.get("execution_count") is None for c in later)


def test_papermill_runs_the_notebook_with_typed_parameters(ws):
    result = papermill(ws, "labels-0042.ipynb", "-r", "sources", NUMBER_LIKE,
                       "-p", "since", "2021-01-01", "-p", "max_lines", "3")
    assert result.returncode == 0, result.stderr[-3000:]
    out = ws / "labels-0042.ipynb"
    assert errors(out) == []
    cell = injected(out)
    assert 'sources = "0042"' in cell and 'since = "2021-01-01"' in cell and "max_lines = 3" in cell
    text = outputs_text(out)
    assert all(source in text for source in IN_0042)
    assert "000_288279f309da8c33" not in text, "only the sources of the folder 0042 are read"


def test_number_like_text_passed_with_p_becomes_a_number_and_is_refused(ws):
    # `-p` turns 0042 into the int 42: the notebook must say so, not look for a folder "42".
    result = papermill(ws, "labels-42.ipynb", "-p", "sources", NUMBER_LIKE)
    assert result.returncode != 0
    assert 'sources = 42' in injected(ws / "labels-42.ipynb")
    line = clear_line(result.stderr, "sources", "str", "42")
    assert "int" in line
    assert_stopped_right_after_parameters(ws / "labels-42.ipynb")


def test_wrong_typed_parameter_stops_the_notebook_before_any_analysis(ws):
    result = papermill(ws, "labels-many.ipynb", "-p", "max_lines", "many")
    assert result.returncode != 0
    clear_line(result.stderr, "max_lines", "int", "'many'")
    out = ws / "labels-many.ipynb"
    assert_stopped_right_after_parameters(out)
    # papermill writes its output as it runs: what is left is marked failed at the top.
    first = cells(out)[0]
    assert "papermill-error-cell-tag" in first["metadata"].get("tags", [])


def write_runs(root: Path, text: str) -> None:
    (root / "runs.yml").write_text(text, encoding="utf-8")


def build(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "detentio.cli", "build", *args], cwd=root,
                          env=detentio_env(root), capture_output=True, text=True, timeout=900)


def test_build_refuses_wrong_types_before_any_kernel_and_leaves_no_output(tmp_path):
    root = copy_workspace(tmp_path / "ws")
    write_runs(root, f"""runs:
  - name: labels-many
    notebook: {NOTEBOOK}
    parameters:
      max_lines: many
  - name: labels-case
    notebook: {NOTEBOOK}
    parameters:
      sources: 0042
""")
    result = build(root)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"error: runs.yml:5: run 'labels-many': parameter 'max_lines' expects int, got str 'many' "
        f"(declared in {NOTEBOOK} as 'max_lines: int')",
        # YAML reads an unquoted 0042 as the octal number 34
        f"error: runs.yml:9: run 'labels-case': parameter 'sources' expects str, got int 34 "
        f"(quote it to pass text) (declared in {NOTEBOOK} as 'sources: str')",
    ]
    assert not (root / "reports").exists()


def test_build_keeps_number_like_text_a_string(tmp_path):
    root = copy_workspace(tmp_path / "ws")
    (root / NUMBER_LIKE).mkdir()
    for source in IN_0042:
        shutil.copy(root / "data" / "sources" / f"{source}.md", root / NUMBER_LIKE)
    write_runs(root, f"""runs:
  - name: labels-case
    notebook: {NOTEBOOK}
    parameters:
      sources: "{NUMBER_LIKE}"
    formats: [html]
""")
    result = build(root)
    assert result.returncode == 0, result.stderr
    folder = root / "reports" / "labels-case"
    record = json.loads((folder / "provenance.json").read_text(encoding="utf-8"))
    assert record["parameters"] == {"sources": "0042"}
    assert 'sources = "0042"' in injected(folder / "labels-case.ipynb")
    assert [s["id"] for s in record["sources"]] and {s["id"] for s in record["sources"]} <= set(IN_0042)
