"""Run an extractor in a child process with bounded memory, CPU time and wall time.

A user's file can be built to expand without end (a compressed PDF stream, a
deeply nested page). The size checks of :mod:`detentio.ingest.sniff` bound
the file; the limits here bound what reading it may cost, whatever library
does the reading. The child prints one JSON object; this process never
imports the extractors.

``python -m detentio.corpus.ingest.sandbox KIND PATH`` is the child's entry point.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from detentio.corpus.ingest.pdf import Unreadable

MEMORY = 2 * 1024 ** 3   # bytes of address space
CPU_SECONDS = 120
WALL_SECONDS = 300


def _limit() -> None:  # pragma: no cover - runs in the child before exec
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))


def extract(kind: str, path: Path) -> dict:
    """What the extractor of ``kind`` reads in ``path``; :class:`Unreadable` when it cannot."""
    package_root = str(Path(__file__).resolve().parents[3])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")])))
    try:
        done = subprocess.run([sys.executable, "-m", "detentio.corpus.ingest.sandbox", kind, str(path)],
                              capture_output=True, text=True, timeout=WALL_SECONDS, env=env,
                              preexec_fn=_limit if os.name == "posix" else None)
    except subprocess.TimeoutExpired:
        raise Unreadable(f"reading the file took more than {WALL_SECONDS} s: not read") from None
    try:
        result = json.loads(done.stdout)
    except ValueError:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        if "MemoryError" in done.stderr or done.returncode < 0:
            raise Unreadable(f"reading the file needed more than {MEMORY // 1024 ** 3} GB of memory or "
                             f"{CPU_SECONDS} s of CPU: not read") from None
        raise Unreadable(f"the extractor failed: {last}") from None
    if "error" in result:
        raise Unreadable(result["error"])
    return result


def _child(kind: str, path: str) -> dict:
    if kind == "pdf":
        from detentio.corpus.ingest import pdf
        from detentio.corpus.ingest.pages import to_json

        pages, meta = pdf.read(path)
        return {"pages": to_json(pages), "meta": meta, "extractor": pdf.version()}
    if kind == "html":
        from detentio.corpus.ingest import webpage

        lines, meta = webpage.read(Path(path).read_bytes())
        return {"lines": [[line, False] for line in lines], "meta": meta, "extractor": webpage.version()}
    if kind == "docx":
        from detentio.corpus.ingest import word

        lines, meta = word.read(path)
        return {"lines": [list(item) for item in lines], "meta": meta, "extractor": word.version()}
    raise Unreadable(f"no extractor for {kind!r}")


def main(argv: list[str]) -> int:  # pragma: no cover - exercised through extract()
    kind, path = argv
    try:
        result = _child(kind, path)
    except Unreadable as exc:
        result = {"error": str(exc)}
    except MemoryError:
        result = {"error": f"reading the file needed more than {MEMORY // 1024 ** 3} GB of memory: not read"}
    except RecursionError:
        result = {"error": "the file is nested too deeply to read"}
    json.dump(result, sys.stdout, ensure_ascii=True)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
