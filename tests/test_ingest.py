"""`detentio add` on realistic files: saved news and official pages, PDFs printed by
WeasyPrint (running headers, page numbers, numbered paragraphs, hyphenated and
hard-wrapped lines, several pages), a Word report with a footnote.

Each test adds files to a copy of the workspace (DETENTIO_ROOT) through the
command line, as a user would, and asserts the exact text and metadata.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pandas as pd
import pytest

import sourcefiles as made
from detentio import cli, corpus, mentions
from detentio.corpus.sources import read_source


def add(capsys, *args) -> tuple[int, str]:
    code = cli.main(["add", *map(str, args)])
    return code, capsys.readouterr().err


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under data/, hidden ones too: what a failed add must leave as it was."""
    data = root / "data"
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}


def only_source(root: Path, prefix: str):
    [path] = sorted((root / "data" / "sources").glob(f"{prefix}*.md"))
    return read_source(path)


def front(source) -> dict:
    keys = ("title", "author", "outlet", "published", "date_precision", "kind", "language", "url")
    return {key: source.get(key) for key in keys}


def test_a_saved_news_page_becomes_a_source_with_its_metadata(workspace, tmp_path, capsys):
    page = made.news_page()
    file = page.write(tmp_path, "page")
    code, err = add(capsys, file)
    source_id = "2021-07-07-caucasus-ledger-armenia-asks-azerbaijan-to-free-38"
    assert code == 0, err
    assert err == (f"{file}: added as data/sources/{source_id}.md "
                   f"(original kept as data/raw/{source_id}.html)\n")
    source = only_source(workspace, "2021-07-07")
    assert source.id == source_id
    assert front(source) == {**page.meta, "kind": "news"}
    # Navigation, scripts, ads, share bar, related links, tags and comments are gone; the headline leads.
    assert source.body == "\n".join([page.meta["title"], *made.NEWS_PARAGRAPHS]) + "\n"
    raw = workspace / "data" / "raw" / f"{source_id}.html"
    assert raw.read_bytes() == page.data
    digest = hashlib.sha256(page.data).hexdigest()
    assert (source.get("derived_from"), source.get("derived_sha256")) == (f"raw/{source_id}.html", digest)
    assert source.get("extractor").startswith("trafilatura ")
    manifest = (workspace / "data" / "MANIFEST").read_text()
    assert f"{digest}  raw/{source_id}.html\n" in manifest
    assert f"{source.sha256}  sources/{source_id}.md\n" in manifest
    assert cli.main(["check"]) == 0


@pytest.mark.parametrize("name", ["official", "report"])
def test_official_and_ngo_pages_keep_the_date_at_the_precision_they_give(workspace, tmp_path, capsys, name):
    page = made.pages()[name]
    code, err = add(capsys, page.write(tmp_path, name))
    assert code == 0, err
    source = only_source(workspace, page.meta["published"])
    assert front(source) == {**page.meta, "kind": "news"}
    assert source.body.splitlines()[1:] == page.paragraphs


def test_a_court_order_pdf_is_reflowed_page_by_page_with_its_chrome_marked(workspace, tmp_path, capsys):
    order = made.court_order_pdf()
    code, err = add(capsys, order.write(tmp_path, "order"))
    assert code == 0, err
    source = only_source(workspace, "2021-12-07")
    assert source.id == "2021-12-07-international-court-of-justice-application-of-the"
    assert front(source) == {"title": made.ORDER_TITLE, "author": "International Court of Justice", "outlet": None,
                             "published": "2021-12-07", "date_precision": "approximate", "kind": "judgment",
                             "language": "en", "url": None}
    assert source.get("extractor").startswith("pdfminer.six ")
    lines = source.body.splitlines()
    # Hyphenated line ends are rejoined ("provision-al", "de-tained"), "Vice-President" keeps its hyphen,
    # and paragraph 4, which runs over the page break, is one line, with the page's chrome after it.
    assert lines == [made.ORDER_HEADER, *order.paragraphs[:6], "- 1 -", made.ORDER_HEADER,
                     *order.paragraphs[6:], "- 2 -"]
    c = corpus.load()
    rows = c.sentences[c.sentences["source"] == source.id]
    assert all(c.text(r.source)[r.start:r.end] == r.text for r in rows.itertuples())
    chrome = rows[rows["boilerplate"]]
    assert list(zip(chrome["text"], chrome["page"])) == [(made.ORDER_HEADER, 1), ("- 1 -", 1),
                                                         (made.ORDER_HEADER, 2), ("- 2 -", 2)]
    body = rows[~rows["boilerplate"] & rows["text"].str.len().gt(3)]
    found = {r.text[:40]: (r.page, None if r.para is pd.NA else r.para) for r in body.itertuples()}
    assert found["Present: President Donoghue; Vice-Presid"] == (1, None)
    assert found["Armenia asks the Court to indicate provi"] == (1, 1)
    assert found["The Court recalls that it has power to i"] == (1, 4)  # begins on page 1, ends on page 2
    assert found["For these reasons, the Court indicates t"] == (2, 7)
    assert source.get("pages") == [0, source.body.index("provisional measures only")]


def test_a_label_and_its_denial_across_line_ends_and_a_page_break_are_found_once_with_their_page(
        workspace, tmp_path, capsys):
    split = made.split_label_pdf()
    code, err = add(capsys, split.write(tmp_path, "cat"), "--outlet", "Committee against Torture",
                    "--kind", "statement", "--published", "2024-11")
    assert code == 0, err
    source = only_source(workspace, "2024-11-committee-against-torture")
    assert source.body.splitlines() == [made.SPLIT_HEADER, split.paragraphs[0], split.paragraphs[1], "Page 1 of 2",
                                        made.SPLIT_HEADER, split.paragraphs[2], "Page 2 of 2"]
    found = mentions.find(paths=[source.path])
    pows = found[found["code"] == "prisoner_of_war"]
    assert list(zip(pows["text"], pows["negated"], pows["page"])) == [
        ("prisoners of war", True, 1), ("prisoners of war", True, 2)]
    assert source.body[pows["start"].iloc[1]:].startswith("prisoners of war and that each")
    assert set(found["page"]) == {1, 2} and not found["boilerplate"].any()


def test_a_word_report_keeps_headings_paragraphs_and_its_footnote(workspace, tmp_path, capsys):
    report = made.monitoring_docx()
    code, err = add(capsys, report.write(tmp_path, "report"))
    assert code == 0, err
    source = only_source(workspace, "2022-03-14")
    assert source.body.splitlines() == [
        made.DOCX_TITLE, "1. Findings", made.DOCX_PARAGRAPHS[0], made.DOCX_PARAGRAPHS[1] + "[1]", "2. Visits",
        made.DOCX_PARAGRAPHS[2], "Notes", f"[1] {made.DOCX_FOOTNOTE}"]
    assert front(source) == {"title": made.DOCX_TITLE, "author": "Helsinki Citizens' Assembly Vanadzor",
                             "outlet": None, "published": "2022-03-14", "date_precision": "approximate",
                             "kind": "statement", "language": "en-GB", "url": None}
    assert "creation" in source.get("notes")
    assert source.get("paras") is None  # headings' numbers are not paragraph numbers
    denied = mentions.find(paths=[source.path])
    assert list(zip(denied["text"], denied["negated"])) == [
        ("detainees", False), ("persons held in custody", False), ("prisoners of war", True)]


def test_adding_the_same_file_twice_changes_nothing_and_says_so(workspace, tmp_path, capsys):
    file = made.news_page().write(tmp_path, "page")
    assert add(capsys, file)[0] == 0
    before = snapshot(workspace)
    copy = made.news_page().write(tmp_path / "again", "saved-again")
    code, err = add(capsys, copy)
    source_id = "2021-07-07-caucasus-ledger-armenia-asks-azerbaijan-to-free-38"
    assert (code, err) == (0, f"{copy}: already added as {source_id} (data/sources/{source_id}.md); "
                              "nothing changed\n")
    assert snapshot(workspace) == before


def test_an_id_already_taken_is_refused_and_nothing_is_written(workspace, tmp_path, capsys):
    before = snapshot(workspace)
    file = made.official_page().write(tmp_path, "statement")
    code, err = add(capsys, file, "--id", "000_288279f309da8c33")
    assert code == 1
    assert err == (f"error: {file}: id '000_288279f309da8c33' is already taken by "
                   "data/sources/000_288279f309da8c33.md: choose another with --id\n")
    assert snapshot(workspace) == before


def _renamed(maker, suffix):
    def build():
        item = maker()
        item.suffix = suffix
        return item
    return build


@pytest.mark.parametrize("maker, message", [
    (made.image_only_pdf, "the PDF has no text layer, only images (a scan?): it needs OCR"),
    (made.encrypted_pdf, "the PDF is encrypted and needs a password"),
    (made.index_page, "no article text found: the page holds only navigation, lists or short lines"),
    (_renamed(made.news_page, ".pdf"), "the name says a PDF but the content is an HTML page"),
    (_renamed(made.split_label_pdf, ".html"), "the name says an HTML page but the content is a PDF"),
    (_renamed(made.monitoring_docx, ".pdf"), "the name says a PDF but the content is a Word (.docx) file"),
], ids=["scan", "encrypted", "no-article", "html-as-pdf", "pdf-as-html", "docx-as-pdf"])
def test_bad_input_is_refused_with_a_clear_message_and_data_is_untouched(workspace, tmp_path, capsys,
                                                                           maker, message):
    before = snapshot(workspace)
    file = maker().write(tmp_path, "input")
    code, err = add(capsys, file)
    assert code == 1
    assert err.startswith(f"error: {file}: {message}"), err
    assert snapshot(workspace) == before


def test_one_bad_file_among_several_does_not_stop_the_others(workspace, tmp_path, capsys):
    good, bad = made.news_page().write(tmp_path, "good"), made.image_only_pdf().write(tmp_path, "scan")
    code, err = add(capsys, bad, good)
    assert code == 1
    assert err.splitlines()[0].startswith(f"{good}: added as data/sources/2021-07-07-caucasus-ledger")
    assert err.splitlines()[1].startswith(f"error: {bad}: the PDF has no text layer")


def test_html_entities_are_not_expanded_from_local_files(workspace, tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    page = made.news_page().data.replace(b"<!DOCTYPE html>", f'<!DOCTYPE html [<!ENTITY leak SYSTEM '
                                                            f'"file://{secret}">]>'.encode())
    page = page.replace(b"<p>YEREVAN", b"<p>&leak; YEREVAN")
    (tmp_path / "leak.html").write_bytes(page)
    code, err = add(capsys, tmp_path / "leak.html")
    assert code == 0, err
    assert "TOP-SECRET-VALUE" not in only_source(workspace, "2021-07-07").body


def test_check_names_files_it_cannot_read_and_sources_without_a_date(workspace, tmp_path, capsys):
    sources = workspace / "data" / "sources"
    made.court_order_pdf().write(sources, "order")
    (sources / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (sources / "note.txt").write_text("Forty prisoners of war were released.\n")
    code = cli.main(["check"])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert "data/sources/order.pdf: not read as a source: run `detentio add data/sources/order.pdf` to make it " \
           "a source (the original is kept in data/raw/), then remove it from here" in err
    assert "data/sources/photo.jpg: not read as a source: sources are .md or .txt files; `detentio add` reads " \
           ".docx, .htm, .html, .pdf, .xhtml" in err
    assert "warning: data/sources/note.txt: no publication date: every date-filtered report leaves this source " \
           "out (give it 'published' and 'date_precision' in front matter; a .txt becomes a .md, see README)" in err


def test_an_added_source_whose_original_changed_fails_check(workspace, tmp_path, capsys):
    assert add(capsys, made.news_page().write(tmp_path, "page"))[0] == 0
    [raw] = (workspace / "data" / "raw").iterdir()
    raw.write_bytes(raw.read_bytes() + b"<!-- edited -->")
    assert cli.main(["check"]) == 1
    err = capsys.readouterr().err
    assert f"data/raw/{raw.name}: changed since ingest" in err
    assert "no longer has the sha256 recorded in derived_sha256" in err


def test_layout_fields_that_do_not_fit_the_body_are_named_by_check(workspace):
    from conftest import write_source
    from detentio.check import check_sources

    folder = workspace / "data" / "sources"
    write_source(folder, "zz.md", "HEADER\n1. First.\n- 1 -\n", """
        id: zz
        title: T
        kind: judgment
        language: en
        derived_from: raw/zz.pdf
        derived_sha256: '{}'
        extractor: pdfminer.six 20260107
        pages: [0, 400]
        paras: [[8, 2]]
        page_chrome: [[0, 6, 1], [17, 22, 3]]
    """.format("0" * 64))
    problems = [str(p) for p in check_sources([folder / "zz.md"])]
    assert problems == [
        "data/sources/zz.md:pages: pages must start at 0 and increase within the body (23 characters)",
        "data/sources/zz.md:paras: paras: the body has no paragraph number 2 at offset 8",
        "data/sources/zz.md:page_chrome: page_chrome needs pages",
    ]


def test_the_layout_places_offsets_on_pages_and_numbered_paragraphs():
    from detentio.corpus.layout import of

    body = "HEADER\n1. First. Still first.\n2. Second\n- 1 -\nHEADER\ngoes on.\n- 2 -\n"
    layout = of({"pages": [0, body.index("HEADER", 1)], "paras": [[7, 1], [body.index("2. "), 2]],
                 "page_chrome": [[0, 6, 1], [body.index("- 1 -"), body.index("- 1 -") + 5, 1],
                                 [body.index("HEADER", 1), body.index("HEADER", 1) + 6, 2]]})
    assert [layout.page_at(body.index(t)) for t in ("First", "Second", "- 1 -", "goes on")] == [1, 1, 1, 2]
    assert [layout.para_at(body.index(t)) for t in ("HEADER", "Still", "Second", "goes on")] == [None, 1, 2, 2]


def test_pinpoints_follow_oscola():
    from detentio.law.cite import locator

    assert (locator(4, 98), locator(4, None), locator(None, 98), locator(None, None)) == (
        "p 4, para 98", "p 4", "para 98", "")


def test_a_date_filtered_report_says_how_many_undated_sources_it_leaves_out(workspace):
    from detentio import notes

    (workspace / "data" / "sources" / "note.txt").write_text("Forty prisoners of war were released.\n")
    c = corpus.load()
    text = re.sub(r"<!--/?detentio-->", "", str(notes.undated(c.documents, c)))  # show()'s fragment markers
    assert text.startswith(" 1 undated source is left out: no date places it in the period")
    assert 'data-source="note"' in text
    dated = corpus.load(workspace / "data" / "sources" / "000_288279f309da8c33.md")
    assert str(notes.undated(dated.documents, dated)) == ""


def test_sources_without_pages_have_empty_page_and_para(workspace):
    c = corpus.load()
    assert c.sentences["page"].isna().all() and c.sentences["para"].isna().all()
    assert str(c.sentences["page"].dtype) == "Int64"
    assert mentions.find(c)["page"].isna().all()


def test_a_quote_from_a_pdf_source_is_footnoted_with_page_and_paragraph(workspace, tmp_path, capsys):
    import re

    from detentio import report

    assert add(capsys, made.split_label_pdf().write(tmp_path, "cat"), "--published", "2024-11")[0] == 0
    c = corpus.load()
    [source_id] = [i for i in c.documents["id"] if i.startswith("2024-11")]
    start = c.text(source_id).index("oners of war and that each") - 4
    note = re.sub(r"<[^>]+>", "", str(report.quote(source_id, start, start + 16, c)))
    assert note.startswith("prisoners of war [")
    assert ", p 2, para 12, sentence " in note
