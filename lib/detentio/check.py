"""``detentio check``: validate every input and list each problem on one line.

Each validator is named by ``module:function`` and imported only when run,
so checking stays fast and free of pandas where it can. A validator returns a
list of :class:`~detentio.core.problems.Problem`; an exception from a loader that
carries problems (:class:`DetentioError`) counts as those problems.
"""
from __future__ import annotations

from importlib import import_module

from detentio.core.problems import DetentioError, Problem
from detentio.corpus.sources import iter_sources

# (what is checked, "module:function"); each function takes no arguments.
VALIDATORS: list[tuple[str, str]] = [
    ("manifest", "detentio.corpus.manifest:check"),
    ("codebook", "detentio.framing.codebook:check"),
    ("actors", "detentio.framing.actors:check"),
    ("lexicon", "detentio.framing.lexicon:check"),
    ("instruments", "detentio.law.data:check_instruments"),
    ("events", "detentio.law.data:check_events"),
    ("codebook provisions", "detentio.law.data:check_codebook_links"),
    ("runs.yml and notebook parameters", "detentio.publish.runs:check"),
]


def check_sources(paths=None) -> list[Problem]:
    """Every source readable, valid and with a unique id; all problems, not just the first."""
    problems: list[Problem] = []
    for _ in iter_sources(paths, problems):
        pass
    return problems


def run(paths=None) -> list[Problem]:
    """All problems in the sources (``paths``, default data/sources) and the workspace data.

    The manifest and workspace validators run only for the default corpus:
    files outside ``data/`` have no manifest entry to drift from.
    """
    try:
        problems = check_sources(paths)
    except DetentioError as exc:  # e.g. a path that does not exist
        return exc.problems
    if paths:
        return problems
    for _what, target in VALIDATORS:
        module, _, function = target.partition(":")
        try:
            problems.extend(getattr(import_module(module), function)())
        except DetentioError as exc:
            problems.extend(exc.problems)
    return problems
