"""Snapshot the engine's output, to show that a refactoring changed nothing.

Runs ``detentio mentions`` and ``detentio claims`` (JSON, through the installed
command, as a user runs them) on the seed corpus, every held-out gold set and
the 1k synthetic benchmark corpus, and writes one file per corpus and table::

    .venv/bin/python benchmarks/snapshot.py --out /tmp/before
    ... change the code ...
    .venv/bin/python benchmarks/snapshot.py --out /tmp/after --compare /tmp/before

``--compare`` exits 1 when any record differs. Columns listed with ``--new``
(default: ``shape``, the claim shape added by the rule registry) may appear in
the new output without counting as a difference; every other byte must match.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def corpora() -> dict[str, Path]:
    """Name -> folder of every corpus the snapshot covers."""
    found = {"seeds": ROOT / "data" / "sources"}
    for folder in sorted((ROOT / "tests" / "gold").glob("heldout*/sources")):
        found[folder.parent.name] = folder
    synthetic = ROOT / "benchmarks" / "corpus" / "1000"
    if not synthetic.is_dir():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--docs", "1000"],
                       check=True, stdout=subprocess.DEVNULL)
    found["synthetic-1k"] = synthetic
    return found


def run(table: str, folder: Path) -> bytes:
    done = subprocess.run([str(BIN / "detentio"), table, str(folder), "--format", "json"],
                          cwd=ROOT, capture_output=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"detentio {table} {folder}: {done.stderr.decode(errors='replace')}")
    return done.stdout


def differences(before: bytes, after: bytes, new: set[str]) -> list[str]:
    """Records that differ once the allowed new columns are removed from ``after``."""
    if before == after:
        return []
    old, cur = json.loads(before), json.loads(after)
    cur = [{k: v for k, v in row.items() if k not in new} for row in cur]
    if len(old) != len(cur):
        return [f"{len(old)} records before, {len(cur)} after"]
    out = [f"record {i}: {a} != {b}" for i, (a, b) in enumerate(zip(old, cur)) if a != b]
    if not out and json.dumps(old) != json.dumps(cur):  # same values, other key order
        out.append("same values in another column order")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, required=True, help="folder for the snapshot files")
    p.add_argument("--compare", type=Path, help="an earlier snapshot folder to compare with")
    p.add_argument("--new", default="shape", help="comma-separated columns allowed to be new")
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    new = {c for c in args.new.split(",") if c}
    failed = 0
    for name, folder in corpora().items():
        for table in ("mentions", "claims"):
            data = run(table, folder)
            target = args.out / f"{name}.{table}.json"
            target.write_bytes(data)
            line = f"{name:14} {table:8} {len(json.loads(data)):6} records"
            earlier = args.compare / target.name if args.compare else None
            if earlier is not None and not earlier.exists():
                line += "  (not in the earlier snapshot)"
            elif earlier is not None:
                diff = differences(earlier.read_bytes(), data, new)
                failed += bool(diff)
                line += "  identical" if not diff else f"  DIFFERENT ({len(diff)}): {diff[:3]}"
            print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
