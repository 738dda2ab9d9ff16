"""The article of a saved web page, and its metadata, with trafilatura.

trafilatura was chosen over readability-lxml and jusText on the test pages
(docs/ingest.md has the figures): it kept every paragraph of the article and
nothing else (navigation, scripts, ads, share bars, related links, comments),
and it alone reads the metadata (title, byline, date, site name, canonical
address from meta tags and JSON-LD).

The page is parsed once by lxml with the network off and entities left
unresolved; nothing is ever fetched. What trafilatura does not say is read
here from the same tree: the language (``<html lang>``) and the precision of
the date (a JSON-LD ``datePublished`` of ``2025-03`` is a month, which
trafilatura turns into ``2025-03-01``).
"""
from __future__ import annotations

import datetime as dt
import json
import re

from detentio.core.calendar import MONTH_NAMES as MONTHS
from detentio.corpus.ingest.pdf import Unreadable

MIN_WORDS = 10  # an article has at least one paragraph this long; a section front has only headlines
_DATE_KEYS = ("datePublished", "dateCreated")
_META_DATES = ("article:published_time", "og:article:published_time", "date", "dc.date", "dc.date.issued",
               "dcterms.issued", "dcterms.created", "pubdate", "publish-date", "sailthru.date")
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])")


def parse(data: bytes):
    """An lxml tree of the page: no network, no entity expansion, comments dropped."""
    import lxml.html

    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                  default_doctype=False, huge_tree=False)
    try:
        tree = lxml.html.document_fromstring(data, parser=parser)
    except Exception as exc:  # lxml raises ParserError or ValueError on what is not a document
        raise Unreadable(f"not a readable HTML page ({exc})") from None
    return tree


def _ld_objects(tree) -> list[dict]:
    found = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                stack.extend(v for k, v in item.items() if k == "@graph")
    return found


def declared_date(tree) -> str | None:
    """The publication date as the page's structured metadata writes it (JSON-LD, meta tags, <time>)."""
    for item in _ld_objects(tree):
        for key in _DATE_KEYS:
            if isinstance(item.get(key), str):
                return item[key].strip()
    for name in _META_DATES:
        for node in tree.xpath(f'//meta[@property="{name}" or @name="{name}" or @itemprop="{name}"]'):
            if node.get("content", "").strip():
                return node.get("content").strip()
    for node in tree.xpath('//time[@itemprop="datePublished" or @pubdate]'):
        if node.get("datetime", "").strip():
            return node.get("datetime").strip()
    return None


def _printed(date: dt.date, text: str) -> bool:
    """Whether the page prints that day in one of the common forms ("27 May, 2021", "May 27, 2021", "27.05.2021")."""
    month = MONTHS[date.month - 1]
    forms = (rf"\b0?{date.day}(?:st|nd|rd|th)?\s+{month},?\s+{date.year}\b",
             rf"\b{month}\s+0?{date.day}(?:st|nd|rd|th)?,?\s+{date.year}\b",
             rf"\b0?{date.day}[./]0?{date.month}[./]{date.year}\b", rf"\b{date.isoformat()}\b")
    return any(re.search(form, text, re.IGNORECASE) for form in forms)


def date_and_precision(declared: str | None, found: str | None, page_text: str) -> tuple[str | None, str | None]:
    """``(published, date_precision)``: the declared date at the precision it is written;
    else trafilatura's date, ``day`` when the page prints that day, otherwise ``approximate``."""
    match = _ISO.match(declared or "")
    if match:
        year, month, day = match.groups()
        if day:
            return f"{year}-{month}-{day}", "day"
        if month:
            return f"{year}-{month}", "month"
        return year, "year"
    if not found:
        return None, None
    try:
        date = dt.date.fromisoformat(found)
    except ValueError:
        return None, None
    return date.isoformat(), "day" if _printed(date, page_text) else "approximate"


def read(data: bytes) -> tuple[list[str], dict]:
    """``(lines, metadata)``: the headline then each paragraph of the article."""
    import trafilatura

    tree = parse(data)
    language = (tree.get("lang") or "").strip() or None
    declared = declared_date(tree)
    page_text = " ".join(tree.text_content().split())
    result = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=True,
                                         favor_precision=True, deduplicate=False)
    text = getattr(result, "text", None) or ""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    title = (getattr(result, "title", None) or "").strip() or None
    if title and lines and lines[0] == title:
        lines = lines[1:]
    if not any(len(line.split()) >= MIN_WORDS for line in lines):
        raise Unreadable("no article text found: the page holds only navigation, lists or short lines "
                         "(a section front, a search or a login page?); save the article's own page")
    published, precision = date_and_precision(declared, getattr(result, "date", None), page_text)
    meta = {"title": title, "author": getattr(result, "author", None), "outlet": getattr(result, "sitename", None),
            "published": published, "date_precision": precision, "language": language,
            "url": getattr(result, "url", None)}
    return ([title] if title else []) + lines, meta


def version() -> str:
    from importlib.metadata import version as installed

    return f"trafilatura {installed('trafilatura')}"
