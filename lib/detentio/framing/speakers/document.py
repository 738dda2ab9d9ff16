"""The document model the speaker rules read: built once per body.

>>> doc = Document.build(body, published="2021-07-07", boilerplate=spans)
>>> doc.paragraphs, doc.sentences, doc.quotes   # the structure, with offsets into ``body``
>>> doc.quote_at(offset), doc.in_chrome(offset) # where an offset lies
>>> doc.cues                                    # reporting verbs and who each names (see cues.py)

Everything a rule asks about the text is answered here, from indexes built
once, so a rule is only the decision it makes.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from detentio.corpus import sentences as splitter
from detentio.framing.speakers.grammar import NOTED_HEAD
from detentio.framing.speakers.names import Namer
from detentio.framing.speakers.quotations import Quote, enclosing, paragraph_index, quotes
from detentio.framing.speakers.vocabulary import Vocabulary


@dataclass
class Document:
    """One body: paragraphs, sentences ``(paragraph, start, end)``, quotations and their nesting,
    page chrome, the names and titles found (:attr:`namer`) and the reporting cues."""

    text: str
    published: object
    registry: object
    words: Vocabulary
    paragraphs: list
    sentences: list[tuple[int, int, int]]
    quotes: list[Quote]
    chrome: list[tuple[int, int]]
    outer: list[int | None] = field(default_factory=list)
    cues: list = field(default_factory=list)   # cues.Cue, filled by the cue stage
    layout: object = None                      # layout.Layout, set by the layout stage (rules.genre.structure)

    @classmethod
    def build(cls, text: str, *, published, registry, words: Vocabulary, boilerplate=()) -> "Document":
        paragraphs = list(splitter.paragraphs(text))
        found = quotes(text, paragraphs)
        return cls(text, published, registry, words, paragraphs,
                   [(p, s.start, s.end) for p, s in splitter.split(text)], found,
                   sorted((s, e) for s, e, *_ in boilerplate), enclosing(found))

    def __post_init__(self):
        self._para_starts = [p.start for p in self.paragraphs]
        self._sentence_starts = [s for _, s, _ in self.sentences]
        self._chrome_starts = [s for s, _ in self.chrome]
        self.quote_starts = [q.start for q in self.quotes]

    @cached_property
    def namer(self) -> Namer:
        return Namer(self.text, self.published, self.registry, self.words)

    def para_of(self, offset: int) -> int:
        return paragraph_index(self.paragraphs, offset, self._para_starts)

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def in_chrome(self, offset: int) -> bool:
        """Whether ``offset`` lies in page chrome (a menu, a byline, a repeated headline)."""
        i = bisect.bisect_right(self._chrome_starts, offset) - 1
        return i >= 0 and offset < self.chrome[i][1]

    def chrome_holds(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one page-chrome span."""
        i = bisect.bisect_right(self._chrome_starts, start) - 1
        return i >= 0 and end <= self.chrome[i][1]

    def quote_at(self, offset: int) -> int | None:
        """Index of the innermost quotation whose text contains ``offset``."""
        index = bisect.bisect_left(self.quote_starts, offset) - 1
        while index is not None and index >= 0:
            q = self.quotes[index]
            if q.start < offset < q.end:
                return index
            index = self.outer[index]  # only a quotation enclosing this one can still contain it
        return None

    @cached_property
    def sentences_in(self) -> dict[int, list[int]]:
        """Paragraph -> indexes of its sentences."""
        found: dict[int, list[int]] = {}
        for i, (para, _, _) in enumerate(self.sentences):
            found.setdefault(para, []).append(i)
        return found

    @cached_property
    def quotes_in(self) -> dict[int, list[int]]:
        """Paragraph -> indexes of the quotations that open in it."""
        found: dict[int, list[int]] = {}
        for qi, q in enumerate(self.quotes):
            found.setdefault(self.para_of(q.start), []).append(qi)
        return found

    @cached_property
    def noted(self) -> bool:
        """Whether the body is an observer's notes: two lines or more open with a time and whom the note reports
        ("15:19 Armenia (Deputy Foreign Minister). Said that ..."), so that a bare time opens an entry too."""
        return sum(1 for _ in zip(range(2), _NOTED_LINE.finditer(self.text))) == 2

    @cached_property
    def body_paragraphs(self) -> list[int]:
        """Indexes of the paragraphs that are not page chrome; the first is the headline."""
        return [i for i, p in enumerate(self.paragraphs) if not self.in_chrome(p.start)]

    @property
    def top_cues(self) -> list:
        """The cues outside quotations (the document's own reporting)."""
        return [c for c in self.cues if c.quote is None]


# A line opening with a time and whom an observer's note reports.
_NOTED_LINE = re.compile(rf"(?m)^[ \t]*\d{{1,2}}:\d{{2}}[ \t]+{NOTED_HEAD}")
