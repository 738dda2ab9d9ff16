"""Cost of ``detentio build`` against plain serial papermill on the same runs.

In a scratch copy of the workspace (so the real reports/ is never touched):

1. serial papermill: one process executes every run of runs.yml in turn with
   ``papermill.execute_notebook`` and the parameters of runs.yml, as one
   would without detentio (execution only: no HTML, no PDF);
2. ``detentio build`` cold: empty reports/, every run executed (2 workers)
   and published as HTML and PDF;
3. ``detentio build`` warm: again, with nothing changed (every run cached);
4. the cold build's reports printed plain, tagged and archival
   (``pdf_cost.py``): what tags and PDF/A-3b cost.

Papermill goes first so that both builds find the same warm disk and
bytecode caches. Goals (design.md): cold within 1.5x of serial papermill,
warm under 1 s.

A run's cache key includes the library code, so an edit to ``lib/detentio``
between the cold and the warm build makes the warm build execute again
(correctly). The warm build is then repeated, up to ``WARM_TRIES`` times,
until it executes nothing; the attempts are reported.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COPIED = ("data", "notebooks", "runs.yml", "pyproject.toml")
WARM_TRIES = 3

_PAPERMILL = """
import sys
import papermill
from pathlib import Path
from detentio import runs
out = Path(sys.argv[1])
for run in runs.load():
    papermill.execute_notebook(str(run.notebook), str(out / f"{run.name}.ipynb"),
                               parameters=dict(run.parameters), kernel_name="python3",
                               cwd=str(run.notebook.parent), progress_bar=False, log_output=False)
"""


def _scratch(root: Path, into: Path) -> Path:
    workspace = into / "ws"
    workspace.mkdir()
    for name in COPIED:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, workspace / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        elif source.exists():
            shutil.copy2(source, workspace / name)
    return workspace


def _timed(argv: list[str], env: dict, cwd: Path) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    run = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=cwd)
    return time.perf_counter() - start, run


def _check(run: subprocess.CompletedProcess, what: str) -> None:
    if run.returncode != 0:
        raise RuntimeError(f"{what} failed (exit {run.returncode}):\n{run.stderr[-3000:]}")


def measure(jobs: int = 2) -> dict:
    """Wall seconds of serial papermill, cold build and warm build, and what each did."""
    from detentio import paths, runs

    root = paths.root()
    detentio = str(Path(sys.executable).with_name("detentio"))
    with tempfile.TemporaryDirectory(prefix="detentio-build-bench-") as tmp:
        workspace = _scratch(root, Path(tmp))
        env = {**os.environ, "DETENTIO_ROOT": str(workspace)}
        count = len(runs.load(workspace / "runs.yml"))
        executed = Path(tmp) / "papermill"
        executed.mkdir()

        papermill_s, run = _timed([sys.executable, "-c", _PAPERMILL, str(executed)], env, workspace)
        _check(run, "serial papermill")
        cold_s, cold = _timed([detentio, "build", "--jobs", str(jobs)], env, workspace)
        _check(cold, "detentio build (cold)")
        for attempt in range(1, WARM_TRIES + 1):
            warm_s, warm = _timed([detentio, "build", "--jobs", str(jobs)], env, workspace)
            _check(warm, "detentio build (warm)")
            if " 0 to execute" in warm.stderr:
                break
        _, pdf = _timed([sys.executable, str(Path(__file__).with_name("pdf_cost.py")), str(workspace)],
                        env, workspace)
        _check(pdf, "pdf_cost.py")
    return {
        "what": (f"{count} runs of runs.yml. Serial papermill executes them one after the other "
                 f"in one process (no HTML/PDF); `detentio build --jobs {jobs}` executes and publishes "
                 "HTML + PDF (cold: empty reports/; warm: nothing changed)."),
        "runs": count, "jobs": jobs,
        "papermill_s": papermill_s, "cold_s": cold_s, "warm_s": warm_s,
        "warm_attempts": attempt,
        "cold_log": [line.strip() for line in cold.stderr.splitlines() if line.strip().startswith("ok")],
        "cold_summary": cold.stderr.strip().splitlines()[-1],
        "warm_summary": warm.stderr.strip().splitlines()[-1],
        "pdf": json.loads(pdf.stdout.strip().splitlines()[-1]),
    }
