"""Mentions: spans, negation, quotation, boilerplate, and the seed corpus."""
import pytest

from conftest import write_source
from detentio import corpus, mentions, sources

COLUMNS = ["source", "start", "end", "text", "code", "sentence", "speaker", "quoted", "negated", "rule"]


def rows(text, **kwargs):
    return [(m["text"], m["code"], m["negated"]) for m in mentions.extract(text, source="t", **kwargs)]


def test_negation_covers_coordinated_labels():
    text = "He said the leaders are not prisoners of war or civilian prisoners, but hostages."
    assert rows(text) == [("prisoners of war", "prisoner_of_war", True), ("civilian prisoners", "civilian", True),
                          ("hostages", "hostage", False)]


def test_negation_with_article_and_no_longer():
    assert rows("She is not a captive. They are no longer detainees.") == [
        ("captive", "captive", True), ("detainees", "detainee", True)]


def test_not_only_and_whether_or_not_do_not_negate():
    assert rows("Not only prisoners of war, whether or not hostages.") == [
        ("prisoners of war", "prisoner_of_war", False), ("hostages", "hostage", False)]


def test_clause_negated_when_the_action_did_not_happen():
    assert rows("The prisoners have not been released.") == [
        ("prisoners", "detainee", False), ("released", "release", True)]


def test_negation_of_something_else_is_not_a_negated_mention():
    assert rows("The text does not contain any clause on the return of prisoners.") == [
        ("return", "release", False), ("prisoners", "detainee", False)]


def test_release_of_bodies_and_of_things_is_not_a_release():
    text = "The body of a soldier was handed over. The report was released. Captives were released."
    assert rows(text) == [("Captives", "captive", False), ("released", "release", False)]


@pytest.mark.parametrize("text, expected", [
    # maps or remains handed over are things, not people: only the maps are a mention
    ("After the exchange of prisoners, Armenia handed over maps of mined areas.",
     [("exchange", "exchange", False), ("prisoners", "detainee", False), ("maps of mined areas", "mine_maps", False)]),
    ("The prisoners came home. The minefield maps handed over by Armenia were incomplete.",
     [("prisoners", "detainee", False), ("minefield maps", "mine_maps", False)]),
    ("Two captives were freed, and the Armenian side handed over to the Azerbaijani side the maps of the minefields.",
     [("captives", "captive", False), ("freed", "release", False), ("maps of the minefields", "mine_maps", False)]),
    # ... but people handed over in exchange for maps, and releases linked to maps, are releases of people
    ("Baku handed over 15 prisoners in exchange for maps of mined areas.",
     [("handed over", "release", False), ("prisoners", "detainee", False), ("exchange", "exchange", False),
      ("maps of mined areas", "mine_maps", False)]),
    ("The prisoners wait. An official linked any further releases to Armenian minefield maps.",
     [("prisoners", "detainee", False), ("releases", "release", False), ("minefield maps", "mine_maps", False)]),
])
def test_maps_and_remains_handed_over_are_no_release(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # civilians killed or harmed are the war's victims, not a name for the people held
    ("The prisoners were tried for crimes against thousands of civilians.", [("prisoners", "detainee", False)]),
    ("The prisoners wait; mines kill civilians on both sides.", [("prisoners", "detainee", False)]),
    ("The prisoners wait. Since 2020, 159 citizens, including 32 civilians, have been killed.",
     [("prisoners", "detainee", False)]),
    # ... but civilians held, seized or released are
    ("Two civilians seized on the Lachin road remain in Baku.", [("civilians", "civilian", False)]),
])
def test_civilians_killed_or_harmed_are_no_label(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # words passed on are no exchange of people
    ("The ICRC visited the detainees and exchanged more than 3,000 Red Cross messages.", [("detainees", "detainee", False)]),
    ("The detainees wait. The sides exchanged updated lists of missing persons.", [("detainees", "detainee", False)]),
    ("The detainees wait. Red Cross messages exchanged between detainees and families: 186.",
     [("detainees", "detainee", False), ("detainees", "detainee", False)]),
    # ... people exchanged are
    ("The sides exchanged 12 detainees for 44.", [("exchanged", "exchange", False), ("detainees", "detainee", False)]),
])
def test_messages_and_lists_exchanged_are_no_exchange_of_people(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised label inside a proper name in a sentence is a name's word
    ("The families' group Hope for Return says eighty men are still held as hostages.", [("hostages", "hostage", False)]),
    ("The Union of Captives' Families in Yerevan says it counts the hostages.", [("hostages", "hostage", False)]),
    ("Under the Convention relative to the Treatment of Prisoners of War, the hostages must be freed.",
     [("hostages", "hostage", False), ("freed", "release", False)]),
    # ... but a headline in title case keeps its labels
    ("Calls for Release of Armenian Prisoners", [("Release", "release", False), ("Prisoners", "detainee", False)]),
    # a body's name, in any of the styles a text prints it: no label for the people it speaks of
    ("Commission on Issues of Prisoners of War, Hostages and Missing Persons of the Republic of Azerbaijan", []),
    ("STATE COMMISSION ON PRISONERS OF WAR, HOSTAGES AND MISSING PERSONS", []),
    ("The Joint Humanitarian Commission on Missing and Detained Persons met in Geneva.", []),
])
def test_a_label_inside_a_proper_name_is_no_mention(text, expected):
    assert rows(text) == expected


def test_boilerplate_lines_are_left_out_unless_asked():
    text = "Hostages freed, says minister\n3 minute read\nThe hostages were freed.\nRead more about prisoners here:"
    assert [m["text"] for m in mentions.extract(text, source="t")] == ["Hostages", "freed", "hostages", "freed"]
    flagged = mentions.extract(text, source="t", include_boilerplate=True)
    assert [(m["text"], m["boilerplate"]) for m in flagged][-1] == ("prisoners", True)


def test_quoted_flag_follows_quotation_marks():
    text = 'Baku calls them "terrorists and saboteurs", while Yerevan speaks of captives.'
    found = mentions.extract(text, source="t")
    assert [(m["text"], m["quoted"]) for m in found] == [("terrorists and saboteurs", True), ("captives", False)]


def test_streaming_one_source_matches_the_table(tmp_path):
    path = write_source(tmp_path, "note.txt", "The captives were exchanged for maps of the minefields.")
    records = mentions.extract_source(sources.read_source(path))
    table = mentions.find(paths=[path])
    assert list(table.columns[:10]) == COLUMNS
    assert [(r["start"], r["end"], r["code"]) for r in records] == [(4, 12, "captive"), (18, 27, "exchange"),
                                                                    (32, 54, "mine_maps")]
    assert table[["start", "end", "code"]].values.tolist() == [[4, 12, "captive"], [18, 27, "exchange"],
                                                              [32, 54, "mine_maps"]]
    assert set(table["speaker"]) == {"outlet:note"}


def test_empty_corpus_gives_the_columns(tmp_path):
    write_source(tmp_path, "empty.txt", "Nothing about anyone.")
    table = mentions.find(paths=[tmp_path])
    assert table.empty and list(table.columns[:10]) == COLUMNS


def test_every_seed_mention_is_the_exact_slice(seed_corpus, seed_mentions):
    c, table = seed_corpus, seed_mentions
    for row in table.itertuples():
        assert c.text(row.source)[row.start:row.end] == row.text
    # the sentence index is the corpus sentence that contains the mention
    sentences = c.sentences.set_index(["source", "index"])
    for row in table.itertuples():
        sentence = sentences.loc[(row.source, row.sentence)]
        assert sentence.start <= row.start and row.end <= sentence.end


def test_seed_mentions_that_matter(seed_mentions):
    table = seed_mentions
    table = table.set_index(["source", "start"])
    assert table.loc[("001_b7bfa99757de68eb", 5552), ["text", "code", "speaker", "negated", "rule"]].tolist() == [
        "prisoner of war", "prisoner_of_war", "sahakyan", True, "pronoun"]
    assert table.loc[("002_45120e5011152357", 2140), ["text", "code", "speaker", "quoted"]].tolist() == [
        "terrorists and saboteurs", "terrorist_saboteur", "azerbaijan", True]
    assert table.loc[("000_288279f309da8c33", 65), ["text", "code", "speaker", "rule"]].tolist() == [
        "illegaly held", "illegal_detention", "pashinyan", "headline_says"]
    assert table.loc[("004_59c0c21e26c3c404", 460), ["text", "code", "negated"]].tolist() == [
        "returned", "release", True]


def test_seed_boilerplate_is_not_counted(seed_corpus, seed_mentions):
    c, table = seed_corpus, seed_mentions
    # 001 repeats its headline as page chrome: only the first "prisoners" of the two copies counts
    first = table[(table["source"] == "001_b7bfa99757de68eb") & (table["start"] < 250)]
    assert first["start"].tolist() == [100]


def test_release_refers_back_to_people_in_the_sentence_before():
    text = "Four captives came home on Friday.\nThe release followed talks."
    assert rows(text) == [("captives", "captive", False), ("release", "release", False)]


def test_neither_nor_denies_both_quoted_labels():
    text = 'The convicts are neither "hostages" nor ‘political prisoners’. The captives are in Baku.'
    assert rows(text) == [("hostages", "hostage", True), ("political prisoners", "political_prisoner", True),
                          ("captives", "captive", False)]


def test_never_holding_anyone_as_a_label_denies_it():
    assert rows("The state has never held anyone as a hostage.") == [("hostage", "hostage", True)]
    # holding someone for a reason other than the label does not deny the label
    assert rows("Nobody has held the hostages to account.") == [("hostages", "hostage", False)]


def test_a_release_of_the_others_refers_back_to_people_before():
    text = "Two soldiers came home on Friday. The others have not been released."
    assert rows(text) == [("released", "release", True)]
    assert rows("The others have not been released.") == []


def test_indefinite_pronouns_name_people_for_a_release():
    assert rows("Was anyone freed after the talks?") == [("freed", "release", False)]
    assert rows("Nobody has been released since then.") == [("released", "release", True)]


@pytest.mark.parametrize("text, expected", [
    ("Why were 15 released in June 2021?", [("released", "release", False)]),
    ("Fifteen were returned in July.", [("returned", "release", False)]),
    ("Thirteen had been handed over by then.", [("handed over", "release", False)]),  # any number word the claims read
    ("The 2021 reports were released.", []),  # a year, and things: no count of people
    ("The files of 2021 were released.", []),  # a year before the verb: no count of people
    ("In October 2022 17 of our boys were freed.", [("freed", "release", False)]),  # "N of our boys were"
    ("Will the remaining 19 be released once the treaty is signed?", [("released", "release", False)]),
    ("Azerbaijan released four today as a gesture.", [("released", "release", False)]),  # the figure as its object
    ("The court released four documents.", []),  # ... never a count of things
    ("The ministry released 2021 figures.", []),
    ("The largest were the 44 returned on 14 December 2020.", [("returned", "release", False)]),  # "the 44 returned"
    ("Some were released in 2021.", [("released", "release", False)]),  # a quantifier for subject
    ("Nothing makes yesterday's release part of a deal.", [("release", "release", False)]),  # a possessive
    ("Later releases were tied to concessions.", [("releases", "release", False)]),
    ("The State must secure the release of the nineteen still held.", [("release", "release", False)]),
    ("The other applicants were returned with the groups.", [("returned", "release", False)]),  # the case's people
    ("The nineteen should be freed before the treaty.", [("freed", "release", False)]),  # a modal's "be"
    ("Later releases of the software fixed it.", []),  # ... "of" a thing
    ("The 2021 release of the film.", []),
])
def test_a_count_as_the_subject_of_a_release_is_a_release_of_people(text, expected):
    assert rows(text) == expected


def test_release_all_is_a_release_of_people_but_not_of_all_documents():
    assert rows("Debate: 'release all', says the chair") == [("release", "release", False)]
    assert rows("The court will release all documents.") == []


def test_a_table_rows_release_word_counts_under_a_title_that_names_people():
    text = ("Persons returned to Armenia by Azerbaijan, December 2020 to April 2025\n\n"
            "Returned on 14 December 2020 .................... 44\n"
            "Returned on 28 December 2020 .................... 2\n\n"
            "Documents held by the archive\n\n"
            "Returned on 3 May 2021 .................... 12\n")
    assert rows(text) == [("returned", "release", False), ("Returned", "release", False), ("Returned", "release", False)]


@pytest.mark.parametrize("text, expected", [
    ('One banner read "BRING OUR POWS HOME".', [("POWS", "prisoner_of_war", False)]),  # a banner in capitals
    ("Live from the forum. #AllForAll #POWs", [("AllForAll", "all_for_all", False),  # a hashtag's run-together words
                                               ("POWs", "prisoner_of_war", False)]),
    ("The allforall idea.", []),  # ... written so only in a hashtag's capitals
])
def test_a_label_in_capitals_or_a_hashtag_is_a_mention(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ICRC visits the people detained in relation to the conflict.", [("people detained", "detainee", False)]),
    # "those detained" refers back to people the text has named; the guidelines list persons, people and individuals
    ("Azerbaijan described those detained as saboteurs.", [("saboteurs", "terrorist_saboteur", False)]),
])
def test_only_persons_people_and_individuals_detained_are_a_label(text, expected):
    assert rows(text) == expected


def test_a_headlines_present_tense_frees_is_a_release():
    # "frees" of people, as headlines write it; the adjective "free" stays no release
    assert rows("Azerbaijan frees four Armenian servicemen") == [("frees", "release", False)]
    assert rows("The lawyers asked for a free and fair trial of the servicemen.") == []
