"""Count claims: values, qualifiers, what is counted, and what is not a count of people."""
import pytest

from detentio import claims, corpus
from detentio.framing.claims import status


def found(text):
    return [(c["text"], c["value"], c["qualifier"], c["what"]) for c in claims.extract(text, source="t")]


@pytest.mark.parametrize("text, expected", [
    ("Azerbaijan handed over 15 Armenian citizens.", ("15 Armenian citizens", 15, "exact", "citizens")),
    ("We saw the return of 32 Armenian prisoners.", ("32 Armenian prisoners", 32, "exact", "detainee")),
    ("Today 40 of the Armenian prisoners of war are tried.",
     ("40 of the Armenian prisoners of war", 40, "exact", "prisoner_of_war")),
    ("There are at least 40 POWs.", ("at least 40 POWs", 40, "at_least", "prisoner_of_war")),
    ("More than twenty-three soldiers came back.", ("More than twenty-three soldiers", 23, "more_than", "soldiers")),
    ("Some 200 Armenians are missing.", ("Some 200 Armenians", 200, "about", "armenians")),
    ("Up to 5 hostages remain.", ("Up to 5 hostages", 5, "at_most", "hostage")),
    ("No more than 7 captives remain.", ("No more than 7 captives", 7, "at_most", "captive")),
    ("Fewer than 12 detainees remain.", ("Fewer than 12 detainees", 12, "less_than", "detainee")),
    ("It is not true that only 23 Armenians were captured.", ("only 23 Armenians", 23, "exact", "armenians")),
    ("Only one Armenian was released.", ("Only one Armenian", 1, "exact", "armenian")),
    ("Over 1,200 people were detained.", ("Over 1,200 people", 1200, "more_than", "people")),
    # "barely" puts the figure at that many or fewer
    ("Baku has freed barely a hundred of our boys.", ("barely a hundred of our boys", 100, "at_most", "boys")),
    ("Scarcely 20 men were freed.", ("Scarcely 20 men", 20, "at_most", "men")),
])
def test_counts_of_people(text, expected):
    assert found(text) == [expected]


def test_number_after_the_counted_people():
    text = "The official number of Armenian prisoners held in Azerbaijan is 23, she said."
    assert found(text) == [("23", 23, "exact", "detainee")]


def test_coordinated_counts_share_the_noun():
    assert found("The sides swapped 44 Armenian and 12 Azerbaijani detainees.") == [
        ("44 Armenian", 44, "exact", "detainee"), ("12 Azerbaijani detainees", 12, "exact", "detainee")]


def test_put_the_number_at_and_counts_that_remain():
    text = "Yerevan put the number of Armenian prisoners in Baku at 55. Now 23 remain, officials said."
    assert found(text) == [("55", 55, "exact", "detainee"), ("23", 23, "exact", "detainee")]
    assert found("The number of prisoners met at 10 in the morning.") == []


def test_of_its_citizens():
    assert found("Baku said that 12 of its citizens came home.") == [("12 of its citizens", 12, "exact", "citizens")]


def test_handed_over_is_not_more_than():
    assert found("Baku handed over 4 civilians.") == [("4 civilians", 4, "exact", "civilian")]


@pytest.mark.parametrize("text", [
    "On July 3, 2021, talks resumed in December 2023.",
    "I am 100 percent sure and at least 70% confident.",
    "It will take at least 10 years to clear 97,000 mines.",
    "We consider the last two opportunities missed; one of the two States and a third State.",
    "A 25-year-old man, Article 118 prisoners and para 8 detainees; $15 million.",
    "The 1st and 2nd battalions; most of them; many other prisoners of war.",
])
def test_not_counts_of_people(text):
    assert found(text) == []


def test_claim_offsets_and_speaker_in_the_seeds():
    c = corpus.load()
    table = claims.find(c)
    assert table[["source", "start", "end", "value", "qualifier", "what", "speaker"]].values.tolist() == [
        ["000_288279f309da8c33", 1370, 1391, 32, "exact", "detainee", "pashinyan"],
        ["001_b7bfa99757de68eb", 1006, 1008, 23, "exact", "detainee", "sahakyan"],
        ["001_b7bfa99757de68eb", 1134, 1151, 23, "exact", "armenians", "sahakyan"],
        ["002_45120e5011152357", 129, 149, 15, "exact", "citizens", "outlet:TASS"],
        ["002_45120e5011152357", 940, 960, 15, "exact", "citizens", "outlet:TASS"],
        ["004_59c0c21e26c3c404", 480, 515, 40, "exact", "prisoner_of_war", "outlet:004_59c0c21e26c3c404"],
    ]
    for row in table.itertuples():
        assert c.text(row.source)[row.start:row.end] == row.text


def test_value_of_number_words():
    assert [claims.value_of(w) for w in ("twenty-three", "forty", "a hundred", "19", "2,500")] == [
        23, 40, 100, 19, 2500]


def test_elliptical_count_after_a_comparison_counts_the_same_noun():
    text = "Officials said 19 Armenians were still held, down from 23 a year earlier."
    assert found(text) == [("19 Armenians", 19, "exact", "armenians"), ("23", 23, "exact", "armenians")]
    # a number with a noun of its own, or a percentage, is not elliptical
    assert found("Some 40 detainees came from 12 countries, up from 30 percent.") == [
        ("Some 40 detainees", 40, "about", "detainee")]
    # without a count before it in the sentence, "from 23" is nothing
    assert found("The share fell from 23 in 2020.") == []


def test_role_nouns_count_after_a_verb_of_detention_only():
    assert found("A court sentenced five former leaders to life.") == [
        ("five former leaders", 5, "exact", "leaders")]
    assert found("The two leaders met in Prague with three ministers.") == []


@pytest.mark.parametrize("text, expected", [
    ("Seventeen Armenian prisoners were released.", [(17, "exact", "detainee", "released", "armenian")]),
    ("Forty-one Armenian soldiers were captured.", [(41, "exact", "soldiers", "held", "armenian")]),
    ("A dozen Armenian soldiers were captured; three dozen civilians are missing.",
     [(12, "exact", "soldiers", "held", "armenian"), (36, "exact", "civilian", "missing", "unknown")]),
    ("Hundreds of Armenians are held in Azerbaijani prisons.", [(200, "at_least", "armenians", "held", "armenian")]),
    ("Nearly 40 Azerbaijani detainees were returned to Azerbaijan.",
     [(40, "about", "detainee", "returned", "azerbaijani")]),
    ("Roughly 30 prisoners were still held in Baku.", [(30, "about", "detainee", "held", "armenian")]),
    ("No more than 20 prisoners and no fewer than 5 hostages were exchanged.",
     [(20, "at_most", "detainee", "returned", "unknown"), (5, "at_least", "hostage", "returned", "unknown")]),
    ("Up to 80 people are missing.", [(80, "at_most", "people", "missing", "unknown")]),
    ("Baku still holds Armenian prisoners of war. Some 25 of them were captured in 2023.",
     [(25, "about", "prisoner_of_war", "held", "unknown")]),
    ("As many as 70 of the missing are believed dead.", [(70, "at_most", "missing", "missing", "unknown")]),
    ("How many Armenian prisoners does Baku hold? The ministry confirms 31.",
     [(31, "exact", "detainee", "held", "unknown")]),  # prisoners, no word of release near: held
    ("This episode is about the men who did not cross: by the Armenian government's count, nineteen.",
     [(19, "exact", "men", "unknown", "unknown")]),  # a figure given "by" someone's count
    ("By the government's count, nineteen days passed.", []),
    # what is left of the people counted, and a figure someone speaks of, with no noun of its own
    ("Azerbaijan held 23 Armenians. In 2026 four were returned, leaving 19.",
     [(23, "exact", "armenians", "held", "armenian"), (4, "exact", "armenians", "returned", "unknown"),
      (19, "exact", "armenians", "held", "unknown")]),
    ("The talks lasted five hours, leaving 3 for the press.", []),
    # a sentence opened by a figure that is left, or by a figure after the day the text names
    ("They are prisoners of war. Nineteen are left.", [(19, "exact", "prisoner_of_war", "held", "unknown")]),
    ("They are prisoners of war. Two are left unanswered.", []),
    ("Yesterday fifteen came home, exchanged for maps.", [(15, "exact", "persons", "returned", "unknown")]),
    ("Yesterday fifteen reporters came.", []),
    # the figure a source gives, named by whom ("the figure given by Armenian officials has been 23")
    ("Armenians are held in Baku. The figure given by Armenian officials has been 23.",
     [(23, "exact", "armenians", "unknown", "unknown")]),
    ("Armenians are held in Baku. The figure given by the agency has been 23 pages.", []),
    ("Baku counted 38 men. Yerevan spoke of nearly forty.",
     [(38, "exact", "men", "unknown", "unknown"), (40, "about", "men", "unknown", "unknown")]),
    ("Baku counted 38 men. The court spoke of 19 years in prison.", [(38, "exact", "men", "unknown", "unknown")]),
    ("They detained the Armenian servicemen. My company captured about forty.",
     [(40, "about", "servicemen", "held", "unknown")]),  # a capture's count, of the people named before
    ("Armenian prisoners in Azerbaijan\nHeld at the end of 2022 ......... 33\nReleased in 2023 ........ 12",
     [(33, "exact", "detainee", "held", "unknown"), (12, "exact", "detainee", "released", "unknown")]),
    # "fifteen more", "31 others": more of the people just counted; never "15 more days"
    ("Four prisoners came home in May. Since then fifteen more have come home.",
     [(4, "exact", "detainee", "returned", "unknown"), (15, "exact", "detainee", "returned", "unknown")]),
    ("Twenty Armenian soldiers were captured. One was released with 31 others.",
     [(20, "exact", "soldiers", "held", "armenian"), (31, "exact", "soldiers", "released", "unknown")]),
    ("Four prisoners came home in May. It took 15 more days.", [(4, "exact", "detainee", "returned", "unknown")]),
    # "came back with 43 others": others who came back with the one the sentence names
    ("My brother came back in December 2020 with forty-three others.",
     [(43, "exact", "persons", "returned", "unknown")]),
    # an appeal's appellants are people (on trial or sentenced)
    ("The court dismissed the appeals of the nine appellants.", [(9, "exact", "appellants", "unknown", "unknown")]),
])
def test_counts_in_words_tables_and_anaphora_with_status_and_side(text, expected):
    rows = claims.extract(text, source="t", outlet="X", published="2023-01-01")
    assert [(r["value"], r["qualifier"], r["what"], r["status"], r["side"]) for r in rows] == expected
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)


def test_a_witness_answer_counts_the_people_his_unit_took():
    text = ("PROSECUTOR: How many persons were detained in that operation?\n\n"
            "WITNESS: Sixty-two. My company took about forty.")
    assert [(r["text"], r["value"], r["qualifier"], r["what"], r["shape"]) for r in claims.extract(text, source="t")] \
        == [("Sixty-two", 62, "exact", "persons", "answer"), ("about forty", 40, "about", "persons", "count_object")]


@pytest.mark.parametrize("text", [
    "We will bring every one of them home.",
    "In 2021, 70 percent of the 1,200 households in the 44-day war zone received $5 million.",
    "The 19-year-old prisoner was held for three years under Article 5 and paragraph 8.",
    "The prisoners walked 12 kilometres in 3 hours.",
    "Meetings of the commission\nHeld at the end of 2022 ......... 33",
])
def test_dates_ages_references_percentages_money_distances_and_durations_are_never_counts(text):
    assert claims.extract(text, source="t", outlet="X", published="2023-01-01") == []


def test_a_count_under_a_heading_that_ends_with_a_reference_word():
    # "Key figures" over "171 Armenians returned ...": a box's heading, then a count (no "figures 171")
    text = "Summary.\n\nKey figures\n171 Armenians returned by Azerbaijan since December 2020\n"
    rows = claims.extract(text, source="t", outlet="X", published="2023-01-01")
    assert [(r["text"], r["value"], r["status"]) for r in rows] == [("171 Armenians", 171, "returned")]
    # ... while "see figures 3 and 4" on one line stays a reference
    assert claims.extract("See figures 3 and 4 Armenians.", source="t", outlet="X", published="2023-01-01") == []


@pytest.mark.parametrize("text, expected", [
    ("How many Armenian prisoners remain? The number we confirm is 23.", [("23", 23, "exact", "detainee")]),
    ("Baku holds Armenian prisoners of war. Yerevan puts the figure at 23.",
     [("23", 23, "exact", "prisoner_of_war")]),
    ("The number of hostages they gave was 40.", [("40", 40, "exact", "hostage")]),
    ("The Armenian detainees numbered 40 in 2021.", [("40", 40, "exact", "detainee")]),
    ("The number of prisoners met at 10 in the morning.", []),   # a time, after no figure-giving verb
    ("The hostages were many. The figure for meetings was 12 chairs.", []),  # a noun of its own after it
])
def test_a_figure_given_for_people_named_before(text, expected):
    assert found(text) == expected


def test_a_markdown_table_row_counts_what_its_caption_names():
    text = ("Table 1. Armenian detainees by status\n\n| Status | Number |\n|---|---|\n"
            "| Held | 23 |\n| Released | 32 |\n| Meetings | 4 |\n")
    rows = claims.extract(text, source="t")
    assert [(text[r["start"]:r["end"]], r["value"], r["what"], r["status"]) for r in rows] == [
        ("Held | 23", 23, "detainee", "held"), ("Released | 32", 32, "detainee", "released")]


@pytest.mark.parametrize("text, expected", [
    # a figure named again, standing alone ("the nineteen", "Nineteen remain", "for the 23")
    ("Azerbaijan still holds 19 Armenians. The nineteen include former leaders.",
     [("19 Armenians", 19, "exact", "armenians"), ("nineteen", 19, "exact", "armenians")]),
    ("Azerbaijan returned 17 Armenian soldiers. Of the 17, most were conscripts.",
     [("17 Armenian soldiers", 17, "exact", "soldiers"), ("17", 17, "exact", "soldiers")]),
    # ... but not a paragraph's number, an age, a range or the tail of a time
    ("Baku holds 12 Armenians.\n\n12. The delegation replied at 10:12. Sargis, 12, and fifteen or 12 years.",
     [("12 Armenians", 12, "exact", "armenians")]),
    ("The 4 men were freed under Article 35 §§ 3 (a) and 4.", [("4 men", 4, "exact", "men")]),
    # "of whom", "of her clients", "boys"
    ("Some 60 servicemen were captured, five of whom were flown home.",
     [("Some 60 servicemen", 60, "about", "servicemen"), ("five of whom", 5, "exact", "servicemen")]),
    ("She said three of her clients were conscripts.", [("three of her clients", 3, "exact", "clients")]),
    # a question asks for people: "How many are still held? ... puts the number at 23"
    ("How many are still held?\n\nArmenia's government puts the number at 23.", [("23", 23, "exact", "persons")]),
    # the state of the people between "the number" and "at": people held (or missing) if nobody is named before
    ("Armenian officials put the number held at 55.", [("55", 55, "exact", "persons")]),
    ("Families put the number still missing at 80.", [("80", 80, "exact", "missing")]),
    ("The organisers put the number of sessions at 12.", []),
    # "one of" picks one out
    ("One of the men was a shepherd.", []),
    # a number standing alone as the subject of what happened to the people just counted
    ("Azerbaijan releases four Armenians, 19 still held", [("four Armenians", 4, "exact", "armenians"),
                                                          ("19", 19, "exact", "armenians")]),
    ("Sixty-two men were captured. More than three dozen came home in 2021.",
     [("Sixty-two men", 62, "exact", "men"), ("More than three dozen", 36, "more_than", "men")]),
    ("The talks had 3 sessions. 12 were held in Baku.", []),
    ("Of the nineteen Armenians still in Baku, sixteen have been sentenced, and three are still on trial.",
     [("nineteen Armenians", 19, "exact", "armenians"), ("sixteen", 16, "exact", "armenians"),
      ("three", 3, "exact", "armenians")]),
    ("44 Armenians were returned on 14 December 2020 and a further four on 28 December.",
     [("44 Armenians", 44, "exact", "armenians"), ("four", 4, "exact", "armenians")]),
    ("Yerevan says 23, and the Defender says more than 80 are missing.", [("more than 80", 80, "more_than",
                                                                          "missing")]),
    ("Asked how many remain in Baku, he replies: “No more than two dozen.”", [("No more than two dozen", 24,
                                                                             "at_most", "persons")]),
    ("He asked how many of them had been convicted.\n\n5. The delegation replied.", []),  # a paragraph's number
    # "23 were known to be held", "the 32 who crossed the border", "the other three", "12 of ours"
    ("Armenia registered 391 missing persons, and 23 were known to be held in Azerbaijan.",
     [("391 missing persons", 391, "exact", "persons"), ("23", 23, "exact", "persons")]),
    ("No Armenian has been released since the 32 who crossed the border in 2023.", [("32", 32, "exact", "persons")]),
    ("Nineteen Armenians remain; sixteen were sentenced and the other three are on trial.",
     [("Nineteen Armenians", 19, "exact", "armenians"), ("sixteen", 16, "exact", "armenians"),
      ("three", 3, "exact", "armenians")]),
    ("They freed four men, and we gave back 12 of ours.", [("four men", 4, "exact", "men"),
                                                           ("12 of ours", 12, "exact", "men")]),
    ("Fifteen Armenians are held: two as civilians and thirteen as former officials.",
     [("Fifteen Armenians", 15, "exact", "armenians"), ("two", 2, "exact", "armenians"),
      ("thirteen", 13, "exact", "armenians")]),
    ("Twenty Armenians came home in ones and twos, five here, fifteen there.",
     [("Twenty Armenians", 20, "exact", "armenians"), ("five", 5, "exact", "armenians"),
      ("fifteen", 15, "exact", "armenians")]),
    ("Four Armenians were freed. As of May, 19 remain, twice as many as Baku says.",
     [("Four Armenians", 4, "exact", "armenians"), ("19", 19, "exact", "armenians")]),
    # thousands named by nationality are another conflict's missing, not this one's detainees
    ("Baku counts nearly 4,000 Azerbaijanis missing since the first war.", []),
    ("It will not end until the last of the 23 Armenians comes home, until the last of the 23 comes home.",
     [("23 Armenians", 23, "exact", "armenians"), ("23", 23, "exact", "armenians")]),
    # a turn that opens with a bare number answers the "how many" question before it; years do not
    ("LINDGREN: How many of the detainees are your clients?\n\nBAGHDASARYAN: Eleven. The others have lawyers.",
     [("Eleven", 11, "exact", "detainee")]),
    ("Q: How many are still held?\n\nA: At least thirty, the families say.", [("At least thirty", 30, "at_least",
                                                                               "persons")]),
    ("Q: How many years have they been held?\n\nA: Three, almost four.", []),
    ("Q: Were they tried?\n\nA: Eleven. The others have lawyers.", []),
])
def test_counts_named_again_and_counts_that_refer_back(text, expected):
    assert found(text) == expected


def test_a_table_row_counts_what_its_label_opens_with_and_a_markdown_cell_its_column():
    text = ("Facts and figures\n\nDetainees visited at least once ........ 190\n"
            "Red Cross messages exchanged between detainees and families ........ 3,400\n"
            "People still missing, both sides ........ about 300\n")
    assert [(r["value"], r["qualifier"]) for r in claims.extract(text, source="t")] == [(190, "exact"), (300, "about")]
    # a heading may end with a date
    text = ("Persons returned to Armenia by Azerbaijan, December 2020 to April 2025\n\n"
            "Returned on 14 December 2020 .......... 44\n"
            "Returned on 28 December 2020 .......... 2\n")
    assert [(r["value"], r["what"], r["status"]) for r in claims.extract(text, source="t")] == [
        (44, "persons", "returned"), (2, "persons", "returned")]
    text = ("| Date | Armenians returned | Given in return |\n|---|---|---|\n"
            "| 14 December 2020 | 44 | 12 Azerbaijanis |\n| Total | 7 | meetings |\n")
    assert [(r["text"], r["what"]) for r in claims.extract(text, source="t")] == [
        ("44", "armenians"), ("12 Azerbaijanis", "azerbaijanis"), ("7", "armenians")]


@pytest.mark.parametrize("text, expected", [
    ("He was tried with fourteen former officials.", [14]),           # those who share the act are counted
    ("He was sentenced together with five other defendants.", [5]),
    ("He met with five officials.", []),                              # no act of detention: a meeting
])
def test_people_who_share_an_act_of_detention_are_counted(text, expected):
    assert [r["value"] for r in claims.extract(text, source="t")] == expected


def test_rows_of_a_period_or_the_total_count_what_the_heading_says_happened():
    text = ("Armenians returned from Azerbaijan, by year\n\n2020 .......... 48\n2021 .......... 57\n"
            "December 2023, for two Azerbaijani servicemen ... 32\nTotal ......... 137\n")
    assert [(r["value"], r["what"], r["status"], r["shape"]) for r in claims.extract(text, source="t")
            if r["shape"] == "table_row"] == [
        (48, "armenians", "returned", "table_row"), (57, "armenians", "returned", "table_row"),
        (32, "armenians", "returned", "table_row"), (137, "armenians", "returned", "table_row")]
    # a row's number is no day of the month on the next line ("... 57\nDecember 2023 ...")
    text = "Armenians returned, by year\n\n2022 .......... 57\nDecember 2023 .......... 32\n"
    assert [r["value"] for r in claims.extract(text, source="t")] == [57, 32]
    # a heading that says nothing happened to people: years are no rows of a count
    text = "Meetings of the commission, by year\n\n2021 .......... 5\n2022 .......... 7\n"
    assert claims.extract(text, source="t") == []


def test_a_space_aligned_table_counts_each_cell_under_its_column_with_the_columns_status_and_side():
    text = ("Table 4.1 Armenians returned from and held in Azerbaijan, by year\n\n"
            "Year    Returned    Held at end of year    Of whom convicted    Azerbaijanis returned by Armenia\n"
            "2020    48          77                    –                    14\n"
            "2023    32          23                     6                    2\n\n"
            "The figures  are ours. Table 2 shows 12 meetings.\n")
    rows = claims.extract(text, source="t")
    assert [(r["value"], r["what"], r["status"], r["side"], r["shape"]) for r in rows] == [
        (48, "armenians", "returned", "armenian", "aligned_cell"), (77, "armenians", "held", "armenian", "aligned_cell"),
        (14, "azerbaijanis", "returned", "azerbaijani", "aligned_cell"),
        (32, "armenians", "returned", "armenian", "aligned_cell"), (23, "armenians", "held", "armenian", "aligned_cell"),
        (6, "armenians", "convicted", "armenian", "aligned_cell"), (2, "azerbaijanis", "returned", "azerbaijani",
                                                                    "aligned_cell")]
    assert text[rows[1]["start"]:rows[1]["end"]] == "77"  # the year column names the row; it is never counted


def test_a_wrapped_row_label_and_rows_that_count_of_whom():
    text = ("Table 1. Armenians held in Azerbaijan\n"
            "  Held on 20 February 2026 ...................................... 19\n"
            "    of whom on trial in the case of the former\n"
            "    leadership of Nagorno-Karabakh .............................. 15\n"
            "    of whom sentenced to life imprisonment ...................... 5\n"
            "  Missing since the 2020 war ...................................... 81\n")
    rows = claims.extract(text, source="t")
    assert [(r["value"], r["what"], r["status"]) for r in rows] == [
        (19, "armenians", "held"), (15, "armenians", "held"), (5, "armenians", "convicted"),  # on trial: held
        (81, "armenians", "missing")]
    assert rows[1]["text"].startswith("of whom on trial")  # the label from the line it opens on


@pytest.mark.parametrize("text, expected", [
    ("Azerbaijan returned 17 Armenian soldiers. The return of the 17 shows that channels work.", [17, 17]),
    ("Azerbaijan returned 17 Armenian soldiers. The 17 events of the year were many.", [17]),
    ("Russian peacekeepers arrived on 4 December Russian time with 10 prisoners.", [10]),
    # ... or before a preposition of place or time ("all four within 72 hours")
    ("Four Armenian detainees were returned. Our staff interviewed all four within 72 hours of their arrival.",
     [4, 4]),
    ("Four Armenian detainees were returned. The four across the bridge were met by relatives.", [4, 4]),
    # ... or before a quotation, an adverb that ends its phrase, a relative clause without "that", a month
    ("Azerbaijan holds 19 Armenians. Their families call the nineteen “hostages”.", [19, 19]),
    ("Azerbaijan holds 19 Armenians. The Group asks it to free the 19 immediately and unconditionally.", [19, 19]),
    ("Azerbaijan holds 19 Armenians. The 19 fully equipped cells were shown to visitors.", [19]),
    ("Azerbaijan acknowledges 23 Armenian prisoners. The experts asked about the 23 it acknowledges holding.",
     [23, 23]),
    ("In all, 44 Armenian soldiers came home in 2020, the largest group the 44 of December.", [44, 44]),
    ("In all, 44 Armenian soldiers came home in 2020. The 44 of them would become 167.", [44, 44]),
    # ... or before a time measured from them, which its "more than" opens
    ("Azerbaijan holds 19 Armenians. The detention of the 19 more than five years after the war is arbitrary.",
     [19, 19]),
    ("Azerbaijan holds 19 Armenians. We want the 19 more than anything.", [19]),
])
def test_a_figure_named_again_before_a_verb_and_never_a_date(text, expected):
    assert [r["value"] for r in claims.extract(text, source="t")] == expected


@pytest.mark.parametrize("text, expected", [
    ("The largest releases were the 44 returned on 14 December 2020.", [(44, "persons")]),
    ("Azerbaijan released Armenian soldiers. All four freed yesterday were conscripts.", [(4, "soldiers")]),
    ("How many of the men are your clients? Six of them were convicted.", [(6, "clients")]),  # the last word for people
    ("The largest releases were the 44 pages returned on 14 December 2020.", []),
])
def test_figures_for_people_by_what_happened_to_them_and_of_them_after_a_question(text, expected):
    assert [(r["value"], r["what"]) for r in claims.extract(text, source="t")] == expected


@pytest.mark.parametrize("text, expected", [
    ("At the time, 23 Armenians remained in detention, of whom at least 15 had been convicted.",
     [("23 Armenians", 23, "armenians"), ("at least 15", 15, "armenians")]),
    ("Ten Armenians were held, of whom 2 years later none remained.", [("Ten Armenians", 10, "armenians")]),
    ("She represents fourteen of the 23 men still held.", [("fourteen", 14, "men"), ("23 men", 23, "men")]),
    # the group a figure counted before, with no noun of its own: the part counts what that figure counted
    ("Azerbaijan acknowledges 23 Armenians. Of these, sixteen are on trial, and six of the 23 have been convicted.",
     [("23 Armenians", 23, "armenians"), ("sixteen", 16, "armenians"), ("six", 6, "armenians"),
      ("23", 23, "armenians")]),
    ("Azerbaijan acknowledges 23 Armenians. Six of the 23 pages were redacted.", [("23 Armenians", 23, "armenians")]),
    ("Azerbaijan holds Armenian prisoners of war. It has acknowledged holding only 72.",
     [("only 72", 72, "prisoner_of_war")]),
])
def test_of_whom_before_a_number_a_part_of_a_counted_group_and_acknowledged_holding(text, expected):
    assert [(r["text"], r["value"], r["what"]) for r in claims.extract(text, source="t")] == expected


@pytest.mark.parametrize("text, span, expected", [
    ("We call on Azerbaijan to release the nineteen Armenians who remain in detention.", "nineteen Armenians", "held"),
    ("The 32 must be released without delay.", "32", "held"),                       # due, not done
    ("Armenia demands the return of 23 prisoners.", "23 prisoners", "held"),
    ("The 15 men should have been repatriated in 2020.", "15 men", "held"),          # counterfactual
    ("The EU called for the immediate release of 19 Armenians.", "19 Armenians", "held"),
    ("Thirty-two are coming home tomorrow and will be released at the border.", "Thirty-two", "held"),
    ("Azerbaijan released 10 Armenian prisoners.", "10 Armenian prisoners", "released"),
    ("The 15 men were repatriated in 2020.", "15 men", "returned"),
    ("Four men, released on Monday, are to be flown home.", "Four men", "released"),  # "to be flown" is no status
    ("The 12 men awaiting return were missing until May.", "12 men", "missing"),      # another status word wins
])
def test_a_release_asked_for_or_due_leaves_the_people_held(text, span, expected):
    start = text.index(span)
    assert status.status_of(text, start, start + len(span), 0, len(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Four came home. Nineteen did not.", [(4, "returned")]),  # a headline's bare figure
    ("Twelve were held in Baku.", []),             # "held" may be sessions: only a homecoming or a release counts
    ("Twelve were freed on Monday.", [(12, "released")]),
    ("Two were killed in the shelling.", []),      # no verb of release or detention: no count of these people
    ("One came home.", []),                         # a single person is no count
])
def test_a_sentence_opened_by_a_bare_figure_and_a_verb_of_release_counts_people(text, expected):
    rows = claims.extract(text, source="t", outlet="X", published="2026-01-20")
    assert [(r["value"], r["status"]) for r in rows] == expected


@pytest.mark.parametrize("text, span, expected", [
    ("Four men were handed over at the bridge.", "Four men", "returned"),      # held-out 4 README: handed over
    ("The 32 crossed the bridge at noon.", "32", "returned"),
    ("Azerbaijan freed four Armenians.", "four Armenians", "released"),         # the verb of the text decides
    ("Some 80 people are missing or held.", "80 people", "unknown"),           # a figure that mixes states
    ("Hundreds of people are in our prisons, websites write.", "Hundreds of people", "held"),
    ("Fifteen former officials are on trial in Baku.", "Fifteen former officials", "held"),
])
def test_status_follows_the_definitions_of_held_out_4(text, span, expected):
    start = text.index(span)
    assert status.status_of(text, start, start + len(span), 0, len(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Baku acknowledges 23 prisoners of war.", [(23, "held")]),       # named as detained, no other status
    ("Twelve hostages were freed on Monday.", [(12, "released")]),     # the sentence's own status comes first
    ("About 40 people met their lawyers.", [(40, "unknown")]),  # "people" names no detention
    ("The 19 detainees met their lawyers.", [(19, "held")]),
])
def test_a_count_named_by_a_label_of_detention_is_held_unless_its_sentence_says_otherwise(text, expected):
    rows = claims.extract(text, source="t", outlet="X", published="2026-01-20")
    assert [(r["value"], r["status"]) for r in rows] == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence opened by a figure that remains held counts the people a label just before names ...
    ("They are prisoners of war. Nineteen remain in Baku.", [(19, "held")]),
    ("They are prisoners of war. 19 remain.", [(19, "held")]),
    # ... only then, and only what remains held
    ("The ICRC asked about the prisoners of war. Two remain unanswered.", []),
    ("The talks produced drafts. Three remain in Baku.", []),
])
def test_a_figure_that_remains_held_after_a_label(text, expected):
    rows = claims.extract(text, source="t", outlet="X", published="2026-01-20")
    assert [(r["value"], r["status"]) for r in rows] == expected


@pytest.mark.parametrize("text, expected", [
    ("Azerbaijan holds nineteen Armenians. Of those 19, fifteen are former officials.",
     [("nineteen Armenians", "armenians"), ("19", "armenians"), ("fifteen", "armenians")]),
    ("Of the nineteen men still in Baku, at least six are civilians.", [("nineteen men", "men"), ("at least six", "men")]),
    ("The association says 80 people are missing. Of the missing, it says, at least a dozen were seen alive.",
     [("80 people", "people"), ("at least a dozen", "missing")]),
    ("The court held nineteen hearings. Of those 19, fifteen were closed to the public.", []),
    ("Of the 23 pages, four are blank.", []),
])
def test_a_part_of_a_group_named_at_the_head_of_its_clause(text, expected):
    assert [(r["text"], r["what"]) for r in claims.extract(text, source="t")] == expected


@pytest.mark.parametrize("text, expected", [
    ("We were more than sixty of us near Khtsaberd.", [("more than sixty of us", "persons")]),
    ("Your government has given back two of ours.", [("two of ours", "persons")]),
    ("LENA: Thirty-two of you came home that day.", [("Thirty-two of you", "persons")]),
    ("Azerbaijan returned 44 Armenians and received 12 of its own servicemen.",
     [("44 Armenians", "armenians"), ("12 of its own servicemen", "servicemen")]),
    ("Four of my clients have not come home.", [("Four of my clients", "clients")]),
    ("The ministry published two of its own reports.", []),
])
def test_people_counted_by_whose_they_are(text, expected):
    assert [(r["text"], r["what"]) for r in claims.extract(text, source="t")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Azerbaijan returned 17 Armenian servicemen in October 2022 and 32 in December 2023.",
     [("17 Armenian servicemen", "counted_noun"), ("32", "listed")]),
    ("It returned 44 men in December 2020, 15 in return for maps in June 2021, 32 in December 2023.",
     [("44 men", "counted_noun"), ("15", "listed"), ("32", "listed")]),
    ("We returned 44 people in December 2020 and another 32 three years later.",
     [("44 people", "counted_noun"), ("32", "listed")]),
    ("Azerbaijan returned 17 Armenian servicemen under articles 118 and 119 of the Convention.",
     [("17 Armenian servicemen", "counted_noun")]),
    ("Baku released 32 Armenians in December, and 2 in the morning of the next day.", [("32 Armenians", "counted_noun")]),
    ("Azerbaijan released 44 men on Monday, 2 hours before the talks.", [("44 men", "counted_noun")]),
])
def test_a_count_in_a_list_shares_the_noun_of_the_claim_before(text, expected):
    assert [(r["text"], r["shape"]) for r in claims.extract(text, source="t")] == expected


@pytest.mark.parametrize("text, expected", [
    ("MARIA: How many people are we talking about?\n\nIRENE: Thank you for having me. Armenian officials say the "
     "figure is 23.", [("23", "people")]),
    ("Since then the official number of Armenians held in Baku has been 23.", [("23", "armenians")]),
    ("[00:02:10] MARIAM: How many are still held?\n\n[00:02:19] JONAS: Officially nineteen: that is the figure.",
     [("nineteen", "persons")]),
    ("How many meetings were held? The ministry confirms 23.", []),
    ("Q: How many years have they been held?\n\nA: Officially three, almost four.", []),
])
def test_a_figure_given_for_people_named_a_few_sentences_up(text, expected):
    assert [(r["text"], r["what"]) for r in claims.extract(text, source="t")] == expected


@pytest.mark.parametrize("text, expected", [
    ("She asked whether the fifteen former officials on trial since January had lawyers.", ["fifteen former officials"]),
    ("The sentencing of five former leaders to life imprisonment was condemned.", ["five former leaders"]),
    ("Three officials said the men were detained in 2020.", []),
    ("Two officials who detained him were named.", []),
    ("Four officials held talks in Brussels.", []),
    # tried, charged, prosecuted: on trial too; never "tried to", an attempt, nor a verb with its object
    ("The fifteen defendants tried before the Baku Military Court are accused of terrorism.", ["fifteen defendants"]),
    ("Two officials tried to explain the delay.", []),
    ("The three lawyers charged a fee.", []),
])
def test_a_noun_of_role_counts_people_on_trial_or_after_a_noun_of_detention(text, expected):
    assert [r["text"] for r in claims.extract(text, source="t")] == expected


@pytest.mark.parametrize("text, expected", [
    # a list after a colon whose lead names the people
    ("Since then people have come home in small groups: 15 at a time for maps in 2021, seventeen in October 2022, "
     "four this month.", [("15", "people"), ("seventeen", "people"), ("four", "people")]),
    ("The agenda had three items: 15 in the morning, seventeen in the afternoon.", []),
    # "Of the six, we know that two ...", "The other four are ..."
    ("Six men are missing. Of the six, we know that two are held. The other four are on the list of the missing.",
     [("Six men", "men"), ("six", "men"), ("two", "men"), ("four", "men")]),  # the group named again counts too
    # a bracketed reference after the number; "the nineteen back"
    ("Of 249 alleged captives, Azerbaijan acknowledged holding 72 [7].",
     [("249 alleged captives", "captive"), ("72", "captive")]),
    ("Azerbaijan holds nineteen Armenians. They need the nineteen back.",
     [("nineteen Armenians", "armenians"), ("nineteen", "armenians")]),
    # role nouns after a criminal case, or under investigation
    ("The court ruled in the criminal case against four members of an armed group. Seven other members of the "
     "group remain under investigation.", [("four members", "members"), ("Seven other members", "members")]),
    ("Four members of the committee met in Baku.", []),
])
def test_lists_after_a_colon_parts_of_a_group_and_members_under_investigation(text, expected):
    assert [(r["text"], r["what"]) for r in claims.extract(text, source="t")] == expected


@pytest.mark.parametrize("text, expected", [
    # each number of a list after a reference word is a provision
    ("Seven Armenians were held. The State party breached the Covenant (arts. 2, 6, 7, 9, 10 and 14).",
     [("Seven Armenians", "armenians")]),
    ("Relying on Article 3, two applicants complained of ill-treatment.", [("two applicants", "applicants")]),
    # "missing" standing for the people; petitioners are people
    ("Armenia speaks of more than 300 missing. Azerbaijan has its own.", [("more than 300 missing", "missing")]),
    ("The report has 12 missing pages.", []),
    ("Sixteen petitioners are former officials.", [("Sixteen petitioners", "petitioners")]),
])
def test_lists_of_provisions_the_missing_and_petitioners(text, expected):
    assert [(r["text"], r["what"]) for r in claims.extract(text, source="t")] == expected


def test_an_owners_figure_of_n_is_the_owners_count():
    # "Baku's count of 38": the count is Baku's, not the reporter's
    rows = claims.extract("YEREVAN (Daily) - Baku's count of 38 Armenians held is lower than Yerevan's.",
                          source="t", outlet="Daily", published="2024-03-12")
    assert [(r["value"], r["speaker"]) for r in rows] == [(38, "azerbaijan")]


@pytest.mark.parametrize("sentence, expected", [
    # "all" before a figure named again is both its qualifier word and its determiner
    ("We call on Azerbaijan to release all nineteen without further delay.", [("all nineteen", 19)]),
    ("Mr Mammadli replied that all 19 were persons held in custody.", [("all 19", 19)]),
])
def test_all_before_a_figure_named_again(sentence, expected):
    rows = claims.extract("DAILY (X) - Nineteen Armenians are held in Baku. " + sentence, source="t", outlet="X",
                          published="2024-03-12")
    assert [(r["text"], r["value"]) for r in rows[1:]] == expected


@pytest.mark.parametrize("sentence, expected", [
    # returnees are people; "of our brothers" refers back to the speaker's own people
    ("Between January and May the Office interviewed 48 returnees.", [("48 returnees", 48)]),
    ("\"Today 32 of our brothers are home,\" he wrote.", [("32 of our brothers", 32)]),
])
def test_returnees_and_our_brothers_are_counted(sentence, expected):
    rows = claims.extract("DAILY (X) - " + sentence, source="t", outlet="X", published="2024-03-12")
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("sentence, expected", [
    # members of a unit or an armed group are people counted; members of a house are not
    ("A court convicted him and 12 other members of his unit of illegally crossing the border.",
     [("12 other members", 12)]),
    ("He was detained together with thirteen other members of an illegal armed group.",
     [("thirteen other members", 13)]),
    ("The resolution was adopted by 45 members of the Assembly.", []),
])
def test_members_of_a_unit_are_counted(sentence, expected):
    rows = claims.extract("DAILY (X) - " + sentence, source="t", outlet="X", published="2024-03-12")
    assert [(r["text"], r["value"]) for r in rows] == expected


@pytest.mark.parametrize("text, expected", [
    # a figure with no noun of its own after the noun of a release, return or exchange (C16 released_of)
    ("Baku holds Armenian prisoners. After January's release of four, nineteen remain.",
     [("four", 4, "released"), ("nineteen", 19, "held")]),
    ("Twelve Armenian soldiers were held. Georgia facilitated the release of the 15 as a humanitarian step.",
     [("Twelve Armenian soldiers", 12, "held"), ("15", 15, "released")]),
    # never a year, a day of a month or a measure
    ("Baku holds Armenian prisoners. The release of 2023 was the largest.", []),
    ("Baku holds Armenian prisoners. The exchange of 5 May was delayed.", []),
    ("Baku holds Armenian prisoners. The return of 30 per cent of the maps was agreed.", []),
])
def test_a_figure_after_the_noun_of_a_release(text, expected):
    rows = claims.extract(text, source="t")
    assert [(r["text"], r["value"], r["status"]) for r in rows] == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence or a chronology's entry opened by a figure that went home or stayed behind
    ("Chronology\n\n- 7 February 2022. Eight returned with French and EU mediation.", [("Eight", 8, "returned")]),
    ("Five went in January 2021, on a Russian plane. Twenty-three stayed behind: officers and leaders.",
     [("Five", 5, "unknown"), ("Twenty-three", 23, "held")]),
    # never a verb with an object of its own, or going on to something else
    ("Two returned the questionnaire. Three went on to study law.", []),
])
def test_a_sentence_opened_by_a_figure_that_went_home_or_stayed(text, expected):
    rows = claims.extract(text, source="t")
    assert [(r["text"], r["value"], r["status"]) for r in rows] == expected


def test_a_markdown_column_of_mere_numbers_counts_what_its_rows_and_first_header_name():
    text = ("Table 1\n\n| Armenians held in and returned from Azerbaijan | Number | Reported by |\n|---|---|---|\n"
            "| Held in Baku, October 2025 | 23 | both Governments |\n| of whom convicted | 16 | the Defender |\n"
            "| Returned to Armenia, 2020-2023 | 167 | my Office |\n| Reported missing | more than 80 | the Defender |\n")
    rows = claims.extract(text, source="t")
    assert [(r["text"], r["value"], r["what"], r["status"]) for r in rows] == [
        ("23", 23, "armenians", "held"), ("16", 16, "armenians", "convicted"), ("167", 167, "armenians", "returned"),
        ("more than 80", 80, "armenians", "missing")]
    # a table of things, not people: no count
    text = "| Year | Number |\n|---|---|\n| 2023 | 12 |\n"
    assert claims.extract(text, source="t") == []


def test_a_markdown_column_of_mere_numbers_counts_the_people_its_title_names():
    # neither the row ("14 Dec 2020") nor the first header ("Date") names who: the table's title above does
    text = ("Table 1: Armenians returned by Azerbaijan, selected dates\n\n| Date | Number | Context |\n|---|---|---|\n"
            "| 14 Dec 2020 | 44 | first exchange |\n| 3 Jul 2021 | 15 | minefield maps |\n")
    rows = claims.extract(text, source="t")
    assert [(r["text"], r["value"], r["what"], r["status"]) for r in rows] == [
        ("44", 44, "armenians", "returned"), ("15", 15, "armenians", "returned")]
    # a title that names no people: no count
    text = text.replace("Armenians returned by Azerbaijan", "Meetings of the commission")
    assert claims.extract(text, source="t") == []


def test_a_plain_text_column_of_mere_numbers_counts_the_people_the_tables_heading_names():
    text = ("Explainer\n\nArmenians held in Azerbaijan, as reported\nDate          Number   Reported by\n"
            "March 2021    72       Azerbaijan, to the ECtHR\nLate 2022     38       officials of both sides\n"
            "2024-2025     23       both governments\n")
    rows = claims.extract(text, source="t")
    assert [(r["text"], r["what"], r["status"]) for r in rows] == [
        ("72", "armenians", "held"), ("38", "armenians", "held"), ("23", "armenians", "held")]
    # (rows with words in another column are rows, not the header) ... and a table of things counts nothing
    text = "Meetings of the commission\nDate          Number   Place\nMarch 2021    12       Baku\n"
    assert claims.extract(text, source="t") == []


def test_a_tables_rows_of_years_with_days_a_nil_row_and_a_heading_that_ends_with_years():
    text = ("Report\n\nTable 1. Armenians returned from Azerbaijan, 2020-2025\n2020 (14 and 28 December) ............ 48\n"
            "2023 (13 December) ................... 32\n2024 and 2025 ........................ none\n"
            "Total ................................ 167\n")
    rows = claims.extract(text, source="t")
    assert [(r["value"], r["what"], r["status"]) for r in rows] == [
        (48, "armenians", "returned"), (32, "armenians", "returned"), (167, "armenians", "returned")]
    # a row whose figure has a qualifier is a row, not the heading of the rows below it
    text = ("Key figures\nPeople still missing, both sides ........ about 300\n"
            "Families of missing persons supported ........ 1,150\n")
    assert [r["value"] for r in claims.extract(text, source="t")] == [300]


@pytest.mark.parametrize("text, expected", [
    # the dead and the wounded are no count of people held, released or missing
    ("It was the first release since border clashes last month killed nearly 300 soldiers on both sides.", []),
    ("Nobody in this report speaks of the 93 civilians killed in Ganja.", []),
    ("More than 3,400 of our citizens have been killed or injured by mines since 1991.", []),
    # ... while a count of the held is one, whatever else the sentence says
    ("Azerbaijan holds 23 Armenian prisoners, and mines have killed more than 20 people.",
     [("23 Armenian prisoners", 23)]),
    # ... and so are some of the held who were hurt, "of them" (the dead among them stay out)
    ("Forty-one men were held. Three of them were wounded and went to the hospital first.",
     [("Forty-one men", 41), ("Three of them", 3)]),
    ("Forty-one men were held. Three of them were killed.", [("Forty-one men", 41)]),
])
def test_counts_of_the_killed_and_injured_are_no_claims(text, expected):
    assert [(r["text"], r["value"]) for r in claims.extract(text, source="t")] == expected


@pytest.mark.parametrize("text, expected", [
    # a crowd that gathers, marches or attends is no count of the held, released or missing
    ("The 19 prisoners are still held. About two hundred people have gathered outside the government building.",
     [("19 prisoners", 19)]),
    ("Some 300 relatives marched to the border to ask for the return of the captives.", []),
    ("More than 500 people attended the vigil for the men still held in Baku.", []),
    # ... but the held named as such are counted, whatever verb follows
    ("The 32 prisoners of war gathered their belongings and crossed the bridge.", [("32 prisoners of war", 32)]),
])
def test_counts_of_a_crowd_are_no_claims(text, expected):
    assert [(r["text"], r["value"]) for r in claims.extract(text, source="t")] == expected


_TIMELINE = """{heading}

14 December 2020 — 44, in the first exchange
28 December 2020 — 4
June 2021 – 15 (for the minefield maps of Aghdam)
"""


def test_a_timelines_rows_count_the_people_its_heading_names_with_the_headings_status():
    text = _TIMELINE.format(heading="Armenians returned from Azerbaijan, selected dates")
    rows = claims.extract(text, source="t", outlet="Daily", published="2025-10-01")
    assert [(r["text"], r["value"], r["shape"], r["status"], r["side"]) for r in rows] == [
        ("44", 44, "dated_row", "returned", "armenian"), ("4", 4, "dated_row", "returned", "armenian"),
        ("15", 15, "dated_row", "returned", "armenian")]
    assert text[rows[0]["start"]:rows[0]["end"]] == "44"


@pytest.mark.parametrize("heading", [
    "Meetings of the commission, selected dates",   # no people
    "Armenians in Azerbaijan, selected dates",       # people, but nothing happened to them
])
def test_a_timeline_without_people_and_what_happened_to_them_counts_nothing(heading):
    assert claims.extract(_TIMELINE.format(heading=heading), source="t", outlet="Daily", published="2025-10-01") == []


def test_a_dated_line_of_prose_is_no_timeline_row():
    text = "Armenians returned from Azerbaijan\n\n14 December 2020 — 44 times the commission met.\n"
    shapes = [r["shape"] for r in claims.extract(text, source="t", outlet="Daily", published="2025-10-01")]
    assert shapes == []  # words after the figure, not a comma or a bracket: prose, not a row


@pytest.mark.parametrize("text, expected", [
    # a quoted noun after the number counts the people it names
    ('The release left 19 "persons deprived of liberty" in Baku.', [(19, "detainee")]),
    ("Baku called the 32 “servicemen of Armenian origin”.", [(32, "servicemen")]),
    ('He signed 19 "letters" to the court.', []),
    # a total that rose or fell to its figure
    ("By 2023 the number of Armenians held in Baku had risen again to fifty-five, after the arrests.",
     [(55, "armenians")]),
    ("The number of Armenian prisoners fell to 19 in January.", [(19, "detainee")]),
    ("The number of meetings fell to 19 in January.", []),
    # a figure named again before a closing quotation mark and its stop
    ('Azerbaijan holds nineteen Armenians. The promise "has not been kept for these nineteen".', [(19, "armenians")] * 2),
])
def test_quoted_nouns_totals_that_rose_and_a_figure_before_a_closing_quote(text, expected):
    assert [(r["value"], r["what"]) for r in claims.extract(text, source="t")] == expected


@pytest.mark.parametrize("text, expected", [
    # "of them" counts people named a few sentences up ...
    ("Azerbaijan holds Armenian prisoners. Their families wait. No body visits. Lawyers are rarely admitted. "
     "The Defender has stated that at least four of them are ill.", [(4, "detainee")]),
    # ... unless a plural of things or of time stands nearer
    ("Azerbaijan holds Armenian prisoners. His mother keeps his letters. There are fourteen of them.", []),
    ("Azerbaijan holds Armenian prisoners. She counts the days. It has been more than 1,700 of them.", []),
])
def test_of_them_reaches_people_named_a_few_sentences_up_but_not_past_things(text, expected):
    assert [(r["value"], r["what"]) for r in claims.extract(text, source="t")] == expected


@pytest.mark.parametrize("text, expected", [
    # "with 31 others": the others who underwent the act with the one the sentence names
    ("He was freed in December 2023 with 31 others.", [(31, "persons")]),
    ("The Military Court convicted my son and 12 others.", [(12, "persons")]),
    ("She travelled to Baku with 31 others.", []),                 # no act of detention or release
    ("He was freed in December 2023 with 31 other soldiers.", [(31, "soldiers")]),  # a noun of its own
])
def test_others_who_underwent_the_act_with_the_one_named(text, expected):
    assert [(r["value"], r["what"]) for r in claims.extract(text, source="t")] == expected


@pytest.mark.parametrize("text, expected", [
    # a list after a lead that counts releases: its figures are of people released
    ("We have counted every release one by one: 44 in December 2020, 15 in June 2021, 17 in October 2022, "
     "and today four at the bridge.", [44, 15, 17, 4]),
    ("We have counted every meeting one by one: 44 in December 2020, 15 in June 2021.", []),
])
def test_a_list_after_a_lead_that_counts_releases(text, expected):
    assert [r["value"] for r in claims.extract(text, source="t")] == expected


@pytest.mark.parametrize("text, expected", [
    # those on trial or serving sentences are people held, whatever the verb before them
    ("Three of the defendants are former officials.", [(3, "defendants")]),
    ("He was tried with 13 co-defendants in Baku.", [(13, "co-defendants")]),
    ("The fifteen accused deny the charges.", [(15, "accused")]),
    ("Three of the members are former officials.", []),      # a noun of role still needs a verb of detention
])
def test_those_on_trial_are_counted_as_people(text, expected):
    assert [(r["value"], r["what"]) for r in claims.extract(text, source="t")] == expected


def test_a_table_with_bars_between_its_cells_only_counts_what_its_column_header_names():
    text = ("Slide 3\nReleases to Armenia\n\nDate        | Armenians released  | Given in return\n"
            "14 Dec 2020 | 44                  | 12 Azerbaijanis\n13 Dec 2023 | 32                  | 2 servicemen\n")
    rows = claims.extract(text, source="t", outlet="Daily", published="2025-10-01")
    assert [(r["text"], r["value"], r["shape"], r["status"]) for r in rows if r["shape"] == "table_cell"] == [
        ("44", 44, "table_cell", "released"), ("32", 32, "table_cell", "released")]
    # a single line with a bar (a ticker's time and its item) is no table
    text = "13 JAN 21:05 | 44\n\n14 JAN 09:15 | 12\n"
    assert [r["shape"] for r in claims.extract(text, source="t")] == []


def test_a_slides_dated_list_with_colons_counts_the_people_its_heading_names():
    text = ("Slide 4\nHow many Armenians are held?\n- 2021: about 200, missing or held\n- Late 2022: 38\n"
            "- 2024-2025: 23\n")
    rows = claims.extract(text, source="t", outlet="Daily", published="2025-10-01")
    assert [(r["text"], r["value"], r["shape"], r["status"]) for r in rows] == [
        ("about 200", 200, "dated_row", "held"), ("38", 38, "dated_row", "held"), ("23", 23, "dated_row", "held")]


_LEADER_TABLE = """{heading}

Date ................ to Armenia ... to Azerbaijan
14 December 2020 .... 44 .......... 12
12 June 2021 ........ 15 .......... 2
Total ............... 59 .......... 14
"""


def test_a_table_of_several_columns_set_with_dot_leaders_counts_by_its_headers_and_heading():
    text = _LEADER_TABLE.format(heading="The following releases took place. Persons returned to each side:")
    rows = claims.extract(text, source="t", outlet="Daily", published="2025-10-01")
    assert [(r["text"], r["value"], r["what"], r["shape"], r["status"]) for r in rows] == [
        ("44", 44, "persons", "aligned_cell", "returned"), ("12", 12, "persons", "aligned_cell", "returned"),
        ("15", 15, "persons", "aligned_cell", "returned"), ("2", 2, "persons", "aligned_cell", "returned"),
        ("59", 59, "persons", "aligned_cell", "returned"), ("14", 14, "persons", "aligned_cell", "returned")]
    assert text[rows[1]["start"]:rows[1]["end"]] == "12"
    # a heading that says nothing happened to anyone: columns of places count nothing
    assert claims.extract(_LEADER_TABLE.format(heading="Meetings of the commission, by host:"),
                          source="t", outlet="Daily", published="2025-10-01") == []


@pytest.mark.parametrize("text, expected", [
    # a wire dateline's double hyphen before the figure; one hyphen still glues it to a word
    ("GLENDALE, Calif.--Four Armenian men held in Azerbaijan were handed over.",
     [("Four Armenian men", 4, "exact", "men")]),
    ("The COVID-19 rules kept the men in cells.", []),
    # an adjective that only tells the people apart
    ("The videos show at least 37 distinct individuals.",
     [("at least 37 distinct individuals", 37, "at_least", "individuals")]),
])
def test_a_figure_after_a_datelines_double_hyphen_and_before_distinct_people(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the figure of the people just counted, given again for now
    ("In 2021 officials spoke of about 200 people missing or held. Now it is nineteen.",
     [("about 200 people", 200, "about", "people"), ("nineteen", 19, "exact", "people")]),
    ("Yerevan counted 23 prisoners in 2024. It now stands at 19.",
     [("23 prisoners", 23, "exact", "detainee"), ("19", 19, "exact", "detainee")]),
    ("In 2021 the talks took 200 days. Now it is nineteen.", []),   # no people counted before
])
def test_a_figure_given_again_for_now_counts_the_people_counted_before(text, expected):
    assert found(text) == expected


def test_a_charts_dated_list_under_a_note_counts_the_people_its_title_names_and_both_figures_of_a_row():
    text = ("Chart 2: Armenians held in Azerbaijan, as reported\n\nEach dot is one published figure:\n\n"
            "- Late 2022: 38 or 39, depending on the source.\n- 2024 and 2025: 23, the official figure.\n")
    rows = claims.extract(text, source="t", outlet="Daily", published="2025-10-01")
    assert [(r["text"], r["value"], r["shape"], r["status"]) for r in rows] == [
        ("38", 38, "dated_row", "held"), ("39", 39, "dated_row", "held"), ("23", 23, "dated_row", "held")]
    assert text[rows[1]["start"]:rows[1]["end"]] == "39"
    # the same rows under a title that names no people count nothing
    assert claims.extract(text.replace("Armenians held in Azerbaijan", "Meetings of the commission"),
                          source="t", outlet="Daily", published="2025-10-01") == []


@pytest.mark.parametrize("text, expected", [
    # a figure given to someone: "acknowledged 72 to the Court"
    ("How many Armenian prisoners does Baku hold? In March 2021 Azerbaijan acknowledged 72 to the Court.",
     [("72", 72, "exact", "detainee")]),
    ("How many meetings were held? In March 2021 Azerbaijan acknowledged 72 to the Court.", []),
])
def test_a_figure_acknowledged_to_someone_counts_the_people_named_before(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure after the sentence's date opens its clause, as it would open the sentence
    ("The men were prisoners of war. In December 2023, 32 came home.",
     [("32", 32, "exact", "prisoner_of_war")]),
    ("The men were prisoners of war. Nineteen are still in Baku.", [("Nineteen", 19, "exact", "prisoner_of_war")]),
    ("The hearings were public. Nineteen are still in doubt.", []),  # no people named, nothing held
    ("The men were prisoners of war. Of course, 41 talks failed.", []),
    # the other side's figure in an exchange
    ("The video covers the exchange of 44 for 12 that December.",
     [("44", 44, "exact", "persons"), ("12", 12, "exact", "persons")]),
    ("It was an exchange of prisoners for 12 maps.", []),
    # a part of a group opened by its figure
    ("Of at least 150 persons returned since 2020, 41 have been refused the payment.",
     [("at least 150 persons", 150, "at_least", "persons"), ("41", 41, "exact", "persons")]),
    # a figure given as the same, the official figure, or figures of
    ("Baku holds Armenian captives. Yerevan gives the official figure, 23.", [("23", 23, "exact", "captive")]),
    ("Baku holds Armenian captives. Some NGOs publish figures of up to 80.", [("up to 80", 80, "at_most", "captive")]),
])
def test_figures_opening_a_dated_clause_exchanged_for_others_and_given_as_a_figure(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a column header that says what happened to the people its cells count, with no noun for them
    ("Table 1. Releases since 2020\n\n| Date | Returned to Armenia | Given in return |\n|---|---|---|\n"
     "| 14 December 2020 | 44 | 12 Azerbaijanis |\n| 12 June 2021 | 15 | minefield maps |",
     [("44", 44, "exact", "persons"), ("12 Azerbaijanis", 12, "exact", "azerbaijanis"), ("15", 15, "exact", "persons")]),
    ("| Date | Meetings held | Given in return |\n|---|---|---|\n| 14 December 2020 | 44 | nothing |", []),
])
def test_a_table_column_headed_by_what_happened_to_people_counts_them(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural that counts without "of", before "more" of the people just counted: its least value, at least
    ("Forty-four men came home. In 2021 dozens more were returned.",
     [("Forty-four men", 44, "exact", "men"), ("dozens more", 24, "at_least", "men")]),
    ("Forty-four men came home. Hundreds more were returned later.",
     [("Forty-four men", 44, "exact", "men"), ("Hundreds more", 200, "at_least", "men")]),
    ("The ministry has written dozens more letters.", []),  # more of what is no people counted before
    ("He wrote dozens.", []),
])
def test_dozens_more_of_the_people_just_counted(text, expected):
    assert found(text) == expected


_SOURCES_LIST = """How many Armenians are held in Azerbaijan?

The numbers, as each side gives them:

- Government of Armenia, 15 January: 19 held.
- Union of Families of the Missing, 20 February: at least 26 held or missing.
- State Commission, 14 January: 4 released
- Ministry of Justice, 2025: 19 pages.
"""


def test_a_list_items_figure_with_only_the_fate_of_those_it_counts_is_a_count():
    rows = claims.extract(_SOURCES_LIST, source="t", outlet="Daily", published="2026-03-01")
    assert [(r["text"], r["value"], r["qualifier"], r["shape"], r["status"]) for r in rows] == [
        ("19", 19, "exact", "fate_item", "held"), ("at least 26", 26, "at_least", "fate_item", "unknown"),
        ("4", 4, "exact", "fate_item", "released")]  # "held or missing": either; "19 pages." is no people's fate
    assert _SOURCES_LIST[rows[1]["start"]:rows[1]["end"]] == "at least 26"


@pytest.mark.parametrize("text, expected", [
    # a figure a verb that counts gives, then when or as what: the people named before
    ("Armenian prisoners are held in Baku. Azerbaijan released four today as a humanitarian gesture.",
     [("four", 4, "exact", "detainee")]),
    ("Armenian prisoners are held in Baku. Baku released 4 yesterday.", [("4", 4, "exact", "detainee")]),
    ("The ministry held 12 today as planned.", []),  # no people named before
])
def test_a_counted_figure_then_when_or_as_what(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure after a determiner, then "whom": people, whatever the clause says of them
    ("Her son was taken in 2020. In May she learned that he was among the 72 whom Azerbaijan had acknowledged.",
     [("72", 72, "exact", "persons")]),
    ("The 12 that Baku confirmed in the report were documents.", []),  # "that" may be of things
])
def test_a_figure_before_whom_counts_people(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure opening its clause whose predicate names the people it counts
    ("Nineteen Armenians remain in Baku; three are civilians.",
     [("Nineteen Armenians", 19, "exact", "armenians"), ("three", 3, "exact", "civilian")]),
    ("We represent 19 Armenians still held. Sixteen are servicemen captured in 2020; at least three are civilians.",
     [("19 Armenians", 19, "exact", "armenians"), ("Sixteen", 16, "exact", "servicemen"),
      ("at least three", 3, "at_least", "civilian")]),
    ("Two are prisoners of war.", [("Two", 2, "exact", "prisoner_of_war")]),
    ("We represent 19 Armenians still held. Three are questions for the Court.",
     [("19 Armenians", 19, "exact", "armenians")]),  # no people in the predicate
    ("In the report, three are civilians.", [("three", 3, "exact", "civilian")]),  # after an opening phrase
    ("The list has 19 entries; three are duplicates.", []),  # no people
    # ... or the figure "we" were, nothing counted after it
    ("I was in the second group they took. We were twelve.", [("twelve", 12, "exact", "persons")]),
    ("We were eleven in the position that morning.", [("eleven", 11, "exact", "persons")]),
    ("We were two hours late.", []),
    ("We were nineteen, twenty years old.", []),
])
def test_a_figure_whose_predicate_names_its_people(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure with a determiner before "who", "whose" or "whom" counts people, named as the text named them before
    ("Four of our sons came home. Today we speak about the nineteen who did not come.",
     [("Four of our sons", 4, "exact", "sons"), ("nineteen", 19, "exact", "sons")]),
    ("Prisoners of war wait in Baku. The families of the 23 whose detention Baku acknowledges met today.",
     [("23", 23, "exact", "prisoner_of_war")]),
    ("The detainees are ill. The ombudsperson asked to see all three who need treatment.",
     [("all three", 3, "exact", "detainee")]),
    # no determiner, no relative pronoun of persons, or no one held or freed spoken of before: no count
    ("The detainees are ill. She saw three who need treatment.", []),
    ("The detainees are ill. Of the three routes, the two which stayed closed were in the south.", []),
    ("The bridge reopened at noon. The two who spoke were engineers.", []),
])
def test_a_figure_before_who_counts_people(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # thousands missing from the war of the early 1990s, or who left Nagorno-Karabakh, are no count of the held
    ("Nearly 4,000 of our citizens have been missing since the first Karabakh war.", []),
    ("More than 3,800 persons are still missing from the conflict of the early 1990s.", []),
    ("More than 100,000 people had left Nagorno-Karabakh by October.", []),
    ("Over 1,200 people were displaced.", []),
    # ... but a count of thousands the sentence does not set in that war still counts, and so does a small one
    ("More than 1,000 persons were detained, the report says.", [("More than 1,000 persons", 1000, "more_than", "persons")]),
    ("Since the early 1990s war, 19 Armenians have been held in Baku.", [("19 Armenians", 19, "exact", "armenians")]),
])
def test_thousands_of_the_first_war_or_the_exodus_are_no_count(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count that fell or rose to the figure counts the same people, and so does the next figure of that change
    ("Azerbaijan acknowledged holding 72 Armenians in 2021. That fell to 38 or 39 after the releases of 2022.",
     [("72 Armenians", 72), ("38", 38), ("39", 39)]),
    ("Baku acknowledged holding 72 Armenians in 2021. The official number fell to 55, and to 23 in 2024.",
     [("72 Armenians", 72), ("55", 55), ("23", 23)]),
    # ... only a count's own change: an allowance, a price or a sentence that rises is no count of people
    ("The Government pays the families of 19 persons held in custody. From February the allowance rises to 120,000 "
     "drams a month.", [("19 persons held in custody", 19)]),
    ("Azerbaijan acknowledged holding Armenians in 2021. Their number fell to 38 or 39 the year after.", []),
])
def test_the_sequel_shape_counts_what_a_count_fell_or_rose_to(text, expected):
    assert [(c["text"], c["value"]) for c in claims.extract(text, source="t")] == expected


def test_a_figure_opening_a_recordings_timed_paragraph_that_remains_counts_the_people_named_before():
    text = "The prisoners of war are in Baku.\n\n[03:55] Nineteen remain. I know this number."
    assert found(text) == [("Nineteen", 19, "exact", "prisoner_of_war")]


def test_admitted_to_holding_is_a_verb_of_a_count():
    text = "The Court had requests concerning 249 people; Azerbaijan admitted to holding 72."
    assert [(c["text"], c["value"], c["speaker"]) for c in claims.extract(text, source="t", published="2022-01-01")][-1] \
        == ("72", 72, "azerbaijan")


@pytest.mark.parametrize("header, expected", [
    # a column that says its people are held, and no more, counts them
    ("Held, as reported", [("38", 38, "held"), ("55", 55, "held")]),
    ("Still held in Baku", [("38", 38, "held"), ("55", 55, "held")]),
    # ... "held" of anything else counts no one
    ("Meetings held", []),
])
def test_a_table_column_of_people_held_counts_its_cells(header, expected):
    text = (f"Our own records show the following:\n\n| Date | {header} | Source of the figure |\n|---|---|---|\n"
            "| October 2022 | 38 | Azerbaijani authorities |\n| November 2023 | 55 | Armenian government |\n")
    assert [(c["text"], c["value"], c["status"]) for c in claims.extract(text, source="t")] == expected


def test_a_timelines_rows_under_a_heading_of_releases_count_with_their_own_verb():
    text = ("TIMELINE OF RELEASES\n\n14 Dec 2020: 44 Armenians returned, 12 Azerbaijanis returned to Azerbaijan.\n"
            "12 Jun 2021: 15 returned for minefield maps of Aghdam.\n19 Dec 2021: 10 freed after EU mediation.\n"
            "14 Jan 2026: 4 cross the Hakari bridge.\n")
    rows = {(c["text"], c["value"]): c["shape"] for c in claims.extract(text, source="t")}
    assert rows[("15", 15)] == rows[("10", 10)] == rows[("4", 4)] == "dated_row"
    # ... a heading of no release, no count
    assert found("Meetings of the commission\n\n12 Jun 2021: 15 returned to their offices.\n") == []


@pytest.mark.parametrize("text, expected", [
    # a figure opening the clause after "that", still held in so many words, after a label naming the people
    ("They are prisoners of war. Our understanding is that 19 remain in detention in Azerbaijan.", [("19", 19)]),
    # ... never one that stays nowhere
    ("They are prisoners of war. Our understanding is that two remain unanswered.", []),
])
def test_a_figure_still_held_opening_a_that_clause(text, expected):
    assert [(c[0], c[1]) for c in found(text)] == expected


@pytest.mark.parametrize("title, expected", [
    # a column of figures at a date counts what the table's title names
    ("Table 3.1. Armenians held in Azerbaijan, by place of detention",
     [("14", "armenians", "held"), ("9", "armenians", "held"), ("23", "armenians", "held"), ("19", "armenians", "held")]),
    ("Table 3.2. Visits by place of detention", []),  # a title that names no people: the figures count none
])
def test_a_tables_date_columns_count_what_its_title_names(title, expected):
    text = (title + "\nPlace of detention | January 2024 | March 2026\nBaku Pre-trial Detention Centre No. 1 | 14 | 9\n"
            "Total | 23 | 19\n")
    rows = claims.extract(text, source="t", outlet="Monitor", published="2026-03-01")
    assert [(r["text"], r["what"], r["status"]) for r in rows if r["shape"] == "table_cell"] == expected
