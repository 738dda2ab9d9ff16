"""``data/MANIFEST``: the sha256 of every source file and of every original in
``data/raw/``, in ``sha256sum`` format.

Sources are never edited after ingest; the manifest makes an edit visible.
``sha256sum -c MANIFEST`` run inside ``data/`` checks it without Python.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from detentio.core import atomic, paths
from detentio.core.problems import DetentioError, Problem, shown
from detentio.corpus.sources import source_files


def read(path: Path | None = None) -> tuple[dict[str, str], list[Problem]]:
    """``{relative path: sha256}`` from the manifest, and any malformed lines."""
    path = Path(path or paths.manifest())
    entries: dict[str, str] = {}
    problems: list[Problem] = []
    if not path.exists():
        return entries, [Problem(shown(path), "manifest is missing (run `detentio manifest` to write it)")]
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            problems.append(Problem(shown(path), "expected '<sha256>  <path>'", number))
            continue
        entries[name.strip()] = digest
    return entries, problems


# A name the manifest cannot hold on one line (sha256sum would escape it, and
# `sha256sum -c` users would then read a name that is not the file's).
_UNLISTABLE = re.compile(r"[\x00-\x1f\x7f\\]")


def raw_files() -> list[Path]:
    """The originals ``detentio add`` keeps in ``data/raw/`` (hidden files, i.e. unfinished copies, skipped)."""
    folder = paths.data() / "raw"
    if not folder.is_dir():
        return []
    return sorted(f for f in folder.iterdir() if f.is_file() and not f.name.startswith("."))


def _name(file: Path, data: Path) -> str:
    """A file's name in the manifest: its path below data/, as found (a link keeps its name)."""
    return Path(os.path.abspath(file)).relative_to(data).as_posix()


def current(folder: Path | None = None, problems: list[Problem] | None = None,
            files: list[Path] | None = None) -> dict[str, str]:
    """``{path relative to data/: sha256}`` for the source files (and the originals in
    ``data/raw/``) as they are now; or for the ``files`` given."""
    data = Path(os.path.abspath(paths.data()))
    if files is None:
        files = source_files([folder or paths.sources()], problems) + ([] if folder else raw_files())
    return {_name(f, data): hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


def _write(entries: dict[str, str], path: Path) -> Path:
    """The manifest, atomically; a file name it cannot hold on one line (a line break, a
    control character, a backslash) is an error naming the file."""
    bad = [Problem(f"data/{name}", "file name holds a line break, a control character or a backslash; "
                                   "rename it") for name in sorted(entries) if _UNLISTABLE.search(name)]
    if bad:
        raise DetentioError(bad)
    lines = [f"{digest}  {name}" for name, digest in sorted(entries.items())]
    atomic.write_text(path, "# sha256 of every source file; check with `detentio check` or `sha256sum -c MANIFEST`\n"
                      + "\n".join(lines) + "\n")
    return path


def write(path: Path | None = None) -> Path:
    """Record the current hashes (atomically: a temp file renamed over the old one)."""
    return _write(current(), Path(path or paths.manifest()))


def record(entries: dict[str, str], path: Path | None = None) -> Path:
    """Add ``{path relative to data/: sha256}`` to the manifest and leave every other
    line as it was (an edited source stays visible to ``check``), atomically."""
    path = Path(path or paths.manifest())
    recorded, _ = read(path) if path.exists() else ({}, [])
    return _write({**recorded, **entries}, path)


def check(files: list[Path] | None = None) -> list[Problem]:
    """Sources changed, added or removed without the manifest being updated.

    With ``files`` (some sources below data/, as ``detentio check PATH`` names
    them) only those are compared with their entries."""
    recorded, problems = read()
    if not paths.manifest().exists():
        return problems
    now = current(problems=[], files=files)  # links not followed: reported by the source check
    if files is not None:
        wanted = {_name(f, Path(os.path.abspath(paths.data()))) for f in files}
        recorded = {name: digest for name, digest in recorded.items() if name in wanted}
    where = shown(paths.manifest())
    for name, digest in sorted(now.items()):
        if name not in recorded:
            problems.append(Problem(f"data/{name}", f"not in {where} (new source? run `detentio manifest`)"))
        elif recorded[name] != digest:
            problems.append(Problem(f"data/{name}", f"changed since ingest: sha256 {digest[:12]}... "
                                                    f"differs from {where} ({recorded[name][:12]}...); "
                                                    "sources are never edited - restore it or add a new source"))
    for name in sorted(set(recorded) - set(now)):
        problems.append(Problem(where, f"lists data/{name}, which no longer exists"))
    return problems


def check_originals() -> list[Problem]:
    """Each added source's original is in data/raw/ with the hash its front matter records."""
    from detentio.corpus.sources import iter_sources

    problems = []
    for source in iter_sources(None, []):
        origin = source.get("derived_from")
        if not origin:
            continue
        path = paths.data() / origin
        if not path.is_file():
            problems.append(Problem(shown(source.path), f"its original data/{origin} is missing", "derived_from"))
        elif hashlib.sha256(path.read_bytes()).hexdigest() != source.get("derived_sha256"):
            problems.append(Problem(shown(source.path), f"its original data/{origin} no longer has the sha256 "
                                                        "recorded in derived_sha256", "derived_sha256"))
    return problems
