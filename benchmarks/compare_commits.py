"""Full extraction (mentions + claims) of this tree against an earlier commit, in one run.

    .venv/bin/python benchmarks/compare_commits.py                       # 10k docs, against HEAD~1
    .venv/bin/python benchmarks/compare_commits.py --base fc256a7 --docs 1000 --rounds 3
    .venv/bin/python benchmarks/compare_commits.py --base fc256a7 --head 99ad2c1   # two commits

Each side runs in a fresh interpreter on its own copy of ``lib/`` and ``data/``
(the base taken with ``git archive``), streaming the same generated corpus
through ``mentions.extract_source`` and ``claims.extract_source``, the work of
``detentio mentions`` + ``detentio claims`` per document. The sides alternate
(base, head, base, head, ...) so that a noisy neighbour on a shared machine
slows both alike; the best round of each is compared. Prints one line per
round and the ratio ``head / base`` of documents per CPU second (> 1: head
is faster). Not a test: the figures go to benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The same calls exist in the flat layout of earlier commits and in the layered one
# (``from detentio import mentions`` resolves either way).
CHILD = """
import json, sys, time
from detentio import claims, codebook, mentions, sources
codebook.matcher()
found = docs = 0
wall, cpu = time.perf_counter(), time.process_time()
for source in sources.iter_sources([sys.argv[1]]):
    found += len(mentions.extract_source(source)) + len(claims.extract_source(source))
    docs += 1
print(json.dumps({"docs": docs, "found": found, "wall_s": time.perf_counter() - wall,
                  "cpu_s": time.process_time() - cpu}))
"""


def checkout(rev: str, into: Path) -> Path:
    """``lib/``, ``data/`` and ``pyproject.toml`` of ``rev`` in ``into`` (a workspace to run)."""
    archive = subprocess.run(["git", "archive", rev, "lib", "data", "pyproject.toml"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def time_side(workspace: Path, corpus: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(workspace / "lib"), DETENTIO_ROOT=str(workspace))
    done = subprocess.run([sys.executable, "-c", CHILD, str(corpus)], env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", default="HEAD~1", help="the commit to compare with (default HEAD~1)")
    p.add_argument("--head", help="a commit to time instead of the working tree")
    p.add_argument("--docs", type=int, default=10000, help="documents in the generated corpus (default 10000)")
    p.add_argument("--rounds", type=int, default=2, help="alternating rounds per side (default 2)")
    args = p.parse_args(argv)
    corpus = ROOT / "benchmarks" / "corpus" / str(args.docs)
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--docs", str(args.docs)],
                   check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory(prefix="detentio-compare-") as tmp:
        sides = {"base": checkout(args.base, Path(tmp) / "base"),
                 "head": checkout(args.head, Path(tmp) / "head") if args.head else ROOT}
        best: dict[str, dict] = {}
        for round_ in range(1, args.rounds + 1):
            for name, workspace in sides.items():
                result = time_side(workspace, corpus)
                print(f"round {round_} {name:4}  {result['docs']} docs, {result['found']} rows, "
                      f"{result['wall_s']:.1f} s wall, {result['cpu_s']:.1f} s CPU", flush=True)
                if name not in best or result["cpu_s"] < best[name]["cpu_s"]:
                    best[name] = result
    if best["base"]["found"] != best["head"]["found"]:
        print(f"note: base found {best['base']['found']} rows, head {best['head']['found']}")
    ratio = best["base"]["cpu_s"] / best["head"]["cpu_s"]
    print(f"head / base, documents per CPU second (best rounds): {ratio:.2f}  "
          f"(base {args.base}: {best['base']['docs'] / best['base']['cpu_s']:.0f} docs/s, "
          f"head: {best['head']['docs'] / best['head']['cpu_s']:.0f} docs/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
