"""Score candidate extractors on the test pages and PDFs (tests/sourcefiles.py).

    python benchmarks/extractors.py

HTML: trafilatura, readability-lxml and jusText on the saved news, official and
NGO pages. For each page, *recall* is the share of the article's paragraphs
found whole as a line of the output, *precision* the share of output lines
(the headline aside) that are article paragraphs, *metadata* how many of
title, author, date, site name and address the extractor reads.

PDF: pdfminer.six, pypdf, pdfplumber and poppler's pdftotext on the court
order and the concluding observations. Each tool's text goes through the same
line join (detentio.corpus.ingest.reflow.join); *words* is the share of the
document's words in the right order (difflib), *chrome* the share of running
headers and page numbers kept in their place (first or last line of the page), *blocks* whether paragraphs come apart.
The figures are in docs/ingest.md.
"""
from __future__ import annotations

import difflib
import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))

import sourcefiles  # noqa: E402
from detentio.corpus.ingest.reflow import join  # noqa: E402


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def html_trafilatura(data: bytes) -> tuple[list[str], int]:
    import trafilatura

    result = trafilatura.bare_extraction(data, with_metadata=True, favor_precision=True)
    meta = sum(bool(getattr(result, k, None)) for k in ("title", "author", "date", "sitename", "url"))
    return _lines(result.text or ""), meta


def html_readability(data: bytes) -> tuple[list[str], int]:
    import lxml.html
    from readability import Document

    document = Document(data.decode("utf-8"))
    tree = lxml.html.fromstring(document.summary(html_partial=True))
    blocks = tree.xpath("//p|//h1|//h2|//h3|//li|//td")
    return [" ".join(b.text_content().split()) for b in blocks if b.text_content().strip()], int(bool(document.title()))


def html_justext(data: bytes, **options) -> tuple[list[str], int]:
    import justext

    paragraphs = justext.justext(data, justext.get_stoplist("English"), **options)
    return [" ".join(p.text.split()) for p in paragraphs if not p.is_boilerplate], 0


def html_justext_short(data: bytes) -> tuple[list[str], int]:
    """jusText tuned for news paragraphs shorter than its default 200 characters."""
    return html_justext(data, length_low=50, length_high=100)


def score_html() -> list[tuple]:
    rows = []
    for name, page in sourcefiles.pages().items():
        truth = set(page.paragraphs)
        for tool, run in (("trafilatura", html_trafilatura), ("readability-lxml", html_readability),
                          ("jusText", html_justext), ("jusText, length_high=100", html_justext_short)):
            lines, meta = run(page.data)
            lines = [line for line in lines if line != page.meta["title"]]
            recall = sum(p in lines for p in truth) / len(truth)
            precision = sum(line in truth for line in lines) / len(lines) if lines else 0.0
            rows.append((name, tool, recall, precision, meta))
    return rows


def pdf_pdfminer(path: Path) -> list[list[str]]:
    from pdfminer.high_level import extract_text

    return [_lines(page) for page in extract_text(str(path)).split("\f") if page.strip()]


def pdf_pypdf(path: Path) -> list[list[str]]:
    from pypdf import PdfReader

    return [_lines(page.extract_text()) for page in PdfReader(str(path)).pages]


def pdf_pdfplumber(path: Path) -> list[list[str]]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [_lines(page.extract_text() or "") for page in pdf.pages]


def pdf_pdftotext(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [_lines(page) for page in out.split("\f") if page.strip()]


def _blank_lines(path: Path, tool: str) -> bool:
    """Whether the raw output separates paragraphs by blank lines (pdfminer's text boxes)."""
    if tool == "pdfminer.six":
        from pdfminer.high_level import extract_text

        return "\n\n1" in extract_text(str(path)) or "\n\n12" in extract_text(str(path))
    return False


def score_pdf() -> list[tuple]:
    rows = []
    cases = {"order": (sourcefiles.court_order_pdf(), [sourcefiles.ORDER_HEADER, "- 1 -", "- 2 -"]),
             "observations": (sourcefiles.split_label_pdf(), [sourcefiles.SPLIT_HEADER, "Page 1 of 2", "Page 2 of 2"])}
    with tempfile.TemporaryDirectory() as folder:
        for name, (made, chrome) in cases.items():
            path = made.write(Path(folder), name)
            truth = " ".join(made.paragraphs).split()
            for tool, run in (("pdfminer.six", pdf_pdfminer), ("pypdf", pdf_pypdf), ("pdfplumber", pdf_pdfplumber),
                              ("pdftotext", pdf_pdftotext)):
                pages = run(path)
                every = [line for page in pages for line in page]
                # chrome kept in its place: the header first on its page, the page number last
                ends = [line for page in pages for line in (page[:1] + page[-1:])]
                kept = sum(any(" ".join(c.split()).replace(" ", "") == line.replace(" ", "") for line in ends)
                           for c in chrome)
                text = ""
                for line in (line for line in every if line not in chrome and not re.fullmatch(r"-\d-", line)):
                    text = join(text, line, set())
                words = text.split()
                matcher = difflib.SequenceMatcher(None, truth, words, autojunk=False)
                rows.append((name, tool, matcher.ratio(), kept / len(chrome), _blank_lines(path, tool)))
    return rows


def main() -> int:
    print("| page | extractor | recall | precision | metadata fields (of 5) |\n|---|---|---|---|---|")
    for name, tool, recall, precision, meta in score_html():
        print(f"| {name} | {tool} | {recall:.2f} | {precision:.2f} | {meta} |")
    print("\n| PDF | extractor | words in order | chrome kept in place | paragraphs apart |\n|---|---|---|---|---|")
    for name, tool, words, chrome, blocks in score_pdf():
        print(f"| {name} | {tool} | {words:.3f} | {chrome:.2f} | {'yes' if blocks else 'no'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
