"""Printed lines back into paragraphs, with page starts, paragraph numbers and chrome.

Written by hand because no maintained library reflows extracted PDF text
(pdfminer.six groups lines into blocks but leaves every printed line break and
every hyphen a line end made). The rules:

- a block of lines is split into paragraphs where a line starts with a
  paragraph number ("12. "), or where a line is indented, or follows a short
  line ending a sentence;
- lines of a paragraph are joined with one space; a word hyphenated at a line
  end ("provision-" / "al") is rejoined without the hyphen when the next line
  goes on in lower case, unless the document writes that word with a hyphen
  elsewhere on a line ("well-known"); before a capital ("Vice-" / "President")
  the hyphen stays;
- a paragraph whose last line on a page ends without closing punctuation goes
  on at the top of the next page (unless that page starts a numbered
  paragraph); the footer and header printed between stay in the body, after
  the paragraph, each as its own line and marked as chrome of its own page.

The body is one line per paragraph or chrome line. ``pages`` holds the offset
where each page's text begins, ``paras`` the offset and value of each
paragraph number, ``chrome`` the ``[start, end, page]`` of each chrome line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from detentio.corpus.ingest import chrome as page_chrome
from detentio.corpus.ingest.pages import Block, Page

HYPHENS = "-\u2010\u00ad"
_NUMBERED = re.compile(r"(\d{1,4})\.\s")
_CLOSED = re.compile(r"[.!?:;\"'\u201d\u2019)\]]$")
_HYPHENATED = re.compile(r"([^\W\d_]+)[" + HYPHENS + r"]([^\W\d_]+)")
INDENT = 8.0        # points: a first line indented this much starts a paragraph
SHORT_LINE = 0.75   # a line ending a sentence and shorter than this share of the block ends a paragraph


@dataclass
class Reflowed:
    body: str
    pages: list[int] = field(default_factory=list)
    paras: list[list[int]] = field(default_factory=list)
    chrome: list[list[int]] = field(default_factory=list)


def compounds(pages: list[Page]) -> set[str]:
    """Hyphenated words the document writes inside a line ("prisoner-of-war" -> "prisoner-of")."""
    found = set()
    for page in pages:
        for block in page.blocks:
            for line in block.lines:
                for match in _HYPHENATED.finditer(line.text.rstrip(HYPHENS)):
                    found.add(f"{match.group(1)}-{match.group(2)}".lower())
    return found


def join(left: str, right: str, known: set[str]) -> str:
    """Two printed lines as one text: a space, or a hyphenation undone."""
    if not left:
        return right
    if left[-1] in HYPHENS and len(left) > 1 and left[-2].isalpha() and right[:1].isalpha():
        if right[0].islower():
            before = re.search(r"[^\W\d_]+$", left[:-1]).group()
            after = re.match(r"[^\W\d_]+", right).group()
            if left[-1] == "\u00ad" or f"{before}-{after}".lower() not in known:
                return left[:-1] + right
        return left + right  # a hyphen that belongs to the word ("Vice-President")
    return left + " " + right


def paragraphs(block: Block) -> list[list[str]]:
    """The paragraphs of one block, each as its printed lines."""
    if not block.lines:
        return []
    left = min(line.x0 for line in block.lines)
    right = max(line.x1 for line in block.lines)
    found: list[list[str]] = []
    previous = None
    for line in block.lines:
        starts = previous is None or _NUMBERED.match(line.text) or line.x0 - left >= INDENT \
            or (_CLOSED.search(previous.text) and previous.x1 - left < SHORT_LINE * (right - left))
        if starts:
            found.append([line.text])
        else:
            found[-1].append(line.text)
        previous = line
    return found


def _merge_margin_numbers(blocks: list[Block]) -> list[Block]:
    """A paragraph number printed in the margin as its own block goes before the block it numbers."""
    merged: list[Block] = []
    carry = None
    for block in blocks:
        if carry is not None and block.lines:
            first = block.lines[0]
            block = Block([type(first)(f"{carry} {first.text}", first.x0, first.x1)] + block.lines[1:],
                          block.top, block.bottom)
            carry = None
        if len(block.lines) == 1 and re.fullmatch(r"\d{1,4}\.", block.lines[0].text):
            carry = block.lines[0].text
            continue
        merged.append(block)
    return merged


class _Writer:
    """Appends lines to the body and records where pages, numbers and chrome fall."""

    def __init__(self, count: int):
        self.parts: list[str] = []
        self.size = 0
        self.page_starts: list[int | None] = [None] * count
        self.paras: list[list[int]] = []
        self.chrome: list[list[int]] = []
        self.last_number = None

    def _line(self, text: str) -> int:
        if self.parts:
            self.parts.append("\n")
            self.size += 1
        start = self.size
        self.parts.append(text)
        self.size += len(text)
        return start

    def _page_at(self, page: int, offset: int) -> None:
        if self.page_starts[page - 1] is None:
            self.page_starts[page - 1] = offset

    def chrome_line(self, text: str, page: int) -> None:
        start = self._line(text)
        self._page_at(page, start)
        self.chrome.append([start, start + len(text), page])

    def paragraph(self, pieces: list[tuple[int, str]], known: set[str]) -> None:
        """One paragraph from ``(page, text)`` pieces, each piece a printed line."""
        text, marks = "", []
        for page, line in pieces:
            text = join(text, line, known)
            marks.append((page, len(text) - len(line)))  # where this printed line begins
        start = self._line(text)
        for page, at in marks:
            self._page_at(page, start + at)
        self.number(start, text)

    def number(self, start: int, text: str) -> None:
        """Record the paragraph number ``text`` starts with, when it follows the numbers
        before it (a list "1. 2." inside paragraph 45 restarts no numbering)."""
        number = _NUMBERED.match(text)
        if number:
            value = int(number.group(1))
            if self.last_number is None or self.last_number < value <= self.last_number + 10:
                self.paras.append([start, value])
                self.last_number = value

    def result(self) -> Reflowed:
        starts, following = [], self.size
        for value in reversed(self.page_starts):  # a page without text begins where the next one does
            following = value if value is not None else following
            starts.append(following)
        starts.reverse()
        if starts:
            starts[0] = 0
        return Reflowed("".join(self.parts) + "\n", starts, self.paras, self.chrome)


def reflow(pages: list[Page]) -> Reflowed:
    """The body of a PDF from its pages (see the module docstring)."""
    known = compounds(pages)
    marked = page_chrome.find(pages)
    out = _Writer(len(pages))
    open_para: list[tuple[int, str]] | None = None
    waiting: list[tuple[str, int]] = []  # chrome printed while a paragraph runs on

    def close():
        nonlocal open_para
        if open_para:
            out.paragraph(open_para, known)
        open_para = None
        for text, page in waiting:
            out.chrome_line(text, page)
        waiting.clear()

    def chrome_lines(block: Block, number: int):
        for line in block.lines:
            if open_para:
                waiting.append((line.text, number))
            else:
                out.chrome_line(line.text, number)

    for p, page in enumerate(pages):
        first_on_page = True
        blocks = [(b, block) for b, block in enumerate(page.blocks)]
        body_blocks = _merge_margin_numbers([block for b, block in blocks if (p, b) not in marked])
        chrome_blocks = [block for b, block in blocks if (p, b) in marked]
        tops = [block for block in chrome_blocks if block.top < page.height / 2]
        bottoms = [block for block in chrome_blocks if block.top >= page.height / 2]
        for block in tops:
            chrome_lines(block, page.number)
        for block in body_blocks:
            for lines in paragraphs(block):
                runs_on = (first_on_page and open_para and not _CLOSED.search(open_para[-1][1])
                           and not _NUMBERED.match(lines[0]))
                if not runs_on:
                    close()
                    open_para = []
                open_para.extend((page.number, line) for line in lines)
                first_on_page = False
        for block in bottoms:
            chrome_lines(block, page.number)
    close()
    return out.result()


def from_lines(lines: list[tuple[str, bool]]) -> Reflowed:
    """The body of a web page or a Word file: one line per paragraph or heading
    (``(text, is_heading)``), with the paragraph numbers of the non-headings."""
    out = _Writer(0)
    for text, heading in lines:
        start = out._line(text)
        if not heading:
            out.number(start, text)
    return out.result()


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]+")


def clean(text: str) -> str:
    """Extracted text on one line: control characters (a terminal escape, a form feed,
    a line separator) become spaces, runs of white space one space."""
    return " ".join(_CONTROL.sub(" ", text).split())
