"""Mention and claim extraction partitioned on Dask, for corpora of 100k+ sources.

>>> from detentio import scale
>>> m = scale.mentions(["archive/"])                      # a local cluster of processes
>>> m = scale.mentions(["archive/"], scheduler="tcp://10.0.0.5:8786", partitions=64)
>>> tables = scale.extract(["archive/"])                  # {"mentions": ..., "claims": ...}

The result is the table the single-process path gives (``mentions.find``,
``claims.find``): the same rows in the same order. The source files are
listed and sorted once, cut into contiguous partitions, and each partition
is read and extracted by one task calling the same per-document functions
(``extract_source``); the tables come back in partition order. Errors match
too: the first bad file, or a duplicate id across partitions, raises the
same :class:`DetentioError` the single-process path would.

With ``scheduler`` given, the workers of that cluster must see the workspace
and the source files at the same paths as this process (a shared file
system): tasks carry paths, never file contents, so that the driver does not
become the bottleneck.
"""
from __future__ import annotations

import logging
import math
import os
from contextlib import contextmanager
from importlib import import_module
from pathlib import Path
from typing import Iterable

from detentio.core.paths import using_root
from detentio.core.problems import DetentioError, Problem, shown

KINDS = ("mentions", "claims")
FILES_PER_PARTITION = 2000  # bounds the memory of one task's result
TASKS_PER_THREAD = 4  # several tasks per worker thread even out uneven partitions
CONNECT_TIMEOUT = 10  # seconds to reach a scheduler given by address before giving up



@contextmanager
def local_cluster(workers: int | None = None):
    """A ``distributed.LocalCluster`` of single-threaded worker processes on this machine.

    Processes, not threads: extraction is pure Python and holds the GIL.
    """
    from distributed import LocalCluster

    # No dashboard, and the scheduler's health endpoint on a free port: the
    # stock 8787 clashes with any other cluster on the machine.
    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                           processes=True, host="127.0.0.1", dashboard_address=None,
                           scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                           silence_logs=logging.ERROR)
    try:
        yield cluster
    finally:
        cluster.close()


@contextmanager
def _client(scheduler: str | None, workers: int | None):
    from distributed import Client

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, ValueError) as exc:  # unreachable address, or not a Dask address at all
            raise DetentioError(Problem(scheduler, f"cannot reach the Dask scheduler: {exc}")) from None
        with client:
            yield client
        return
    with local_cluster(workers) as cluster, Client(cluster) as client:
        yield client


def partition(files: list, count: int) -> list[list]:
    """Cut ``files`` into ``count`` contiguous, nearly equal parts (order kept, none empty)."""
    count = max(1, min(count, len(files)))
    size, extra = divmod(len(files), count)
    parts, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        parts.append(files[start:end])
        start = end
    return [p for p in parts if p]


def default_partitions(files: int, threads: int) -> int:
    """Enough tasks to keep every thread busy, and none bigger than ``FILES_PER_PARTITION``."""
    return max(1, min(files, max(TASKS_PER_THREAD * threads, math.ceil(files / FILES_PER_PARTITION))))


@contextmanager
def _workspace(root: str):
    """Resolve data/ (codebook, actors, boilerplate rules) in the driver's workspace."""
    if not Path(root).is_dir():
        raise DetentioError(Problem(root, "workspace not found on this Dask worker: workers must see "
                                          "the workspace and the sources at the same paths"))
    with using_root(root):
        yield


def _extract_partition(files: list[str], kinds: tuple[str, ...], root: str, options: dict) -> dict:
    """One task: read ``files`` in order and extract every kind from each source.

    A bad file does not raise here: its problems come back with the ids read
    before it, so that the driver can raise errors in file order.
    """
    from detentio.corpus.sources import iter_sources

    with _workspace(root):
        modules = {kind: import_module(f"detentio.framing.{kind}") for kind in kinds}
        records: dict[str, list[dict]] = {kind: [] for kind in kinds}
        ids: list[tuple[str, str]] = []
        error = None
        try:
            for source in iter_sources(files):
                ids.append((source.id, str(source.path)))
                for kind, module in modules.items():
                    records[kind].extend(module.extract_source(source, **options))
        except DetentioError as exc:
            error = exc.problems
        return {"ids": ids, "error": error,
                "tables": {kind: modules[kind].frame(records[kind]) for kind in kinds}}


def _combine(results: list[dict], kinds: tuple[str, ...]) -> dict:
    """Concatenate partition tables in order, raising the first error in file order."""
    import pandas as pd

    seen: dict[str, str] = {}
    for result in results:
        for source_id, path in result["ids"]:
            if source_id in seen:  # the message iter_sources gives for a duplicate
                raise DetentioError(Problem(
                    shown(path), f"duplicate id {source_id!r} (also used by {shown(seen[source_id])})", "id"))
            seen[source_id] = path
        if result["error"]:
            raise DetentioError(result["error"])
    tables = {}
    for kind in kinds:
        # pop: each partition's frame is released once concatenated, which lowers the peak
        parts = [r["tables"].pop(kind) for r in results]
        filled = [t for t in parts if len(t)] or parts[:1]  # empty frames would loosen dtypes
        tables[kind] = pd.concat(filled, ignore_index=True)
        del parts, filled
    return tables


def extract(paths: Iterable | str | Path | None = None, kinds: Iterable[str] = KINDS, *,
            scheduler: str | None = None, partitions: int | None = None,
            workers: int | None = None, include_boilerplate: bool = False) -> dict:
    """Tables of several kinds in one pass over the files, on Dask.

    Parameters
    ----------
    paths : files or folders of sources (default ``data/sources``)
    kinds : which tables, from ``"mentions"`` and ``"claims"``
    scheduler : address of a running Dask scheduler; default: start a local cluster
    partitions : number of tasks (default: 4 per worker thread, at most 2000 files each)
    workers : processes of the local cluster (default: one per CPU); ignored with ``scheduler``
    include_boilerplate : passed to each ``extract_source``

    Returns
    -------
    dict of kind -> DataFrame, each equal to the module's ``find(paths=paths)``.
    """
    from detentio.core.paths import root
    from detentio.corpus.sources import source_files

    kinds = tuple(kinds)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ValueError(f"unknown kind(s) {unknown}; choose from {', '.join(KINDS)}")
    if partitions is not None and partitions < 1:
        raise ValueError("partitions must be at least 1")
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files = [str(f.resolve()) for f in source_files(paths)]
    if not files:
        return {kind: import_module(f"detentio.framing.{kind}").frame([]) for kind in kinds}
    from detentio.framing import corrections

    corrections.load()  # an invalid corrections file stops here, as on the single-process path
    # corrected: the workers apply data/corrections.csv, so the tables equal find()'s
    options = {"include_boilerplate": include_boilerplate, "corrected": True}
    with _client(scheduler, workers) as client:
        threads = sum(client.nthreads().values()) or 1
        chunks = partition(files, partitions or default_partitions(len(files), threads))
        futures = client.map(_extract_partition, chunks, kinds=kinds, root=str(root()),
                             options=options, pure=False)
        results = client.gather(futures)
    return _combine(results, kinds)


def mentions(paths=None, *, scheduler: str | None = None, partitions: int | None = None,
             workers: int | None = None, include_boilerplate: bool = False):
    """``mentions.find(paths=paths)``, computed on Dask (see :func:`extract`)."""
    return extract(paths, ("mentions",), scheduler=scheduler, partitions=partitions, workers=workers,
                   include_boilerplate=include_boilerplate)["mentions"]


def claims(paths=None, *, scheduler: str | None = None, partitions: int | None = None,
           workers: int | None = None, include_boilerplate: bool = False):
    """``claims.find(paths=paths)``, computed on Dask (see :func:`extract`)."""
    return extract(paths, ("claims",), scheduler=scheduler, partitions=partitions, workers=workers,
                   include_boilerplate=include_boilerplate)["claims"]

