"""Turn benchmark results into ``results.md`` (tables) and ``throughput.png`` (plot).

Everything here is derived from the results dictionary run.py collects, so
the tables can be rewritten from ``results.json`` without timing again:
``python benchmarks/report.py benchmarks/out/results.json``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from methods import LABELS  # noqa: E402

BASELINES = ("spacy", "naive")
GROWTH_SLACK = 1.1  # linear growth allows 10% over the size ratio (100k <= 11x the 10k time)
MEMORY_LIMIT_MB = 2048


def _rate(row: dict, key: str) -> float:
    return row[key] / row["wall_s"] if row["wall_s"] > 0 else float("inf")


def by_size(results: dict) -> dict[int, dict[str, dict]]:
    table: dict[int, dict[str, dict]] = {}
    for row in results["runs"]:
        table.setdefault(row["size"], {})[row["method"]] = row
    return dict(sorted(table.items()))


def ratios(results: dict) -> list[dict]:
    """detentio's throughput over each baseline's, per size (>1: detentio is faster)."""
    rows = []
    for size, methods in by_size(results).items():
        for ours in ("match", "detentio"):
            for base in BASELINES:
                if ours in methods and base in methods:
                    a, b = methods[ours], methods[base]
                    # CPU seconds per document: steadier than wall time on a shared machine
                    ours_cpu, base_cpu = a["cpu_s"] / a["docs"], b["cpu_s"] / b["docs"]
                    row = {"size": size, "detentio": ours, "baseline": base,
                           "speed_ratio": _rate(a, "docs") / _rate(b, "docs"), "cpu_ratio": base_cpu / ours_cpu}
                    if "read" in methods:  # every method reads the files the same way: compare the rest
                        read = methods["read"]["cpu_s"] / methods["read"]["docs"]
                        if ours_cpu > read and base_cpu > read:
                            row["net_ratio"] = (base_cpu - read) / (ours_cpu - read)
                    rows.append(row)
    return rows


def growth(results: dict, method: str = "detentio") -> list[dict]:
    """Run time from one size to the next: linear if the ratio stays near the size ratio."""
    sizes = [(size, m[method]) for size, m in by_size(results).items() if method in m]
    rows = []
    for (small, a), (big, b) in zip(sizes, sizes[1:]):
        factor = b["wall_s"] / a["wall_s"] if a["wall_s"] > 0 else float("inf")
        cpu_factor = b["cpu_s"] / a["cpu_s"] if a["cpu_s"] > 0 else float("inf")
        limit = GROWTH_SLACK * big / small
        rows.append({"from": small, "to": big, "time_factor": factor, "cpu_factor": cpu_factor,
                     "limit": limit, "linear": factor <= limit})
    return rows


def memory(results: dict, method: str = "detentio") -> dict | None:
    """Peak memory of ``method`` at the largest size."""
    table = by_size(results)
    for size in reversed(table):
        if method in table[size]:
            peak = table[size][method]["peak_rss_mb"]
            return {"size": size, "peak_rss_mb": peak, "limit_mb": MEMORY_LIMIT_MB,
                    "ok": peak < MEMORY_LIMIT_MB}
    return None


def _fmt(value: float, digits: int = 0) -> str:
    return f"{value:,.{digits}f}"


def markdown(results: dict) -> str:
    m = results["machine"]
    out = ["# Benchmark results", "",
           f"Machine: {m['cpu']}, {m['cores']} cores, {_fmt(m['memory_gib'] or 0, 1)} GiB RAM, "
           f"{m['os']}, Python {m['python']}; "
           + ", ".join(f"{k} {v}" for k, v in m["packages"].items()) + ".",
           f"Load average (1 min) at start: {m['load_at_start'][0]:.2f}; "
           f"at end: {results.get('load_at_end', [0])[0]:.2f}. "
           f"Workspace commit at start: {m.get('git_at_start', 'unknown')}; "
           f"at end: {results.get('git_at_end', 'unknown')}"
           + (" (every row timed a snapshot taken at the start)." if results.get("snapshot") else "."), "",
           "## Throughput", "",
           "Each row is one fresh process streaming the whole corpus. `setup` is imports, "
           "matcher compilation or cluster start-up; rates use the `run` time.", "",
           "| corpus | method | docs timed | MB | setup s | run s | CPU s | docs/s | MB/s | found | "
           "peak RSS MB | load |",
           "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for size, methods in by_size(results).items():
        for row in methods.values():
            mb = row["bytes"] / 1e6
            # On Dask the work is in the worker processes: this process's CPU and memory are the driver's.
            driver = row["method"] == "dask"
            cpu = "n/a" if driver else f"{row['cpu_s']:.2f}"
            rss = f"{_fmt(row['peak_rss_mb'])}{' (driver)' if driver else ''}"
            out.append(
                f"| {size:,} | {LABELS[row['method']]} | {row['docs']:,} | {_fmt(mb, 1)} | {row['setup_s']:.2f} | "
                f"{row['wall_s']:.2f} | {cpu} | {_fmt(_rate(row, 'docs'))} | "
                f"{_fmt(mb / row['wall_s'] if row['wall_s'] else 0, 2)} | {row['found']:,} | {rss} | "
                f"{row['load']:.2f} |")
    out += ["", "## detentio / baseline (throughput ratio, >1 = detentio faster)", "",
            "`match_text` does the same work as the baselines (spans and codes); "
            "mentions + claims adds sentences, speakers, quotes, negation and count claims.", "",
            "Reading the files (the `read only` row) is part of every method; the last column "
            "compares CPU time per document without it.", "",
            "| corpus | detentio | vs | ratio (wall) | ratio (CPU) | ratio (CPU, net of reading) |",
            "|---:|---|---|---:|---:|---:|"]
    for row in ratios(results):
        net = f"{row['net_ratio']:.2f}x" if "net_ratio" in row else "n/a"
        out.append(f"| {row['size']:,} | {LABELS[row['detentio']]} | {LABELS[row['baseline']]} | "
                   f"{row['speed_ratio']:.2f}x | {row['cpu_ratio']:.2f}x | {net} |")
    grow = growth(results)
    if grow:
        out += ["", "## Growth of detentio mentions + claims", "",
                "| from | to | wall time factor | CPU time factor | linear limit | linear (wall) |",
                "|---:|---:|---:|---:|---:|---|"]
        for row in grow:
            out.append(f"| {row['from']:,} | {row['to']:,} | {row['time_factor']:.2f} | "
                       f"{row['cpu_factor']:.2f} | {row['limit']:.1f} | {'yes' if row['linear'] else 'NO'} |")
    mem = memory(results)
    if mem:
        out += ["", f"Peak memory of detentio mentions + claims at {mem['size']:,} documents: "
                    f"{_fmt(mem['peak_rss_mb'])} MB (limit {mem['limit_mb']:,} MB: "
                    f"{'ok' if mem['ok'] else 'EXCEEDED'})."]
    out += _agreement(results.get("agreement", {}))
    out += _startup(results.get("startup", []))
    out += _build(results.get("build"))
    return "\n".join(out) + "\n"


def _agreement(agreement: dict) -> list[str]:
    if not agreement:
        return []
    out = ["", "## Same mentions? (`match_text` vs the baselines)", "",
           "| corpus | docs | detentio spans | spaCy | differences | naive | differences | "
           "bare spaCy | differences |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, a in agreement.items():
        out.append(f"| {name} | {a['docs']:,} | {a['detentio']:,} | {a['spacy']:,} | "
                   f"{a['spacy_differences']} | {a['naive']:,} | {a['naive_differences']} | "
                   f"{a['spacy_bare']:,} | {a['spacy_bare_differences']} |")
    for who in ("spacy", "naive", "spacy_bare"):
        examples = [(name, e) for name, a in agreement.items() for e in a[f"{who}_examples"]]
        if examples:
            out += ["", f"Differences from {who} (first {len(examples)}):", "",
                    "| corpus | source | start | end | text | code | only in |", "|---|---|---:|---:|---|---|---|"]
            for name, e in examples:
                text = e["text"].replace("|", "\\|")
                out.append(f"| {name} | {e['source']} | {e['start']} | {e['end']} | {text} | "
                           f"{e['code']} | {e['only_in']} |")
    return out


def _startup(rows: list[dict]) -> list[str]:
    if not rows:
        return []
    out = ["", "## Start-up", "",
           "| command | wall s (median) | bare python s | heavy modules imported |", "|---|---:|---:|---|"]
    for row in rows:
        out.append(f"| `{row['command']}` | {row['seconds']:.3f} | {row['python_floor']:.3f} | "
                   f"{', '.join(row['heavy_imports']) or 'none'} |")
    return out


def _build(build: dict | None) -> list[str]:
    if not build:
        return []
    out = ["", "## Build cost", "", build.get("what", ""), "",
           "| step | wall s | vs serial papermill |", "|---|---:|---:|"]
    base = build["papermill_s"]
    for name, key in (("serial papermill", "papermill_s"), ("detentio build, cold", "cold_s"),
                      ("detentio build, warm (nothing changed)", "warm_s")):
        out.append(f"| {name} | {build[key]:.2f} | {build[key] / base:.2f}x |")
    out += ["", f"Cold build: `{build['cold_summary']}`", "",
            *[f"- `{line}`" for line in build.get("cold_log", [])], "",
            f"Warm build (attempt {build.get('warm_attempts', 1)}): `{build['warm_summary']}`"]
    return out + _pdf(build.get("pdf"))


def _pdf(pdf: dict | None) -> list[str]:
    """What tags and PDF/A-3b with attachments cost over a plain PDF (benchmarks/pdf_cost.py)."""
    if not pdf or not pdf.get("runs"):
        return []
    out = ["", "### Cost of the archival PDF", "",
           f"Each report's HTML printed three ways, median of {pdf['repeat']} (load {pdf['load'][0]:.1f}): "
           "plain (untagged), tagged, archival (tagged PDF/A-3b with XMP and attachments, as built).", "",
           "| report | plain s (CPU) | tagged s (CPU) | archival s (CPU) | archival / plain, CPU | "
           "plain KB | archival KB |", "|---|---:|---:|---:|---:|---:|---:|"]
    for row in [*pdf["runs"], {"run": "**all**", **pdf["total"]}]:
        cells = [f"{row[f'{n}_s']:.2f} ({row[f'{n}_cpu_s']:.2f})" for n in ("plain", "tagged", "archival")]
        out.append(f"| {row['run']} | {' | '.join(cells)} | {row['archival_cpu_s'] / row['plain_cpu_s']:.2f}x | "
                   f"{row['plain_bytes'] / 1024:,.0f} | {row['archival_bytes'] / 1024:,.0f} |")
    return out


def plot(results: dict, path: Path) -> None:
    """Throughput (left) and time per document (right, flat = linear growth) by corpus size."""
    import matplotlib

    matplotlib.use("Agg")  # a file, never a window
    import matplotlib.pyplot as plt

    table = by_size(results)
    methods = [m for m in LABELS if any(m in row for row in table.values())]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for method in methods:
        points = [(size, row[method]) for size, row in table.items() if method in row]
        sizes = [s for s, _ in points]
        left.plot(sizes, [_rate(r, "docs") for _, r in points], marker="o", label=LABELS[method])
        right.plot(sizes, [1000 * r["wall_s"] / r["docs"] for _, r in points], marker="o",
                   label=LABELS[method])
    for axis in (left, right):
        axis.set_xscale("log")
        axis.set_xticks(list(table), [f"{size:,}" for size in table])
        axis.minorticks_off()
        axis.set_xlabel("documents in corpus")
        axis.grid(True, which="both", alpha=0.3)
    left.set_ylabel("documents per second")
    left.set_yscale("log")
    left.set_title("Throughput")
    right.set_yscale("log")
    right.set_ylabel("milliseconds per document")
    right.set_title("Cost per document (flat = linear growth)")
    left.legend(fontsize=8)
    fig.suptitle(f"{results['machine']['cpu']}, {results['machine']['cores']} cores", fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main(argv=None) -> int:
    path = Path((argv or sys.argv[1:])[0])
    results = json.loads(path.read_text())
    (path.parent / "results.md").write_text(markdown(results))
    plot(results, path.parent / "throughput.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
