"""``detentio check``: validate every input and list each problem on one line.

Each validator is named by ``module:function`` and imported only when run,
so checking stays fast and free of pandas where it can. A validator returns a
list of :class:`~detentio.core.problems.Problem`; an exception from a loader that
carries problems (:class:`DetentioError`) counts as those problems.
"""
from __future__ import annotations

import os
from importlib import import_module
from pathlib import Path

from detentio.core import walk
from detentio.core.problems import DetentioError, Problem
from detentio.corpus.sources import SUFFIXES, iter_sources, source_files

# (what is checked, "module:function"); each function takes no arguments.
VALIDATORS: list[tuple[str, str]] = [
    ("manifest", "detentio.corpus.manifest:check"),
    ("originals of added sources", "detentio.corpus.manifest:check_originals"),
    ("codebook", "detentio.framing.codebook:check"),
    ("actors", "detentio.framing.actors:check"),
    ("lexicon", "detentio.framing.lexicon:check"),
    ("instruments", "detentio.law.data:check_instruments"),
    ("events", "detentio.law.data:check_events"),
    ("codebook provisions", "detentio.law.data:check_codebook_links"),
    ("readings", "detentio.law.readings:check"),
    ("legal bases", "detentio.law.basis:check"),
    ("runs.yml and notebook parameters", "detentio.publish.runs:check"),
    ("corrections", "detentio.framing.corrections.validate:problems"),
]


def check_sources(paths=None) -> list[Problem]:
    """Every source readable, valid and with a unique id; all problems, not just the first.
    Files in the folders that are not sources are problems too: nothing is left out silently."""
    problems: list[Problem] = []
    for _ in iter_sources(paths, problems):
        pass
    return not_sources(paths) + problems


def not_sources(paths=None) -> list[Problem]:
    """Every file below the source folders that is not read as a source (hidden files and
    README.md aside), each with what to do with it."""
    from detentio.corpus.ingest.add import printable
    from detentio.corpus.ingest.sniff import KINDS
    from detentio.core.paths import sources
    from detentio.core.problems import shown

    folders = [Path(p) for p in paths or [sources()] if Path(p).is_dir()]
    found = []
    for folder in folders:
        # The walk of the corpus reader (links alike; theirs are reported by the source check).
        for parts in walk.files_below(folder, lambda name: not name.endswith(SUFFIXES)
                                      and name.lower() != "readme.md", []):
            path = folder.joinpath(*parts)
            if path.suffix.lower() in KINDS:
                advice = (f"run `detentio add {printable(shown(path))}` to make it a source "
                          "(the original is kept in data/raw/), then remove it from here")
            else:
                advice = f"sources are .md or .txt files; `detentio add` reads {', '.join(sorted(KINDS))}"
            found.append(Problem(printable(shown(path)), f"not read as a source: {advice}"))
    return found


def warnings(paths=None) -> list[Problem]:
    """What does not stop the corpus from loading but leaves a source out of a report:
    every source without a publication date (date-filtered reports leave it out); and, for
    the workspace's own corpus, the corrections that are redundant or whose item changed."""
    undated = []
    try:
        for source in iter_sources(paths, []):
            if source.meta.get("published") in (None, ""):
                undated.append(Problem(printable_path(source.path), "no publication date: every date-filtered "
                                       "report leaves this source out (give it 'published' and 'date_precision' "
                                       "in front matter; a .txt becomes a .md, see README)"))
    except DetentioError:
        return []
    if paths:
        return undated
    from detentio.framing.corrections import validate

    return undated + validate.warnings()  # redundant decisions: they do no harm, so check passes


def printable_path(path) -> str:
    from detentio.corpus.ingest.add import printable
    from detentio.core.problems import shown

    return printable(shown(path))


def _is_default_corpus(paths) -> bool:
    """Whether ``paths`` name exactly the workspace's data/sources (``detentio check data/sources``)."""
    from detentio.core.paths import sources

    return len(paths) == 1 and os.path.realpath(paths[0]) == os.path.realpath(sources())


def _in_manifest(paths) -> list[Path]:
    """The source files among ``paths`` that data/MANIFEST records (those below data/)."""
    from detentio.core.paths import data

    base = os.path.realpath(data()) + os.sep
    return [f for f in source_files(paths, []) if os.path.realpath(f.parent).startswith(base)]


def run(paths=None) -> list[Problem]:
    """All problems in the sources (``paths``, default data/sources) and the workspace data.

    ``detentio check data/sources`` is ``detentio check``. For other paths the
    sources are checked, and those below ``data/`` against the manifest as
    well: the same file gets the same verdict however it is named. The other
    validators (codebook, law data, runs) belong to the whole workspace and run
    without paths.
    """
    paths = list(paths or [])
    if paths and _is_default_corpus(paths):
        paths = []
    try:
        problems = check_sources(paths or None)
    except DetentioError as exc:  # e.g. a path that does not exist
        return exc.problems
    if paths:
        from detentio.corpus.manifest import check as check_manifest

        listed = _in_manifest(paths)
        return problems + (check_manifest(listed) if listed else [])
    for _what, target in VALIDATORS:
        module, _, function = target.partition(":")
        try:
            problems.extend(getattr(import_module(module), function)())
        except DetentioError as exc:
            problems.extend(exc.problems)
    return problems
