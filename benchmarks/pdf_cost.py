"""Cost of the archival PDF: what tags and PDF/A-3b add to printing a report.

Each report's published HTML is printed, in one process, three ways:

1. ``plain``: WeasyPrint's default PDF (untagged, no XMP, nothing attached),
   as reports were printed before;
2. ``tagged``: the same with ``pdf_tags=True`` (the structure tree);
3. ``archival``: what ``detentio build`` writes (:func:`detentio.publish.archive.write`):
   tagged PDF/A-3b, XMP metadata, provenance, notebook, tables and cited
   sources attached.

The three are interleaved and repeated (``--repeat``, median taken), so that
load from other processes falls on all of them alike; CPU seconds of this
process are given beside wall seconds (WeasyPrint runs in it, on one core), as
other processes on a shared machine disturb them less. File sizes are given
too. ``build_cost.py`` calls this on the reports of its cold build;
``python benchmarks/pdf_cost.py WORKSPACE`` measures the reports already built
there (``make reports`` first). Prints one JSON line.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _variants(run: str, folder: Path):
    """``{name: print(html, path)}`` for one published report."""
    from bs4 import BeautifulSoup
    from weasyprint import HTML

    from detentio.core import paths
    from detentio.publish import archive, downloads

    record = json.loads((folder / "provenance.json").read_text(encoding="utf-8"))
    page = (folder / f"{run}.html").read_text(encoding="utf-8")
    tables = downloads.attachments(BeautifulSoup(page, "html.parser"))
    attached = archive.report_files(record, folder / f"{run}.ipynb", tables)
    base = str(paths.root())

    def plain(path):
        HTML(string=page, base_url=base).render().write_pdf(path)

    def tagged(path):
        HTML(string=page, base_url=base).render(pdf_tags=True).write_pdf(path, pdf_tags=True)

    def archival(path):
        archive.write(page, path, dict(record), attached)

    return {"plain": plain, "tagged": tagged, "archival": archival}


def measure(workspace: Path, repeat: int = 3, only: list[str] | None = None) -> dict:
    """Seconds (median of ``repeat``) and bytes of each way of printing each report in ``workspace``
    (or only the runs named in ``only``). ``DETENTIO_ROOT`` must name ``workspace``: cited sources
    are found from there."""
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    reports = workspace / "reports"
    runs = sorted(p.parent.name for p in reports.glob("*/provenance.json")
                  if (p.parent / f"{p.parent.name}.html").exists() and not p.parent.name.startswith(".")
                  and (only is None or p.parent.name in only))
    rows = []
    with tempfile.TemporaryDirectory(prefix="detentio-pdf-cost-") as tmp:
        for run in runs:
            ways = _variants(run, reports / run)
            seconds: dict[str, list[float]] = {name: [] for name in ways}
            cpu: dict[str, list[float]] = {name: [] for name in ways}
            sizes = {}
            for _ in range(repeat):
                for name, write in ways.items():
                    path = Path(tmp) / f"{run}-{name}.pdf"
                    start, start_cpu = time.perf_counter(), time.process_time()
                    write(path)
                    seconds[name].append(time.perf_counter() - start)
                    cpu[name].append(time.process_time() - start_cpu)
                    sizes[name] = path.stat().st_size
            rows.append({"run": run, **{f"{n}_s": statistics.median(s) for n, s in seconds.items()},
                         **{f"{n}_cpu_s": statistics.median(s) for n, s in cpu.items()},
                         **{f"{n}_bytes": b for n, b in sizes.items()}})
    total = {key: sum(row[key] for row in rows) for key in rows[0] if key != "run"} if rows else {}
    return {"repeat": repeat, "runs": rows, "total": total, "load": list(os.getloadavg())}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("workspace", type=Path, nargs="?", default=Path(__file__).resolve().parents[1])
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)
    os.environ["DETENTIO_ROOT"] = str(args.workspace.resolve())
    print(json.dumps(measure(args.workspace.resolve(), args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
