"""Label tables for the notebooks: counts by affiliation and year, first and last use."""
import pandas as pd
import pytest

from detentio import affiliation, corpus, labels, mentions


def test_by_affiliation_year_counts_labels_not_clauses_nor_denials(seed_corpus, seed_mentions):
    c, m = seed_corpus, seed_mentions
    table = affiliation.by_affiliation_year(m, c.documents)
    assert list(table.columns) == ["code", "affiliation", "year", "mentions", "sources"]
    assert not set(table["code"]) & {"release", "exchange", "mine_maps", "all_for_all"}
    rows = table.set_index(["code", "affiliation", "year"])["mentions"]
    # two NGO speakers in 2025: Sahakyan (3 uses of the term) and Melikyan (1); the Prime
    # Minister's wording that Melikyan reports counts for Armenia
    assert rows[("person_held_in_custody", "NGO", 2025)] == 4
    assert rows[("person_held_in_custody", "Armenia", 2025)] == 1
    assert rows[("terrorist_saboteur", "Azerbaijan", 2021)] == 1
    # 004 (2023) names neither outlet nor author: its own voice is nobody's "media"
    assert rows[("prisoner_of_war", "unattributed", 2023)] == 3
    assert not any(a == "media" and y == 2023 for _, a, y in rows.index)
    # the denied "not a prisoner of war" (001) is left out ...
    assert ("prisoner_of_war", "NGO", 2025) not in rows.index
    # ... unless asked for
    with_denials = affiliation.by_affiliation_year(m, c.documents, include_negated=True)
    assert with_denials.set_index(["code", "affiliation", "year"]).at[("prisoner_of_war", "NGO", 2025),
                                                                      "mentions"] == 1


def test_affiliations_of_outlets_and_unregistered_names():
    speakers = pd.Series(["pashinyan", "outlet:TASS", "Lilit Avetisyan", None, "outlet:004_x"], index=[5, 6, 7, 8, 9])
    sources = pd.Series(["002_a", "002_a", "001_b", "001_b", "004_x"], index=speakers.index)
    assert affiliation.affiliations(speakers, sources=sources).tolist() == [
        "Armenia", "media", "unregistered", "unknown", "unattributed"]
    assert list(affiliation.affiliations(speakers, sources=sources).index) == [5, 6, 7, 8, 9]
    # without the sources an outlet: speaker cannot be told from a source's own voice
    assert affiliation.affiliations(speakers).tolist()[-1] == "media"


def test_first_and_last_use_by_publication_date(seed_corpus, seed_mentions):
    c, m = seed_corpus, seed_mentions
    table = labels.first_last(labels.select(m, c.documents, codes=["captive"]))
    row = table.set_index("code").loc["captive"]
    # captive: Aivazyan, c. 28 January 2021 (003) first; Pashinyan's 2025 statement (000) last;
    # the denial in 001 (October 2025) is not a use
    assert row["first_source"] == "003_5bdef974ad1bb4d4" and row["first_date"] == "c. 28 January 2021"
    assert row["first_speaker"] == "Ara Aivazyan" and row["last_speaker"] == "Nikol Pashinyan"
    assert row["last_source"] == "000_288279f309da8c33" and row["last_date"] == "c. March 2025"
    assert c.text(row["last_source"])[row["last_start"]:row["last_end"]].lower().startswith("captive")
    assert row["uses"] == len(labels.uses(labels.select(m, c.documents, codes=["captive"])))
