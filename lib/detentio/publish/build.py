"""``detentio build``: run the notebooks of runs.yml and publish them into reports/.

1. runs.yml and every run's parameters are checked (no kernel starts when
   anything is wrong).
2. Each run's input hash (notebook, parameters, sources, library code,
   reference data) is compared with the one stored in
   ``reports/<run>/provenance.json``; an unchanged run is skipped, so a warm
   build starts no kernel and imports neither pandas nor papermill.
3. The other runs execute in parallel worker processes
   (:func:`detentio.publish.execute.build_run`), each published atomically.
4. ``reports/index.html`` lists every run with its status, date, parameters
   and links; ``reports/status.json`` keeps the last status of each run.

The exit status is non-zero when any run failed (after all runs finished).
"""
from __future__ import annotations

import html as htmllib
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from detentio.core import paths
from detentio.publish import buildlock
from detentio.publish import runs as runs_module
from detentio.core.problems import DetentioError, Problem, shown
from detentio.core.terminal import escaped
from detentio.publish.execute import ERRORS, Job, Result, _write_atomic, sweep

STATUS_FILE = "status.json"


def _stored(run: str) -> dict | None:
    """The provenance record of the report currently published for ``run``, if any."""
    path = paths.reports() / run / "provenance.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_current(run: runs_module.Run, key: str) -> bool:
    """True when the published report was built from exactly these inputs and has every format."""
    record = _stored(run.name)
    if not record or record.get("input_hash") != key:
        return False
    folder = paths.reports() / run.name
    return all((folder / f"{run.name}.{fmt}").is_file() for fmt in run.formats)


def select(all_runs: list, only: list[str] | None) -> list:
    """The runs named by ``--only`` (all when None), in runs.yml order."""
    if not only:
        return all_runs
    names = {r.name for r in all_runs}
    unknown = [n for n in only if n not in names]
    if unknown:
        raise DetentioError([Problem(shown(paths.runs()), f"no run named {n!r} (runs: {', '.join(sorted(names))})")
                             for n in unknown])
    return [r for r in all_runs if r.name in only]


def plan(selected: list, force: bool) -> tuple[list[Job], list[Result]]:
    """Jobs to execute, and results for the runs skipped because their inputs are unchanged."""
    from detentio.publish import provenance

    jobs, skipped = [], []
    git = None
    for run in selected:
        hashes = provenance.inputs(run.notebook, run.parameters)
        key = provenance.input_hash(hashes, run.parameters, run.formats)
        if not force and is_current(run, key):
            record = _stored(run.name) or {}
            skipped.append(Result(run.name, "skipped-cached", built=record.get("built", ""),
                                  title=record.get("title", ""), pages=record.get("pages"),
                                  footnotes=record.get("footnotes", 0), quotes=record.get("quotes", 0),
                                  sources=len(record.get("sources", [])), files=record.get("files", {})))
            continue
        if git is None:
            git = provenance.git_state()  # only when something executes: it costs a subprocess
        jobs.append(Job(run.name, str(run.notebook), dict(run.parameters), tuple(run.formats),
                        run.description, key, hashes, git, parent=os.getpid()))
    return jobs, skipped


def _say(stream, status: str, run: str, detail: str = "") -> None:
    line = escaped(f"  {status:<8} {run:<24} {detail}".rstrip())  # a message may quote a source
    stream.write(line + "\n")  # one write: workers print too
    stream.flush()


def _detail(result: Result) -> str:
    if result.status == "failed":
        page = f"  -> reports/{result.error_page}" if result.error_page else ""
        return f"{result.seconds:.1f} s  {result.message}{page}"
    if result.status == "skipped-cached":
        return f"unchanged since {result.built}"
    pages = f"{result.pages} pages, " if result.pages is not None else ""
    phases = ", ".join(f"{name} {seconds:.1f}" for name, seconds in result.phases.items())
    return (f"{result.seconds:.1f} s{f' = {phases}' if phases else ''}  ({pages}{result.footnotes} notes, "
            f"{result.quotes} quotes, {result.sources} sources)")


def execute(jobs: list[Job], workers: int, stream=sys.stderr) -> list[Result]:
    """Build the jobs in ``workers`` processes; report each run on ``stream`` as it finishes."""
    if not jobs:
        return []
    import multiprocessing

    from detentio.publish.execute import build_run
    from detentio.publish.workers import die_with

    results = []
    # spawn, not fork: a worker starts clean (no threads or kernels inherited from the caller).
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=max(1, min(workers, len(jobs))), mp_context=context,
                             initializer=die_with, initargs=(os.getpid(),)) as pool:
        futures = {pool.submit(build_run, job): job for job in jobs}
        for job in jobs:
            _say(stream, "queued", job.run)
        for done, future in enumerate(as_completed(futures), 1):
            job = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # the worker process itself died
                result = Result(job.run, "failed", message=f"worker crashed: {type(exc).__name__}: {exc}")
            label = "ok" if result.status == "ok" else "FAILED"
            _say(stream, label, job.run, f"[{done}/{len(jobs)}] {_detail(result)}")
            results.append(result)
    return results


def _read_status() -> dict:
    try:
        return json.loads((paths.reports() / STATUS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def index_page(all_runs: list, status: dict) -> str:
    """``reports/index.html``: every run of runs.yml, its status, date, parameters and links."""
    from detentio.publish.render import page

    esc = htmllib.escape
    rows = []
    for run in all_runs:
        entry = status.get(run.name, {"status": "not-built"})
        record = _stored(run.name) or {}
        state = entry.get("status", "not-built")
        title = record.get("title") or entry.get("title") or run.name
        links = []
        files = record.get("files") or {}
        for kind, label in (("html", "HTML"), ("pdf", "PDF"), ("notebook", "notebook")):
            if kind in files:
                links.append(f'<a href="{esc(run.name)}/{esc(files[kind])}">{label}</a>')
        if record:
            links.append(f'<a href="{esc(run.name)}/provenance.json">provenance</a>')
        if state == "failed" and entry.get("error_page"):
            links.append(f'<a href="{esc(entry["error_page"])}">error page</a>')
        when = entry.get("built", "")
        note = ""
        if state == "failed":
            note = f'<br><small>{esc(entry.get("message", ""))}</small>'
            if record:
                note += f"<br><small>last good report: {esc(record.get('built', ''))}</small>"
        params = ", ".join(f"{esc(k)}={esc(json.dumps(v, ensure_ascii=False))}" for k, v in run.parameters.items())
        rows.append(
            f'<tr id="run-{esc(run.name)}" data-status="{esc(state)}">'
            f"<td><strong>{esc(title)}</strong><br><small>{esc(run.description)}</small></td>"
            f"<td><code>{esc(run.name)}</code></td>"
            f'<td class="status-{esc(state)}">{esc(state)}{note}</td>'
            f"<td>{esc(when)}</td><td><code>{params or 'defaults'}</code></td>"
            f"<td>{' · '.join(links)}</td></tr>")
    body = ("<h1>detentio reports</h1>"
            f"<p>{len(all_runs)} runs from <code>runs.yml</code>. Status of the last build: "
            "<em>ok</em> (rebuilt), <em>skipped-cached</em> (inputs unchanged), <em>failed</em> "
            "(the last good report, if any, is kept).</p>"
            '<table class="data"><thead><tr><th>report</th><th>run</th><th>status</th><th>built</th>'
            "<th>parameters</th><th>files</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
    return page("detentio reports", body, wide=True)


def _as_on_disk(name: str, entry: dict | None) -> dict | None:
    """The status of a run this build did not touch, made to agree with reports/.

    An earlier build may have ended before it wrote its index (killed, or out of
    space): its entry can then name a report that is not the one published, or
    an error page that is gone. The report on disk, and its provenance, win.
    """
    record = _stored(name)
    state = (entry or {}).get("status")
    if state == "failed" and (paths.reports() / str(entry.get("error_page") or f"{ERRORS}/{name}.html")).is_file():
        return entry
    if state in ("ok", "skipped-cached") and record and record.get("built") == entry.get("built"):
        return entry
    if not record:
        return None
    return Result(name, "ok", record.get("seconds", 0.0), built=record.get("built", ""),
                  title=record.get("title", ""), pages=record.get("pages"), footnotes=record.get("footnotes", 0),
                  quotes=record.get("quotes", 0), sources=len(record.get("sources", [])),
                  files=record.get("files", {})).to_json()


def write_index(all_runs: list, results: list[Result]) -> Path:
    """Record this build's results in status.json and rewrite index.html (both atomically).

    Runs this build did not touch are listed as reports/ holds them (:func:`_as_on_disk`).
    """
    status = _read_status()
    done = {result.run for result in results}
    status = {run.name: _as_on_disk(run.name, status.get(run.name)) for run in all_runs if run.name not in done}
    for result in results:
        status[result.run] = result.to_json()
    status = {run.name: status[run.name] for run in all_runs if status.get(run.name)}
    _write_atomic(paths.reports() / STATUS_FILE, json.dumps(status, indent=1, ensure_ascii=False) + "\n")
    index = paths.reports() / "index.html"
    _write_atomic(index, index_page(all_runs, status))
    return index


def build(only: list[str] | None = None, jobs: int = 2, force: bool = False, stream=sys.stderr) -> list[Result]:
    """Build the runs (all, or those named in ``only``); return one :class:`Result` per run."""
    started = time.monotonic()
    all_runs = runs_module.load()
    # An invalid corrections file stops the build before any kernel starts: every report
    # would be built from undecided values, so the last good reports stay as they are.
    from detentio.framing import corrections

    corrections.read()
    selected = select(all_runs, only)
    with buildlock.held(paths.reports()):
        sweep(paths.reports())  # every leftover: no other build runs, and an ended one's workers died with it
        todo, skipped = plan(selected, force)
        print(f"detentio build: {len(selected)} runs, {len(skipped)} unchanged, {len(todo)} to execute"
              + (f" with {min(jobs, len(todo))} workers" if todo else ""), file=stream, flush=True)
        for result in skipped:
            _say(stream, "cached", result.run, _detail(result))
        results = skipped + execute(todo, jobs, stream)
        order = {r.name: i for i, r in enumerate(all_runs)}
        results.sort(key=lambda r: order[r.run])
        index = write_index(all_runs, results)
    counts = {s: sum(r.status == s for r in results) for s in ("ok", "skipped-cached", "failed")}
    print(f"detentio build: {counts['ok']} ok, {counts['skipped-cached']} cached, {counts['failed']} failed "
          f"in {time.monotonic() - started:.1f} s -> {paths.relative(index)}", file=stream, flush=True)
    return results


def main(args) -> int:
    """The ``detentio build`` command (arguments defined in :mod:`detentio.cli`)."""
    if args.jobs < 1:
        raise DetentioError(Problem("detentio build", f"--jobs must be at least 1, got {args.jobs}"))
    results = build(args.only, args.jobs, args.force)
    return 1 if any(r.status == "failed" for r in results) else 0
