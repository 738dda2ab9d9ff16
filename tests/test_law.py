"""The legal frame as tables: regimes, events, clause invocations, count ledger."""
from __future__ import annotations

import pandas as pd

from detentio import clause, counts, law

CODEBOOK = {"codes": {
    "prisoner_of_war": {"kind": "label", "label": "prisoner of war", "regime": "GC III",
                        "provisions": ["gc3-118", "gc3-4a1"]},
    "person_held_in_custody": {"kind": "label", "label": "person held in custody",
                               "regime": "no specific regime", "provisions": []},
    "all_for_all": {"kind": "clause", "label": "all for all", "regime": "para 8",
                    "provisions": ["tri-2020-8"]},
}}

MENTION_COLUMNS = ["source", "start", "end", "text", "code", "sentence", "speaker", "quoted", "negated", "rule"]


def _events(rows):
    """A hand-made events table shaped like law.events()."""
    table = pd.DataFrame(rows).reindex(columns=law.EVENT_COLUMNS)
    table["date"] = pd.to_datetime(table["date"])
    table["date_end"] = table["date"]  # every hand-made event is dated to the day
    for column in ("released", "returned_to_azerbaijan", "count_held"):
        table[column] = table[column].astype("Int64")
    return table


EVENTS = _events([
    {"id": "ex-a", "date": "2021-06-12", "kind": "release", "released": 15, "date_precision": "day",
     "given_in_return": "maps of Aghdam", "conditionality": "maps", "mediator": "Georgia"},
    {"id": "icj", "date": "2021-06-20", "kind": "decision", "date_precision": "day"},
    {"id": "ex-b", "date": "2021-07-03", "kind": "release", "released": 15, "date_precision": "day",
     "given_in_return": "maps of Fuzuli", "conditionality": "maps", "mediator": "Russia"},
    {"id": "ex-c", "date": "2021-12-04", "kind": "exchange", "released": 10, "returned_to_azerbaijan": 1,
     "date_precision": "day", "conditionality": "counter_release"},
    {"id": "ex-d", "date": "2021-12-19", "kind": "release", "released": 10, "date_precision": "day",
     "conditionality": "mediation", "mediator": "EU"},
    {"id": "ex-e", "date": "2022-02-07", "kind": "release", "released": 8, "date_precision": "day",
     "conditionality": "mediation"},
    {"id": "n-38", "date": "2022-03-21", "kind": "count", "count_held": 38, "count_qualifier": "exact",
     "counted": "held", "actor": "mirzoyan", "date_precision": "day", "description": "38 held"},
    {"id": "n-39", "date": "2022-05-25", "kind": "count", "count_held": 39, "count_qualifier": "exact",
     "counted": "confirmed prisoners of war", "actor": "pashinyan", "date_precision": "day",
     "description": "39 confirmed"},
])

DOCUMENTS = pd.DataFrame({
    "id": ["tass", "late-2021", "undated"],
    "published": pd.to_datetime(["2021-07-07", "2021-12-01", None]),
    "date_precision": ["day", "approximate", None],
    "date_granularity": ["day", "month", None],
})


def test_prisoner_of_war_leads_to_art_118_release_with_the_art_119_exception():
    table = law.regimes(CODEBOOK)
    pow_rows = table[table["code"] == "prisoner_of_war"]
    assert pow_rows["pinpoint"].tolist() == ["art 118", "art 4A(1)"]
    art118 = pow_rows.iloc[0]
    assert art118["regime"] == "GC III" and art118["instrument"] == "gc3"
    assert art118["obligation"] == "Release and repatriate prisoners of war without delay after active hostilities cease."
    assert art118["exceptions"] == "GC III art 119(5)"
    assert art118["citation"].endswith("75 UNTS 135, art 118")


def test_a_label_without_provisions_keeps_its_row_and_clauses_are_opt_in():
    table = law.regimes(CODEBOOK)
    assert table["code"].tolist() == ["prisoner_of_war", "prisoner_of_war", "person_held_in_custody"]
    assert pd.isna(table.iloc[2]["provision"])
    both = law.regimes(CODEBOOK, kinds=("label", "clause"))
    assert both.iloc[-1][["code", "pinpoint"]].tolist() == ["all_for_all", "para 8"]


def test_provisions_merge_the_codes_the_codebook_points_at_them():
    table = law.provisions(CODEBOOK).set_index("id")
    assert table.loc["gc3-118", "codes"] == ["captive", "prisoner_of_war"]
    assert table.loc["tri-2020-8", "codes"] == ["all_for_all", "exchange", "mine_maps", "release"]
    assert table.loc["gc3-119", "pinpoint"] == "art 119(5)"
    assert table.loc["gc3-118", "exceptions"] == ["gc3-119"]


def test_instruments_record_that_azerbaijan_is_not_party_to_protocol_i():
    table = law.instruments().set_index("id")
    assert "Azerbaijan is not" in table.loc["api", "parties"]
    assert table.loc["gc3", "adopted"] == pd.Timestamp("1949-08-12")
    assert table.loc["gc3", "provisions"] == 13


def test_events_have_typed_dates_spanning_their_precision():
    table = law.events().set_index("id")
    assert table.loc["capture-2020-12-hadrut", ["date", "date_end"]].tolist() == [
        pd.Timestamp("2020-12-01"), pd.Timestamp("2020-12-31")]
    assert table.loc["release-2021-06-12", "released"] == 15
    assert table.loc["release-2021-06-12", "conditionality"] == "maps"
    assert pd.isna(table.loc["icj-2021-12-07", "released"])
    assert table["date"].is_monotonic_increasing


def test_clause_mentions_are_joined_to_the_releases_around_their_source_date():
    mentions = pd.DataFrame([
        ["tass", 10, 21, "all for all", "all_for_all", 4, "kopyrkin", True, False, "quote"],
        ["tass", 30, 37, "captive", "captive", 5, "kopyrkin", False, False, "quote"],
        ["late-2021", 0, 8, "released", "release", 0, None, False, False, "none"],
        ["undated", 0, 4, "swap", "exchange", 0, None, False, False, "none"],
    ], columns=MENTION_COLUMNS)
    table = clause.clause_invocations(mentions, DOCUMENTS, EVENTS)
    assert table["code"].tolist() == ["all_for_all", "release", "exchange"]  # labels are not clauses
    tass = table.iloc[0]
    assert (tass["before_id"], tass["before_days"], tass["before_given_in_return"]) == ("ex-b", 4, "maps of Fuzuli")
    assert (tass["after_id"], tass["after_days"], tass["after_conditionality"]) == ("ex-c", 150, "counter_release")
    assert tass["after_returned_to_azerbaijan"] == 1 and pd.isna(tass["within"])
    month = table.iloc[1]  # dated c. December 2021: the December releases cannot be ordered against it
    assert (month["before_id"], month["within"], month["after_id"]) == ("ex-b", "ex-c; ex-d", "ex-e")
    assert month["after_days"] == 38  # from 31 December 2021
    assert table.iloc[2][["before_id", "after_id"]].isna().all()


def test_count_ledger_keeps_every_figure_side_by_side():
    claims = pd.DataFrame([
        ["tass", 5, 25, "15 Armenian citizens", 15, "exact", "citizens", "outlet:TASS", 1],
        ["undated", 0, 8, "at least 80", 80, "at_least", "detainee", "sahakyan", 0],
    ], columns=["source", "start", "end", "text", "value", "qualifier", "what", "speaker", "sentence"])
    ledger = counts.count_ledger(claims, DOCUMENTS, EVENTS)
    assert ledger[["origin", "event", "figure", "value"]].values.tolist() == [
        ["events", "ex-a", "released", 15],
        ["events", "ex-b", "released", 15],
        ["corpus", None, "claim", 15],
        ["events", "ex-c", "released", 10],
        ["events", "ex-c", "returned_to_azerbaijan", 1],
        ["events", "ex-d", "released", 10],
        ["events", "ex-e", "released", 8],
        ["events", "n-38", "count", 38],
        ["events", "n-39", "count", 39],
        ["corpus", None, "claim", 80],  # undated claims go last
    ]
    pashinyan = ledger.iloc[8]
    assert (pashinyan["qualifier"], pashinyan["what"], pashinyan["speaker"]) == (
        "exact", "confirmed prisoners of war", "pashinyan")
    assert ledger.iloc[9]["qualifier"] == "at_least"
    assert ledger.iloc[2]["date"] == pd.Timestamp("2021-07-07")
