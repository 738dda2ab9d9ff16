"""The helpers behind notebooks 02-05: compare, trace, ledger, qualify and notes (no kernel needed)."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest

from detentio import claims, clause, corpus, counts, labels, law, mentions, notes, qualify
from detentio.core.problems import DetentioError

TASS = "002_45120e5011152357"
PANEL = "001_b7bfa99757de68eb"
OPINION = "004_59c0c21e26c3c404"


# --- compare ---------------------------------------------------------------------

def test_label_codes_parameter_is_checked_against_the_codebook():
    assert labels.codes("hostage, prisoner_of_war") == ["hostage", "prisoner_of_war"]
    assert labels.codes("")[0] == "prisoner_of_war"
    with pytest.raises(DetentioError, match="'prisoners' is not a label code.*prisoner_of_war"):
        labels.codes("prisoners")
    with pytest.raises(DetentioError, match="not a clause code"):
        labels.codes("hostage", kind="clause")


def test_a_denial_is_counted_apart_from_the_uses(seed_corpus, seed_mentions):
    c, m = seed_corpus, seed_mentions
    chosen = labels.select(m, c.documents, codes=["prisoner_of_war"])
    usage = labels.usage(chosen).set_index("speaker")
    assert usage.loc["sahakyan", ["uses", "denials"]].tolist() == [0, 1]
    assert usage.loc[f"outlet:{OPINION}", "uses"] >= 3
    assert labels.crosstab(chosen, "affiliation").set_index("label").loc["prisoner of war", "total"] == \
        len(labels.uses(chosen))


def test_an_actor_keeps_only_that_speaker_and_an_unknown_actor_is_refused(seed_corpus, seed_mentions):
    c, m = seed_corpus, seed_mentions
    chosen = labels.select(m, c.documents, actor="pashinyan")
    assert len(chosen) and set(chosen["speaker"]) == {"pashinyan"}
    with pytest.raises(DetentioError, match="actor 'nobody'"):
        labels.select(m, c.documents, actor="nobody")


def test_the_period_follows_the_publication_dates(seed_corpus, seed_mentions):
    c, m = seed_corpus, seed_mentions
    chosen = labels.select(m, c.documents, since="2025-01-01")
    assert set(chosen["year"]) == {2025}
    assert set(chosen["date"]) == {"c. March 2025", "1 October 2025"}


def test_evidence_quotes_the_exact_span_with_context_cut_at_words(seed_corpus, seed_mentions):
    c, m = seed_corpus, seed_mentions
    chosen = labels.select(m, c.documents, codes=["terrorist_saboteur"])
    line = labels.evidence(chosen, c, width=30).iloc[0]
    assert line["match"] == c.text(line["source"])[line["start"]:line["end"]] == "terrorists and saboteurs"
    assert line["left"].startswith("… ") and not line["left"][2].isspace()
    assert labels.context("They are prisoners of war, he said.", 9, 25, 6) == ("… are ", ", he …")


# --- notes -----------------------------------------------------------------------

def test_pinpoints_merge_as_oscola_writes_them():
    assert notes.pinpoints(["art 4", "art 118", "art 119(5)"]) == "arts 4, 118, 119(5)"
    assert notes.pinpoints(["r 96", "r 128"]) == "rr 96, 128"
    assert notes.pinpoints(["art 5", "para 3"]) == "art 5, para 3"
    assert notes.pinpoints([None, "art 1"]) == "art 1"


def test_a_figure_keeps_its_qualifier_and_a_date_its_precision():
    assert notes.stated(40, "at_least") == "at least 40"
    assert notes.stated(200, "about") == "about 200"
    assert notes.stated(23, "exact") == "23"
    assert notes.when("2025-03", "approximate") == "c. March 2025"
    assert notes.when(pd.Timestamp("2023-11-01"), "approximate", pd.Timestamp("2023-11-30")) == "c. November 2023"
    assert notes.when(pd.Timestamp("2021-07-03"), "day") == "3 July 2021"


def test_provisions_are_grouped_one_note_per_instrument():
    groups = notes.grouped(["gc3-118", "gc3-119", "gc4-34", "hostages-1"])
    assert [label for label, _ in groups] == ["GC III arts 118, 119(5)", "GC IV art 34", "Hostages Convention art 1"]
    # The first citation of a treaty defines its short title, which later notes use.
    assert "75 UNTS 135 (GC III), arts 118, 119(5)" in str(groups[0][1])


def test_an_event_note_links_its_corpus_source_to_the_appendix(seed_corpus, seed_events):
    c, events = seed_corpus, seed_events
    row = events[events["id"] == "release-2021-07-03"].iloc[0]
    note = str(notes.event(row, c))
    assert f'href="#src-{TASS}"' in note and "Devdiscourse" in note and 'class="detentio-fn"' in note


# --- trace -----------------------------------------------------------------------

def test_each_release_is_counted_once_by_what_was_given(seed_events):
    events = seed_events
    released = clause.releases(events, since="2020-11-09")
    kinds = clause.conditionality(released).set_index("conditionality")
    assert kinds["releases"].sum() == len(released)
    assert kinds["released"].sum() == released["released"].sum()
    july = released[released["id"] == "release-2021-07-03"].iloc[0]
    assert (july["when"], july["consideration"]) == ("3 July 2021", "minefield maps")


def test_the_tass_report_sits_between_the_july_release_and_the_next(seed_corpus, seed_mentions, seed_events):
    c, m, events = seed_corpus, seed_mentions, seed_events
    invoked = clause.invocations(m, c.documents, events, codes=["all_for_all"])
    assert set(invoked["source"]) == {TASS}
    row = clause.by_source(invoked).iloc[0]
    assert (row["before_id"], row["before_days"], row["before_consideration"]) == \
        ("release-2021-07-03", 4, "minefield maps")


def test_events_using_a_code_are_found_by_the_codebook_matcher(seed_events):
    events = seed_events
    assert "exchange-2020-12-14" in set(clause.events_using(events, "all_for_all")["id"])


# --- ledger ----------------------------------------------------------------------

def test_claims_agree_with_the_events_that_cite_their_source(seed_corpus, seed_claims, seed_events):
    c, found, events = seed_corpus, seed_claims, seed_events
    book = counts.count_ledger(found, c.documents, events)
    pairs = counts.agreements(book)
    assert {"count-2023-11-004", "count-2025-10-01-sahakyan", "release-2021-07-03"} <= set(pairs["event"])
    assert (pairs["value"] == book.loc[pairs["claim"], "value"].to_numpy()).all()


def test_the_ledger_never_merges_figures(seed_corpus, seed_claims, seed_events):
    c, found, events = seed_corpus, seed_claims, seed_events
    book = counts.select(counts.count_ledger(found, c.documents, events), since="2020-11-09")
    rows = counts.readable(book, c, events=events)
    years = counts.by_year(book)
    assert years["figures"].sum() == book["figure"].isin(["count", "claim"]).sum()
    repeated = counts.recurring(rows).set_index("value")
    assert repeated.loc[23, "sources"] >= 3
    assert {"23", "40", "about 200"} <= set(rows["stated"])


def test_figure_kinds_parameter_is_checked():
    assert counts.figures("") == list(counts.FIGURE_WORDS)
    with pytest.raises(DetentioError, match="'counts' is not a kind of figure"):
        counts.figures("counts")


# --- qualify ---------------------------------------------------------------------

def test_a_label_leads_to_its_provisions_and_exceptions():
    duties = qualify.obligations("prisoner_of_war").set_index("provision")
    assert duties.loc["gc3-118", "exceptions"] == ["gc3-119"]
    assert qualify.obligations("hostage").set_index("provision").loc["hostages-1", "exceptions"] == ["hostages-12"]
    assert "Azerbaijan is not" in qualify.parties("api")


def test_releases_are_counted_in_days_from_the_ceasefire(seed_events):
    events = seed_events
    since = qualify.after(events, "2020-11-10", kinds=law.RELEASE_KINDS)
    assert since["days"].is_monotonic_increasing and since["days"].iloc[0] >= 0
    priced = qualify.after(events, "2020-11-10", kinds=law.RELEASE_KINDS, conditionality=("maps",))
    assert set(priced["conditionality"]) == {"maps"}


# --- figures ---------------------------------------------------------------------

def test_every_figure_has_a_title_and_labelled_axes(seed_corpus, seed_mentions, seed_claims, seed_events):
    c, m, found, events = seed_corpus, seed_mentions, seed_claims, seed_events
    chosen = labels.select(m, c.documents)
    book = counts.count_ledger(found, c.documents, events)
    figures = [labels.plot_by_affiliation(chosen), labels.plot_by_year(chosen),
               clause.plot_timeline(clause.releases(events), clause.invocations(m, c.documents, events),
                                   statement="2020-11-09"),
               counts.plot(book), counts.plot_lanes(counts.readable(book, c, events=events))]
    for fig in figures:
        axes = [ax for ax in fig.axes if ax.get_xlabel() or ax.get_ylabel()]
        assert any(ax.get_title() for ax in fig.axes)
        assert any(ax.get_xlabel() for ax in axes) and any(ax.get_ylabel() for ax in axes)


def test_released_people_are_never_listed_as_held_and_other_sides_counts_can_be_left_out(seed_corpus, seed_events):
    from detentio.framing import claims as claim_engine

    text = ("Azerbaijan released 10 Armenian prisoners on Monday; 23 Armenian prisoners remain held in Baku. "
            "Armenia holds 2 Azerbaijani soldiers.")
    found = claim_engine.frame(claim_engine.extract(text, source="002_45120e5011152357", outlet="X"))
    assert list(zip(found["value"], found["status"], found["side"])) == [
        (10, "released", "armenian"), (23, "held", "armenian"), (2, "held", "azerbaijani")]
    book = counts.count_ledger(found, seed_corpus.documents, seed_events)
    corpus_rows = book[book["origin"] == "corpus"].set_index("value")
    assert corpus_rows.loc[10, "figure"] == "claim_released" and corpus_rows.loc[23, "figure"] == "claim"
    held = counts.by_year(book, figures=("claim",))
    assert 10 not in {v for values in held["values"] for v in values}
    armenians = counts.select(book, side="armenian")
    assert set(armenians.loc[armenians["origin"] == "corpus", "value"]) == {10, 23}


def test_priced_releases_and_the_period_filter_are_the_notebooks_one_definition(seed_events):
    rows = clause.releases(seed_events)
    tied = rows[clause.priced(rows)]
    assert set(tied["conditionality"]) <= {"maps", "counter_release"} and len(tied) < len(rows)
    assert "exchange-2020-12-14" in set(tied["id"])  # a counter-release is priced, mediation is not
    # a month-dated event overlaps a period that starts inside its month
    period = clause.in_period(seed_events, "2021-01-15", "2021-01-31")
    assert (period["date_end"] >= pd.Timestamp("2021-01-15")).all() and (period["date"] <= pd.Timestamp("2021-01-31")).all()
    assert len(clause.in_period(seed_events)) == len(seed_events)


def test_release_around_a_clause_invocation_names_the_release_and_the_gap(seed_corpus, seed_mentions, seed_events):
    invoked = clause.invocations(seed_mentions, seed_corpus.documents, seed_events, codes=["all_for_all"])
    row = clause.by_source(invoked).iloc[0]
    cell = str(notes.release_around(row, "before", seed_events, seed_corpus))
    assert f"{int(row['before_released'])} released" in cell and "detentio-fn" in cell  # with its note
    assert "none recorded" in str(notes.release_around({"after_id": None}, "after", seed_events, seed_corpus))
