"""Running headers, footers and page numbers of a PDF: found, to be marked (never deleted).

No PDF library separates a page's chrome from its text, so this is done here
by two plain rules on the blocks the layout analysis gives:

- a block in the top or bottom band of a page that repeats, digits aside, in
  the same band on at least half of the pages (and on two pages or more) is a
  running header or footer ("ARMENIA v. AZERBAIJAN (ORDER 7 XII 21)");
- a block in a band that is only a page number ("4", "- 4 -", "Page 4 of 12",
  "4/12") is a page number, even on a one-page document.
"""
from __future__ import annotations

import math
import re
from collections import Counter

from detentio.corpus.ingest.pages import Block, Page

BAND = 0.15  # the top and bottom 15% of a page hold its chrome
PAGE_NUMBER = re.compile(r"[\s\-\u2010-\u2015\u2212\[\]()|.]*(?:page\s+|p\.\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?"
                         r"[\s\-\u2010-\u2015\u2212\[\]()|.]*", re.IGNORECASE)


def _band(block: Block, page: Page) -> str | None:
    middle = (block.top + block.bottom) / 2
    if middle <= page.height * BAND:
        return "top"
    if middle >= page.height * (1 - BAND):
        return "bottom"
    return None


def _shape(text: str) -> str:
    """The text with its numbers blanked: the same footer on every page, whatever the page number."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def find(pages: list[Page]) -> set[tuple[int, int]]:
    """``(page index, block index)`` of every chrome block."""
    seen: Counter = Counter()
    for page in pages:
        for band, shape in {(_band(b, page), _shape(b.text)) for b in page.blocks if _band(b, page)}:
            seen[band, shape] += 1
    needed = max(2, math.ceil(len(pages) / 2))
    found = set()
    for p, page in enumerate(pages):
        for b, block in enumerate(page.blocks):
            band = _band(block, page)
            if band is None:
                continue
            if PAGE_NUMBER.fullmatch(block.text) or seen[band, _shape(block.text)] >= needed:
                found.add((p, b))
    return found
