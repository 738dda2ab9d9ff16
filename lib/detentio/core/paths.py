"""The one place that knows where things live.

Everything else asks this module for paths, so notebooks behave the same from
any working directory (JupyterLab starts kernels in the notebook's folder,
papermill in the caller's).

``DETENTIO_ROOT`` overrides the workspace root; tests use it to build a
workspace in a temporary folder.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # lib/detentio (this file is core/paths.py)


# A workspace chosen for the current thread or task (see :func:`using_root`);
# it wins over DETENTIO_ROOT without touching the process environment.
_ROOT_OVERRIDE: ContextVar[str | None] = ContextVar("detentio_root", default=None)


def _find_root() -> Path:
    try:
        cwd = os.getcwd()
    except FileNotFoundError:  # the working directory was removed
        cwd = None
    return _root_for(_ROOT_OVERRIDE.get() or os.environ.get("DETENTIO_ROOT"), cwd)


@contextmanager
def using_root(root: str | Path):
    """Resolve every path against ``root`` inside the block, in this thread only
    (a Dask worker runs tasks of several workspaces side by side)."""
    token = _ROOT_OVERRIDE.set(str(root))
    try:
        yield Path(root)
    finally:
        _ROOT_OVERRIDE.reset(token)


@lru_cache(maxsize=16)
def _root_for(env: str | None, cwd: str | None) -> Path:
    # Cached per (DETENTIO_ROOT, working directory): resolving it walks the file
    # system, and the extraction of every document asks for its data files.
    if env:
        return Path(env).resolve()
    # Editable install: lib/detentio/ -> the workspace is two levels up.
    candidate = _PACKAGE_DIR.parent.parent
    if (candidate / "pyproject.toml").exists() and (candidate / "data").is_dir():
        return candidate
    # A non-editable install: fall back to the working directory or its parents.
    here = Path(cwd or ".").resolve()
    for folder in (here, *here.parents):
        if (folder / "data" / "sources").is_dir():
            return folder
    return here


def root() -> Path:
    """The workspace root (follows DETENTIO_ROOT and the working directory when they change)."""
    return _find_root()


@lru_cache(maxsize=64)
def _under(base: Path, *parts: str) -> Path:
    # Every extraction of a document asks for its data files: join once per root.
    return base.joinpath(*parts)


def data() -> Path:
    return _under(root(), "data")


def sources() -> Path:
    return _under(root(), "data", "sources")


def manifest() -> Path:
    return _under(root(), "data", "MANIFEST")


def codebook() -> Path:
    return _under(root(), "data", "codebook.yml")


def actors() -> Path:
    return _under(root(), "data", "actors.yml")


def instruments() -> Path:
    return _under(root(), "data", "instruments.yml")


def events() -> Path:
    return _under(root(), "data", "events.csv")


def corrections() -> Path:
    """``data/corrections.csv``: the reviewer's decisions on mentions and claims."""
    return _under(root(), "data", "corrections.csv")


def lexicon() -> Path:
    """``data/lexicon.yml``: the word lists of the speaker rules and claim shapes."""
    return _under(root(), "data", "lexicon.yml")


def boilerplate_rules() -> Path:
    return _under(root(), "data", "boilerplate.yml")


def notebooks() -> Path:
    return root() / "notebooks"


def reports() -> Path:
    return root() / "reports"


def runs() -> Path:
    return root() / "runs.yml"


def package_dir() -> Path:
    """The installed package folder (templates and CSS live here)."""
    return _PACKAGE_DIR


def relative(path: Path) -> str:
    """A path as shown to people: relative to the workspace, else to the working directory.

    A link is named as the link (``data/sources/x.md``), not as the file it leads to.
    """
    cwd = Path.cwd().resolve()
    # realpath, not Path.resolve: a loop of links is a name to show, not an error.
    for candidate in (Path(os.path.abspath(path)), Path(os.path.realpath(path))):
        for base in (root(), cwd):
            try:
                return candidate.relative_to(base).as_posix()
            except ValueError:
                continue
    return os.path.realpath(path)


def stamp(path: str | Path) -> tuple[str, int, int] | None:
    """``(path, modification time in ns, size)`` of a data file, or None if it is
    missing: the key for caches that must notice an edited codebook (one system
    call; the size catches two edits within one tick of a coarse clock)."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return str(path), stat.st_mtime_ns, stat.st_size
