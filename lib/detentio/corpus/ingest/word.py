"""Paragraphs, headings, tables and footnotes of a Word (.docx) file, with python-docx.

python-docx reads paragraphs, runs, tables and the core properties; it has no
footnote API, so the footnotes part is read here from its XML (with
python-docx's own parser, which resolves no entities). A footnote reference
becomes ``[n]`` in the text, and the notes follow the body under "Notes",
numbered as Word numbers them: in the order they are first cited.
"""
from __future__ import annotations

from detentio.corpus.ingest.pdf import Unreadable

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraph_text(paragraph, numbers: dict[str, int]) -> str:
    """The paragraph's text with each footnote reference as ``[n]``."""
    parts = []
    for element in paragraph._p.iter():
        tag = element.tag
        if tag == f"{_W}t":
            parts.append(element.text or "")
        elif tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
            parts.append(" ")
        elif tag == f"{_W}footnoteReference":
            note = element.get(f"{_W}id")
            numbers.setdefault(note, len(numbers) + 1)
            parts.append(f"[{numbers[note]}]")
    return " ".join("".join(parts).split())


def _blocks(document):
    """Paragraphs and table cells' paragraphs in document order, with whether each is a heading."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            style = (item.style.name if item.style is not None else "") or ""
            yield item, style.startswith(("Heading", "Title"))
        elif isinstance(item, Table):
            for row in item.rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        yield paragraph, False


def _footnotes(document) -> dict[str, str]:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    try:
        part = document.part.part_related_by(RT.FOOTNOTES)
    except KeyError:
        return {}
    notes = {}
    for note in parse_xml(part.blob).iter(f"{_W}footnote"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join("".join(t.text or "" for t in note.iter(f"{_W}t")).split())
        notes[note.get(f"{_W}id")] = text
    return notes


def read(path) -> tuple[list[tuple[str, bool]], dict]:
    """``([(line, is_heading)], metadata)``: the document's lines, then its notes."""
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several kinds on a damaged package
        raise Unreadable(f"not a readable Word document ({type(exc).__name__}: {exc})") from None
    numbers: dict[str, int] = {}
    lines, title = [], None
    for paragraph, heading in _blocks(document):
        text = _paragraph_text(paragraph, numbers)
        if text:
            lines.append((text, heading))
            if heading and title is None and (paragraph.style.name or "").startswith("Title"):
                title = text
    if not lines:
        raise Unreadable("the Word document has no text")
    notes = _footnotes(document)
    cited = sorted(numbers.items(), key=lambda item: item[1])
    if cited:
        lines.append(("Notes", True))
        lines.extend((f"[{number}] {notes.get(note, '')}".rstrip(), False) for note, number in cited)
    props = document.core_properties
    created = props.created.date().isoformat() if props.created else None
    meta = {"title": (props.title or "").strip() or title, "author": (props.author or "").strip() or None,
            "created": created, "language": (props.language or "").strip() or None}
    return lines, meta


def version() -> str:
    from importlib.metadata import version as installed

    return f"python-docx {installed('python-docx')}"
