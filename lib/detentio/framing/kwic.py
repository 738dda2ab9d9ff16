"""Keyword in context: every occurrence of a code or a phrase, with its offsets.

>>> from detentio import kwic
>>> kwic.kwic("prisoner_of_war")          # a code id: its mentions (longest match, no chrome)
>>> kwic.kwic("held in custody", width=40)  # a phrase: case-insensitive, hyphen/space and quotes alike

Columns (contract): ``source, start, end, sentence, left, match, right``, then
``code``, ``speaker`` and ``negated``. ``match == body[start:end]``;
``left``/``right`` are the ``width`` characters around it, with line breaks
shown as spaces so a row reads on one line (their lengths, and so the offsets,
are unchanged). A phrase found inside a codebook mention takes that mention's
``code`` and ``negated``; elsewhere ``code`` is empty and ``negated`` is read
as for a label (a negation cue, then only filler words, before the phrase).
"""
from __future__ import annotations

import re
from typing import Iterable

from detentio.framing import codebook as codebook_module
from detentio.corpus import sentences as splitter
from detentio.framing import speakers as speaker_rules
from detentio.framing.mentions import _documents, _index
from detentio.core.problems import DetentioError, Problem

COLUMNS = ["source", "start", "end", "sentence", "left", "match", "right"]
EXTRA_COLUMNS = ["code", "speaker", "negated"]


def _flat(text: str) -> str:
    return re.sub(r"[\r\n\t]", " ", text)


def phrase_pattern(term: str) -> re.Pattern:
    """A literal phrase as the codebook would match it (case-insensitive, word-bounded)."""
    words = term.strip()
    if not words:
        raise DetentioError(Problem("kwic", "empty search term"))
    return re.compile(rf"(?<!\w){codebook_module.phrase_regex(words)}(?!\w)", re.IGNORECASE)


def _row(source: str, body: str, start: int, end: int, sentence: int, width: int, code, speaker,
         negated: bool) -> dict:
    return {"source": source, "start": start, "end": end, "sentence": sentence,
            "left": _flat(body[max(0, start - width):start]), "match": body[start:end],
            "right": _flat(body[end:end + width]), "code": code, "speaker": speaker, "negated": negated}


def _phrase_rows(pattern: re.Pattern, source: str, body: str, outlet, published, layout, width: int,
                 book, front: dict) -> list[dict]:
    """One row per occurrence of a phrase, with the code and negation of the mention it falls in."""
    from detentio.framing.mentions import extract, negations

    hits = list(pattern.finditer(body))
    if not hits:
        return []
    bounds = [(s.start, s.end) for _, s in splitter.split(body)]
    starts = [s for s, _ in bounds]
    # the same attribution (page chrome included) as the mentions of this document
    who = speaker_rules.for_document(body, outlet=outlet, source=source, published=published, layout=layout,
                                     **front)
    found = extract(body, source=source, outlet=outlet, published=published, book=book, include_boilerplate=True,
                    layout=layout, front=front)
    rows = []
    for hit in hits:
        start, end = hit.span()
        mention = next((m for m in found if m["start"] < end and start < m["end"]), None)
        if mention is not None:
            code, negated = mention["code"], mention["negated"]
        else:
            code, negated = None, negations(body, [(start, end, None)], {}, bounds)[0]
        rows.append(_row(source, body, start, end, _index(starts, start), width, code,
                         who.at(start).speaker, bool(negated)))
    return rows


def kwic(term: str, corpus=None, width: int = 60, *, paths: Iterable | None = None, codebook=None):
    """Occurrences of ``term`` (a code id of the codebook, or a literal phrase) in context.

    Parameters
    ----------
    term : a code id ("hostage") or any phrase ("all for all").
    corpus : a :class:`~detentio.corpus.loader.Corpus`; else ``paths`` (default ``data/sources``).
    width : characters of context on each side.
    """
    import pandas as pd

    if width < 0:
        raise DetentioError(Problem("kwic", f"width must be 0 or more, got {width}"))
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    book = codebook if isinstance(codebook, codebook_module.Codebook) else codebook_module.load(codebook)
    rows = []
    if term in book.codes:
        from detentio.framing.mentions import extract

        for source, body, outlet, published, layout, front in _documents(corpus, paths, front=True):
            for m in extract(body, source=source, outlet=outlet, published=published, book=book, layout=layout,
                             front=front):
                if m["code"] == term:
                    rows.append(_row(source, body, m["start"], m["end"], m["sentence"], width, term, m["speaker"],
                                     m["negated"]))
    else:
        pattern = phrase_pattern(term)
        for source, body, outlet, published, layout, front in _documents(corpus, paths, front=True):
            rows.extend(_phrase_rows(pattern, source, body, outlet, published, layout, width, book, front))
    table = pd.DataFrame(rows, columns=COLUMNS + EXTRA_COLUMNS)
    for column in ("start", "end", "sentence"):
        table[column] = table[column].astype("int64")
    table["negated"] = table["negated"].astype(bool)
    return table

