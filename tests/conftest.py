"""Shared fixtures: a scratch workspace and helpers to write sources."""
from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _kernels_only_in_slow_tests(request, monkeypatch):
    """The fast tier (`make test-fast`) starts no kernel and builds no report:
    a test that does so without the ``slow`` mark fails and says so."""
    if request.node.get_closest_marker("slow"):
        return

    def refuse(*args, **kwargs):
        raise AssertionError(f"{request.node.nodeid} starts a kernel or builds a report: mark it slow")

    import papermill
    from jupyter_client.manager import KernelManager

    from detentio.publish import execute

    monkeypatch.setattr(papermill, "execute_notebook", refuse)
    monkeypatch.setattr(KernelManager, "start_kernel", refuse)
    monkeypatch.setattr(execute, "build_run", refuse)


def write_source(folder: Path, name: str, body: str, front: str | None = None, *, raw: bytes | None = None) -> Path:
    """Write a source file; ``front`` is the YAML between the --- lines (dedented)."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if raw is not None:
        path.write_bytes(raw)
    elif front is None:
        path.write_text(body, encoding="utf-8")
    else:
        path.write_text("---\n" + textwrap.dedent(front).strip() + "\n---\n" + body, encoding="utf-8")
    return path


@pytest.fixture
def workspace(tmp_path, monkeypatch) -> Path:
    """A copy of the workspace's data/ (and runs/notebooks if present) in a temp folder.

    DETENTIO_ROOT points there, so commands and functions use the copy and a
    test can break it freely.
    """
    root = tmp_path / "ws"
    root.mkdir()
    shutil.copytree(ROOT / "data", root / "data")
    (root / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text())
    for name in ("notebooks",):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, root / name)
    if (ROOT / "runs.yml").exists():
        shutil.copy(ROOT / "runs.yml", root / "runs.yml")
    monkeypatch.setenv("DETENTIO_ROOT", str(root))
    return root


ARTIFACTS = Path(__file__).resolve().parent / "artifacts"  # screenshots and PDF pages (gitignored)


def run_names() -> list[str]:
    """The run names of the workspace's runs.yml, in order (to parametrize report tests)."""
    import yaml

    path = ROOT / "runs.yml"
    if not path.exists():
        return []
    return [run["name"] for run in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("runs") or []]


def copy_workspace(dest: Path) -> Path:
    """data/, notebooks/, runs.yml and pyproject.toml copied to ``dest`` (a folder to create)."""
    dest.mkdir(parents=True)
    shutil.copytree(ROOT / "data", dest / "data")
    if (ROOT / "notebooks").is_dir():
        shutil.copytree(ROOT / "notebooks", dest / "notebooks",
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    for name in ("runs.yml", "pyproject.toml"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, dest / name)
    return dest


def detentio_env(root: Path) -> dict:
    """The environment a `detentio` command gets to work on the workspace at ``root``."""
    import os

    env = dict(os.environ, DETENTIO_ROOT=str(root))
    env.pop("MPLBACKEND", None)  # a forced backend drops the inline figures
    return env


@pytest.fixture(scope="session")
def built_workspace(tmp_path_factory) -> Path:
    """A copy of the workspace with every report of runs.yml built once per test session.

    Browser and PDF tests read its ``reports/``; they must not change it. A
    failed run does not stop the session: the tests of that run fail with the
    build's message (see :func:`built_report`), the others go on.

    ``DETENTIO_TEST_BUILT=<workspace>`` tests the reports already built there
    instead (``DETENTIO_TEST_BUILT=. pytest tests/test_browser.py`` checks the
    workspace's own ``reports/`` after ``make reports``).
    """
    import os
    import subprocess
    import sys

    if os.environ.get("DETENTIO_TEST_BUILT"):
        return Path(os.environ["DETENTIO_TEST_BUILT"]).resolve()
    root = copy_workspace(tmp_path_factory.mktemp("built") / "ws")
    if not (root / "runs.yml").exists():
        pytest.skip("the workspace has no runs.yml yet")
    result = subprocess.run([sys.executable, "-m", "detentio.cli", "build", "--jobs", "2"],
                            cwd=root, env=detentio_env(root), capture_output=True, text=True)
    (root / "build.log").write_text(result.stderr, encoding="utf-8")
    if not (root / "reports" / "status.json").exists():
        pytest.fail(f"detentio build published nothing ({result.returncode}):\n{result.stderr}")
    return root


def built_report(root: Path, run: str) -> Path:
    """The folder of ``run``'s published report; fail with the build's message when it failed."""
    import json

    status = json.loads((root / "reports" / "status.json").read_text(encoding="utf-8")).get(run, {})
    if status.get("status") != "ok":
        pytest.fail(f"run {run!r} did not build: {status.get('status', 'not built')}: "
                    f"{status.get('message', '')}", pytrace=False)
    return root / "reports" / run


# --- the seed corpus and its tables, built once per session ----------------------

@pytest.fixture(scope="session")
def seed_corpus():
    """``corpus.load()`` of the workspace's own data/sources."""
    from detentio import corpus
    from detentio.core.paths import using_root

    with using_root(ROOT):
        return corpus.load()


@pytest.fixture(scope="session")
def seed_mentions(seed_corpus):
    from detentio import mentions
    from detentio.core.paths import using_root

    with using_root(ROOT):
        return mentions.find(seed_corpus)


@pytest.fixture(scope="session")
def seed_claims(seed_corpus):
    from detentio import claims
    from detentio.core.paths import using_root

    with using_root(ROOT):
        return claims.find(seed_corpus)


@pytest.fixture(scope="session")
def seed_events():
    from detentio import law
    from detentio.core.paths import using_root

    with using_root(ROOT):
        return law.events()


@pytest.fixture(scope="session")
def seed_gold():
    """The hand annotation of the seeds: (mentions, claims)."""
    from detentio import evaluate

    return evaluate.load_gold()


# --- a browser for the report tests ----------------------------------------------

CHROMIUM = "/usr/bin/chromium"
# Root needs --no-sandbox; CI containers have a small /dev/shm; nothing may reach the network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (skipped where it is not installed)."""
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Visit:
    """One page opened from disk, with everything it requested and logged."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: self.console.append((message.type, message.text)))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.goto(path.as_uri(), wait_until="load")

    def offline_and_quiet(self) -> None:
        leaving = [url for url in self.requests if not url.startswith(("file://", "data:"))]
        assert leaving == [], f"requests left the disk: {leaving}"
        problems = [(kind, text) for kind, text in self.console if kind in ("error", "warning")]
        assert problems == [], problems
        assert self.errors == [] and self.dialogs == []

    def in_view(self, selector: str) -> bool:
        return self.page.eval_on_selector(selector, """el => {
            const box = el.getBoundingClientRect();
            return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight; }""")

    def screenshot(self, name: str) -> Path:
        shots = ARTIFACTS / "browser"
        shots.mkdir(parents=True, exist_ok=True)
        path = shots / f"{name}.png"
        self.page.evaluate("window.scrollTo(0, 0)")
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser):
    opened = []

    def open_page(path: Path) -> Visit:
        page = Visit(browser, path)
        opened.append(page)
        return page

    yield open_page
    for page in opened:
        page.close()


