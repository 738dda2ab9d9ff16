"""Direct quotations: where they open and close, and which one encloses which.

>>> from detentio.framing.speakers import quotes
>>> quotes('He said "we will return them" today.')
[Quote(start=8, end=28, kind='double', closed=True)]
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from detentio.corpus import sentences as splitter
from detentio.framing.speakers.grammar import CLOSE_CONTEXT as _CLOSE_CONTEXT, OPEN_CONTEXT as _OPEN_CONTEXT


@dataclass(frozen=True)
class Quote:
    """A direct quotation: ``body[start:end]`` includes its quotation marks."""

    start: int
    end: int
    kind: str                  # "double" | "single"
    closed: bool = True


def paragraph_index(paragraphs: list, offset: int, starts: list[int] | None = None) -> int:
    """Index of the paragraph holding ``offset`` (the first one for an offset before any)."""
    starts = [p.start for p in paragraphs] if starts is None else starts
    return max(0, bisect.bisect_right(starts, offset) - 1)


def quotes(text: str, paragraphs: list | None = None) -> list[Quote]:
    """Every direct quotation in ``text``, double and single, in order of start.

    Double quotes pair by context (curly marks say which side they are; a
    straight one is an opener after a space and a closer before one), so a
    quotation may open curly and close straight. A quotation left open at the
    end of a paragraph runs on: it closes where the next closer is, or, when
    the next paragraph reopens with a new opening mark (the newspaper
    convention), at the end of the paragraph before it. Single quotes are
    quotations only when a matching closer follows in the same paragraph, so
    apostrophes ("hasn't", "Artsakh’s") never open one.
    """
    paragraphs = list(splitter.paragraphs(text)) if paragraphs is None else paragraphs
    if not paragraphs:
        return []
    found: list[Quote] = []
    starts = [p.start for p in paragraphs]
    open_at: int | None = None
    for match in re.finditer("[\"\u201c\u201d\u00ab\u00bb\u201e]", text):
        pos, mark = match.start(), match.group()
        prev = text[pos - 1] if pos else "\n"
        nxt = text[pos + 1] if pos + 1 < len(text) else "\n"
        if mark in "\u201c\u00ab\u201e":
            side = "open"
        elif mark in "\u201d\u00bb":
            side = "close"
        else:
            opener = (prev.isspace() or prev in _OPEN_CONTEXT) and not nxt.isspace()
            closer = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_CONTEXT)
            side = "open" if opener and not closer else "close" if closer and not opener else \
                ("close" if open_at is not None else "open")
        if side == "open":
            if open_at is not None:
                here, there = paragraph_index(paragraphs, pos, starts), paragraph_index(paragraphs, open_at, starts)
                end = paragraphs[here - 1].end if here > there else pos
                found.append(Quote(open_at, end, "double", closed=False))
            open_at = pos
        elif open_at is not None:
            found.append(Quote(open_at, pos + 1, "double"))
            open_at = None
    if open_at is not None:
        found.append(Quote(open_at, paragraphs[paragraph_index(paragraphs, open_at, starts)].end, "double",
                           closed=False))
    for para in paragraphs:
        single_at = None
        for match in re.finditer("['\u2018\u2019]", text[para.start:para.end]):
            pos, mark = para.start + match.start(), match.group()
            prev = text[pos - 1] if pos > para.start else " "
            nxt = text[pos + 1] if pos + 1 < para.end else " "
            if prev.isalnum() and nxt.isalnum():
                continue  # an apostrophe inside a word
            # (an opening curly mark may open on a stop: an amendment inserts "‘; notes that ...’" or "‘, whether ...’")
            opener = (prev.isspace() or prev in "([\"\u201c—–") and (nxt.isalnum() or nxt in "\u2026."
                                                                    or mark == "\u2018" and nxt in ";,:")
            closer = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_CONTEXT or nxt in "\"\u201d")
            if single_at is None:
                if mark != "\u2019" and opener:
                    single_at = pos
            elif mark != "\u2018" and closer:
                found.append(Quote(single_at, pos + 1, "single"))
                single_at = None
    return sorted(found, key=lambda q: (q.start, -q.end))



def enclosing(found: list[Quote]) -> list[int | None]:
    """For each quotation, the index of the quotation that encloses it (a quote in a quote), or None."""
    outer: list[int | None] = []
    stack: list[int] = []
    for index, q in enumerate(found):  # a stack sweep over quotations in order of start
        while stack and found[stack[-1]].end < q.end:
            stack.pop()
        outer.append(stack[-1] if stack and found[stack[-1]].start < q.start else None)
        stack.append(index)
    return outer
