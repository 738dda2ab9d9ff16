"""The reviewer's checklist, on the data: each doctrinal point of the legal review pinned so it cannot come back.

A reviewer of international law read the reports item by item against the
treaties; each test below names the point it holds. The same points are held
on the rendered reports by ``tests/test_legal_reports.py``.
"""
from __future__ import annotations

import json

import pytest
import yaml

from detentio import basis, cite, lawdata, notes, readings, shortcite
from detentio.core.problems import Problem


def provision(pid: str) -> dict:
    return lawdata.provision_index(lawdata.read_instruments())[pid][1]


def instrument(iid: str) -> dict:
    return next(i for i in lawdata.read_instruments() if i["id"] == iid)


def codebook() -> dict:
    return lawdata.read_yaml(lawdata.paths.codebook())["codes"]


def events() -> dict:
    return {row["id"]: row for row in lawdata.read_events()}


# --- 1. hostage-taking is not stretched -------------------------------------------

def test_hostage_taking_is_its_three_elements_not_any_release_with_a_price():
    art1 = provision("hostages-1")
    assert "conditional on a third party" not in art1["obligation"]
    for element in ("seizing or detaining", "threat to kill, to injure or to continue to detain",
                    "compelling a third party", "explicit or implicit condition"):
        assert element in " ".join(art1["summary"].split()), element
    elements = readings.proposition("hostage-elements")["statement"]
    assert "negotiated reciprocal exchange is ordinary practice" in " ".join(elements.split())
    assert readings.proposition("hostage-elements")["basis"] == ["hostages-1", "tri-2020-8"]


def test_hostage_scope_asserts_elements_and_places_the_grave_breach_with_gc_iv():
    scope = " ".join(codebook()["hostage"]["scope"].split())
    assert "prohibited in all circumstances and a grave breach" not in scope
    assert "three elements of Hostages Convention art 1" in scope
    assert "grave breach against persons protected by GC IV (art 147)" in scope
    assert "GC III art 130 does not list it" in scope
    assert "Hostage-taking is not on the list" in " ".join(provision("gc3-130")["summary"].split())
    assert "only against protected persons" in " ".join(provision("gc4-147")["summary"].split())


def test_hostage_taking_of_prisoners_of_war_rests_on_custom_and_ap_i_75_2_c():
    assert {"ihl-96", "api-75-2c", "gc4-34"} <= set(codebook()["hostage"]["provisions"])
    assert "prisoners of war are not among them" in provision("gc4-34")["summary"]
    assert cite.provision("api-75-2c").text.endswith("1125 UNTS 3, art 75(2)(c)")
    statement = " ".join(readings.proposition("hostage-protection")["statement"].split())
    assert "prisoners of war included, the prohibition rests on customary law (rule 96" in statement


# --- 2, 3. prosecuted prisoners; art 115 does not qualify art 119 -------------------------

def test_prosecution_postpones_repatriation_only_under_art_119_5_with_names_communicated():
    assert provision("gc3-118")["exceptions"] == ["gc3-119"]
    assert provision("gc3-119")["pinpoint"] == "art 119(5)"
    assert provision("gc3-119-6")["pinpoint"] == "art 119(6)"
    assert "names" in provision("gc3-119-6")["summary"]
    scope = " ".join(codebook()["terrorist_saboteur"]["scope"].split())
    assert "outside art 118 repatriation" not in scope and "held outside repatriation" not in scope
    assert "keeps a prisoner of war within the Convention (GC III art 85)" in scope
    assert "may not punish lawful acts of war (arts 87 and 99)" in scope


def test_art_115_belongs_to_the_sick_and_wounded_and_qualifies_nothing():
    assert "gc3-115" not in (provision("gc3-119").get("exceptions") or [])
    art115 = provision("gc3-115")
    assert "sick and wounded" in art115["heading"] and "It does not qualify art 119." in " ".join(art115["summary"].split())
    qualified = [prov["id"] for _, prov in lawdata.provision_index(lawdata.read_instruments()).values()
                 if "gc3-115" in (prov.get("exceptions") or [])]
    assert qualified == []


def test_the_missing_provisions_exist_with_their_oscola_citations():
    expected = {
        "gc3-4a1": "75 UNTS 135, art 4A(1)", "gc3-4a2": "75 UNTS 135, art 4A(2)", "gc3-85": "75 UNTS 135, art 85",
        "gc3-87": "75 UNTS 135, art 87", "gc3-99-108": "75 UNTS 135, arts 99-108",
        "gc3-119-6": "75 UNTS 135, art 119(6)", "gc3-130": "75 UNTS 135, art 130",
        "gc4-4": "75 UNTS 287, art 4", "gc4-133": "75 UNTS 287, art 133", "gc4-71-76": "75 UNTS 287, arts 71-76",
        "gc4-147": "75 UNTS 287, art 147", "api-45": "1125 UNTS 3, art 45", "api-75-3": "1125 UNTS 3, art 75(3)",
        "api-75-4": "1125 UNTS 3, art 75(4)", "iccpr-14": "999 UNTS 171, art 14", "echr-6": "213 UNTS 221, art 6",
        "ihl-96": "(ICRC/CUP 2005) r 96",
    }
    for pid, tail in expected.items():
        assert cite.provision(pid).text.endswith(tail), pid
    assert cite.provision("hassan").text == (
        "Hassan v United Kingdom [GC] App no 29750/09 (ECtHR, 16 September 2014), paras 104-105")
    assert cite.provision("hassan").html.startswith("<i>Hassan v United Kingdom</i> [GC] App no 29750/09")


def test_art_4a_1_and_4a_2_are_apart_and_belonging_to_a_party_decides_some_status():
    assert "forming part of those forces" in " ".join(provision("gc3-4a1")["summary"].split())
    art4a2 = " ".join(provision("gc3-4a2")["summary"].split())
    assert "belongs to a party to the conflict and meets four conditions" in art4a2
    assert "Whether a group belongs to a party therefore decides the status of its members." in art4a2


def test_ap_i_45_names_the_triggers_and_75_3_its_penal_offence_exception():
    art45 = " ".join(provision("api-45")["summary"].split())
    for trigger in ("claims that status", "appears to be entitled to it", "by notification to the detaining power"):
        assert trigger in art45, trigger
    assert "Except in cases of arrest or detention for penal offences" in " ".join(provision("api-75-3")["summary"].split())


# --- 4. the labels introduction; 6. art 133 ---------------------------------------------

def test_the_labels_propositions_carry_the_exception_the_facts_and_the_fair_trial():
    assert "unless proceedings for an indictable offence are pending" in " ".join(
        readings.proposition("label-pow")["statement"].split())
    assert "Whether a person is a hostage depends on facts" in readings.proposition("label-hostage")["statement"]
    convict = readings.proposition("label-convict")
    assert set(convict["basis"]) == {"gc3-99-108", "gc3-130", "gc4-71-76", "gc4-147", "api-75-4", "iccpr-14",
                                     "echr-6"}


def test_captive_and_civilian_codes_cite_art_133_for_release_after_hostilities():
    for code in ("captive", "civilian"):
        assert "gc4-133" in codebook()[code]["provisions"], code
        assert "art 133" in codebook()[code]["scope"], code


# --- 5. CAT; 7. 'all for all'; courts and bodies ------------------------------------------

def test_cat_observations_were_adopted_on_6_may_2024():
    assert instrument("cat-aze-2024")["adopted"] == "2024-05-06"
    assert "(6 May 2024) UN Doc CAT/C/AZE/CO/5" in cite.provision("cat-aze-2024-22").text
    assert "5 June 2024, its distribution date" in events()["cat-2024-05-10"]["description"]


def test_all_for_all_is_attributed_to_everyone_who_used_it_and_adopts_no_reading():
    assert "Russia calls" not in provision("tri-2020-8")["summary"]
    assert 'the formula "all for all" is not in it' in " ".join(provision("tri-2020-8")["summary"].split())
    scope = " ".join(codebook()["all_for_all"]["scope"].split())
    assert "Russia, Azerbaijan's State Commission and the Armenian Prime Minister" in scope
    assert "without conditions or counting" not in scope
    assert "Russia, Azerbaijan's State Commission and the Armenian Prime Minister used it" in \
        events()["trilateral-2020-11-09"]["description"]
    assert "'has been negotiated on the principle of all for all'" in \
        events()["statement-2020-12-05-pashinyan"]["description"]


def test_custom_binds_states_and_the_icrc_study_binds_no_one():
    assert instrument("ihl")["parties"].split() == (
        "Customary international law binds every state, Azerbaijan included; the ICRC study documents the "
        "rules and binds no one.").split()
    assert provision("ihl-96")["summary"].startswith("As identified in the study,")


def test_icj_orders_as_the_court_made_them():
    assert "[2021] ICJ Rep 361" in cite.provision("icj-cerd-2021-98").text
    order2022 = " ".join(provision("icj-cerd-2022")["summary"].split())
    assert "neither extends the 2021 measures nor indicates new ones" in order2022
    assert "stands for everyone detained" not in provision("icj-cerd-2022")["obligation"]
    assert "capable of falling within the Convention" in " ".join(provision("icj-cerd-2024")["summary"].split())
    assert {"icj-2023-02-22", "icj-2023-11-17"} <= set(events())


def test_political_bodies_are_not_courts_or_monitoring_bodies():
    rows = events()
    assert rows["ep-2021-05-20"]["kind"] == rows["pace-2021-09-27"]["kind"] == "resolution"
    assert "binds no state" in " ".join(provision("ep-2021-05-20")["summary"].split())


def test_differing_figures_are_each_recorded_with_who_gave_them():
    rows = events()
    assert rows["exchange-2020-12-14"]["given_in_return"] == (
        "12 Azerbaijanis flown to Baku (Russian Ministry of Defence, as AP News reports it); Azernews gives 14")
    hadrut, babayan = rows["capture-2020-12-hadrut"], rows["count-2021-01-19-babayan"]
    assert (hadrut["count_held"], babayan["count_held"]) == ("62", "64")
    assert "Bayramov" in hadrut["actor"] and "Davit Babayan" in babayan["actor"]


# --- contested readings as data ----------------------------------------------------------

@pytest.mark.parametrize("qid, holders", [
    ("para8-scope", ("Government of Armenia", "Government of Azerbaijan", "Russia")),
    ("status-after-ceasefire", ("Government of Armenia", "Government of Azerbaijan")),
    ("prosecution-detention", ("Government of Azerbaijan", "Government of Armenia", "Siranush Sahakyan")),
    ("price-hostage", ("Government of Armenia", "Government of Azerbaijan")),
])
def test_each_contested_point_gives_every_side_with_holders_and_sources(qid, holders):
    question = readings.question(qid)
    assert [r["holders"][0].split(" (")[0].split(",")[0] for r in question["readings"]] == list(holders)
    assert all(r["sources"] for r in question["readings"])
    assert all(readings.proposition(pid)["basis"] for pid in question["law"])


def test_every_proposition_names_its_basis_and_the_workspace_checks_clean():
    from detentio import check

    assert all(p["basis"] for p in readings.read()["propositions"])
    assert check.run() == []


# --- detentio check refuses a proposition without a basis ----------------------------------

def _messages(problems: list[Problem]) -> list[str]:
    return [str(p) for p in problems]


def _edit_yaml(path, change):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


def test_check_refuses_a_proposition_without_a_basis(workspace):
    path = workspace / "data" / "readings.yml"
    _edit_yaml(path, lambda d: d["propositions"][0].pop("basis"))
    problems = _messages(readings.check())
    assert any("proposition 'pow-status': states the law without a basis (give the provisions or cases it "
               "rests on)" in p for p in problems), problems


def test_check_refuses_a_scope_that_names_an_article_its_code_does_not_cite(workspace):
    def drop_133(data):
        data["codes"]["captive"]["provisions"].remove("gc4-133")
    _edit_yaml(workspace / "data" / "codebook.yml", drop_133)
    problems = _messages(basis.check())
    assert any(p.endswith("code 'captive': its regime or scope names GC IV art 133 without it in its basis")
               for p in problems), problems


def test_check_refuses_a_provision_summary_resting_on_an_unlisted_article(workspace):
    path = workspace / "data" / "instruments.yml"
    text = path.read_text(encoding="utf-8").replace("        basis: [gc4-126]\n", "", 1)
    path.write_text(text, encoding="utf-8")
    problems = _messages(basis.check())
    assert any("provision 'gc4-71-76': its summary names GC IV art 126 without it in its basis" in p
               for p in problems), problems


def test_check_refuses_a_contested_point_with_one_side_or_a_misquote(workspace):
    path = workspace / "data" / "readings.yml"

    def one_sided(data):
        data["questions"][0]["readings"] = data["questions"][0]["readings"][:1]
        data["questions"][1]["readings"][0]["holders"] = []
        data["questions"][3]["readings"][0]["quotes"][0]["words"] = "words no source holds"
    _edit_yaml(path, one_sided)
    problems = _messages(readings.check())
    assert any("question 'para8-scope': a contested point needs at least 2 readings, each with who holds it" in p
               for p in problems), problems
    assert any("reading 'status-armenia': holders (who holds it) must be a non-empty list of texts" in p
               for p in problems), problems
    assert any("reading 'price-armenia': the words 'words no source holds' are not in source "
               "004_59c0c21e26c3c404" in p for p in problems), problems


def test_check_refuses_law_stated_in_notebook_markdown(workspace):
    notebook = workspace / "notebooks" / "05-qualify-detention.ipynb"
    data = json.loads(notebook.read_text(encoding="utf-8"))
    data["cells"][0]["source"] = ["# Title\n", "A prisoner of war is repatriated (GC III art 118).\n"]
    notebook.write_text(json.dumps(data), encoding="utf-8")
    problems = _messages(basis.check())
    assert "notebooks/05-qualify-detention.ipynb: markdown cell 1 cites an article or rule in prose; show the law " \
           "with detentio.notes.proposition so that it carries its basis" in problems, problems


def test_references_read_articles_ranges_lists_and_rules():
    assert basis.references("GC III arts 87 and 99; arts 4A(1) and 4A(2); GC IV Arts 71 to 73; rules 99 and 128") == [
        ("gc3", 87), ("gc3", 99), ("gc3", 4), ("gc3", 4), ("gc4", 71), ("gc4", 72), ("gc4", 73),
        ("ihl", 99), ("ihl", 128)]
    assert basis.unfounded("the Convention (art 5)", ["gc3-5"], lawdata.read_instruments()) == [
        "art 5 (of which instrument?)"]


# --- OSCOLA forms and prose helpers ---------------------------------------------------------

@pytest.mark.parametrize("written, short", [
    ("Leonie Cater, 'Azerbaijan releases ...' (*Politico*, 19 December 2021) <https://x>", "Cater"),
    ("*Armenpress* (17 March 2021) <https://armenpress.am/eng/news/1046355/>", "*Armenpress*"),
    ("'Trend's interview with Spokesperson' (*Trend*, 4 March 2021) <https://x>", "*Trend*"),
    ("Vafa Ismayilova (*Azernews*, reprinted by *Today.az*, 10 February 2021) <https://x>", "Ismayilova"),
    ("French Ministry for Europe and Foreign Affairs, 'France welcomes ...' (7 February 2022)",
     "French Ministry for Europe and Foreign Affairs"),
    ("'Prisoners of war and hostages in Baku' (c. November 2023)", "'Prisoners of war and hostages in Baku'"),
])
def test_short_forms_of_written_citations(written, short):
    assert shortcite.marked_short(written) == short


def test_bibliography_names_are_surname_first():
    assert shortcite.inverted("Jean-Marie Henckaerts and Louise Doswald-Beck") == "Henckaerts J-M and Doswald-Beck L"
    assert cite.provision("ihl-96").entry == ("Henckaerts J-M and Doswald-Beck L, <i>Customary International "
                                              "Humanitarian Law, Volume I: Rules</i> (ICRC/CUP 2005)")
    assert cite.marked("Leonie Cater, 'T' (*Politico*, 19 December 2021)").entry == \
        "Cater L, 'T' (<i>Politico</i>, 19 December 2021)"


@pytest.mark.parametrize("n, word, shown", [(1, "use", "1 use"), (2, "use", "2 uses"), (1, "source", "1 source"),
                                            (3, "person", "3 people"), (1, "figure", "1 figure"),
                                            (17, "release and exchange", "17 releases and exchanges")])
def test_counts_agree_with_their_nouns(n, word, shown):
    assert notes.plural(n, word) == shown


def test_a_later_citation_is_short_with_a_cross_reference_and_ibid_for_the_one_before():
    from bs4 import BeautifulSoup

    from detentio import citations

    gc3, tass = cite.provision("gc3-118"), cite.passage("002_45120e5011152357", 6, para=98)
    page = "".join(f"<span class='n'>{c.note_html}</span>" for c in
                   (gc3, tass, tass, cite.provision("gc3-119"), cite.join([gc3, tass], key="j")))
    spans = BeautifulSoup(page, "html.parser").find_all("span", class_="n")
    works = citations.shorten(spans)
    texts = [s.get_text() for s in spans]
    assert texts[0].endswith("75 UNTS 135 (GC III), art 118")
    assert texts[1].startswith("'Return of detainees by Azerbaijan") and texts[1].endswith("(TASS, 7 July 2021), para 98, sentence 7")
    assert texts[2] == "ibid para 98, sentence 7"
    assert texts[3] == "GC III (n 1) art 119(5)"
    assert texts[4] == "GC III (n 1) art 118; TASS (n 2) para 98, sentence 7"
    tables = BeautifulSoup(citations.tables(works), "html.parser")
    assert [h.get_text() for h in tables.find_all("h3")] == ["Table of treaties and other instruments", "Bibliography"]
    assert tables.find("ul").get_text(" ", strip=True).endswith("(nn 1 , 4 , 5 )")
