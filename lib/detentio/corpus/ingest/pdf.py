"""Text and metadata of a PDF, page by page, with pdfminer.six.

pdfminer.six was chosen over pypdf and poppler's pdftotext on the test
documents (docs/ingest.md has the figures): its layout analysis keeps
running headers and page numbers (pypdf dropped the ones WeasyPrint prints in
the page margins), separates paragraphs into blocks, and gives each line's
position, which the chrome and paragraph rules need. Runs of spaces it leaves
in justified lines are collapsed to one here.

Runs inside :mod:`detentio.ingest.sandbox` (bounded memory and time); returns
plain data. Raises :class:`Unreadable` with a message a person can act on.
"""
from __future__ import annotations

import re
from pathlib import Path

from detentio.corpus.ingest.pages import Block, Line, Page

MAX_PAGES = 2000


class Unreadable(Exception):
    """The file cannot be made into a source; the message says why and what to do."""


def _text(value) -> str | None:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    value = resolve1(value)
    if isinstance(value, bytes):
        value = decode_text(value)
    if not isinstance(value, str):
        return None
    value = " ".join(value.replace("\x00", "").split())
    return value or None


def _date(value: str | None) -> str | None:
    """``D:20211207110000Z`` -> ``2021-12-07`` (the day the PDF was made)."""
    match = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", value or "")
    if not match:
        return None
    year, month, day = match.groups()
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year}-{month}-{day}"


def _metadata(document) -> dict:
    from pdfminer.pdftypes import resolve1

    info = document.info[0] if document.info else {}
    catalog = resolve1(document.catalog) or {}
    return {"title": _text(info.get("Title")), "author": _text(info.get("Author")),
            "created": _date(_text(info.get("CreationDate"))), "language": _text(catalog.get("Lang"))}


def _lines(box) -> list[Line]:
    from pdfminer.layout import LTTextLine

    found = []
    for item in box:
        if isinstance(item, LTTextLine):
            text = " ".join(item.get_text().split())
            if text:
                found.append(Line(text, round(item.x0, 1), round(item.x1, 1)))
    return found


def _images(item) -> int:
    from pdfminer.layout import LTFigure, LTImage

    if isinstance(item, LTImage):
        return 1
    if isinstance(item, LTFigure):
        return sum(_images(child) for child in item)
    return 0


def _page(number: int, layout) -> Page:
    from pdfminer.layout import LTTextBox

    page = Page(number, round(layout.height, 1), round(layout.width, 1))
    for item in layout:
        if isinstance(item, LTTextBox):
            lines = _lines(item)
            if lines:
                page.blocks.append(Block(lines, round(layout.height - item.y1, 1), round(layout.height - item.y0, 1)))
        else:
            page.images += _images(item)
    return page


def read(path: str | Path) -> tuple[list[Page], dict]:
    """``(pages, metadata)`` of the PDF at ``path``."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError
    from pdfminer.psexceptions import PSException

    with open(path, "rb") as handle:
        try:
            document = PDFDocument(PDFParser(handle))
        except (PDFPasswordIncorrect, PDFEncryptionError):
            raise Unreadable("the PDF is encrypted and needs a password: save an unlocked copy "
                             "(e.g. print it to PDF) and add that") from None
        except (PDFSyntaxError, PSException) as exc:
            raise Unreadable(f"not a readable PDF ({exc})") from None
        meta = _metadata(document)
        manager = PDFResourceManager(caching=True)
        device = PDFPageAggregator(manager, laparams=LAParams())
        interpreter = PDFPageInterpreter(manager, device)
        pages = []
        for number, pdf_page in enumerate(PDFPage.create_pages(document), 1):
            if number > MAX_PAGES:
                raise Unreadable(f"more than {MAX_PAGES} pages: split the document and add the parts")
            interpreter.process_page(pdf_page)
            pages.append(_page(number, device.get_result()))
    if not pages:
        raise Unreadable("the PDF has no pages")
    if not any(page.blocks for page in pages):
        if any(page.images for page in pages):
            raise Unreadable("the PDF has no text layer, only images (a scan?): it needs OCR, which detentio "
                             "does not do; run OCR (e.g. ocrmypdf with Debian's tesseract) and add the result")
        raise Unreadable("the PDF has no text")
    return pages, meta


def version() -> str:
    from importlib.metadata import version as installed

    return f"pdfminer.six {installed('pdfminer.six')}"
