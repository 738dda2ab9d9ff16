"""The timed methods. Each streams one corpus folder and counts what it finds.

    python benchmarks/methods.py METHOD FOLDER [LIMIT]   # prints one JSON line

run.py starts every method in a fresh interpreter, so imports, caches and
peak memory (``ru_maxrss``) belong to that method alone. All methods read the
files the same way (``detentio.corpus.sources.iter_sources``, one file in memory at
a time), so the differences between them are the extraction.

Timing has two parts: ``setup`` (imports, compiling matchers, starting a
cluster) and ``run`` (the pass over the corpus); throughput uses ``run``.
``LIMIT`` stops after that many documents (the naive baseline needs it at
100k: its cost per document is constant, so a sample measures its rate).
"""
from __future__ import annotations

import itertools
import json
import os
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # baselines.py, when run as a script

LABELS = {
    "read": "read only (iter_sources)",
    "detentio": "detentio mentions + claims",
    "match": "detentio match_text",
    "spacy": "spaCy PhraseMatcher",
    "naive": "naive regex per phrase",
    "dask": "detentio on Dask (2 processes)",
}


class Clock:
    """Wall and CPU time of the setup and of the run."""

    def __init__(self):
        self.t0, self.c0 = time.perf_counter(), time.process_time()
        self.t1 = self.c1 = None

    def setup_done(self):
        self.t1, self.c1 = time.perf_counter(), time.process_time()

    def result(self) -> dict:
        t2, c2 = time.perf_counter(), time.process_time()
        return {"setup_s": self.t1 - self.t0, "wall_s": t2 - self.t1, "cpu_s": c2 - self.c1}


def _sources(folder, limit):
    from detentio.corpus.sources import iter_sources

    return itertools.islice(iter_sources([folder]), limit)


def _bodies(folder, limit):
    for source in _sources(folder, limit):
        yield source.body


def read(folder, clock, limit=None):
    clock.setup_done()
    docs = 0
    for _ in _sources(folder, limit):
        docs += 1
    return docs, 0


def detentio_full(folder, clock, limit=None):
    """Everything ``detentio mentions`` and ``detentio claims`` compute, per document."""
    from detentio import claims, codebook, mentions

    codebook.matcher()
    clock.setup_done()
    docs = found = 0
    for source in _sources(folder, limit):
        found += len(mentions.extract_source(source)) + len(claims.extract_source(source))
        docs += 1
    return docs, found


def match(folder, clock, limit=None):
    """Only the code-level matching: the same work the two baselines do."""
    from detentio import codebook, mentions

    matcher = codebook.matcher()
    clock.setup_done()
    docs = found = 0
    for body in _bodies(folder, limit):
        found += len(mentions.match_text(body, matcher))
        docs += 1
    return docs, found


def spacy(folder, clock, limit=None):
    from baselines import SpacyMatcher

    return _baseline(SpacyMatcher, folder, clock, limit)


def naive(folder, clock, limit=None):
    from baselines import NaiveMatcher

    return _baseline(NaiveMatcher, folder, clock, limit)


def _baseline(matcher_class, folder, clock, limit):
    """A baseline matcher built over every codebook phrase (setup), then piped over the bodies."""
    from detentio import codebook

    matcher = matcher_class(codebook.phrases(ignored=True))
    clock.setup_done()
    docs = found = 0
    for spans in matcher.pipe(_bodies(folder, limit)):
        found += len(spans)
        docs += 1
    return docs, found


def _warm_worker():
    """Import the engine and compile its matchers, as the serial methods' setup does."""
    from detentio import claims, mentions

    text = "Pashinyan said that 3 POWs were released."
    return len(mentions.extract(text, source="warm-up")) + len(claims.extract(text, source="warm-up"))


def dask(folder, clock, limit=None, workers: int = 2):
    """detentio_full on a local Dask cluster; cluster start-up and warm-up count as setup."""
    from distributed import Client

    from detentio import scale
    from detentio.corpus.sources import source_files

    files = source_files([folder])[:limit]
    with scale.local_cluster(workers) as cluster:
        with Client(cluster) as client:
            client.run(_warm_worker)
        clock.setup_done()
        tables = scale.extract(files, scheduler=cluster.scheduler_address)
    return len(files), sum(len(t) for t in tables.values())


METHODS = {"read": read, "detentio": detentio_full, "match": match, "spacy": spacy,
           "naive": naive, "dask": dask}


def measure(method: str, folder: str | Path, limit: int | None = None) -> dict:
    """Run one method over ``folder``; times, counts and this process's peak memory."""
    clock = Clock()
    docs, found = METHODS[method](Path(folder), clock, limit)
    row = {"method": method, "docs": docs, "found": found, **clock.result()}
    usage = resource.getrusage(resource.RUSAGE_SELF)
    row["peak_rss_mb"] = usage.ru_maxrss / 1024  # Linux reports KiB
    row["load"] = os.getloadavg()[0]
    row["library"] = str(Path(sys.modules["detentio"].__file__).parent)  # the snapshot, in run.py
    return row


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else None)))
