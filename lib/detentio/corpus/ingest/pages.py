"""The printed page as the PDF extractor sees it: blocks of lines with their place.

Plain data, so that the extraction can run in a child process with bounded
resources (:mod:`detentio.ingest.sandbox`) and come back as JSON.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Line:
    text: str
    x0: float = 0.0      # left edge (points), to see an indented first line
    x1: float = 0.0      # right edge, to see a short last line


@dataclass
class Block:
    """A run of lines the layout analysis kept together (a paragraph, a header...)."""

    lines: list[Line]
    top: float = 0.0     # distance from the top of the page (points)
    bottom: float = 0.0

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


@dataclass
class Page:
    number: int
    height: float
    width: float
    blocks: list[Block] = field(default_factory=list)
    images: int = 0      # pictures on the page: a page of pictures and no text is a scan


def to_json(pages: list[Page]) -> list[dict]:
    return [asdict(page) for page in pages]


def from_json(data: list[dict]) -> list[Page]:
    return [Page(p["number"], p["height"], p["width"],
                 [Block([Line(**line) for line in b["lines"]], b["top"], b["bottom"]) for b in p["blocks"]],
                 p["images"]) for p in data]
