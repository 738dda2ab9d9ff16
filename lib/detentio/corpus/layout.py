"""Where a derived source's pages begin, which paragraphs the document numbers,
and which lines are page chrome: read from its front matter, checked against its body.

``detentio add`` writes three fields when it turns a PDF (or a Word file) into
a source; every value is an offset into the body as stored:

- ``pages: [0, 1812, 3630]`` - the offset where each page's text begins
  (page 1 first). A paragraph that runs over a page break is kept whole, so a
  page may begin inside a paragraph.
- ``paras: [[57, 1], [402, 2]]`` - the offset of each paragraph number the
  document prints, and the number ("98." in a court order), in text order.
- ``page_chrome: [[0, 38, 1], [1790, 1795, 1]]`` - ``[start, end, page]`` of
  each running header, footer and page number: kept in the body, marked as
  boilerplate, counted on the page it was printed on.

Sources without these fields have no pages (``page`` is empty). No pandas here.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

FIELDS = ("pages", "paras", "page_chrome")
CHROME_RULE = "page_chrome"


@dataclass(frozen=True)
class Layout:
    """The page starts, numbered paragraphs and page chrome of one body."""

    pages: tuple[int, ...] = ()
    paras: tuple[tuple[int, int], ...] = ()
    chrome: tuple[tuple[int, int, int], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.pages or self.paras or self.chrome)

    def page_at(self, offset: int) -> int | None:
        """The 1-based page of the text at ``offset`` (a chrome line's own page), or None."""
        if not self.pages:
            return None
        span = self.chrome_at(offset)
        if span is not None:
            return span[2]
        return max(1, bisect.bisect_right(self.pages, offset))

    def para_at(self, offset: int) -> int | None:
        """The number of the numbered paragraph holding ``offset``: the last one
        begun at or before it; None before the first or on a chrome line."""
        if not self.paras or self.chrome_at(offset) is not None:
            return None
        i = bisect.bisect_right(self._para_starts, offset) - 1
        return self.paras[i][1] if i >= 0 else None

    @cached_property
    def _para_starts(self) -> list[int]:
        return [start for start, _ in self.paras]

    @cached_property
    def _chrome_starts(self) -> list[int]:
        return [start for start, _, _ in self.chrome]

    def chrome_at(self, offset: int) -> tuple[int, int, int] | None:
        """The ``(start, end, page)`` chrome line holding ``offset``, or None."""
        i = bisect.bisect_right(self._chrome_starts, offset) - 1
        if i >= 0 and offset < self.chrome[i][1]:
            return self.chrome[i]
        return None

    def chrome_spans(self) -> tuple[tuple[int, int, str], ...]:
        """``(start, end, rule)`` spans, in the shape :func:`detentio.corpus.boilerplate.spans` gives."""
        return tuple((start, end, CHROME_RULE) for start, end, _ in self.chrome)


NONE = Layout()


def of(meta: dict) -> Layout:
    """The layout a source's front matter records (assumed valid: see :func:`problems`)."""
    if not any(meta.get(name) for name in FIELDS):
        return NONE
    return Layout(tuple(int(p) for p in meta.get("pages") or ()),
                  tuple((int(s), int(n)) for s, n in meta.get("paras") or ()),
                  tuple((int(s), int(e), int(p)) for s, e, p in meta.get("page_chrome") or ()))


def merge(rule_spans: list[tuple[int, int, str]], layout: Layout) -> list[tuple[int, int, str]]:
    """Chrome found by the rules of ``data/boilerplate.yml`` and chrome recorded at
    ingest, in text order; a line both mark is kept once, as recorded."""
    if not layout.chrome:
        return rule_spans
    recorded = layout.chrome_spans()
    taken = {(s, e) for s, e, _ in recorded}
    return sorted(list(recorded) + [span for span in rule_spans if (span[0], span[1]) not in taken])


def _ints(value, width: int) -> bool:
    if width == 1:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, list) and len(value) == width and all(_ints(v, 1) for v in value)


def problems(meta: dict, body: str) -> list[tuple[str, str]]:
    """``(message, field)`` for each layout field that does not fit ``body``."""
    found: list[tuple[str, str]] = []
    size = len(body)
    pages = meta.get("pages")
    if pages is not None:
        if not isinstance(pages, list) or not pages or not all(_ints(p, 1) for p in pages):
            found.append(("pages must be a list of body offsets, e.g. [0, 1812]", "pages"))
            pages = None
        elif pages[0] != 0 or any(b <= a for a, b in zip(pages, pages[1:])) or pages[-1] > size:
            found.append((f"pages must start at 0 and increase within the body ({size} characters)", "pages"))
            pages = None
    paras = meta.get("paras")
    if paras is not None:
        if not isinstance(paras, list) or not all(_ints(p, 2) for p in paras):
            found.append(("paras must be a list of [offset, number] pairs", "paras"))
        else:
            starts = [s for s, _ in paras]
            for start, number in paras:
                if not 0 <= start < size or not body.startswith(str(number), start):
                    found.append((f"paras: the body has no paragraph number {number} at offset {start}", "paras"))
                    break
            else:
                if starts != sorted(set(starts)):
                    found.append(("paras must be in text order", "paras"))
    chrome = meta.get("page_chrome")
    if chrome is not None:
        if not isinstance(chrome, list) or not all(_ints(c, 3) for c in chrome):
            found.append(("page_chrome must be a list of [start, end, page] triples", "page_chrome"))
        elif pages is None:
            found.append(("page_chrome needs pages", "page_chrome"))
        else:
            previous = 0
            for start, end, page in chrome:
                if not previous <= start < end <= size or not 1 <= page <= len(pages):
                    found.append((f"page_chrome [{start}, {end}, {page}] is outside the body, out of order "
                                  f"or on no page", "page_chrome"))
                    break
                previous = end
    return found
