"""What notebooks call to put numbers, quotes, tables and figures into a report.

>>> from detentio import corpus, report
>>> c = corpus.load()
>>> n = len(c.documents)
>>> report.show(f"The corpus holds **{n}** sources{report.cite_sources(c.documents.id, c)}.")
>>> report.show(f"Pashinyan spoke of {report.quote('000_288279f309da8c33', 120, 140, c)}.")
>>> report.table(c.documents[["id", "outlet"]], caption="Sources")

Every helper returns a :class:`Fragment`: HTML that is safe to publish,
because text that comes from sources or data is always escaped (a source
containing ``<script>`` shows that text). Fragments display in JupyterLab
and can be placed in f-strings passed to :func:`show`.

The build turns the markers these helpers leave into the publishable report:
footnotes are numbered (superscripts and notes at the end of the HTML; page
footnotes in the PDF), each ``q.source-quote`` is checked against the source
at its offsets, and every cited source is appended in full with the cited
spans highlighted at the anchor :func:`span_id`.
"""
from __future__ import annotations

import base64
import io
import numbers
import re

from markupsafe import Markup, escape

from detentio.core import cache
from detentio.publish import downloads

BY_LOCATOR = "by-locator"  # class of a link the build shows as its appendix label (source_label)

# Our fragments are wrapped in these comments so that show() can keep them
# out of the markdown parser (a '*' in a citation must not become emphasis).
OPEN, CLOSE = "<!--detentio-->", "<!--/detentio-->"
_MARKERS = re.compile(re.escape(OPEN) + "|" + re.escape(CLOSE))
# Quotation marks a source may put around words (straight, curly, guillemets).
QUOTE_OPENERS = "\"'“‘«„"
QUOTE_CLOSERS = "\"'”’»“"


class Fragment(Markup):
    """Publishable HTML (a :class:`markupsafe.Markup`): adding plain text to it escapes the text."""

    def _repr_html_(self) -> str:
        return str(self)


def _fragment(markup: str) -> Fragment:
    return Fragment(OPEN + markup + CLOSE)


def html(markup: str) -> Fragment:
    """Mark HTML written by the notebook author as publishable as is (never use it on source text)."""
    return _fragment(str(markup))


def text(value) -> Fragment:
    """Any value as text in the report: escaped for HTML, and kept out of :func:`show`'s
    markdown parser, so that ``![x](http://...)``, ``*`` or ``[a](b)`` in a source
    stays those characters and never becomes an image, emphasis or a link."""
    shown = str(escape(str(value)))
    return _fragment(shown) if shown else Fragment("")


def _as_html(value) -> str:
    """HTML of a citation-like value: trusted when it says it is HTML, escaped otherwise."""
    if hasattr(value, "__html__"):
        return str(value.__html__())
    if isinstance(getattr(value, "note_html", None), str):  # a detentio.cite.Citation, marked for OSCOLA notes
        return value.note_html
    if isinstance(getattr(value, "html", None), str):  # citation-like objects of other libraries
        return value.html
    if isinstance(getattr(value, "text", None), str):
        return str(escape(value.text))
    return str(escape(str(value)))


def footnote(citation) -> Fragment:
    """An inline note marker carrying ``citation``.

    Parameters
    ----------
    citation : object with ``.html`` or ``.text``, a Fragment, or a plain string
        ``.html`` (e.g. a :mod:`detentio.law.cite` citation) and Fragments are used
        as HTML; ``.text`` and plain strings are escaped.

    Returns
    -------
    Fragment
        In JupyterLab the note shows inline in brackets; the build numbers it
        and moves it to the end of the HTML / the foot of the PDF page.
    """
    return _fragment(f'<span class="detentio-fn"> [<span class="fn-body">{_as_html(citation)}</span>]</span>')


def source_anchor(source_id: str) -> str:
    """The id of a source's section in a report's sources appendix."""
    return f"src-{source_id}"


def span_id(source_id: str, start: int, end: int) -> str:
    """The id of one cited span in the sources appendix."""
    return f"src-{source_id}-{int(start)}-{int(end)}"


def _corpus(corpus=None):
    """The given corpus, or the default one (data/sources), loaded again only when a source changes."""
    if corpus is not None:
        return corpus
    return _default_corpus()


def _source_files():
    from detentio.corpus.sources import source_files

    return [str(path) for path in source_files(None)]


@cache.on_files(_source_files, maxsize=2)
def _default_corpus():
    from detentio.corpus import loader

    return loader.load()


def _document(corpus, source_id: str) -> dict:
    rows = corpus.documents[corpus.documents["id"] == source_id]
    if rows.empty:
        from detentio.core.problems import DetentioError, Problem

        raise DetentioError(Problem(str(source_id), "no source with this id in the corpus given to the report"))
    return rows.iloc[0].to_dict()


def _path_attr(path) -> str:
    """A source file as the build finds it again: relative to the workspace, else absolute.

    A link keeps its own name (as in the manifest and provenance.json)."""
    import os
    from pathlib import Path

    from detentio.core import paths

    path = Path(os.path.abspath(path))
    try:
        return path.relative_to(paths.root().resolve()).as_posix()
    except ValueError:
        return str(path)


def _present(value) -> bool:
    return value is not None and value == value and str(value).strip() != ""  # NaN != NaN


def short_cite(document: dict) -> Fragment:
    """OSCOLA-style short form of a source: Author, ‘Title’ (Outlet, date)."""
    author = f"{escape(document['author'])}, " if _present(document.get("author")) else ""
    outlet = escape(document["outlet"]) if _present(document.get("outlet")) else "outlet not named"
    date = escape(document["published_text"]) if _present(document.get("published_text")) else "undated"
    title = escape(document.get("title")) if _present(document.get("title")) else escape(document["id"])
    return _fragment(f"{author}‘{title}’ ({outlet}, {date})")  # source metadata: never markdown


def source_cite(document: dict, sentence: int | None = None, page=None, para=None) -> Fragment:
    """A source's OSCOLA citation for a note, with a pinpoint when a 0-based ``sentence`` is given
    (and the page and paragraph number the source gives, when it has them).

    In the built report the first note citing the source gives it in full and
    later ones in short ("*TASS* (n 3) sentence 5"): see :mod:`detentio.publish.citations`.
    """
    from detentio.law import cite

    citation = cite.source(document) if sentence is None else cite.passage(document, sentence, page, para)
    return _fragment(citation.note_html)  # source metadata: never markdown


def _data_attrs(document: dict, start=None, end=None) -> str:
    attrs = f'data-source="{escape(document["id"])}" data-path="{escape(_path_attr(document["path"]))}"'
    if start is not None:
        attrs += f' data-start="{int(start)}" data-end="{int(end)}"'
    return attrs


def source_ref(source_id: str, start: int | None = None, end: int | None = None, corpus=None,
               label=None) -> Fragment:
    """A link to a source (or one span of it) in the report's sources appendix.

    The source is then appended to the report in full; with ``start``/``end``
    the span is highlighted there. ``label`` defaults to the source id.
    """
    return _link(source_id, start, end, corpus, label, "source-ref appendix-link")


def _link(source_id, start, end, corpus, label, classes: str) -> Fragment:
    document = _document(_corpus(corpus), source_id)
    target = span_id(source_id, start, end) if start is not None else source_anchor(source_id)
    shown = escape(source_id) if label is None else _as_html(label)
    return _fragment(f'<a class="{classes}" href="#{escape(target)}" '
                     f'{_data_attrs(document, start, end)}>{shown}</a>')


def source_label(source_id: str, corpus=None) -> Fragment:
    """A short link to a source for crowded tables: the published report shows the
    source's label in the appendix ("A4"), which no other source shares, where a
    cut id would not be ("202..." for every id that starts with a year).

    In JupyterLab, before the build has labelled the sources, it shows the id.
    """
    return _link(source_id, None, None, corpus, None, f"source-ref appendix-link {BY_LOCATOR}")


def cite_sources(source_ids, corpus=None, lead: str = "Sources", full: bool | None = None) -> Fragment:
    """A footnote listing sources (for a number computed from them), each linked to the appendix.

    ``full`` (default) gives each source's OSCOLA citation before its link;
    the build shortens a repeated one to "*TASS* (n 3)", so a note behind "98
    sentences in 5 sources" is long only the first time.
    """
    c = _corpus(corpus)
    ids = list(dict.fromkeys(str(s) for s in source_ids))
    if not ids:
        return footnote(f"{lead}: none.")
    full = True if full is None else full
    items = [(source_cite(_document(c, sid)) + Fragment(", source ") if full else Fragment("")) + source_ref(sid, corpus=c)
             for sid in ids]
    count = f" ({len(ids)})" if len(ids) > 2 else ""
    return footnote(Fragment(f"{escape(lead)}{count}: ") + Fragment("; ").join(items) + Fragment("."))


def in_source_quotes(body: str, start: int, end: int) -> bool:
    """Whether the source puts these words in quotation marks of its own, right around them."""
    before = body[start - 1:start]
    # The closing mark may follow a full stop or comma the source puts inside it: “person held in custody.”
    after = re.match(r"[.,;:!?]?(.)", body[end:end + 2])
    return bool(before and after) and before in QUOTE_OPENERS and after.group(1) in QUOTE_CLOSERS


def quote(source_id: str, start: int, end: int, corpus=None, cite: bool = True,
          marks: bool | None = None) -> Fragment:
    """The exact words of a source at ``[start, end)``, escaped, with a pinpoint footnote.

    Parameters
    ----------
    source_id : str
        Id of the source (``corpus.documents.id``).
    start, end : int
        Python ``str`` offsets into the body as stored.
    corpus : detentio.corpus.loader.Corpus, optional
        The corpus the notebook works on (default: data/sources).
    cite : bool
        Add a footnote: the source in OSCOLA form with its page and numbered
        paragraph when it has them (OSCOLA "p 4, para 98") and the 1-based
        sentence, and a link to the span highlighted in the sources appendix.
    marks : bool, optional
        Draw quotation marks around the words. ``False`` when the words are
        shown with their context and the source's own quotation marks around
        them, so that no second pair appears ('“all for all”' inside ‘...’).

    Returns
    -------
    Fragment
        ``<q class="source-quote" data-source=... data-start=... data-end=...>``;
        the build checks that the text still matches the source there.
    """
    c = _corpus(corpus)
    body = c.text(source_id)
    start, end = int(start), int(end)
    if not 0 <= start < end <= len(body):
        from detentio.core.problems import DetentioError, Problem

        raise DetentioError(Problem(source_id, f"quote {start}-{end} is outside the source "
                                               f"(its body has {len(body)} characters)"))
    document = _document(c, source_id)
    words = body[start:end]
    plain = marks is False
    marked = (f'<q class="source-quote{" in-quotes" if plain else ""}" {_data_attrs(document, start, end)}>'
              f"{escape(words)}</q>")
    if not cite:
        return _fragment(marked)
    index = c.sentence_of(source_id, start)
    page, para = c.locate(source_id, start) if hasattr(c, "locate") else (None, None)
    note = (source_cite(document, index, page, para) + Fragment(" (")
            + source_ref(source_id, start, end, c, label="in context") + Fragment(")."))
    return _fragment(marked + str(footnote(note)))


def _cell(value) -> str:
    if hasattr(value, "__html__"):
        return str(value.__html__())
    shown = downloads.plain(value)  # missing values, dates, yes/no: as the CSV gives them
    if shown is not None:
        return shown
    if isinstance(value, numbers.Integral):
        return f"{int(value):,}"
    if isinstance(value, numbers.Real):
        value = float(value)
        return f"{int(value):,}" if value.is_integer() else f"{value:,.2f}".rstrip("0")
    return str(escape(str(value)))


def _figure(kind: str, body: str, caption, source_note, after: str = "") -> Fragment:
    head = f"<figcaption>{_as_html(caption)}</figcaption>" if caption is not None else ""
    foot = f'<p class="source-note">{_as_html(source_note)}</p>' if source_note is not None else ""
    return _fragment(f'<figure class="detentio-{kind}">{head}{body}{foot}{after}</figure>')


def table(df, caption=None, source_note=None, index: bool = False) -> Fragment:
    """A table for the report: every value escaped, except Fragments (quotes, footnotes, links).

    Parameters
    ----------
    df : pandas.DataFrame
    caption : str or Fragment, optional
        Shown above the table (its ``<caption>``); it also names the CSV file.
    source_note : str or Fragment, optional
        Shown below it: where the numbers come from (e.g. ``cite_sources(...)``).
    index : bool
        Include the index as the first column.

    Under the table a link downloads it as CSV (a ``data:`` URI: offline, no
    script), with the source spans of any quotes it shows (:mod:`detentio.publish.downloads`).
    """
    import pandas as pd


    frame = df.reset_index() if index else df
    numeric = [pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
               for c in frame.columns]
    head = "".join(f'<th scope="col"{" class=num" if n else ""}>{escape(str(c))}</th>'
                   for c, n in zip(frame.columns, numeric))
    rows = "".join(
        "<tr>" + "".join(f'<td{" class=num" if n else ""}>{_cell(v)}</td>' for v, n in zip(row, numeric))
        + "</tr>" for row in frame.itertuples(index=False, name=None))
    # The caption belongs to the table (<caption>), so that a screen reader names the table by it.
    named = f"<caption>{_as_html(caption)}</caption>" if caption is not None else ""
    body = f'<table class="data">{named}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
    shown = downloads.read_cell(_as_html(caption))[0] if caption is not None else None
    return _figure("table", body, None, source_note, downloads.link(frame, shown))


def figure(fig, caption=None, source_note=None, alt: str | None = None, dpi: int = 150) -> Fragment:
    """A matplotlib figure as an embedded PNG (a data URI: the report stays one offline file).

    ``alt`` is what a reader who cannot see the picture is told; by default it
    is read off the figure (:func:`detentio.publish.describe.figure`: kind of chart,
    title, axes, legend and the values written on it). The figure is closed,
    so it is not shown a second time by the inline backend.
    """
    import matplotlib.pyplot as plt

    from detentio.publish import describe

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    if alt is None:
        alt = describe.figure(fig)
    plt.close(fig)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    body = f'<img src="data:image/png;base64,{data}" alt="{escape(alt)}">'
    return _figure("figure", body, caption, source_note)


def _protect(markdown: str) -> tuple[str, list[str]]:
    """Swap each outermost fragment for a placeholder the markdown parser leaves alone."""
    kept: list[str] = []
    out: list[str] = []
    depth, position, begin = 0, 0, 0
    for match in _MARKERS.finditer(markdown):
        if match.group() == OPEN:
            if depth == 0:
                out.append(markdown[position:match.start()])
                begin = match.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                kept.append(markdown[begin:match.end()])
                out.append(f"DETENTIOFRAGMENT{len(kept) - 1}X")
                position = match.end()
    out.append(markdown[position:] if depth == 0 else markdown[begin:])
    return "".join(out), kept


def render(markdown_or_html) -> str:
    """The HTML :func:`show` displays: markdown converted, fragments kept as they are.

    Only the notebook author's own words go through markdown: every value from
    a source or a data file reaches the string as a fragment (:func:`text`,
    :func:`quote`, :func:`table`...), which is set aside before the parser runs.
    """
    if hasattr(markdown_or_html, "__html__"):
        return str(markdown_or_html.__html__())
    import mistune

    protected, kept = _protect(str(markdown_or_html))
    converted = mistune.html(protected)
    return re.sub(r"DETENTIOFRAGMENT(\d+)X", lambda m: kept[int(m.group(1))], converted)


def show(markdown_or_html) -> None:
    """Display narrative built from computed values, with their footnotes.

    ``markdown_or_html`` is markdown (an f-string holding numbers and
    fragments: quotes, footnotes, links) or a Fragment. Write source text
    into it only through :func:`quote` or :func:`text`, which escape it.
    """
    from IPython.display import HTML, display

    display(HTML(f'<div class="narrative">{render(markdown_or_html)}</div>'))
