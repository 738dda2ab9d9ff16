"""The printed reports as a reader meets them in a PDF viewer (and a screen reader or an archive).

poppler's tools read the PDFs the build wrote: ``pdftotext -bbox`` gives every
word with its box, ``pdfimages -list`` every image with its page, ``pdftoppm``
renders the pages (saved to ``tests/artifacts/pdf/<run>/`` with a contact
sheet, for people to look at). The tests assert what a reader sees: a page
number on every page, the report title as running header after the first page,
each footnote at the bottom of the page that calls it, and no figure torn from
its caption or source line. ``pdfinfo``, ``pdfdetach`` and ``pdftohtml -xml``
check what an archive and a screen reader get: a tagged PDF/A-3b with XMP
metadata, the report's files attached, and bookmarks from the headings.
"""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ARTIFACTS, built_report, run_names

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed"),
]

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


@dataclass(frozen=True)
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass
class Page:
    number: int
    width: float
    height: float
    words: list[Word]

    def lines(self) -> list[list[Word]]:
        """Words grouped into lines by their baseline, top to bottom."""
        rows: dict[float, list[Word]] = {}
        for word in self.words:
            key = next((y for y in rows if abs(y - word.y1) < 1.5), word.y1)
            rows.setdefault(key, []).append(word)
        return [sorted(rows[y], key=lambda w: w.x0) for y in sorted(rows)]

    def text_of(self, line: list[Word]) -> str:
        return " ".join(w.text for w in line)

    @property
    def left(self) -> float:
        return min(w.x0 for w in self.words)


def read_pages(pdf: Path) -> list[Page]:
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for number, match in enumerate(_PAGE.finditer(out), 1):
        words = [Word(float(a), float(b), float(c), float(d), html.unescape(t))
                 for a, b, c, d, t in _WORD.findall(match.group(3))]
        pages.append(Page(number, float(match.group(1)), float(match.group(2)), words))
    return pages


def footnote_calls(page: Page) -> dict[int, tuple[Word, Word]]:
    """Superscript numbers: a digit word raised and smaller than the word it follows without a gap.

    Returns ``{number: (call, the word it follows)}``. The word is looked up
    by position, not by text order (poppler orders table cells its own way).
    """
    calls = {}
    for word in page.words:
        if not word.text.isdigit():
            continue
        for before in page.words:
            if (abs(word.x0 - before.x1) < 0.6 and 1.5 < before.y1 - word.y1 < before.height
                    and word.height < 0.7 * before.height):
                calls[int(word.text)] = (word, before)
                break
    return calls


def footnote_markers(page: Page, calls: dict[int, tuple[Word, Word]]) -> dict[int, Word]:
    """Note numbers ("12.") at the left margin, printed smaller than the text that calls them.

    ``calls`` are the calls of the whole document, so a note whose call is on
    another page is still found.
    """
    return {int(w.text[:-1]): w for w in page.words
            if re.fullmatch(r"\d+\.", w.text) and abs(w.x0 - page.left) < 1.0
            and int(w.text[:-1]) in calls and w.height < calls[int(w.text[:-1])][1].height - 0.2}


class Printed(dict):
    def __init__(self, root: Path):
        super().__init__()
        self.root = root


@pytest.fixture(scope="module")
def printed(built_workspace):
    """``{run: (pdf path, pages, provenance record)}``, with the pages rendered to PNG."""
    found = Printed(root=built_workspace)
    for run in run_names():
        folder = built_workspace / "reports" / run
        if not (folder / "provenance.json").exists():
            continue  # get() fails that run's tests with the build's message
        record = json.loads((folder / "provenance.json").read_text(encoding="utf-8"))
        if "pdf" not in record["files"]:
            continue
        pdf = folder / record["files"]["pdf"]
        found[run] = (pdf, read_pages(pdf), record)
        render_pngs(run, pdf)
    return found


def render_pngs(run: str, pdf: Path) -> list[Path]:
    target = ARTIFACTS / "pdf" / run
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(target / "page")], check=True)
    pngs = sorted(target.glob("page-*.png"))
    from PIL import Image

    images = [Image.open(p).convert("L") for p in pngs]
    w, h = images[0].size
    columns = 6
    sheet = Image.new("L", (w * columns, h * ((len(images) + columns - 1) // columns)), 255)
    for index, image in enumerate(images):
        sheet.paste(image, ((index % columns) * w, (index // columns) * h))
    sheet.save(target / "contact-sheet.png")
    return pngs


def get(printed, run):
    if run not in printed:
        built_report(printed.root, run)
        pytest.skip(f"{run} is not printed to PDF")
    return printed[run]


@pytest.mark.parametrize("run", run_names())
def test_every_page_is_numbered_page_n_of_total(printed, run):
    pdf, pages, record = get(printed, run)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    total = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert total == len(pages) == record["pages"]
    for page in pages:
        assert page.text_of(page.lines()[-1]) == f"Page {page.number} of {total}"


@pytest.mark.parametrize("run", run_names())
def test_running_header_is_the_report_title_after_the_first_page(printed, run):
    _, pages, record = get(printed, run)
    title = record["title"]
    first = pages[0]
    assert page_text(first).find(title) > 0, "the first page opens with the title as its heading"
    assert first.text_of(first.lines()[0]) != title, "the first page carries no running header"
    for page in pages[1:]:
        top = page.lines()[0]
        assert page.text_of(top) == title, f"page {page.number}"
        # a header, not a heading: it sits above everything else in the top margin
        assert max(w.y1 for w in top) < min(w.y0 for line in page.lines()[1:] for w in line)


def page_text(page: Page) -> str:
    return " ".join(page.text_of(line) for line in page.lines())


@pytest.mark.parametrize("run", run_names())
def test_each_footnote_sits_at_the_bottom_of_the_page_that_calls_it(printed, run):
    _, pages, record = get(printed, run)
    every_call = {n: call for page in pages for n, call in footnote_calls(page).items()}
    called_on: dict[int, int] = {}
    printed_on: dict[int, list[int]] = {}
    for page in pages:
        for number in footnote_calls(page):
            called_on.setdefault(number, page.number)
        markers = footnote_markers(page, every_call)
        for number in markers:
            printed_on.setdefault(number, []).append(page.number)
        if not markers:
            continue
        # The notes area runs from the first note to the page number, and holds only notes.
        area = min(w.y0 for w in markers.values())
        note_font = next(iter(markers.values())).height
        footer = page.lines()[-1]
        below = [w for line in page.lines()[:-1] for w in line if w.y1 > area]
        assert all(abs(w.height - note_font) < 0.5 for w in below), \
            f"page {page.number}: text other than notes below the first note: " \
            f"{[w.text for w in below if abs(w.height - note_font) >= 0.5][:8]}"
        assert footer[0].y0 - max(w.y1 for w in below) < 60, f"page {page.number}: notes float above the bottom"
    misplaced = []
    for number in range(1, record["footnotes"] + 1):
        call, notes = called_on.get(number), printed_on.get(number, [])
        if call is None:
            misplaced.append(f"note {number}: no call in the text")
        elif not notes:
            misplaced.append(f"note {number}: called on page {call}, printed nowhere")
        elif notes != [call]:
            misplaced.append(f"note {number}: called on page {call}, printed on page {', '.join(map(str, notes))}")
    assert misplaced == [], f"{run}: " + "; ".join(misplaced)


@pytest.mark.parametrize("run", run_names())
def test_no_figure_is_split_from_its_caption_or_source_line(printed, run):
    pdf, pages, _ = get(printed, run)
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    images = [line.split() for line in listing.splitlines()[2:] if line.split()[2] == "image"]
    captions = []
    for page in pages:
        for index, line in enumerate(page.lines()):
            text = page.text_of(line)
            if re.match(r"Figure \d+\.", text):
                after = [page.text_of(l) for l in page.lines()[index + 1:]
                         if re.match(r"(Source:|Figure \d+\.|Table \d+\.)", page.text_of(l))]
                captions.append((page.number, text, after))
    assert len(images) == len(captions), "one image per figure"
    for (page_number, caption, after), image in zip(captions, images):
        assert int(image[0]) == page_number, f"{caption!r} on page {page_number}, its image on page {image[0]}"
        assert int(image[3]) > 100 and int(image[4]) > 100
        assert after and after[0].startswith("Source:"), \
            f"{caption!r}: its source line is not on page {page_number}"


@pytest.mark.parametrize("run", run_names())
def test_rendered_pages_are_saved_and_not_blank(printed, run):
    pdf, pages, _ = get(printed, run)
    from PIL import Image

    pngs = sorted((ARTIFACTS / "pdf" / run).glob("page-*.png"))
    assert len(pngs) == len(pages)
    for png in pngs:
        darkest, _ = Image.open(png).convert("L").getextrema()
        assert darkest < 100, f"{png.name} is blank"


def pdfinfo(pdf: Path, *options: str) -> str:
    return subprocess.run(["pdfinfo", *options, str(pdf)], capture_output=True, text=True, check=True).stdout


def report_soup(pdf: Path):
    from bs4 import BeautifulSoup

    return BeautifulSoup(pdf.with_suffix(".html").read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("run", run_names())
def test_pdf_is_tagged_pdfa_with_xmp_metadata(printed, run):
    pdf, _, record = get(printed, run)
    info = dict(line.split(":", 1) for line in pdfinfo(pdf).splitlines() if ":" in line)
    info = {key: value.strip() for key, value in info.items()}
    assert info["Tagged"] == "yes" and info["Metadata Stream"] == "yes"
    assert info["Title"] == record["title"]
    assert info["Keywords"].endswith(f"detentio report, {run}, {Path(record['notebook']).stem}")
    meta = pdfinfo(pdf, "-meta")
    assert 'pdfaid:part="3"' in meta and 'pdfaid:conformance="B"' in meta
    assert f"<detentio:run>{run}</detentio:run>" in meta
    assert f"<detentio:inputHash>{record['input_hash']}</detentio:inputHash>" in meta
    assert f"<xmp:CreateDate>{record['built']}</xmp:CreateDate>" in meta
    # The structure a screen reader walks: headings, tables with header cells, figures.
    struct = [line.strip().split(" ")[0].rstrip(":") for line in pdfinfo(pdf, "-struct").splitlines()]
    soup = report_soup(pdf)
    assert struct.count("H1") == len(soup.find_all("h1"))
    # (a table that runs over a page break is tagged once per page by WeasyPrint 70)
    assert struct.count("Table") >= len(soup.select("main table"))
    assert struct.count("Caption") >= len(soup.select("table > caption"))
    assert struct.count("TH") >= len(soup.select("main th"))
    assert struct.count("Figure") == len(soup.select("figure.detentio-figure img"))


@pytest.mark.parametrize("run", run_names())
def test_pdf_carries_provenance_notebook_tables_and_cited_sources(printed, run):
    pdf, _, record = get(printed, run)
    listing = subprocess.run(["pdfdetach", "-list", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()
    names = [line.split(": ", 1)[1] for line in listing[1:]]
    assert listing[0] == f"{len(names)} embedded files"
    tables = [p["data-file"] for p in report_soup(pdf).select("p.table-download")]
    assert len(tables) == len(report_soup(pdf).select("main table > caption")) >= 1
    sources = [Path(s["path"]).name for s in record["sources"]]
    assert sorted(names) == sorted(["provenance.json", f"{run}.ipynb", *tables, *sources])


@pytest.mark.parametrize("run", run_names())
def test_pdf_bookmarks_are_the_headings(printed, run):
    import xml.etree.ElementTree as ET

    pdf, _, _ = get(printed, run)
    out = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", "-q", str(pdf)], capture_output=True,
                         text=True, check=True).stdout
    outline = ET.fromstring(out).find("outline")
    assert outline is not None, "the PDF has no bookmarks"
    marks = [" ".join("".join(item.itertext()).split()) for item in outline.iter("item")]
    soup = report_soup(pdf)
    for hidden in soup.select("section.notes, a.anchor-link"):  # not printed
        hidden.decompose()
    headings = [" ".join(h.get_text(" ").split()) for h in soup.find_all(["h1", "h2", "h3", "h4"])]
    assert marks == headings
    assert marks[-3:] == ["Cite this report", "BibTeX", "CSL-JSON (Zotero and other reference managers)"]
