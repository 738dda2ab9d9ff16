"""A build's workers die with it; the next build sweeps what is left and lists what is on disk.

Also the writes that fail: a read-only reports/, a file that cannot be
written whole (a full disk, here a file-size limit), a second build while
one runs.
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, copy_workspace, detentio_env
from detentio import build, runs
from detentio.core import atomic
from detentio.publish import buildlock
from detentio.publish.execute import ENDED, Job, build_run, sweep

DETENTIO = [sys.executable, "-m", "detentio.cli"]


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (from /proc)."""
    found, pending = set(), [pid]
    while pending:
        current = pending.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    pending.append(child)
    return found


def running(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie (an orphan waits for init to reap it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def wait_for(condition, what: str, limit: float = 300.0) -> None:
    """Wait until ``condition()`` holds; fail naming ``what`` after ``limit`` seconds (a bound, not a timing)."""
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting: {what}")
        time.sleep(0.2)


def leftovers(reports: Path) -> list[str]:
    return sorted(p.name for folder in (reports, reports / "_errors") if folder.is_dir()
                  for p in folder.iterdir() if p.name.startswith(".") and p.name != buildlock.LOCK)


@pytest.fixture
def waiting(tmp_path):
    """A workspace with two runs of a notebook that waits for a file before it finishes."""
    root = copy_workspace(tmp_path / "ws")
    shutil.copy(FIXTURES / "notebooks" / "waits.ipynb", root / "notebooks" / "90-waits.ipynb")
    marks = tmp_path / "marks"
    marks.mkdir()
    chosen = [{"name": name, "notebook": "notebooks/90-waits.ipynb", "formats": ["html"],
               "parameters": {"started": str(marks / name), "release": str(marks / "release")}}
              for name in ("wait-a", "wait-b")]
    (root / "runs.yml").write_text(yaml.safe_dump({"runs": chosen}, sort_keys=False), encoding="utf-8")
    return root, marks


@pytest.mark.slow  # builds reports (twice) with kernels
def test_kill_9_of_the_build_ends_its_workers_and_the_next_build_cleans_up(waiting, tmp_path):
    root, marks = waiting
    log = open(tmp_path / "build.log", "w")
    main = subprocess.Popen([*DETENTIO, "build", "--jobs", "2"], cwd=root, env=detentio_env(root),
                            stdout=log, stderr=log)
    wait_for(lambda: (marks / "wait-a").exists() and (marks / "wait-b").exists() or main.poll() is not None,
             "both runs to start")
    assert main.poll() is None, (tmp_path / "build.log").read_text()
    tree = descendants(main.pid)  # the two workers, their kernels, multiprocessing's helper
    assert len(tree) >= 4
    main.send_signal(signal.SIGKILL)
    main.wait()
    (marks / "release").touch()  # a worker still alive would now finish its run and publish it
    wait_for(lambda: not any(running(pid) for pid in tree), "the workers and kernels to end", 60)
    reports = root / "reports"
    assert not (reports / "wait-a").exists() and not (reports / "wait-b").exists()
    assert any(name.startswith(".building-wait-") for name in leftovers(reports))
    assert not (reports / "status.json").exists()

    again = subprocess.run([*DETENTIO, "build"], cwd=root, env=detentio_env(root), capture_output=True,
                           text=True, timeout=900)
    assert again.returncode == 0, again.stderr
    assert leftovers(reports) == []
    status = json.loads((reports / "status.json").read_text())
    for name in ("wait-a", "wait-b"):
        record = json.loads((reports / name / "provenance.json").read_text())
        assert (status[name]["status"], status[name]["built"]) == ("ok", record["built"])
        assert f'id="run-{name}" data-status="ok"' in (reports / "index.html").read_text()


def test_a_worker_whose_build_has_ended_publishes_nothing(workspace):
    ended = subprocess.Popen(["true"])
    ended.wait()
    job = Job("ghost", str(workspace / "notebooks" / "01-survey-corpus.ipynb"), {}, ("html",), "", "0" * 64,
              {}, {}, parent=ended.pid)
    result = build_run(job)  # returns before any kernel: the build that started it has ended
    assert (result.status, result.message) == ("failed", ENDED)
    assert not (workspace / "reports").exists() or list((workspace / "reports").iterdir()) == []


def test_sweep_removes_every_leftover_and_keeps_reports_and_the_lock(workspace):
    reports = workspace / "reports"
    kept = [reports / "survey-all" / "survey-all.html", reports / "index.html", reports / "_errors" / "a.html",
            reports / buildlock.LOCK]
    gone = [reports / ".building-survey-2025-123-abc_12", reports / ".building-survey-2025-123-abc_12.log",
            reports / ".old-labels-all-99-0123abcd", reports / f".index.html.{'a' * 32}.tmp",
            reports / "_errors" / f".a.html.{'b' * 32}.tmp", reports / f".probe.{'c' * 32}.tmp"]
    for path in kept + gone:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.name.startswith((".building", ".old")) and not path.name.endswith(".log"):
            (path / "x").mkdir(parents=True)
        else:
            path.write_text("x")
    assert sorted(sweep(reports)) == sorted(gone)
    assert all(path.exists() for path in kept) and not any(path.exists() for path in gone)


def test_a_second_build_while_one_runs_stops_with_a_message(workspace):
    with buildlock.held(workspace / "reports"):
        result = subprocess.run([*DETENTIO, "build"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr == (f"error: reports: another detentio build is running in this workspace "
                             f"(process {os.getpid()}); wait for it to end\n")


@contextmanager
def read_only(folder: Path):
    """``folder`` made unwritable, for root too (root ignores mode bits, not the immutable flag)."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)]).returncode:
            pytest.skip("cannot make a folder read-only for root here (no chattr +i)")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)


def test_a_read_only_reports_folder_is_refused_before_any_kernel(workspace):
    reports = workspace / "reports"
    reports.mkdir()
    (reports / "index.html").write_text("the last index")
    with read_only(reports):
        result = subprocess.run([*DETENTIO, "build"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    reason = "Operation not permitted" if os.geteuid() == 0 else "Permission denied"
    assert result.stderr == (f"error: reports: cannot write here ({reason}); nothing was built and the "
                             "reports already there are unchanged\n")
    assert [p.name for p in reports.iterdir()] == ["index.html"]


def limited(size: int):
    """preexec_fn: files may grow to ``size`` bytes (a full disk, as a write sees it)."""
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write then fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return apply


def test_a_manifest_that_cannot_be_written_whole_leaves_the_old_one(workspace):
    manifest = workspace / "data" / "MANIFEST"
    before = manifest.read_bytes()
    (workspace / "data" / "sources" / "new.txt").write_text("A new article.")
    result = subprocess.run([*DETENTIO, "manifest"], capture_output=True, text=True, timeout=120,
                            preexec_fn=limited(100))
    assert result.returncode == 1
    assert result.stderr == ("error: data/MANIFEST: could not write (File too large); the previous file, "
                             "if any, is unchanged\n")
    assert manifest.read_bytes() == before
    assert [p.name for p in manifest.parent.iterdir() if p.name.startswith(".")] == []


def cached(workspace: Path, names: list[str]) -> list:
    """runs.yml with ``names`` and a report on disk for each, built from exactly the current inputs."""
    from test_params import CELL, notebook

    notebook(workspace / "notebooks" / "01-a.ipynb", CELL)
    (workspace / "runs.yml").write_text(yaml.safe_dump({"runs": [
        {"name": n, "notebook": "notebooks/01-a.ipynb", "formats": ["html"]} for n in names]}))
    all_runs = runs.load()
    for job in build.plan(all_runs, force=True)[0]:
        folder = workspace / "reports" / job.run
        folder.mkdir(parents=True)
        (folder / f"{job.run}.html").write_text("<html></html>")
        (folder / "provenance.json").write_text(json.dumps({
            "input_hash": job.input_hash, "built": f"built {job.run}", "title": job.run,
            "files": {"html": f"{job.run}.html"}}))
    return all_runs


def test_an_index_that_cannot_be_written_whole_leaves_the_old_one(workspace):
    cached(workspace, ["a"])
    index = workspace / "reports" / "index.html"
    index.write_text("the last index")
    result = subprocess.run([*DETENTIO, "build"], capture_output=True, text=True, timeout=300,
                            preexec_fn=limited(4096))
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == ("error: reports/index.html: could not write (File too large); "
                                              "the previous file, if any, is unchanged")
    assert index.read_text() == "the last index"
    assert leftovers(workspace / "reports") == []


def test_the_index_lists_what_is_on_disk_when_an_earlier_build_did_not_finish(workspace):
    all_runs = cached(workspace, ["a", "b", "c"])
    reports = workspace / "reports"
    # status.json of a build killed before its index: a stale time, an error page that is gone, a report gone.
    (reports / "status.json").write_text(json.dumps({
        "a": {"run": "a", "status": "ok", "built": "long ago"},
        "b": {"run": "b", "status": "failed", "error_page": "_errors/b.html", "message": "boom"},
        "c": {"run": "c", "status": "ok", "built": "built c"}}))
    shutil.rmtree(reports / "c")
    build.write_index(all_runs, [])
    status = json.loads((reports / "status.json").read_text())
    assert {n: (e["status"], e["built"]) for n, e in status.items()} == {
        "a": ("ok", "built a"), "b": ("ok", "built b")}
    index = (reports / "index.html").read_text()
    assert 'id="run-c" data-status="not-built"' in index and 'id="run-b" data-status="ok"' in index
    atomic.write_text(reports / "_errors" / "b.html", "the error page")
    (reports / "status.json").write_text(json.dumps({"b": {"run": "b", "status": "failed",
                                                           "error_page": "_errors/b.html", "built": "x"}}))
    build.write_index(all_runs, [])
    assert json.loads((reports / "status.json").read_text())["b"]["status"] == "failed"
