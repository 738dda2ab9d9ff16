"""Keyword in context by code or by phrase, with exact offsets."""
import pytest

from conftest import write_source
from detentio import corpus, kwic
from detentio.core.problems import DetentioError


def test_kwic_by_code_uses_mentions(tmp_path):
    path = write_source(tmp_path, "a.txt", "First line.\nThe hostages and the hostage-taking were discussed.")
    table = kwic.kwic("hostage", paths=[path], width=10)
    assert list(table.columns[:7]) == ["source", "start", "end", "sentence", "left", "match", "right"]
    assert table[["start", "end", "sentence", "left", "match", "right"]].values.tolist() == [
        [16, 24, 1, "line. The ", "hostages", " and the h"],  # the line break shown as a space
        [33, 47, 1, "s and the ", "hostage-taking", " were disc"],
    ]


def test_kwic_by_phrase_matches_hyphen_space_and_case(tmp_path):
    path = write_source(tmp_path, "a.txt", "An All-for-all exchange, then all for all again.")
    table = kwic.kwic("all for all", paths=[path], width=5)
    assert table[["start", "end", "match", "left", "right"]].values.tolist() == [
        [3, 14, "All-for-all", "An ", " exch"], [30, 41, "all for all", "then ", " agai"]]
    # "all for all" is a codebook phrase: the phrase search gives its code, as a code search would.
    assert table["code"].tolist() == ["all_for_all", "all_for_all"]
    assert table["negated"].tolist() == [False, False]


def test_kwic_by_phrase_fills_code_and_negated_from_the_mention_it_falls_in(tmp_path):
    text = ("They are not prisoners of war, the ministry said. Twelve prisoners of war came home. "
            "These men were never detainees of any kind. There was no ceasefire.")
    path = write_source(tmp_path, "a.txt", text)
    table = kwic.kwic("prisoners of war", paths=[path], width=8)
    assert table[["start", "code", "negated"]].values.tolist() == [
        [text.index("prisoners"), "prisoner_of_war", True],
        [text.index("prisoners", 20), "prisoner_of_war", False]]
    # Inside a longer mention: "war" lies in "prisoners of war".
    assert kwic.kwic("war", paths=[path])["code"].tolist() == ["prisoner_of_war", "prisoner_of_war"]
    # A phrase outside the codebook: no code, negation read as for a label.
    other = kwic.kwic("of any kind", paths=[path])
    assert other[["code", "negated"]].values.tolist() == [[None, False]]
    assert kwic.kwic("ceasefire", paths=[path])[["code", "negated"]].values.tolist() == [[None, True]]
    assert list(table.columns) == ["source", "start", "end", "sentence", "left", "match", "right", "code",
                                   "speaker", "negated"]


def test_kwic_on_the_seeds_gives_exact_slices():
    c = corpus.load()
    table = kwic.kwic("person_held_in_custody", c)
    assert len(table) == 5
    for row in table.itertuples():
        assert c.text(row.source)[row.start:row.end] == row.match


def test_kwic_rejects_an_empty_term_and_a_negative_width():
    with pytest.raises(DetentioError, match="empty search term"):
        kwic.kwic("  ", width=10)
    with pytest.raises(DetentioError, match="width must be 0 or more"):
        kwic.kwic("hostage", width=-1)


def test_phrase_speakers_agree_with_mentions_on_every_seed_offset():
    """kwic and mentions attribute through one function, page chrome included."""
    from detentio.framing import kwic as kwic_module, mentions as mentions_module

    found = mentions_module.find()
    for code in sorted(set(found["code"]))[:4]:
        phrase = found[found["code"] == code].iloc[0]["text"]
        rows = kwic_module.kwic(phrase)
        said = {(r.source, r.start): r.speaker for r in found.itertuples()}
        shared = [(r.source, r.start, r.speaker) for r in rows.itertuples() if (r.source, r.start) in said]
        assert shared, phrase
        assert all(said[(source, start)] == speaker for source, start, speaker in shared)
