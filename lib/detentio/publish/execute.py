"""Execute one run and publish it atomically (this runs inside a build worker process).

The run is built in a temporary folder inside ``reports/`` and swapped into
``reports/<run>/`` only when everything succeeded, so a reader never sees a
half-written report. When the notebook raises, or a quote does not match its
source, the previous good report stays in place and ``reports/_errors/<run>.html``
shows the failing cell and traceback.
"""
from __future__ import annotations

import ctypes
import json
import os
import re
import shutil
import sys
import tempfile
import time
import traceback as tb
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from detentio.core import atomic, paths
from detentio.core.problems import DetentioError
from detentio.publish import archive, render, workers

ERRORS = "_errors"          # reports/_errors/<run>.html: the page of a failed run
ENDED = "the build that started this run has ended; nothing was published"
KERNEL = "python3"          # the kernelspec of this environment (.venv/share/jupyter/kernels)
CELL_TIMEOUT = 1800         # seconds one cell may run before the run fails


@dataclass(frozen=True)
class Job:
    """Everything a worker needs to build one run (plain data, so it pickles)."""

    run: str
    notebook: str
    parameters: dict
    formats: tuple[str, ...]
    description: str
    input_hash: str
    inputs: dict
    git: dict
    parent: int = 0              # the build's main process; a worker publishes only while it runs


@dataclass
class Result:
    """What happened to one run."""

    run: str
    status: str                  # ok | failed | skipped-cached
    seconds: float = 0.0
    message: str = ""
    built: str = ""
    title: str = ""
    pages: int | None = None
    footnotes: int = 0
    quotes: int = 0
    sources: int = 0
    error_page: str | None = None
    files: dict = field(default_factory=dict)
    phases: dict = field(default_factory=dict)  # seconds of execute, html, pdf

    def to_json(self) -> dict:
        return asdict(self)


def error_path(run: str, suffix: str = ".html") -> Path:
    return paths.reports() / ERRORS / f"{run}{suffix}"


def _write_atomic(path: Path, data: str | bytes) -> None:
    atomic.write_bytes(path, data if isinstance(data, bytes) else data.encode("utf-8"))


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one atomic step (Linux renameat2 RENAME_EXCHANGE); False if unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    done = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return done == 0


def swap_into_place(built: Path, final: Path) -> None:
    """Make ``built`` the folder ``final``; the old ``final`` (if any) is removed afterwards."""
    if not final.exists():
        os.rename(built, final)
        return
    if _exchange(built, final):
        shutil.rmtree(built)  # now holds the previous report
        return
    # Fallback: two renames, the old report kept until the new one is in place.
    old = final.with_name(f".old-{final.name}-{os.getpid()}-{uuid.uuid4().hex}")
    os.rename(final, old)
    os.rename(built, final)
    shutil.rmtree(old)


_LEFTOVER = re.compile(r"\.(?:building|old)-.+-\d+-[^-/]+(?:\.log)?\Z")


def sweep(reports: Path) -> list[Path]:
    """Remove everything temporary that earlier builds left in ``reports/`` and ``reports/_errors/``:
    run folders being built or replaced, their logs, and half-written files.

    Call it holding the build lock (:mod:`detentio.publish.buildlock`): then no other
    build is running, and the workers of an ended build died with it, so every
    leftover is stale.
    """
    removed = []
    for folder in (reports, reports / ERRORS):
        for leftover in sorted(folder.glob(".*")) if folder.is_dir() else []:
            if not (_LEFTOVER.match(leftover.name) or atomic.is_temporary(leftover.name)):
                continue
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)
            removed.append(leftover)
    return removed


def _fail(job: Job, started: float, summary: str, executed: Path | None = None,
          cell: str | None = None, trace: str | None = None, log: str = "") -> Result:
    """The failed Result, with its error page written when it can be (never raises)."""
    from detentio.publish.provenance import now

    when = now()
    if not workers.build_alive(job.parent):
        return Result(job.run, "failed", time.monotonic() - started, ENDED, when)
    page = render.error_page(job.run, paths.relative(Path(job.notebook)), summary, cell, trace,
                             f"failed {when}", log)
    try:
        _write_atomic(error_path(job.run), page)
        if executed is not None and executed.exists():
            _write_atomic(error_path(job.run, ".ipynb"), executed.read_bytes())
    except (DetentioError, OSError) as exc:  # a full disk: say so, with the failure it was to record
        reason = "; ".join(str(p) for p in exc.problems) if isinstance(exc, DetentioError) else str(exc)
        return Result(job.run, "failed", time.monotonic() - started, f"{summary} (no error page: {reason})", when)
    return Result(job.run, "failed", time.monotonic() - started, summary, when,
                  error_page=f"{ERRORS}/{job.run}.html")


@contextmanager
def _stderr_to(log: Path):
    """Send this process's stderr (and the kernel's, which inherits it) to ``log``.

    Kernels print start-up warnings there; the build's progress display on
    the terminal stays readable, and a failed run shows the log on its page.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    with open(log, "ab") as sink:
        os.dup2(sink.fileno(), 2)
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)


def _tail(log: Path, limit: int = 6000) -> str:
    try:
        text = log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return text[-limit:]


def kernel_environment(environ=None) -> dict:
    """The environment a report's kernel starts with: ours, less what would spoil the report.

    A backend forced in the environment (MPLBACKEND=Agg) would drop the inline
    figures; the debugger's frozen-module check only adds a warning to stderr.
    """
    env = dict(os.environ if environ is None else environ)
    env.pop("MPLBACKEND", None)
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    return env


def _kernel_manager():
    """A kernel manager that starts the kernel with :func:`kernel_environment`, so that
    the build never edits its own process environment."""
    from jupyter_client.manager import AsyncKernelManager

    class ReportKernelManager(AsyncKernelManager):
        async def _async_start_kernel(self, **kw):
            kw["env"] = kernel_environment(kw.get("env"))
            return await super()._async_start_kernel(**kw)

        start_kernel = _async_start_kernel

    return ReportKernelManager


def _execute(job: Job, output: Path) -> None:
    import papermill

    papermill.execute_notebook(
        job.notebook, str(output), parameters=dict(job.parameters), kernel_name=KERNEL,
        cwd=str(Path(job.notebook).parent), progress_bar=False, log_output=False,
        execution_timeout=CELL_TIMEOUT, kernel_manager_class=_kernel_manager(),
    )


def build_run(job: Job) -> Result:
    """Execute, render, check and publish one run; never raises (a failure is a Result)."""
    from papermill.exceptions import PapermillExecutionError

    from detentio.publish.provenance import now, package_versions

    started = time.monotonic()
    if not workers.build_alive(job.parent):
        return Result(job.run, "failed", 0.0, ENDED)
    # From the worker: it has started. One write, so lines of parallel workers do not interleave.
    sys.stderr.write(f"  {'running':<8} {job.run}\n")
    sys.stderr.flush()
    reports = paths.reports()
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".building-{job.run}-{os.getpid()}-", dir=reports))
        tmp.chmod(0o755)  # mkdtemp makes it private; a published report is for every reader
    except OSError as exc:
        return _fail(job, started, f"cannot build in {paths.relative(reports)}: {exc.strerror or exc}")
    log = tmp.with_name(tmp.name + ".log")
    executed = tmp / f"{job.run}.ipynb"
    phases: dict[str, float] = {}  # seconds per step, in provenance.json: where a build's time goes
    try:
        try:
            with _stderr_to(log):
                _execute(job, executed)
            phases["execute"] = round(time.monotonic() - started, 2)
        except PapermillExecutionError as exc:
            summary = f"the cell In [{exc.exec_count}] raised {exc.ename}: {exc.evalue}"
            return _fail(job, started, summary, executed, exc.source, "\n".join(exc.traceback), _tail(log))
        import nbformat

        notebook = nbformat.read(executed, as_version=4)
        title = render.title_of(notebook, job.run)
        record = {
            "run": job.run, "title": title, "description": job.description,
            "notebook": paths.relative(Path(job.notebook)), "parameters": job.parameters,
            "formats": list(job.formats), "input_hash": job.input_hash, "built": now(),
            "git": job.git, "detentio": package_versions().get("detentio"),
            "packages": package_versions(), "sources": [], "inputs": job.inputs,
        }
        mark = time.monotonic()
        finished = render.finish(render.export_html(notebook, title), title, record)
        files = {"notebook": f"{job.run}.ipynb", "html": f"{job.run}.html"}
        (tmp / files["html"]).write_text(finished.html, encoding="utf-8")
        phases["html"] = round(time.monotonic() - mark, 2)
        pages = None
        if "pdf" in job.formats:
            files["pdf"] = f"{job.run}.pdf"
        # The PDF embeds provenance.json as it stands now: all but the seconds of its own printing.
        record.update(phases=phases, pages=pages, footnotes=finished.footnotes, quotes=finished.quotes,
                      files=files)
        if "pdf" in job.formats:
            mark = time.monotonic()
            attached = archive.report_files(record, executed, finished.tables)
            pages = render.write_pdf(finished.html, tmp / files["pdf"], record, attached)
            phases["pdf"] = round(time.monotonic() - mark, 2)
        record.update(seconds=round(time.monotonic() - started, 2), pages=pages)
        (tmp / "provenance.json").write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n",
                                             encoding="utf-8")
        if not workers.build_alive(job.parent):  # the index would never list it
            return Result(job.run, "failed", time.monotonic() - started, ENDED)
        swap_into_place(tmp, reports / job.run)
        for stale in (error_path(job.run), error_path(job.run, ".ipynb")):
            stale.unlink(missing_ok=True)
        return Result(job.run, "ok", time.monotonic() - started, "", record["built"], title, pages,
                      finished.footnotes, finished.quotes, len(finished.sources), files=files, phases=phases)
    except DetentioError as exc:
        return _fail(job, started, "; ".join(str(p) for p in exc.problems), executed)
    except Exception as exc:  # a worker must report, not crash the pool
        return _fail(job, started, f"{type(exc).__name__}: {exc}", executed, trace=tb.format_exc(),
                     log=_tail(log))
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
        log.unlink(missing_ok=True)
