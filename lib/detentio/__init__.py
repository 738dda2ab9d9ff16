"""detentio: how detained people are named in the sources, traced to the text.

The package is built in layers, each a subpackage that imports only the
layers below it (the contract in ``pyproject.toml`` is checked by the tests)::

    core/      paths, problems, the data-file reader and its cache
    corpus/    sources, sentences, page chrome, layout (pages), manifest, ingest (``detentio add``), ``corpus.load()``
    framing/   codebook and matcher, actors, speakers, mentions, claims, corrections, kwic, scale, evaluate
    law/       instruments, provisions and events as data; OSCOLA citations
    analyses/  survey, labels, affiliation, clause, counts, qualify, review, agreement (DataFrames, never HTML)
    publish/   report fragments, notes, params, runs, render, execute, provenance, build
    check.py, cli.py   validation of every input; the command line (the only module that prints)

``from detentio import corpus, mentions, labels, ...`` keeps working: the
names below resolve to their module on first use, so the command line starts
without pandas.
"""
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("detentio")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

# Short name -> module. The old flat names (compare, trace, ledger, lawdata,
# publish) stay as aliases so that notebooks written before the layers still run.
MODULES = {
    "paths": "core.paths", "problems": "core.problems", "datafile": "core.datafile",
    "corpus": "corpus", "sources": "corpus.sources", "sentences": "corpus.sentences",
    "boilerplate": "corpus.boilerplate", "manifest": "corpus.manifest", "layout": "corpus.layout",
    "ingest": "corpus.ingest",
    "codebook": "framing.codebook", "trie": "framing.trie", "actors": "framing.actors",
    "speakers": "framing.speakers", "mentions": "framing.mentions", "claims": "framing.claims",
    "kwic": "framing.kwic", "scale": "framing.scale", "evaluate": "framing.evaluate",
    "corrections": "framing.corrections", "review": "analyses.review", "agreement": "analyses.agreement",
    "reviewed": "publish.reviewed",
    "law": "law", "lawdata": "law.data", "cite": "law.cite", "shortcite": "law.shortcite",
    "readings": "law.readings", "basis": "law.basis",
    "survey": "analyses.survey", "labels": "analyses.labels", "affiliation": "analyses.affiliation",
    "compare": "analyses.labels", "clause": "analyses.clause", "trace": "analyses.clause",
    "counts": "analyses.counts", "ledger": "analyses.counts", "qualify": "analyses.qualify",
    "report": "publish.report", "notes": "publish.notes", "params": "publish.params",
    "runs": "publish.runs", "render": "publish.render", "build": "publish.build",
    "provenance": "publish.provenance", "publish": "publish", "citations": "publish.citations",
    "check": "check", "cli": "cli",
}


def __getattr__(name):
    # `from detentio import corpus` works without importing every module up front.
    if name in MODULES:
        return import_module(f"{__name__}.{MODULES[name]}")
    raise AttributeError(f"module 'detentio' has no attribute {name!r}")


def __dir__():
    return sorted([*globals(), *MODULES])
