"""What a report was made from: input hashes (the build cache key) and the provenance record.

A run is rebuilt only when the hash of everything that can change its output
changes: the notebook, its parameters and formats, the sources, the library
code (with templates and CSS) and the reference data in ``data/``. The git
commit is recorded but is not part of the key: committing unchanged files
should not rebuild anything.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import platform
import subprocess
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from detentio.core import paths, walk

# Packages whose versions can change what a report shows.
PACKAGES = ("detentio", "pandas", "matplotlib", "papermill", "nbconvert", "nbformat", "ipykernel",
            "weasyprint", "mistune", "beautifulsoup4", "pyyaml")
LIBRARY_SUFFIXES = (".py", ".j2", ".css", ".json", ".yml", ".yaml")
DATA_SUFFIXES = (".yml", ".yaml", ".csv")


@lru_cache(maxsize=4096)
def _file_sha256(path: str, size: int, mtime_ns: int) -> str:
    # Keyed by size and mtime so one build hashes each shared file once.
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def file_sha256(path: Path) -> str:
    """The sha256 of one file's bytes."""
    stat = path.stat()
    return _file_sha256(str(path), stat.st_size, stat.st_mtime_ns)


def _files_under(folder: Path, suffixes: tuple[str, ...] | None = None) -> list[Path]:
    # The walk of the corpus reader and the manifest (links followed alike), so a
    # source in a linked folder is in the key as it is in the corpus.
    accept = None if suffixes is None else (lambda name: name.endswith(suffixes))
    return [folder.joinpath(*parts) for parts in walk.files_below(folder, accept, skip=("__pycache__",))]


def label(path: Path) -> str:
    """How an input is named in the hash and in provenance.json."""
    path = Path(os.path.abspath(path))
    # Library files first, so they read "detentio/..." whether or not the package lies inside the workspace.
    for base, prefix in ((paths.package_dir(), "detentio/"), (paths.root().resolve(), "")):
        try:
            return prefix + path.relative_to(base).as_posix()
        except ValueError:
            continue
    return str(path)


def parameter_paths(parameters: dict) -> list[Path]:
    """Files and folders named by text parameters (e.g. ``sources: tests/fixtures/sources``).

    Relative names are resolved against the workspace root; names that are not
    existing paths are ordinary text (dates, labels) and are ignored.
    """
    found = []
    root, reports = paths.root().resolve(), paths.reports().resolve()
    for value in parameters.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item.strip() and "\n" not in item and len(item) < 1024:
                candidate = Path(item) if Path(item).is_absolute() else paths.root() / item
                candidate = candidate.resolve()
                # The whole workspace (".") or the build output would make every build a new key.
                if candidate.exists() and candidate not in (root, *root.parents) \
                        and reports not in (candidate, *candidate.parents):
                    found.append(candidate)
    return found


def input_files(notebook: Path, parameters: dict) -> list[Path]:
    """Every file whose content can change a run's report."""
    files = [Path(notebook)]
    if paths.sources().is_dir():
        files += _files_under(paths.sources())
    if paths.data().is_dir():
        files += sorted(p for p in paths.data().iterdir() if p.is_file() and p.suffix in DATA_SUFFIXES)
    files += _files_under(paths.package_dir(), LIBRARY_SUFFIXES)
    for named in parameter_paths(parameters):
        files += _files_under(named) if named.is_dir() else [named]
    # Keyed by the path as found (a link keeps its own name in provenance.json);
    # a file reached twice under two names is hashed twice, which costs nothing.
    unique = {Path(os.path.abspath(p)): None for p in files}
    return list(unique)


def inputs(notebook: Path, parameters: dict) -> dict[str, str]:
    """``{label: sha256}`` of every input file of a run."""
    return {label(p): file_sha256(p) for p in input_files(notebook, parameters)}


def input_hash(hashes: dict[str, str], parameters: dict, formats) -> str:
    """The cache key: one sha256 over the input hashes, the parameters and the formats."""
    payload = json.dumps({"inputs": hashes, "parameters": parameters, "formats": list(formats)},
                         sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def git_state(root: Path | None = None) -> dict:
    """``{"commit": sha or None, "dirty": bool or None}`` of the workspace's git checkout."""
    root = Path(root or paths.root())

    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            return None
        return done.stdout if done.returncode == 0 else None

    commit = git("rev-parse", "HEAD")
    if commit is None:
        return {"commit": None, "dirty": None}
    status = git("status", "--porcelain", "--untracked-files=no")
    return {"commit": commit.strip(), "dirty": bool(status.strip()) if status is not None else None}


def package_versions() -> dict[str, str | None]:
    """Versions of the packages that shape a report, plus Python itself."""
    found: dict[str, str | None] = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = None
    return found


def now() -> str:
    """The current time, UTC, to the second, ISO 8601."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
