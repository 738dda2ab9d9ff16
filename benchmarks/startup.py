"""Start-up cost of the command line: wall time and which heavy modules it imports.

``detentio --help`` and ``detentio check`` must stay quick to start, so they
must not import pandas, matplotlib or spaCy (cli.py imports each command's
module only when that command runs). :func:`heavy_imports` runs a command
under ``python -X importtime`` in a fresh interpreter and lists the heavy
top-level packages it loaded; :func:`wall_time` is the median of a few runs.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HEAVY = ("pandas", "numpy", "matplotlib", "spacy", "dask", "distributed", "papermill", "nbformat")
FORBIDDEN = ("pandas", "matplotlib", "spacy")  # the ones the command line promises not to load
COMMANDS = {"detentio --help": ["--help"], "detentio check": ["check"]}


def _script() -> str:
    """The installed ``detentio`` console script next to this interpreter."""
    candidate = Path(sys.executable).with_name("detentio")
    return str(candidate) if candidate.exists() else shutil.which("detentio") or "detentio"


def _argv(args: list[str], *flags: str) -> list[str]:
    return [sys.executable, *flags, _script(), *args]


def heavy_imports(args: list[str], cwd: str | Path | None = None) -> list[str]:
    """Heavy top-level packages imported by ``detentio ARGS`` (from ``-X importtime``)."""
    run = subprocess.run(_argv(args, "-X", "importtime"), capture_output=True, text=True,
                         cwd=cwd, env=os.environ.copy())
    loaded = set()
    for line in run.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            loaded.add(name.split(".")[0])
    return sorted(loaded.intersection(HEAVY))


def wall_time(args: list[str], repeat: int = 5, cwd: str | Path | None = None) -> float:
    """Median wall seconds of ``detentio ARGS`` in a fresh interpreter."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(_argv(args), capture_output=True, cwd=cwd)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def python_floor(repeat: int = 5) -> float:
    """Median wall seconds of a bare ``python -c pass``: the floor any command pays."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(repeat: int = 5) -> list[dict]:
    """One row per command: wall time, the Python floor, heavy modules imported."""
    floor = python_floor(repeat)
    rows = []
    for name, args in COMMANDS.items():
        heavy = heavy_imports(args)
        rows.append({
            "command": name, "seconds": wall_time(args, repeat), "python_floor": floor,
            "heavy_imports": heavy, "forbidden": [m for m in heavy if m in FORBIDDEN],
        })
    return rows
