"""The reviewer's checklist, on the rendered reports: qualify-all, labels-all, clause-trace and counts-ledger.

The four runs of ``runs.yml`` are built once, with their own parameters, in a
temporary copy of the workspace (as ``tests/test_build.py`` does; HTML only,
the PDF is printed from the same page), and each point of the legal review is
asserted on the text a reviewer reads. ``tests/test_legal_review.py`` holds the
same points on the data.
"""
from __future__ import annotations

import io
import re

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT, copy_workspace
from detentio import build
from detentio.publish.render import WORD_JOINER  # binds a note's call to its word; invisible, not part of the words

pytestmark = pytest.mark.slow

RUNS = ("qualify-all", "labels-all", "clause-trace", "counts-ledger")


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    root = copy_workspace(tmp_path_factory.mktemp("legal") / "ws")
    runs = yaml.safe_load((ROOT / "runs.yml").read_text(encoding="utf-8"))
    runs["runs"] = [dict(run, formats=["html"]) for run in runs["runs"] if run["name"] in RUNS]
    (root / "runs.yml").write_text(yaml.safe_dump(runs, sort_keys=False), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DETENTIO_ROOT", str(root))
        patch.delenv("MPLBACKEND", raising=False)
        results = {r.run: r for r in build.build(only=list(RUNS), jobs=2, stream=io.StringIO())}
    failed = {run: (r.status, r.message) for run, r in results.items() if r.status != "ok"}
    assert not failed, failed
    return {run: BeautifulSoup((root / "reports" / run / f"{run}.html").read_text(encoding="utf-8"), "html.parser")
            for run in RUNS}


_TEXTS: dict[int, str] = {}


def body_text(page) -> str:
    """What a reviewer reads in the report itself: notes, tables and appendix left out, spaces normalised."""
    if id(page) not in _TEXTS:
        _TEXTS[id(page)] = _body_text(page)
    return _TEXTS[id(page)]


BLOCKS = ["p", "li", "h1", "h2", "h3", "h4", "td", "th", "figcaption", "tr", "div", "section", "header"]


def _body_text(page) -> str:
    main = BeautifulSoup(str(page.find("main") or page.body), "html.parser")
    for part in main.select("section.notes, section.oscola-tables, section.sources-appendix, section.provenance, "
                            "span.fn-print, sup.fn-ref"):
        part.decompose()
    for block in main.find_all(BLOCKS):  # words of two blocks never run together; inline markup adds no space
        block.append(" ")
    return " ".join(main.get_text().replace(WORD_JOINER, "").split())


def note_texts(page) -> list[str]:
    return [" ".join(li.get_text().replace("↩", "").split()) for li in page.select("section.notes li")]


def table_rows(page, caption_start: str) -> list[list[str]]:
    for figure in page.find_all("figure", class_="detentio-table"):
        caption = figure.find("caption")
        if caption and caption.get_text().startswith(caption_start):
            rows = []
            for tr in figure.find("tbody").find_all("tr"):
                cells = []
                for td in tr.find_all("td"):
                    td = BeautifulSoup(str(td), "html.parser")
                    for note in td.select("span.fn-print, sup.fn-ref"):
                        note.decompose()
                    cells.append(" ".join(td.get_text().replace(WORD_JOINER, "").split()))
                rows.append(cells)
            return rows
    raise AssertionError(f"no table captioned {caption_start!r}")


def squeeze(text: str) -> str:
    return " ".join(text.split())


# --- 1. hostage-taking is not stretched -----------------------------------------------------

def test_qualify_sets_releases_with_a_price_against_the_elements_not_under_a_prohibition(reports):
    text = body_text(reports["qualify-all"])
    assert "prohibited without exception" not in text
    assert "Release as the price of a concession" not in text
    assert squeeze("Hostage-taking has three elements (Hostages Convention art 1): the seizure or detention of a "
                   "person; a threat to kill, to injure or to continue to detain that person; and the aim of "
                   "compelling a third party") in text
    assert squeeze("Hostage-taking is a grave breach only against persons protected by GC IV (art 147); GC III "
                   "art 130 does not list it") in text
    section = text[text.index("What was given for the releases, and the hostage question"):]
    exchanges = section[section.index("Reciprocal exchanges (a counter-release):"):
                        section.index("Releases for minefield maps:")]
    assert "14 December 2020: 44 released" in exchanges and "13 December 2023: 32 released" in exchanges
    assert "it records no threat as such" in section


def test_every_reading_of_the_hostage_question_is_attributed(reports):
    text = body_text(reports["qualify-all"])
    section = text[text.index("Is a release given for something in return hostage-taking?"):]
    assert "(2 readings on record; the workspace adopts none)" in section
    assert "Held by Government of Armenia (Ministry of Foreign Affairs)" in section
    assert "Held by Government of Azerbaijan (State Commission on Prisoners of War, Hostages and Missing Persons)" \
        in section


# --- 2, 3. prosecuted prisoners; art 115 ----------------------------------------------------

def test_prosecution_is_stated_in_law_and_the_detaining_states_terms_are_attributed(reports):
    text = body_text(reports["qualify-all"])
    assert "held outside repatriation altogether" not in text
    assert "the ground on which the detaining state invokes criminal proceedings" not in text
    assert "keeps the benefits of GC III, even if convicted (art 85)" in text
    assert "the parties must tell each other the names of those held back (art 119(6))" in text
    assert "A lawful act of war is not a crime (combatant immunity)" in text
    assert "for the people concerned Azerbaijan invokes criminal proceedings, which Armenia contests" in text


def test_art_115_does_not_qualify_art_119_in_the_report(reports):
    page = reports["qualify-all"]
    assert "Art 115 belongs to the direct repatriation of sick and wounded prisoners during hostilities and does " \
           "not qualify art 119." in body_text(page)
    rows = table_rows(page, "Provisions invoked by ‘prisoner of war’")
    art119 = next(r for r in rows if r[0] == "GC III art 119(5)")
    assert art119[3] == ""  # qualified by nothing
    assert next(r for r in rows if r[0] == "GC III art 118")[3] == "GC III art 119(5)"


# --- 4. the labels report's introduction ------------------------------------------------------

def test_labels_introduction_states_the_law_with_its_exception_facts_and_fair_trial(reports):
    page = reports["labels-all"]
    text = body_text(page)
    for overstated in ("a hostage may never be held at all", "may be held until the sentence ends",
                       "is to be repatriated without delay once active hostilities cease, a hostage"):
        assert overstated not in text
    assert squeeze("A prisoner of war is to be released and repatriated without delay after active hostilities "
                   "cease (GC III art 118), unless proceedings for an indictable offence are pending against him or "
                   "he is serving a sentence for one (art 119(5)).") in text
    assert "Whether a person is a hostage depends on facts, the elements of hostage-taking" in text
    assert squeeze("A person may be held to serve a sentence only if it was passed after a fair and regular trial "
                   "(GC III arts 99-108 and 130; GC IV arts 71-76 and 147; AP I art 75(4) as custom; ICCPR art 14; "
                   "ECHR art 6).") in text
    assert note_texts(page)[2].startswith("GC III (n 1) arts 99-108, 130; GC IV (n 2) arts 71-76, 147;")


def test_labels_report_gives_the_contested_labels_every_side(reports):
    text = body_text(reports["labels-all"])
    section = text[text.index("Where the parties disagree"):]
    for question in ("Are the servicemen captured near Hin Tagher and Khtsaberd",
                     "Do the criminal proceedings in Azerbaijan justify holding the detainees?",
                     "Is a release given for something in return hostage-taking?"):
        assert question in section, question
    assert section.count("the workspace adopts none") == 3


# --- 5, 6, 7 and the courts ---------------------------------------------------------------------

def test_cat_is_cited_as_adopted_on_6_may_2024(reports):
    notes = note_texts(reports["qualify-all"])
    assert any("UN Committee against Torture, 'Concluding observations on the fifth periodic report of Azerbaijan' "
               "(6 May 2024) UN Doc CAT/C/AZE/CO/5, paras 22-25" in n for n in notes)
    assert not any("5 June 2024) UN Doc" in n for n in notes)


def test_captive_code_cites_art_133(reports):
    rows = table_rows(reports["qualify-all"], "Provisions invoked by ‘captive’")
    assert [r[0] for r in rows if r[0].startswith("GC IV")] == ["GC IV art 132", "GC IV art 133"]


def test_all_for_all_is_attributed_to_everyone_who_used_it(reports):
    text = body_text(reports["clause-trace"])
    assert "Russia calls" not in text
    used = text[text.index("Who used the formula all for all, as the record shows it:"):]
    assert "Sergey Kopyrkin (7 July 2021): all for all" in used
    assert "5 December 2020: In an address to the nation, Pashinyan says the exchange" in used
    assert "14 December 2020: First exchange under para 8, announced by Azerbaijan's State Commission as " \
           "'all for all'" in used


def test_paragraph_8_is_read_by_each_party_and_adopted_by_none(reports):
    for run in ("clause-trace", "qualify-all"):
        text = body_text(reports[run])
        section = text[text.index("Does paragraph 8 cover the people captured after the ceasefire?"):]
        assert "(3 readings on record; the workspace adopts none)" in section
        assert "Held by Government of Azerbaijan (Foreign Minister Jeyhun Bayramov). Azerbaijan says that, in " \
               "accordance with the statement, it released all those taken prisoner during the military operations" \
               in section
        assert "Held by Russia (Ambassador to Armenia Sergey Kopyrkin)." in section


def test_courts_and_monitoring_bodies_are_apart_from_political_bodies(reports):
    page = reports["qualify-all"]
    bodies = {r[1] for r in table_rows(page, "Table 3.")}
    assert "European Parliament" not in bodies and "Parliamentary Assembly of the Council of Europe" not in bodies
    assert {"International Court of Justice", "UN Committee against Torture"} <= bodies
    text = body_text(page)
    assert "Political bodies, whose resolutions state a position and bind no state, adopted resolutions on the " \
           "detained: European Parliament, 20 May 2021" in text
    rows = {r[0]: r[2] for r in table_rows(page, "Table 3.")}
    assert "neither extends the 2021 measures nor indicates new ones" in rows["12 October 2022"]
    assert "capable of falling within CERD" in rows["12 November 2024"]
    assert {"22 February 2023", "17 November 2023"} <= set(rows)


def test_custom_binds_states_the_study_documents_it(reports):
    text = body_text(reports["qualify-all"])
    assert "Customary international law binds every state, Azerbaijan included. The ICRC study documents the " \
           "rules and binds no one" in text
    assert "Customary IHL (ICRC study)" not in text


def test_differing_release_figures_name_who_gave_them(reports):
    rows = table_rows(reports["clause-trace"], "Table 1.")
    december = next(r for r in rows if r[0] == "14 December 2020")
    assert december[3] == "12 Azerbaijanis flown to Baku (Russian Ministry of Defence, as AP News reports it); " \
                          "Azernews gives 14"
    text = body_text(reports["qualify-all"])
    assert "(62 by Azerbaijan's count, 64 by the Nagorno-Karabakh foreign minister's)" in text


# --- OSCOLA notes -------------------------------------------------------------------------------

@pytest.mark.parametrize("run", ["qualify-all", "labels-all", "clause-trace"])
def test_notes_cite_in_full_once_then_short_with_a_cross_reference(run, reports):
    notes = note_texts(reports[run])
    for number, note in enumerate(notes, 1):
        for target in re.findall(r"\(n (\d+)\)", note):
            assert 0 < int(target) < number, (number, note)
    # The old form "(Armenpress, 2025-03)": an outlet and an ISO date, no title or OSCOLA date.
    assert not any(re.search(r"\([\w. ]+, \d{4}-\d\d(?:-\d\d)?\)", n) or "outlet not named" in n for n in notes)
    gc3 = [n for n in notes if "Geneva Convention (III)" in n]
    assert len(gc3) == 1 and "75 UNTS 135 (GC III), art" in gc3[0]
    if run != "clause-trace":  # the trace cites GC III once
        assert any(re.search(r"\bGC III \(n \d+\) arts? ", n) for n in notes)
    # A pinpoint: the page and the paragraph number where the source gives them (news pages give
    # none), and the sentence.
    pin = r"(?:p \d+, )?(?:para \d+, )?sentence \d+ \(in context\)"
    assert any(re.search(r"\(n \d+\) " + pin, n) for n in notes)
    quoted = [n for n in notes if "(in context)" in n]  # every quote's note has its pinpoint
    assert quoted and all(re.search(pin, n) for n in quoted)
    assert any(re.search(r"^(?:Sources: )?ibid", n) for n in notes)


@pytest.mark.parametrize("run", ["qualify-all", "labels-all", "clause-trace"])
def test_long_reports_end_with_tables_of_treaties_and_cases_and_a_bibliography(run, reports):
    tables = reports[run].find("section", class_="oscola-tables")
    headings = [h.get_text() for h in tables.find_all("h3")]
    assert headings[0] == "Table of treaties and other instruments" and headings[-1] == "Bibliography"
    entries = [" ".join(li.get_text(" ").split()) for li in tables.find_all("li")]
    assert any(e.startswith("Geneva Convention (III) relative to the Treatment of Prisoners of War (adopted 12 August "
                            "1949, entered into force 21 October 1950) 75 UNTS 135") for e in entries)


def test_qualify_table_of_cases_cites_hassan_and_the_icj_report(reports):
    tables = reports["qualify-all"].find("section", class_="oscola-tables")
    cases = [" ".join(li.get_text(" ").split()) for li in tables.find_all("ul")[1].find_all("li")]
    assert any(c.startswith("Hassan v United Kingdom [GC] App no 29750/09 (ECtHR, 16 September 2014)") for c in cases)
    assert any("(Provisional Measures) [2021] ICJ Rep 361" in c for c in cases)
    bibliography = " ".join(tables.find_all("ul")[2].get_text(" ").split())
    assert "Henckaerts J-M and Doswald-Beck L, Customary International Humanitarian Law" in bibliography


def test_each_statement_of_law_carries_the_note_of_its_basis(reports):
    page = reports["qualify-all"]
    for statement, cited in (("Hostage-taking has three elements", "Hostages Convention (n"),
                             ("The one ground GC III gives for holding a prisoner of war back", "GC III (n"),
                             ("A deprivation of liberty must rest on a lawful ground", "ECHR (n")):
        node = page.find(string=re.compile(re.escape(statement)))
        assert node is not None, statement
        note = node.find_next("span", class_="fn-print")  # the note right after the statement
        assert " ".join(note.get_text().split()).startswith(cited), (statement, note.get_text()[:80])


# --- prose ------------------------------------------------------------------------------------

def test_counts_agree_with_their_nouns(reports):
    labels = body_text(reports["labels-all"])
    assert "1 use by 1 speaker in 1 source" in labels
    for run in RUNS:
        text = body_text(reports[run])
        assert not re.search(r"\b1 (uses|speakers|sources|denials|mentions|figures|releases)\b", text), run
    assert "2020 1 figure; the value stated: 62." in body_text(reports["counts-ledger"])


def test_what_a_claim_counts_is_shown_in_the_texts_words(reports):
    page = reports["counts-ledger"]
    held_2025 = [r[2] for r in table_rows(page, "Table 6.")]  # 2025: "only 23 Armenians"
    assert "Armenians" in held_2025 and "armenians" not in held_2025
    cells = [cell for figure in page.find_all("figure", class_="detentio-table")
             for cell in (td.get_text(" ", strip=True) for td in figure.find_all("td"))]
    assert "armenians" not in cells and "citizens" not in cells


def test_words_the_source_quotes_get_no_second_pair_of_marks(reports):
    page = reports["labels-all"]
    assert "q.source-quote.in-quotes { quotes: none; }" in str(page)
    checked = 0
    for q in page.select("strong > q.source-quote"):
        before = q.parent.previous_sibling
        before = before.get_text() if hasattr(before, "get_text") else str(before or "")
        if before[-1:] in "\"'“‘«„":
            assert "in-quotes" in q["class"], (before[-20:], q.get_text())
            checked += 1
    assert checked >= 2
    in_context = page.select('strong > q[data-source="002_45120e5011152357"][data-start="2140"]')
    assert [q.get_text() for q in in_context] == ["terrorists and saboteurs"]
    assert "in-quotes" in in_context[0]["class"]
