"""The corpus as pandas tables: documents, sentences, boilerplate spans.

>>> from detentio import corpus
>>> c = corpus.load()
>>> c.documents[["id", "outlet", "published", "date_precision"]]
>>> c.sentences.head()   # source, index, paragraph, start, end, text, boilerplate, page, para

Every offset is a Python ``str`` index into the body as stored, so
``c.text(source)[start:end] == text`` for every row of every table.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd

from detentio.corpus import boilerplate as chrome
from detentio.corpus import layout as layouts
from detentio.corpus import sentences as splitter
from detentio.core.problems import DetentioError, Problem
from detentio.corpus.sources import Source, iter_sources, parse_published

DOCUMENT_COLUMNS = [
    "id", "title", "outlet", "published", "date_precision", "date_granularity",
    "published_text", "kind", "language", "author", "url", "accessed", "notes",
    "path", "format", "sha256", "body_sha256", "chars", "paragraphs", "sentences",
    "boilerplate_chars",
]
# page: 1-based page (empty for sources without pages); para: the paragraph
# number the document prints (empty where it numbers none): detentio.layout.
SENTENCE_COLUMNS = ["source", "index", "paragraph", "start", "end", "text", "boilerplate", "page", "para"]
BOILERPLATE_COLUMNS = ["source", "start", "end", "text", "rule"]


@dataclass
class Corpus:
    """The loaded corpus. ``documents`` and ``sentences`` are the two main tables."""

    documents: pd.DataFrame
    sentences: pd.DataFrame
    boilerplate: pd.DataFrame
    texts: dict[str, str] = field(repr=False, default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    layouts: dict[str, layouts.Layout] = field(repr=False, default_factory=dict)

    def text(self, source: str) -> str:
        """The body of one source, exactly as stored."""
        try:
            return self.texts[source]
        except KeyError:
            raise KeyError(f"no source with id {source!r} in this corpus") from None

    def span(self, source: str, start: int, end: int) -> str:
        return self.text(source)[start:end]

    def verify(self, source: str, start: int, end: int, expected: str) -> None:
        """Raise when ``expected`` is not exactly the text at ``source[start:end]``."""
        found = self.span(source, start, end)
        if found != expected:
            raise DetentioError(Problem(
                source, f"quote does not match the source at {start}-{end}: "
                        f"expected {expected!r}, the source has {found!r}"))

    def sentence_of(self, source: str, offset: int) -> int:
        """The index of the sentence containing ``offset`` (or the nearest before it)."""
        rows = self.sentences[self.sentences["source"] == source]
        before = rows[rows["start"] <= offset]
        if before.empty:
            raise KeyError(f"offset {offset} precedes every sentence of {source!r}")
        return int(before["index"].iloc[-1])

    def layout(self, source: str) -> layouts.Layout:
        """Pages, numbered paragraphs and page chrome of one source (empty when it has none)."""
        self.text(source)  # the same KeyError for an unknown id
        return self.layouts.get(source, layouts.NONE)

    def locate(self, source: str, offset: int) -> tuple[int | None, int | None]:
        """``(page, para)`` of the text at ``offset``: the pinpoint a lawyer cites."""
        found = self.layout(source)
        return found.page_at(offset), found.para_at(offset)

    def __iter__(self):
        # `documents, sentences = corpus.load()` reads naturally in a notebook.
        return iter((self.documents, self.sentences))

    def _repr_html_(self) -> str:
        return (f"<p><b>Corpus</b>: {len(self.documents)} sources, "
                f"{len(self.sentences)} sentences, {len(self.boilerplate)} boilerplate spans"
                f"{', %d problems' % len(self.problems) if self.problems else ''}</p>"
                + self.documents[["id", "title", "outlet", "published", "date_precision", "kind"]]
                .to_html(index=False, escape=True))


def document_row(source: Source) -> dict:
    """The documents-table row for one source (metadata typed)."""
    meta = source.meta
    published, granularity, published_text = pd.NaT, None, None
    if meta.get("published") not in (None, ""):
        date, granularity = parse_published(meta["published"], str(meta["date_precision"]))
        published = pd.Timestamp(date)
        published_text = str(meta["published"])
    return {
        "id": source.id,
        "title": meta.get("title"),
        "outlet": meta.get("outlet"),
        "published": published,
        "date_precision": meta.get("date_precision"),
        "date_granularity": granularity,
        "published_text": published_text,
        "kind": meta.get("kind"),
        "language": meta.get("language"),
        "author": meta.get("author"),
        "url": meta.get("url"),
        "accessed": str(meta["accessed"]) if meta.get("accessed") else None,
        "notes": meta.get("notes"),
        "path": str(source.path),
        "format": source.format,
    }


def sentence_rows(source: Source, spans: list[tuple[int, int, str]],
                  layout: layouts.Layout = layouts.NONE) -> list[dict]:
    """One row per sentence; ``boilerplate`` is True when the sentence lies in a chrome span;
    ``page`` and ``para`` come from the source's layout (None without one)."""
    body = source.body
    # Chrome spans come in text order and never overlap (one per line), so the only
    # span that can hold a sentence is the last one starting at or before it: a
    # bisection keeps pages full of chrome linear instead of sentences x spans.
    starts = [s for s, _, _ in spans]
    rows = []
    for index, (paragraph, (start, end)) in enumerate(splitter.split(body)):
        at = bisect_right(starts, start) - 1
        rows.append({
            "source": source.id, "index": index, "paragraph": paragraph,
            "start": start, "end": end, "text": body[start:end],
            "boilerplate": at >= 0 and end <= spans[at][1],
            "page": layout.page_at(start), "para": layout.para_at(start),
        })
    return rows


def from_sources(sources: Iterable[Source], problems: list[Problem] | None = None) -> Corpus:
    """Build the tables from already-read sources."""
    documents, sentences, spans_rows, texts = [], [], [], {}
    found_layouts = {}
    for source in sources:
        layout = layouts.of(source.meta)
        spans = layouts.merge(chrome.spans(source.body), layout)
        rows = sentence_rows(source, spans, layout)
        if layout:
            found_layouts[source.id] = layout
        doc = document_row(source)
        doc.update(
            sha256=source.sha256, body_sha256=source.body_sha256, chars=len(source.body),
            paragraphs=(rows[-1]["paragraph"] + 1) if rows else 0, sentences=len(rows),
            boilerplate_chars=sum(e - s for s, e, _ in spans),
        )
        documents.append(doc)
        sentences.extend(rows)
        spans_rows.extend({"source": source.id, "start": s, "end": e,
                           "text": source.body[s:e], "rule": r} for s, e, r in spans)
        texts[source.id] = source.body
    docs = pd.DataFrame(documents, columns=DOCUMENT_COLUMNS)
    docs["published"] = pd.to_datetime(docs["published"])
    for column in ("chars", "paragraphs", "sentences", "boilerplate_chars"):
        docs[column] = docs[column].astype("int64")
    sents = pd.DataFrame(sentences, columns=SENTENCE_COLUMNS)
    for column in ("index", "paragraph", "start", "end"):
        sents[column] = sents[column].astype("int64")
    sents["boilerplate"] = sents["boilerplate"].astype(bool)
    for column in ("page", "para"):
        sents[column] = sents[column].astype("Int64")
    return Corpus(docs, sents, pd.DataFrame(spans_rows, columns=BOILERPLATE_COLUMNS),
                  texts, list(problems or []), found_layouts)


def load(paths: Iterable[str | Path] | str | Path | None = None, *, strict: bool = True) -> Corpus:
    """Load sources (files or folders; default ``data/sources``) into a :class:`Corpus`.

    ``strict=True`` raises :class:`DetentioError` on the first bad file.
    ``strict=False`` skips bad files and lists them in ``corpus.problems``,
    so that every problem can be reported at once.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    problems: list[Problem] | None = None if strict else []
    return from_sources(list(iter_sources(paths, problems)), problems)


def documents(paths=None) -> pd.DataFrame:
    """Shortcut: the documents table of :func:`load`."""
    return load(paths).documents


def sentences(paths=None) -> pd.DataFrame:
    """Shortcut: the sentences table of :func:`load`."""
    return load(paths).sentences
