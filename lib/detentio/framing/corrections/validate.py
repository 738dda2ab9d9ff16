"""``detentio check`` on ``data/corrections.csv``: every decision against the sources and the engine.

>>> problems()      # [Problem('data/corrections.csv', "text 'captives' no longer matches ...", 7), ...]
>>> warnings()      # redundant decisions, checked items the engine now gives differently

A problem (check fails): the file does not read (:mod:`.read`), an unknown
source, a span out of range, words at the span that are no longer the row's
``text`` (the source was edited), a speaker id not in ``data/actors.yml``
(a person or body not in the registry is written by name, with a capital),
a code not in the codebook, no item at the span to decide on, two rows
deciding the same thing differently.

A warning (check passes): a decision equal to the engine's own output is
redundant (the engine has caught up; the decision does no harm and keeps
holding if the rules change again), a checked item whose values the engine
now gives differently (it returns to the review queue), a claim field the
engine does not produce yet.
"""
from __future__ import annotations

import re
from importlib import import_module

from detentio.core import paths
from detentio.core.problems import DetentioError, Problem, shown
from detentio.framing.corrections.read import SNAPSHOT, Correction, read

_ID = re.compile(r"[a-z0-9_.:-]+")  # how an actor id is written; a name has capitals or spaces


def _bodies(rows: list[Correction]) -> dict:
    """The sources the rows name, read from data/sources: id -> Source."""
    from detentio.corpus.sources import iter_sources

    wanted = {r.source for r in rows}
    return {s.id: s for s in iter_sources(None, []) if s.id in wanted}


def engine(source, kind: str) -> dict[tuple[int, int], dict]:
    """The engine's own records (no corrections) of one source, by span."""
    module = import_module(f"detentio.framing.{kind}")
    return {(r["start"], r["end"]): r for r in module.extract_source(source, corrected=False)}


def _speaker_problem(value: str, registry) -> str | None:
    if not value or value.startswith("outlet:") or not _ID.fullmatch(value) or value in registry:
        return None
    return (f"speaker {value!r} is not an actor id of data/actors.yml (a person or body not in the "
            "registry is written by name, as the text gives it: 'Lilit Avetisyan')")


def _row_problems(row: Correction, sources: dict, registry, codes, found: dict, adds: set) -> list[str]:
    """What is wrong with one row against its source, the registry, the codebook and the engine."""
    source = sources.get(row.source)
    if source is None:
        return [f"unknown source {row.source!r} (not in data/sources)"]
    body = source.body
    if row.end > len(body):
        return [f"span {row.start}-{row.end} is out of range: {row.source} has {len(body)} characters"]
    if body[row.start:row.end] != row.text:
        return [f"text {row.text!r} no longer matches {row.source} at {row.start}-{row.end}, which reads "
                f"{body[row.start:row.end]!r} (the source was edited): correct the row or remove it"]
    out = []
    if row.name == "speaker":
        out += [p for p in [_speaker_problem(row.value.strip(), registry)] if p]
    if (row.field in ("code", "add")) and row.value.strip() not in codes:
        out.append(f"unknown code {row.value.strip()!r} (codes: data/codebook.yml)")
    if row.name != "add" and row.key[1:] not in found[row.kind, row.source] and (row.kind, row.key) not in adds:
        item = "mention" if row.kind == "mentions" else "claim"
        out.append(f"no {item} at {row.start}-{row.end} ({row.text!r}) to decide on: the engine found none "
                   f"there (to add one, use field {'add' if item == 'mention' else 'claim.add'})")
    return out


def _conflicts(rows: list[Correction]) -> list[Problem]:
    """Two rows deciding the same field of the same item differently."""
    where = shown(paths.corrections())
    first: dict[tuple, Correction] = {}
    out = []
    for row in rows:
        if row.name in ("checked", "drop"):
            continue
        key = (row.kind, row.key, row.name)
        if key in first and first[key].typed != row.typed:
            other = first[key]
            out.append(Problem(where, f"decides {row.field} of {row.text!r} as {row.value!r}, but line "
                                      f"{other.line} decides {other.value!r}: keep one", row.line))
        first.setdefault(key, row)
    return out


def _rows():
    try:
        return read(), []
    except DetentioError as exc:
        return None, exc.problems


def problems() -> list[Problem]:
    """Every problem of the workspace's corrections file, one line each (``detentio check``)."""
    from detentio.framing import actors, codebook

    rows, found_problems = _rows()
    if not rows:
        return found_problems
    where = shown(paths.corrections())
    sources = _bodies(rows)
    registry, codes = actors.load(), set(codebook.load().codes)
    found = {(kind, s): engine(sources[s], kind) if s in sources else {}
             for kind in ("mentions", "claims") for s in {r.source for r in rows}}
    adds = {(r.kind, r.key) for r in rows if r.name == "add"}
    out = []
    for row in rows:
        out += [Problem(where, message, row.line)
                for message in _row_problems(row, sources, registry, codes, found, adds)]
    return out + _conflicts(rows)


def _redundant(row: Correction, record: dict | None) -> str | None:
    if record is None:
        return None
    if row.name == "add":
        return f"redundant: the engine already finds {row.text!r} at {row.start}-{row.end}"
    if row.name == "checked":
        now = {k: _shown(record.get(k)) for k in SNAPSHOT[row.kind]}
        changed = [f"{k} was {v!r}, is now {now[k]!r}" for k, v in row.typed.items() if now.get(k) != v]
        return ("the engine's output changed since this item was checked (" + "; ".join(changed)
                + "): it is back in the review queue") if changed else None
    if row.name in ("status", "side") and row.name not in record:
        return f"claims have no {row.name} column yet: this decision is kept and applied once they do"
    if row.name != "drop" and record.get(row.name) == row.typed:
        return f"redundant: the engine already gives {row.name} {row.value!r} here"
    return None


def _shown(value) -> str:
    """A value as a snapshot writes it (``false``, ``19``, ``""`` for no speaker)."""
    if isinstance(value, bool):
        return str(value).lower()
    return "" if value is None else str(value)


def warnings() -> list[Problem]:
    """Decisions that do nothing now, and checked items the engine now gives differently."""
    rows, found_problems = _rows()
    if not rows or found_problems:
        return []
    where = shown(paths.corrections())
    sources = _bodies(rows)
    out = []
    cache: dict = {}
    for row in rows:
        source = sources.get(row.source)
        if source is None or source.body[row.start:row.end] != row.text:
            continue
        if (row.kind, row.source) not in cache:
            cache[row.kind, row.source] = engine(source, row.kind)
        message = _redundant(row, cache[row.kind, row.source].get(row.key[1:]))
        if message:
            out.append(Problem(where, message, row.line))
    return out
