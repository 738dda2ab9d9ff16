"""Time detentio's extraction against a spaCy and a naive-regex baseline, in one run.

    python benchmarks/run.py                         # 1k, 10k, 100k documents (make bench)
    python benchmarks/run.py --sizes 1000,10000      # smaller, while the machine is shared
    python benchmarks/run.py --build                 # also detentio build vs serial papermill

For each size the synthetic corpus is generated (or reused, see generate.py),
then each method streams it in a fresh process (methods.py). The same run
checks that detentio's spans and codes equal the spaCy baseline's
(agreement.py), times the command line's start-up (startup.py) and writes
``results.json``, ``results.md`` and ``throughput.png`` to ``--out``.

The run works on a snapshot of the library and the workspace inputs (see
:func:`freeze`), so every row times the same code even when the workspace
changes during the hour a full run takes.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import machine  # noqa: E402
import report  # noqa: E402
import startup  # noqa: E402
from methods import METHODS  # noqa: E402

SNAPSHOT = ("lib/detentio", "data", "notebooks", "runs.yml", "pyproject.toml")
DEFAULT_SIZES = (1000, 10000, 100000)
AGREEMENT_LIMIT = 2000  # synthetic documents compared span by span
# The naive baseline takes 50+ ms a document (a scan per phrase); at 100k that
# is over an hour for a rate that a sample gives as well (its cost per document
# does not depend on the corpus size).
NAIVE_LIMIT = 2000


def freeze(into: Path) -> None:
    """Copy the library and the workspace inputs into ``into``; this process and
    every process it starts (methods, Dask workers, ``detentio build``) use the copy."""
    if "detentio" in sys.modules:
        raise RuntimeError("freeze() must run before detentio is imported")
    root = HERE.parent
    for name in SNAPSHOT:
        source, target = root / name, into / name
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
        elif source.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    # PYTHONPATH comes before the editable install's path entry, so the copy wins.
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(into / "lib"), os.environ.get("PYTHONPATH")]))
    os.environ["DETENTIO_ROOT"] = str(into)
    sys.path.insert(0, str(into / "lib"))


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _json_child(argv: list[str]) -> dict:
    """Run a helper script in a fresh interpreter and read the JSON line it prints."""
    run = subprocess.run([sys.executable, *argv], capture_output=True, text=True, env=os.environ.copy())
    if run.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed:\n{run.stderr[-3000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def time_method(method: str, folder: Path, size: int, limit: int | None = None) -> dict:
    from detentio.corpus.sources import source_files

    argv = [str(HERE / "methods.py"), method, str(folder)] + ([str(limit)] if limit else [])
    row = _json_child(argv)
    expected = min(size, limit or size)
    if row["docs"] != expected:
        raise RuntimeError(f"{method} read {row['docs']} documents of {expected} in {folder}")
    files = source_files([folder])[:expected]
    return {**row, "size": size, "bytes": sum(f.stat().st_size for f in files)}


def agreement(folders: dict[str, Path], limit: int) -> dict:
    return {name: _json_child([str(HERE / "agreement.py"), str(folder), "--limit", str(limit)])
            for name, folder in folders.items()}


def run(sizes, methods, out: Path, seed: int = 0, build: bool = False,
        agreement_limit: int = AGREEMENT_LIMIT, startup_repeat: int = 5,
        naive_limit: int | None = NAIVE_LIMIT, corpora: Path | None = None,
        snapshot: bool = False) -> dict:
    """Everything in one run; returns the results dictionary and writes the reports."""
    from detentio import paths

    out.mkdir(parents=True, exist_ok=True)
    results: dict = {"machine": machine.describe(), "seed": seed, "runs": [],
                     "snapshot": snapshot}
    _log(f"machine: {results['machine']['cpu']}, {results['machine']['cores']} cores, "
         f"load {results['machine']['load_at_start'][0]:.2f}")

    results["startup"] = startup.measure(startup_repeat)
    folders = {}
    for size in sizes:
        _log(f"corpus of {size:,} documents")
        folders[size] = generate.generate(size, corpora / str(size) if corpora else None, seed=seed)
    smallest = folders[min(sizes)]
    _log("agreement: detentio vs spaCy vs naive")
    results["agreement"] = agreement(
        {"seed corpus": paths.sources(), f"synthetic ({min(min(sizes), agreement_limit):,} docs)": smallest},
        agreement_limit)
    for size in sizes:
        for method in methods:
            _log(f"{size:,} documents: {method}")
            row = time_method(method, folders[size], size, naive_limit if method == "naive" else None)
            _log(f"  {row['wall_s']:.2f} s run, {row['docs'] / row['wall_s']:,.0f} docs/s, "
                 f"{row['peak_rss_mb']:,.0f} MB peak")
            results["runs"].append(row)
    if build:
        import build_cost

        _log("build: serial papermill vs detentio build (cold, warm)")
        results["build"] = build_cost.measure()
    results["load_at_end"] = list(os.getloadavg())
    results["git_at_end"] = machine.git_state()  # the library may change under a long run
    (out / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    (out / "results.md").write_text(report.markdown(results))
    report.plot(results, out / "throughput.png")
    _log(f"wrote {out / 'results.md'} and {out / 'throughput.png'}")
    return results


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                   help="comma-separated corpus sizes (default 1000,10000,100000)")
    p.add_argument("--methods", default=",".join(METHODS),
                   help=f"comma-separated, from {', '.join(METHODS)} (default all)")
    p.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    p.add_argument("--out", type=Path, default=HERE / "out", help="output folder (default benchmarks/out)")
    p.add_argument("--corpora", type=Path, help="where the corpora are generated (default benchmarks/corpus)")
    p.add_argument("--build", action="store_true", help="also time detentio build against serial papermill")
    p.add_argument("--agreement-limit", type=int, default=AGREEMENT_LIMIT,
                   help=f"synthetic documents compared span by span (default {AGREEMENT_LIMIT})")
    p.add_argument("--startup-repeat", type=int, default=5, help="runs per start-up timing (median)")
    p.add_argument("--no-snapshot", dest="snapshot", action="store_false",
                   help="time the live workspace instead of a copy taken at the start")
    p.add_argument("--naive-limit", type=int, default=NAIVE_LIMIT,
                   help=f"documents the naive baseline reads per size (default {NAIVE_LIMIT}; 0 = all)")
    args = p.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    methods = [m.strip() for m in args.methods.split(",")]
    unknown = [m for m in methods if m not in METHODS]
    if unknown:
        p.error(f"unknown method(s) {', '.join(unknown)}; choose from {', '.join(METHODS)}")
    with tempfile.TemporaryDirectory(prefix="detentio-bench-") as snapshot:
        if args.snapshot:
            freeze(Path(snapshot))
        results = run(sizes, methods, args.out, args.seed, args.build, args.agreement_limit,
                      args.startup_repeat, args.naive_limit or None, args.corpora, args.snapshot)
    failed = [a for a in results["agreement"].values() if a["spacy_differences"]]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
