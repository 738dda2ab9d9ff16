"""The helpers notebooks call (detentio.publish.report) and how the build publishes their markers (render.finish)."""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass

import pandas as pd
import pytest
from bs4 import BeautifulSoup

from conftest import FIXTURES
from detentio import corpus, render, report
from detentio.core.problems import DetentioError

TASS = "002_45120e5011152357"


@pytest.fixture
def hostile(workspace):
    """The workspace with one source whose every field carries markup."""
    folder = workspace / "hostile"
    folder.mkdir()
    shutil.copy(FIXTURES / "hostile" / "script.md", folder / "script.md")
    return corpus.load(folder)


@dataclass
class FakeCitation:
    """What detentio.law.cite returns, reduced to what report needs."""

    html: str
    text: str = ""


def test_footnote_escapes_plain_text_and_trusts_citation_html():
    assert "a &lt;b&gt; &amp; c" in report.footnote("a <b> & c")
    cited = report.footnote(FakeCitation("<i>Prosecutor v Tadić</i> [70]"))
    assert '<span class="fn-body"><i>Prosecutor v Tadić</i> [70]</span>' in cited
    assert "&lt;i&gt;" in report.footnote(type("T", (), {"text": "<i>x</i>"})())


def test_quote_is_the_exact_escaped_text_with_a_pinpoint_note(seed_corpus):
    body = seed_corpus.text(TASS)
    start = body.index("15 Armenian citizens")
    end = start + len("15 Armenian citizens")
    html = report.quote(TASS, start, end, seed_corpus)
    q = BeautifulSoup(html, "html.parser").find("q", class_="source-quote")
    assert q.get_text() == "15 Armenian citizens"
    assert (q["data-source"], q["data-start"], q["data-end"]) == (TASS, str(start), str(end))
    assert q["data-path"] == f"data/sources/{TASS}.md"
    index = seed_corpus.sentence_of(TASS, start)
    note = BeautifulSoup(html, "html.parser").find("span", class_="fn-body")
    # OSCOLA: the source in full with its pinpoint (a news page numbers no paragraphs: the sentence, from one).
    assert note.get_text() == ("'Return of detainees by Azerbaijan is a priority, says Russian ambassador to Armenia' "
                               f"(TASS, 7 July 2021), sentence {index + 1} (in context).")
    cited = note.find("span", class_="cite")
    assert (cited["data-work"], cited["data-pin"]) == (f"source:{TASS}", f"sentence {index + 1}")
    assert cited["data-short"] == "<i>TASS</i>"
    assert note.find("a")["href"] == f"#src-{TASS}-{start}-{end}"
    assert "fn-body" not in report.quote(TASS, start, end, seed_corpus, cite=False)


def test_quote_outside_the_source_is_an_error(seed_corpus):
    with pytest.raises(DetentioError, match=rf"{TASS}: quote 10-99999 is outside the source"):
        report.quote(TASS, 10, 99999, seed_corpus)
    with pytest.raises(DetentioError, match="no source with this id"):
        report.source_ref("nope", corpus=seed_corpus)


def test_hostile_source_text_is_escaped_everywhere(hostile):
    body = hostile.text("hostile_script")
    start = body.index("<script>")
    end = body.index("</script>") + len("</script>")
    html = str(report.quote("hostile_script", start, end, hostile))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # The title (with <img onerror>) in the note is escaped too.
    assert "<img" not in html and "&lt;img src=x" in html
    table = str(report.table(hostile.documents[["id", "title", "outlet"]]))
    assert "<b>Hostile</b>" not in table and "&lt;b&gt;Hostile&lt;/b&gt;" in table


def test_table_escapes_values_keeps_fragments_and_formats_numbers():
    frame = pd.DataFrame({
        "n": [1200, 3], "share": [0.25, 1.0], "text": ["<b>x</b>", report.footnote("note")],
        "when": [pd.Timestamp("2021-07-07"), pd.NaT], "flag": [True, False],
    })
    html = str(report.table(frame, caption="Counts <1>", source_note=report.text("from <here>")))
    soup = BeautifulSoup(html, "html.parser")
    assert soup.table.caption.get_text() == "Counts <1>"  # the table's own caption names it
    assert [td.get_text() for td in soup.find_all("tr")[1].find_all("td")] == [
        "1,200", "0.25", "<b>x</b>", "2021-07-07", "yes"]
    assert soup.find("span", class_="detentio-fn") is not None
    assert [td.get_text() for td in soup.find_all("tr")[2].find_all("td")][3:] == ["", "no"]
    assert soup.find("p", class_="source-note").get_text() == "from <here>"
    assert [th.get("class") for th in soup.find_all("th")] == [["num"], ["num"], None, None, None]
    assert {th["scope"] for th in soup.find_all("th")} == {"col"}


def csv_of(fragment) -> tuple[str, list[list[str]]]:
    """The download name and the rows of a table fragment's CSV link."""
    import base64
    import csv
    import io

    link = BeautifulSoup(str(fragment), "html.parser").select_one("p.table-download a")
    assert link["href"].startswith("data:text/csv;charset=utf-8;base64,")
    data = base64.b64decode(link["href"].split(",", 1)[1]).decode("utf-8")
    return link["download"], list(csv.reader(io.StringIO(data)))


def test_table_downloads_as_csv_with_the_values_shown_and_the_quoted_spans(seed_corpus):
    body = seed_corpus.text(TASS)
    start = body.index("15 Armenian citizens")
    end = start + len("15 Armenian citizens")
    frame = pd.DataFrame({
        "released": [1200, 3], "share": [0.25, 1.0],
        "said": [report.quote(TASS, start, end, seed_corpus), report.text("<b>none</b>") + report.footnote("n")],
        "when": [pd.Timestamp("2021-07-07"), pd.NaT], "flag": [True, False],
    })
    name, rows = csv_of(report.table(frame, caption="Table 2. Releases ‘by month’"))
    assert name == "table-2-releases-by-month.csv"
    assert rows == [
        ["released", "share", "said", "when", "flag", "said_source", "said_start", "said_end"],
        ["1200", "0.25", "15 Armenian citizens", "2021-07-07", "yes", TASS, str(start), str(end)],
        ["3", "1", "<b>none</b>", "", "no", "", "", ""],  # 1.0 shows as 1; the note is no value
    ]


def test_table_without_quotes_gets_no_span_columns_and_a_plain_name():
    name, rows = csv_of(report.table(pd.DataFrame({"a": ["x, \"y\""], "b": [None]})))
    assert name == "table.csv"
    assert rows == [["a", "b"], ['x, "y"', ""]]


def test_two_tables_with_one_caption_download_under_two_names():
    from detentio.publish import downloads

    frame = pd.DataFrame({"n": [1, 2]})
    page = BeautifulSoup(str(report.table(frame, caption="Uses")) + str(report.table(frame.head(1), caption="Uses")),
                         "html.parser")
    found = downloads.attachments(page)
    assert [name for name, _ in found] == ["uses.csv", "uses-2.csv"]
    assert found[1][1] == b"n\r\n1\r\n"
    second = page.select("p.table-download")[1]
    assert second["data-file"] == second.a["download"] == "uses-2.csv"
    assert second.a.get_text() == "Download this table as CSV (uses-2.csv, 1 rows, 1 columns)"


def test_figure_is_an_embedded_png_with_caption():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.plot([1, 2], [3, 4])
    ax.set_title("Releases by month")
    html = str(report.figure(fig, caption="Figure 1"))
    img = BeautifulSoup(html, "html.parser").img
    assert img["src"].startswith("data:image/png;base64,iVBOR")
    assert img["alt"].startswith("Line chart: Releases by month. Vertical axis: 3.0 to 4.0.")
    assert fig.number not in plt.get_fignums()  # closed, so the inline backend does not show it twice


def test_markdown_around_fragments_leaves_the_fragments_alone():
    note = report.footnote("a *starred* title_with_underscores")
    html = report.render(f"**{3}** sources{note} and *more*")
    assert html.startswith("<p><strong>3</strong> sources")
    assert "<em>more</em>" in html
    assert "a *starred* title_with_underscores" in html


def published(body: str, run: str = "demo") -> BeautifulSoup:
    """A page as nbconvert would give it, finished by the build."""
    page = f"<html><head><title>t</title></head><body><main>{body}</main></body></html>"
    record = {"run": run, "notebook": "notebooks/x.ipynb", "built": "2026-01-01T00:00:00Z",
              "parameters": {"since": "2025-01-01"}, "input_hash": "0" * 64, "git": {"commit": None},
              "packages": {"pandas": "3.1"}, "inputs": {}}
    return BeautifulSoup(render.finish(page, "Demo report", record).html, "html.parser")


def test_footnotes_are_numbered_in_order_with_back_links(seed_corpus):
    body = report.render(f"One{report.footnote('first')} two{report.footnote('second')} "
                         f"three{report.quote(TASS, 10, 20, seed_corpus)}")
    soup = published(body)
    refs = soup.select("sup.fn-ref a")
    assert [a.get_text() for a in refs] == ["1", "2", "3"]
    assert [a["href"] for a in refs] == ["#fn-1", "#fn-2", "#fn-3"]
    notes = soup.select("section.notes li")
    assert [li["id"] for li in notes] == ["fn-1", "fn-2", "fn-3"]
    assert notes[0].get_text().startswith("first")
    assert [li.find("a", class_="fn-back")["href"] for li in notes] == ["#fnref-1", "#fnref-2", "#fnref-3"]
    # The same note text sits inline for the PDF's page footnotes.
    assert [s.get_text() for s in soup.select("span.fn-print")][:2] == ["first", "second"]
    assert "detentio" not in "".join(str(c) for c in soup.find_all(string=lambda s: s.__class__.__name__ == "Comment"))


def test_appendix_holds_each_cited_source_with_anchored_spans(seed_corpus):
    body = seed_corpus.text(TASS)
    start = body.index("15 Armenian citizens")
    end = start + len("15 Armenian citizens")
    soup = published(report.render(f"{report.quote(TASS, start, end, seed_corpus)} and "
                                   f"{report.source_ref('003_5bdef974ad1bb4d4', corpus=seed_corpus)}"))
    sections = soup.select("section.sources-appendix section.cited-source")
    assert [s["id"] for s in sections] == [f"src-{TASS}", "src-003_5bdef974ad1bb4d4"]
    mark = soup.find(id=f"src-{TASS}-{start}-{end}")
    assert mark.name == "mark" and mark.get_text() == "15 Armenian citizens"
    # The whole body is there, as stored.
    assert sections[0].find("div", class_="source-text").get_text() == body
    provenance = soup.find("section", class_="provenance")
    assert TASS in provenance.get_text() and "since" in provenance.get_text()
    assert soup.find("header", class_="report-head")["data-title"] == "Demo report"


def test_notes_and_appendix_share_locators_in_citation_order(seed_corpus):
    body = seed_corpus.text(TASS)
    first = body.index("15 Armenian citizens")
    later = body.index("Return of")
    soup = published(report.render(
        f"{report.quote(TASS, first, first + 20, seed_corpus)} "
        f"{report.source_ref('003_5bdef974ad1bb4d4', corpus=seed_corpus)} "
        f"{report.quote(TASS, later, later + 9, seed_corpus)}"))
    # TASS is cited first (A1); its spans are numbered in text order, not citation order.
    assert [a["data-locator"] for a in soup.select("span.fn-print a.appendix-link")] == ["A1.2", "A1.1"]
    assert [a["data-locator"] for a in soup.select("section.notes a.appendix-link")] == ["A1.2", "A1.1"]
    assert soup.select_one("a.source-ref[href='#src-003_5bdef974ad1bb4d4']")["data-locator"] == "A2"
    assert soup.find(id=f"src-{TASS}-{later}-{later + 9}")["data-locator"] == "A1.1"
    assert soup.find(id=f"src-{TASS}-{first}-{first + 20}")["data-locator"] == "A1.2"
    contents = soup.select("ol.appendix-contents a.appendix-toc")
    assert [(a["href"], a.find(class_="locator").get_text()) for a in contents] == [
        (f"#src-{TASS}", "A1"), ("#src-003_5bdef974ad1bb4d4", "A2")]
    # the labels are attributes shown by CSS: the source text is still the source's own
    assert soup.select_one(f"#src-{TASS} .source-text").get_text() == body


def test_overlapping_spans_each_keep_an_anchor(seed_corpus):
    html = render.marked_text("abcdefghij", [(2, 6), (4, 8), (2, 3)], "s")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.get_text() == "abcdefghij"
    assert {e["id"] for e in soup.find_all(id=True)} == {"src-s-2-6", "src-s-4-8", "src-s-2-3"}
    assert "".join(m.get_text() for m in soup.find_all("mark")) == "cdefgh"


def test_a_quote_that_no_longer_matches_its_source_fails_the_report(seed_corpus):
    forged = ('<q class="source-quote" data-source="002_45120e5011152357" '
              'data-path="data/sources/002_45120e5011152357.md" data-start="10" data-end="20">not these</q>')
    with pytest.raises(DetentioError) as error:
        published(forged, run="forged")
    assert str(error.value) == (
        "reports/forged: quote from 002_45120e5011152357 at 10-20 does not match the source: "
        "the report shows 'not these', data/sources/002_45120e5011152357.md has 'Return of '")


def test_error_page_shows_the_cell_and_the_traceback_without_colour_codes():
    page = render.error_page("broken", "notebooks/raises.ipynb", "the cell In [3] raised ZeroDivisionError",
                             "ratio = 1 / divisor", "\x1b[0;31mZeroDivisionError\x1b[0m: division by zero")
    soup = BeautifulSoup(page, "html.parser")
    assert [pre.get_text() for pre in soup.find_all("pre")] == [
        "ratio = 1 / divisor", "ZeroDivisionError: division by zero"]
    assert re.search(r"\x1b", page) is None


def test_sources_sharing_a_prefix_get_distinct_labels_in_tables(workspace):
    from conftest import write_source

    front = ('id: {id}\ntitle: Day {n}\noutlet: Wire\npublished: "2021-05-0{n}"\ndate_precision: day\n'
             "kind: news\nlanguage: en")
    for n in (1, 2):
        write_source(workspace / "dated", f"2021-05-0{n}-wire.md", "Twelve prisoners of war.",
                     front.format(id=f"2021-05-0{n}-wire", n=n))
    c = corpus.load(workspace / "dated")
    frame = pd.DataFrame({"sources": [report.html(str(report.text(", ").join(
        report.source_label(s, c) for s in ("2021-05-02-wire", "2021-05-01-wire"))))]})
    # In JupyterLab, before the build labels the sources: the ids.
    before = BeautifulSoup(report.render(report.table(frame)), "html.parser")
    assert [a.get_text() for a in before.select("a.source-ref")] == ["2021-05-02-wire", "2021-05-01-wire"]
    soup = published(report.render(report.table(frame)))
    links = soup.select("table a.source-ref")
    assert [a.get_text() for a in links] == ["A1", "A2"]  # in the order first cited, never "202", "202"
    assert [a.get("data-locator") for a in links] == [None, None]  # the label is the text, not added after it
    assert [h.find(class_="locator").get_text() for h in soup.select("section.cited-source h3")] == ["A1", "A2"]
    assert [s["id"] for s in soup.select("section.cited-source")] == ["src-2021-05-02-wire", "src-2021-05-01-wire"]


def test_a_source_shown_by_its_label_downloads_as_its_id(seed_corpus):
    frame = pd.DataFrame({"source": [report.source_label(TASS, seed_corpus)], "n": [3]})
    _, rows = csv_of(report.table(frame, caption="Table 5. By source"))
    assert rows == [["source", "n"], [TASS, "3"]]  # the build shows "A1"; the CSV names the source


def test_the_page_and_the_csv_show_missing_values_dates_and_booleans_alike():
    import datetime as dt

    import numpy as np
    import pandas as pd

    from detentio.publish import downloads, report

    values = [None, pd.NA, np.nan, pd.NaT, pd.Timestamp("2023-01-02"), dt.date(2020, 1, 1), True, np.bool_(False)]
    shown = ["", "", "", "", "2023-01-02", "2020-01-01", "yes", "no"]
    assert [report._cell(v) for v in values] == shown
    assert [downloads.cell_text(v) for v in values] == shown
    # numbers and text differ by medium: thousands separators and escaping on the page only
    assert (report._cell(1234), downloads.cell_text(1234)) == ("1,234", "1234")
    assert (report._cell("x<y"), downloads.cell_text("x<y")) == ("x&lt;y", "x<y")
