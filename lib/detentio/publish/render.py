"""An executed notebook -> the published HTML (and the PDF printed from it).

1. nbconvert's HTMLExporter with the ``detentio`` template (extends ``lab``;
   offline, one file, figures as data URIs) and ``exclude_input``: reviewers
   see narrative and results, never code. Cells tagged ``remove-cell`` (and
   papermill's parameter cells) are left out, ``remove-output`` drops outputs.
2. :func:`finish` reads the markers :mod:`detentio.publish.report` left: numbers the
   footnotes (superscript links to notes with back-links on screen, page
   footnotes in print), cites each work in full once and in short after
   (:mod:`detentio.publish.citations`; a long report also gets its tables of
   treaties and cases and a bibliography), checks every ``q.source-quote``
   against its source, appends each cited source in full with the cited spans
   anchored, and adds the provenance block.
   Last comes "Cite this report" (:mod:`detentio.publish.cite_report`); the ``<head>``
   gets the metadata the PDF takes over (:func:`detentio.publish.archive.head`).
3. :func:`write_pdf` prints the same HTML with WeasyPrint (``@media print``
   rules in ``static/detentio.css``): a tagged PDF/A-3b with the report's
   files attached (:mod:`detentio.publish.archive`).
"""
from __future__ import annotations

import copy
import html as htmllib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from detentio.core import paths
from detentio.core.problems import DetentioError, Problem
from detentio.publish import archive, citations, cite_report, downloads
from detentio.publish.report import BY_LOCATOR, CLOSE, OPEN, source_anchor, span_id

TEMPLATE = "detentio"
REMOVE_CELL_TAGS = {"remove-cell", "parameters", "injected-parameters"}
REMOVE_OUTPUT_TAGS = {"remove-output"}
REMOVE_INPUT_TAGS = {"remove-input", "hide-input"}
MARKER_COMMENTS = {OPEN[4:-3], CLOSE[4:-3]}  # the text inside <!-- -->
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
# What a browser may load for a report, an index or an error page: nothing that is not
# in the file itself. Links still work when a reader follows them.
CSP = ("default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; "
       "base-uri 'none'; form-action 'none'")


def templates_dir() -> Path:
    return paths.package_dir() / "publish" / "templates"


def stylesheet() -> str:
    """The report CSS (also used by the index and error pages)."""
    return (templates_dir() / TEMPLATE / "static" / "detentio.css").read_text(encoding="utf-8")


def title_of(notebook, default: str) -> str:
    """The text of the notebook's first ``# heading``, else ``default``."""
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else source
        match = re.search(r"^#\s+(.+?)\s*#*\s*$", source, re.M)
        if match:
            return re.sub(r"[*_`]", "", match.group(1))
    return default


def export_html(notebook, title: str) -> str:
    """nbconvert HTML of an executed notebook: no code, no prompts, no network."""
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    notebook = copy.deepcopy(notebook)
    notebook.metadata["title"] = title
    # Warnings and log lines on stderr are for whoever runs the notebook, not for
    # reviewers; they stay in the executed .ipynb published beside the report.
    for cell in notebook.cells:
        if cell.get("cell_type") == "code":
            cell.outputs = [o for o in cell.get("outputs", [])
                            if not (o.get("output_type") == "stream" and o.get("name") == "stderr")]
    exporter = HTMLExporter(
        template_name=TEMPLATE,
        extra_template_basedirs=[str(templates_dir())],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    exporter.register_preprocessor(TagRemovePreprocessor(
        remove_cell_tags=REMOVE_CELL_TAGS,
        remove_all_outputs_tags=REMOVE_OUTPUT_TAGS,
        remove_input_tags=REMOVE_INPUT_TAGS,
        enabled=True,
    ), enabled=True)
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": title}, "csp": CSP})
    return body


@dataclass(frozen=True)
class Cited:
    """One place a report cites a source (a quote or a link), in order of appearance."""

    source: str
    path: str
    start: int | None
    end: int | None
    quoted: str | None  # the words shown, for q.source-quote


class SourceCache:
    """Source files read once per report, found by the path the report names."""

    def __init__(self):
        self._read: dict[str, object] = {}

    def get(self, path: str):
        from detentio.corpus.sources import read_source

        if path not in self._read:
            file = Path(path) if Path(path).is_absolute() else paths.root() / path
            self._read[path] = read_source(file) if file.is_file() else None
        return self._read[path]


def _number_footnotes(soup) -> list:
    """Replace each note marker by a numbered superscript + print footnote; return the notes."""
    notes = []
    for marker in soup.find_all("span", class_="detentio-fn"):
        if marker.parent is None:
            continue  # a note inside a note, already flattened into its outer note
        body = marker.find("span", class_="fn-body") or marker
        for inner in body.find_all("span", class_="detentio-fn"):
            # A note inside a note has nowhere to go: keep its text inline.
            inner.replace_with(*(inner.find("span", class_="fn-body") or inner).contents)
        number = len(notes) + 1
        ref = soup.new_tag("sup", attrs={"class": "fn-ref", "id": f"fnref-{number}"})
        link = soup.new_tag("a", attrs={"href": f"#fn-{number}", "aria-describedby": "notes-heading"})
        link.string = str(number)
        ref.append(link)
        printed = soup.new_tag("span", attrs={"class": "fn-print"})
        for child in list(body.contents):
            printed.append(child.extract())
        marker.replace_with(ref, printed)
        _keep_with_word(ref)
        notes.append(printed)
    return notes


WORD_JOINER = "\u2060"


def _keep_with_word(ref) -> None:
    """Bind a note's call to the word before it, so that a line never starts with the number alone.

    A word joiner (U+2060, invisible) after the word forbids the break, in
    browsers and in WeasyPrint alike; wrapping the word and the call in a
    ``nowrap`` span instead made WeasyPrint 70 move page footnotes away from
    their calls. A call after markup (a quote, a link) is left as it is.
    """
    from bs4 import NavigableString

    before = ref.previous_sibling
    if type(before) is NavigableString and before and not before[-1].isspace():
        before.replace_with(NavigableString(str(before) + WORD_JOINER))


def _notes_section(soup, notes) -> str:
    items = []
    for number, printed in enumerate(notes, 1):
        text = printed.decode_contents()
        items.append(f'<li id="fn-{number}" value="{number}">{text} '
                     f'<a class="fn-back" href="#fnref-{number}" aria-label="back to text">↩</a></li>')
    return ('<section class="notes"><h2 id="notes-heading">Notes</h2><ol>'
            + "".join(items) + "</ol></section>")


def _citations(soup) -> list[Cited]:
    found = []
    for element in soup.find_all(attrs={"data-source": True}):
        start, end = element.get("data-start"), element.get("data-end")
        found.append(Cited(
            source=element["data-source"],
            path=element.get("data-path") or f"data/sources/{element['data-source']}.md",
            start=int(start) if start is not None and start.isdigit() else None,
            end=int(end) if end is not None and end.isdigit() else None,
            quoted=element.get_text() if element.name == "q" else None,
        ))
    return found


def verify_quotes(cited: list[Cited], cache: SourceCache) -> list[str]:
    """One message per quote that is not the source's text at its offsets."""
    problems = []
    for item in cited:
        if item.quoted is None:
            continue
        where = f"quote from {item.source} at {item.start}-{item.end}"
        source = cache.get(item.path)
        if item.start is None or item.end is None:
            problems.append(f"{where}: the quote has no data-start/data-end offsets")
        elif source is None:
            problems.append(f"{where}: source file {item.path} does not exist")
        elif source.id != item.source:
            problems.append(f"{where}: {item.path} holds source {source.id!r}, not {item.source!r}")
        elif source.body[item.start:item.end] != item.quoted:
            problems.append(f"{where} does not match the source: the report shows {item.quoted!r}, "
                            f"{item.path} has {source.body[item.start:item.end]!r}")
    return problems


def marked_text(body: str, spans: list[tuple[int, int]], source_id: str,
                locators: dict[str, str] | None = None) -> str:
    """The body escaped, each cited span in ``<mark class="cited">`` with its anchor id.

    ``locators`` (span id -> "A1.2") labels each span where it starts, as a
    ``data-locator`` attribute the stylesheet shows: the text stays the source's
    own words, byte for byte, when it is read or copied.
    """
    locators = locators or {}
    spans = sorted({(s, e) for s, e in spans if 0 <= s < e <= len(body)})
    points = sorted({0, len(body), *(s for s, _ in spans), *(e for _, e in spans)})
    starting: dict[int, list[str]] = {}
    for s, e in spans:
        starting.setdefault(s, []).append(span_id(source_id, s, e))
    out = []
    for a, b in zip(points, points[1:]):
        chunk = htmllib.escape(body[a:b], quote=False)
        ids = starting.get(a, [])
        extra = "".join(f'<span class="span-anchor" id="{htmllib.escape(i)}"></span>' for i in ids[1:])
        if any(s <= a and b <= e for s, e in spans):
            first = f' id="{htmllib.escape(ids[0])}"' if ids else ""
            labels = ", ".join(locators[i] for i in ids if i in locators)
            label = f' data-locator="{htmllib.escape(labels)}"' if labels else ""
            out.append(f'{extra}<mark class="cited"{first}{label}>{chunk}</mark>')
        else:
            out.append(chunk)
    return "".join(out)


def locators(cited: list[Cited]) -> dict[str, str]:
    """Anchor id -> locator: "A1" for the first source cited, "A1.2" for its second span
    in text order. A reader of the PDF, the HTML or a printout finds a cited passage
    by the same label; unlike a page number it needs no second layout pass."""
    spans: dict[str, set[tuple[int, int]]] = {}
    for item in cited:
        spans.setdefault(item.source, set())
        if item.start is not None and item.end is not None:
            spans[item.source].add((item.start, item.end))
    found = {}
    for k, (source_id, held) in enumerate(spans.items(), 1):
        found[source_anchor(source_id)] = f"A{k}"
        for j, (start, end) in enumerate(sorted(held), 1):
            found[span_id(source_id, start, end)] = f"A{k}.{j}"
    return found


def appendix(cited: list[Cited], cache: SourceCache,
             labels: dict[str, str] | None = None) -> tuple[str, list[dict]]:
    """The sources appendix, and ``[{id, path, sha256}]`` of the sources it holds."""
    labels = labels if labels is not None else locators(cited)
    order: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for item in cited:
        spans = order.setdefault((item.source, item.path), [])
        if item.start is not None and item.end is not None:
            spans.append((item.start, item.end))
    sections, listed, contents = [], [], []
    esc = htmllib.escape
    for (source_id, path), spans in order.items():
        source = cache.get(path)
        if source is None or source.id != source_id:
            continue  # already reported for quotes; a broken link alone should not hide the rest
        meta = source.meta
        anchor = source_anchor(source.id)
        label = labels.get(anchor, "")
        title = esc(str(meta.get("title") or source.id))
        details = [esc(str(meta[k])) for k in ("author", "outlet") if meta.get(k)]
        details.append(esc(str(meta.get("published", "undated"))))
        if meta.get("url"):
            details.append(f'<a href="{esc(str(meta["url"]), quote=True)}">{esc(str(meta["url"]))}</a>')
        sections.append(
            f'<section class="cited-source" id="{esc(anchor)}">'
            f'<h3><span class="locator">{esc(label)}</span> {title}</h3>'
            f'<p class="source-meta">{", ".join(details)}<br>id <code>{esc(source.id)}</code>, file '
            f"<code>{esc(path)}</code>, sha256 <code>{source.sha256}</code></p>"
            f'<div class="source-text">{marked_text(source.body, spans, source.id, labels)}</div></section>')
        contents.append(f'<li><a class="appendix-toc" href="#{esc(anchor)}">'
                        f'<span class="locator">{esc(label)}</span> {title}</a></li>')
        listed.append({"id": source.id, "path": path, "sha256": source.sha256, "spans": len(set(spans))})
    if not sections:
        return "", listed
    lead = ("<p>The full text of every source this report cites, as stored. Cited words are "
            "highlighted and labelled (A1.2: the second passage cited from source A1); each note "
            "gives the label of the words it cites.</p>")
    return ('<section class="sources-appendix" id="sources"><h2>Sources cited</h2>' + lead
            + '<ol class="appendix-contents">' + "".join(contents) + "</ol>"
            + "".join(sections) + "</section>"), listed


def _value(value) -> str:
    # JSON shows the type a parameter had: "0042" (text) is not 42.
    return htmllib.escape(json.dumps(value, ensure_ascii=False))


def provenance_section(record: dict) -> str:
    """The provenance block: run, parameters, time, git commit, versions, input hashes."""
    esc = htmllib.escape
    git = record.get("git") or {}
    commit = git.get("commit") or "not a git checkout"
    if git.get("dirty"):
        commit += " (with uncommitted changes)"
    rows = [
        ("Run", f'<code>{esc(record["run"])}</code>'),
        ("Notebook", f'<code>{esc(record["notebook"])}</code>'),
        ("Built", esc(record["built"])),
        ("Git commit", f"<code>{esc(commit)}</code>"),
        ("detentio", esc(str(record.get("detentio")))),
        ("Input hash", f'<code>{esc(record["input_hash"])}</code>'),
    ]
    parameters = "".join(f"<tr><td><code>{esc(k)}</code></td><td><code>{_value(v)}</code></td></tr>"
                         for k, v in record.get("parameters", {}).items())
    packages = ", ".join(f"{esc(k)} {esc(str(v))}" for k, v in record.get("packages", {}).items() if v)
    inputs = record.get("inputs", {})
    sources = "".join(f'<tr><th scope="row"><code>{esc(s["id"])}</code></th>'
                      f'<td><code>{esc(s["sha256"])}</code></td></tr>' for s in record.get("sources", []))
    return (
        '<section class="provenance" id="provenance"><h2>Provenance</h2>'
        "<table class=\"data\"><tbody>"
        + "".join(f'<tr><th scope="row">{k}</th><td>{v}</td></tr>' for k, v in rows)
        + "</tbody></table>"
        + "<h3>Parameters</h3>"
        + (f'<table class="data"><thead><tr><th scope="col">name</th><th scope="col">value</th></tr></thead>'
           f"<tbody>{parameters}</tbody></table>"
           if parameters else "<p>The notebook's defaults (none given in runs.yml).</p>")
        + "<h3>Sources cited (sha256 of the file)</h3>"
        + (f'<table class="data"><tbody>{sources}</tbody></table>' if sources else "<p>None.</p>")
        + f"<h3>Software</h3><p>{packages}</p>"
        + f"<p>{len(inputs)} input files (notebook, sources, library code, reference data) are hashed "
          "into the input hash; their sha256 are listed in <code>provenance.json</code>.</p>"
        + "</section>"
    )


def _header(title: str, record: dict) -> str:
    esc = htmllib.escape
    given = ", ".join(f"{esc(k)} = {_value(v)}" for k, v in record.get("parameters", {}).items())
    return (f'<header class="report-head" data-title="{esc(title, quote=True)}">'
            f'<p>detentio report <code>{esc(record["run"])}</code> · built {esc(record["built"])}</p>'
            f"<p>Parameters: {given or 'defaults'}</p></header>")


@dataclass
class Finished:
    """A finished report: the HTML, what it cites and its tables as CSV ``[(file name, bytes)]``."""

    html: str
    footnotes: int
    sources: list[dict]
    quotes: int
    tables: list = field(default_factory=list)


def finish(page: str, title: str, record: dict) -> Finished:
    """Number the footnotes, check the quotes, add appendix and provenance to nbconvert's HTML.

    ``record`` is the provenance record (see :mod:`detentio.publish.execute`); its
    ``sources`` entry is filled here with the sources the report cites.
    Raise :class:`DetentioError` when a quote does not match its source.
    """
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(page, "html.parser")
    main = soup.find("main") or soup.body
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment) and s in MARKER_COMMENTS):
        comment.extract()  # show()'s fragment markers have done their work
    notes = _number_footnotes(soup)
    works = citations.shorten(notes)
    cited = _citations(soup)
    cache = SourceCache()
    mismatches = verify_quotes(cited, cache)
    if mismatches:
        raise DetentioError([Problem(f"reports/{record['run']}", m) for m in mismatches])
    labels = locators(cited)
    sources_html, listed = appendix(cited, cache, labels)
    record["sources"] = listed
    tables = citations.tables(works) if len(notes) >= citations.LONG_REPORT_NOTES else ""
    tail = ((_notes_section(soup, notes) if notes else "") + tables + sources_html + provenance_section(record)
            + cite_report.section(record, title))
    main.insert(0, BeautifulSoup(_header(title, record), "html.parser"))
    main.append(BeautifulSoup(tail, "html.parser"))
    if soup.head is not None:
        description = record.get("description") or f"{title}: detentio report {record['run']}"
        soup.head.append(BeautifulSoup(archive.head(record, description), "html.parser"))
    for link in soup.select("a.appendix-link"):
        label = labels.get(link.get("href", "").lstrip("#"))
        if label and BY_LOCATOR in link.get("class", []):
            link.string = label  # report.source_label: the label is the link's text
        elif label:
            link["data-locator"] = label  # shown by the stylesheet after the link text
    tables = downloads.attachments(soup)
    return Finished(str(soup), len(notes), listed, sum(1 for c in cited if c.quoted is not None), tables)


def embedded_only():
    """WeasyPrint's URL fetcher for reports: ``data:`` URIs only.

    A report is one file with its figures embedded; anything else it names (a
    web address, a local file) can only have come from a source, and printing
    must neither fetch it nor read it. WeasyPrint leaves out a resource whose
    fetch is refused.
    """
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"}, allow_redirects=False)


def write_pdf(page: str, path: Path, record: dict | None = None, attached: list | None = None) -> int:
    """Print the report HTML to ``path`` with WeasyPrint; return the number of pages.

    With the run's provenance ``record`` the PDF is the archival one (tagged
    PDF/A-3b, XMP metadata, provenance.json and ``attached`` files embedded:
    :func:`detentio.publish.archive.write`); without, a plain untagged PDF (what
    ``make bench`` compares it with).
    """
    import logging

    # WeasyPrint warns about every CSS property it does not know, and logs each
    # resource refused by embedded_only; reports are ours.
    logging.getLogger("weasyprint").setLevel(logging.CRITICAL)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    if record is not None:
        return archive.write(page, path, record, attached or [], url_fetcher=embedded_only())
    from weasyprint import HTML

    document = HTML(string=page, base_url=str(paths.root()), url_fetcher=embedded_only()).render()
    document.write_pdf(path)
    return len(document.pages)


def strip_ansi(text: str) -> str:
    """Traceback text without terminal colour codes."""
    return _ANSI.sub("", text)


def page(title: str, body: str, wide: bool = False) -> str:
    """A standalone offline HTML page in the report style (index and error pages)."""
    main = '<main class="wide">' if wide else "<main>"
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f"<title>{htmllib.escape(title)}</title><style>{stylesheet()}</style></head>"
            f"<body>{main}{body}</main></body></html>\n")


def error_page(run: str, notebook: str, summary: str, cell_source: str | None = None,
               traceback: str | None = None, when: str = "", log: str = "") -> str:
    """The page shown instead of a report that failed: what failed, the cell, the traceback."""
    esc = htmllib.escape
    body = (f"<h1>Run <code>{esc(run)}</code> failed</h1>"
            f'<p class="error-summary">{esc(summary)}</p>'
            f"<p>Notebook <code>{esc(notebook)}</code>{', ' + esc(when) if when else ''}. "
            "The last good report, if any, is still in place; see the <a href=\"../index.html\">index</a>.</p>")
    if cell_source:
        body += f"<h2>Failing cell</h2><pre>{esc(cell_source)}</pre>"
    if traceback:
        body += f"<h2>Traceback</h2><pre>{esc(strip_ansi(traceback))}</pre>"
    if log.strip():
        body += f"<h2>Kernel and build log</h2><pre>{esc(strip_ansi(log))}</pre>"
    return page(f"{run} failed", body)
