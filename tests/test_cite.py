"""OSCOLA footnotes: exact strings for each kind of reference, plain and HTML."""
from __future__ import annotations

import pytest

from detentio import cite

CERD_CASE = ("Application of the International Convention on the Elimination of All Forms of "
             "Racial Discrimination (Armenia v Azerbaijan)")

WEB_DOC = {
    "id": "tass-2021-07-07",
    "title": "Return of detainees by Azerbaijan is a priority, says Russian ambassador to Armenia",
    "author": "Ivan Petrov",
    "outlet": "TASS",
    "published": "2021-07-07",
    "date_precision": "day",
    "url": "https://tass.com/politics/1312345",
    "accessed": "2025-11-02",
}


def test_treaty_provision_gives_title_dates_series_and_pinpoint():
    citation = cite.provision("gc3-118")
    expected = ("Geneva Convention (III) relative to the Treatment of Prisoners of War (adopted 12 August 1949, "
                "entered into force 21 October 1950) 75 UNTS 135, art 118")
    assert citation.text == expected
    assert citation.html == expected  # a treaty title is roman in OSCOLA


def test_icj_order_italicises_the_case_name_only_and_cites_the_report():
    citation = cite.provision("icj-cerd-2021-98")
    # OSCOLA prefers the law report: [2021] ICJ Rep 361, not the order's date.
    assert citation.text == f"{CERD_CASE} (Provisional Measures) [2021] ICJ Rep 361, para 98(1)(a)"
    assert citation.html == f"<i>{CERD_CASE}</i> (Provisional Measures) [2021] ICJ Rep 361, para 98(1)(a)"


def test_icj_judgment_and_refused_modification_are_cited_by_stage():
    assert cite.provision("icj-cerd-2024").text == (
        f"{CERD_CASE} (Preliminary Objections) Judgment of 12 November 2024, para 105")
    assert cite.provision("icj-cerd-2022").text == (
        f"{CERD_CASE} (Request for the Modification of the Order Indicating Provisional Measures of "
        "7 December 2021) Order of 12 October 2022")


def test_customary_rule_is_cited_as_the_icrc_study_with_italic_title():
    citation = cite.provision("ihl-96")
    assert citation.html == ("Jean-Marie Henckaerts and Louise Doswald-Beck, <i>Customary International "
                             "Humanitarian Law, Volume I: Rules</i> (ICRC/CUP 2005) r 96")


def test_resolution_names_body_number_title_and_date():
    assert cite.provision("pace-1900").text == (
        "Parliamentary Assembly of the Council of Europe, Resolution 1900 (2012) "
        "'The definition of political prisoner' (3 October 2012), para 3")


def test_trilateral_statement_is_signed_not_in_force():
    assert cite.provision("tri-2020-8").text == (
        "Statement by President of the Republic of Azerbaijan, Prime Minister of the Republic of Armenia "
        "and President of the Russian Federation (signed 9 November 2020, ceasefire from 10 November 2020), "
        "para 8")


def test_instrument_takes_any_pinpoint_and_shares_the_provision_key():
    citation = cite.instrument("gc4", "art 34")
    assert citation.text == (
        "Geneva Convention (IV) relative to the Protection of Civilian Persons in Time of War (adopted "
        "12 August 1949, entered into force 21 October 1950) 75 UNTS 287, art 34")
    assert citation.key == cite.provision("gc4-34").key
    assert cite.instrument("gc4").key != citation.key


def test_web_source_has_author_italic_outlet_url_and_accessed_date():
    citation = cite.source(WEB_DOC)
    assert citation.text == (
        "Ivan Petrov, 'Return of detainees by Azerbaijan is a priority, says Russian ambassador to Armenia' "
        "(TASS, 7 July 2021) <https://tass.com/politics/1312345> accessed 2 November 2025")
    assert citation.html == (
        "Ivan Petrov, 'Return of detainees by Azerbaijan is a priority, says Russian ambassador to Armenia' "
        "(<i>TASS</i>, 7 July 2021) &lt;https://tass.com/politics/1312345&gt; accessed 2 November 2025")
    assert citation.key == "source:tass-2021-07-07"


@pytest.mark.parametrize("published, precision, shown", [
    ("2025-03", "month", "March 2025"),
    ("2023", "year", "2023"),
    ("2025-03", "approximate", "c. March 2025"),
    ("2021-01-28", "approximate", "c. 28 January 2021"),
])
def test_source_date_is_shown_at_its_precision(published, precision, shown):
    doc = {"id": "x", "title": "T", "outlet": "Armenpress", "published": published, "date_precision": precision}
    assert cite.source(doc).text == f"'T' (Armenpress, {shown})"


def test_source_without_author_outlet_or_url_leaves_them_out():
    assert cite.source("004_59c0c21e26c3c404").text == "'Prisoners of war and hostages in Baku' (c. November 2023)"


def test_markup_in_front_matter_is_escaped_in_html():
    doc = {"id": "x", "title": "<b>Bold</b> & co", "outlet": "A&B", "published": "2024", "date_precision": "year"}
    assert cite.source(doc).html == "'&lt;b&gt;Bold&lt;/b&gt; &amp; co' (<i>A&amp;B</i>, 2024)"


def test_corpus_pinpoint_counts_sentences_from_one():
    citation = cite.pinpoint("002_45120e5011152357", 4, "all for all")
    assert citation.text == (
        "'Return of detainees by Azerbaijan is a priority, says Russian ambassador to Armenia' "
        "(TASS, 7 July 2021), source 002_45120e5011152357, sentence 5: 'all for all'")
    assert citation.html.startswith("'Return of detainees") and "(<i>TASS</i>, 7 July 2021)" in citation.html
    assert citation.key == "pinpoint:002_45120e5011152357:4:all for all"


def test_event_joins_law_corpus_and_written_citations():
    row = {"id": "release-x", "source": "law:tri-2020-8; 004_59c0c21e26c3c404; "
                                        "'Prisoners freed' (*OC Media*, 14 January 2026) <https://oc-media.org/x>"}
    citation = cite.event(row)
    assert citation.text.endswith(
        "para 8; 'Prisoners of war and hostages in Baku' (c. November 2023); "
        "'Prisoners freed' (OC Media, 14 January 2026) <https://oc-media.org/x>")
    assert citation.html.endswith("'Prisoners freed' (<i>OC Media</i>, 14 January 2026) &lt;https://oc-media.org/x&gt;")
    assert citation.key == "event:release-x"


def test_event_takes_documents_from_a_table_when_given():
    documents = {"d1": {"id": "d1", "title": "Given", "outlet": "CivilNet", "published": "2025-10-01",
                        "date_precision": "day"}}
    assert cite.event({"id": "e", "source": "d1"}, documents).text == "'Given' (CivilNet, 1 October 2025)"


def test_unknown_provision_is_a_key_error():
    with pytest.raises(KeyError, match="gc3-999"):
        cite.provision("gc3-999")


def test_rows_of_the_pandas_tables_are_accepted():
    from detentio import corpus, law

    documents = corpus.documents()
    row = documents[documents["id"] == "002_45120e5011152357"].iloc[0]  # author and url are missing values
    assert cite.source(row) == cite.source("002_45120e5011152357")
    events = law.events().set_index("id", drop=False)
    assert cite.event(events.loc["icj-2021-12-07"], documents).text == cite.provision("icj-cerd-2021-98").text
