"""The codebook: its phrases, the one matcher, and what `detentio check` says about it."""
import re

import pytest

from detentio import codebook, mentions, trie
from detentio.check import run as check_run

LABELS = {"prisoner_of_war", "captive", "hostage", "detainee", "person_held_in_custody", "political_prisoner",
          "civilian", "terrorist_saboteur", "war_criminal", "illegal_detention", "enforced_disappearance"}
CLAUSES = {"all_for_all", "exchange", "mine_maps", "release"}


def spans(text):
    return [(text[s:e], code) for s, e, code in mentions.match_text(text)]


def test_every_code_is_there_with_its_kind_and_provisions():
    book = codebook.load()
    assert set(book.ids("label")) == LABELS
    assert set(book.ids("clause")) == CLAUSES
    assert book.codes["prisoner_of_war"].regime.startswith("Third Geneva Convention")
    assert "gc3-118" in book.codes["prisoner_of_war"].provisions
    assert all(book.codes[c].provisions == ("tri-2020-8",) for c in CLAUSES)
    assert codebook.check() == []


def test_pattern_syntax_expands_optional_parts_and_alternatives():
    assert codebook.expand("captive(s)") == ["captive", "captives"]
    assert codebook.expand("{persons|people} detained") == ["persons detained", "people detained"]
    assert codebook.expand("maps of (the) minefields") == ["maps of minefields", "maps of the minefields"]
    with pytest.raises(ValueError, match="unclosed"):
        codebook.expand("captive(s")


def test_prisoners_of_war_counts_once():
    assert spans("Three prisoners of war and a prisoner were seen.") == [
        ("prisoners of war", "prisoner_of_war"), ("prisoner", "detainee")]


def test_hyphen_space_case_and_abbreviations():
    assert spans("A Prisoner-of-War, war prisoners, POWs and a POW.") == [
        ("Prisoner-of-War", "prisoner_of_war"), ("war prisoners", "prisoner_of_war"),
        ("POWs", "prisoner_of_war"), ("POW", "prisoner_of_war")]
    # the acronym is case-sensitive: "pow" is not a prisoner of war
    assert spans("the pow wow") == []


def test_longest_phrase_wins_across_codes():
    assert spans("persons held in custody; terrorists and saboteurs; a prisoner swap; civilian prisoners") == [
        ("persons held in custody", "person_held_in_custody"), ("terrorists and saboteurs", "terrorist_saboteur"),
        ("prisoner swap", "exchange"), ("civilian prisoners", "civilian")]


def test_quotes_in_a_phrase_match_straight_and_curly():
    assert spans("an ‘all-for-all’ swap and \"all for all\"") == [
        ("all-for-all", "all_for_all"), ("swap", "exchange"), ("all for all", "all_for_all")]


def test_ignored_phrases_consume_their_words():
    assert spans("in return for maps of mined areas, after an exchange of fire") == [
        ("maps of mined areas", "mine_maps")]
    assert spans("The Committee would return to the question; the men returned to Armenia.") == [
        ("returned", "release")]
    assert spans("Baku did not return to that language; the men did not return to their families.") == [
        ("return", "release")]  # coming back to a wording is no return of people
    # bodies named after what they deal with are no labels (held-out 4 decision 12)
    assert spans("The Committee on Enforced Disappearances and the State Commission on Prisoners of War, Hostages "
                 "and Missing Persons met; two hostages remain.") == [("hostages", "hostage")]
    # ... nor are treaties named after what they forbid
    assert spans("Under the 1979 Hostages Convention and the International Convention against the Taking of Hostages, "
                 "the hostages must be held no longer.") == [("hostages", "hostage")]


def test_words_inside_other_words_do_not_match():
    assert spans("The hostageship and unreleased report; captivated") == []


def test_phrases_and_matcher_agree_for_other_matchers():
    pairs = codebook.phrases(ignored=True)
    assert ("prisoners of war", "prisoner_of_war") in pairs and ("in return", None) in pairs
    lengths = [len(codebook.normal(p)) for p, _ in pairs]
    assert lengths == sorted(lengths, reverse=True)
    matcher = codebook.matcher()
    assert matcher is codebook.matcher()  # compiled once per codebook
    assert len(matcher.codes) == matcher.pattern.groups + 1


def test_trie_regex_finds_the_longest_phrase():
    source, groups = trie.build([list("ab"), list("abcd"), list("x")], end=r"(?!\w)")
    pattern = re.compile(source)
    found = [(m.group(), groups[m.lastindex - 1]) for m in pattern.finditer("abcd ab x abc")]
    assert found == [("abcd", 1), ("ab", 0), ("x", 2)]
    # a start condition after the first atom: here, no word character before the phrase
    source, groups = trie.build([list("ab"), list("abcd"), list("x")], end=r"(?!\w)", after_first=r"(?<!\w.)")
    assert source.startswith("(?:a(?<!\\w.)")
    found = [(m.group(), groups[m.lastindex - 1]) for m in re.finditer(source, "abcd yab ab x abc")]
    assert found == [("abcd", 1), ("ab", 0), ("x", 2)]


def _write_codebook(root, text):
    (root / "data" / "codebook.yml").write_text(text, encoding="utf-8")


CODE = """
    kind: label
    label: L
    patterns: [{phrase}]
    regime: R
    provisions: []
    scope: S
"""


def test_a_case_sensitive_phrase_sharing_a_prefix_still_wins_when_it_is_longest(workspace):
    # "return" (any case) and "return of IDPs" (as written) start with the same
    # letters: a regex alternation takes the first branch that succeeds, so the
    # matcher must not let the shorter phrase shadow the longer one.
    _write_codebook(workspace, "codes:\n  release:" + CODE.format(phrase="return")
                    + "  pow:" + CODE.format(phrase="'POW(s)'")
                    + "  camp:" + CODE.format(phrase="'POW camp'")
                    + "ignore: ['return of IDPs']\n")
    found = lambda text: [(text[s:e], c) for s, e, c in mentions.match_text(text)]  # noqa: E731
    assert found("the phrase reads \u2018return of IDPs\u2019") == []
    # a phrase with a capital matches only as written, all of it (codebook.yml)
    assert found("Return of IDPs") == [("Return", "release")]
    # the wrong case falls back to the longest phrase that matches as written
    assert found("Return of idps; return of refugees") == [("Return", "release"), ("return", "release")]
    assert found("POWs, pows, a POW camp, a pow camp, a POW Camp") == [
        ("POWs", "pow"), ("POW camp", "camp"), ("POW", "pow")]
    assert found("return of IDPsx and POWsy") == [("return", "release")]


def test_check_names_a_phrase_claimed_by_two_codes(workspace):
    _write_codebook(workspace, "codes:\n  a:" + CODE.format(phrase="captives") + "  b:" + CODE.format(phrase="Captives"))
    problems = [str(p) for p in codebook.check()]
    assert problems == ["data/codebook.yml:codes.b.patterns: phrase 'Captives' is claimed by both a and b"]


def test_check_names_unknown_keys_missing_fields_and_bad_kind(workspace):
    _write_codebook(workspace, """
codes:
  a:
    kind: slogan
    label: L
    patterns: [x]
    regime: R
    scope: S
    colour: red
  b:
    kind: label
    patterns: [y]
    regime: R
    provisions: []
    scope: S
extra: 1
""")
    problems = {str(p) for p in codebook.check()}
    assert problems == {
        "data/codebook.yml:extra: unknown key 'extra' (allowed: codes, ignore)",
        "data/codebook.yml:codes.a.colour: unknown field 'colour' (allowed: kind, label, patterns, regime, "
        "provisions, scope)",
        "data/codebook.yml:codes.a.kind: kind 'slogan' is not one of label, clause",
        "data/codebook.yml:codes.b.label: missing field 'label'",
    }
    assert any("codebook.yml" in str(p) for p in check_run())


def test_malformed_codebook_is_one_clear_line(workspace):
    _write_codebook(workspace, "codes: [unclosed\n")
    problems = codebook.check()
    assert len(problems) == 1 and str(problems[0]).startswith("data/codebook.yml:")
    assert "malformed YAML" in str(problems[0])


def test_adjectives_of_things_and_documents_are_not_labels_or_releases():
    assert spans("Terrorist attacks hit civilian infrastructure; the ministry released a statement; "
                 "the return of refugees; the terrorists and the civilians.") == [
        ("terrorists", "terrorist_saboteur"), ("civilians", "civilian")]


def test_exchanging_messages_or_fire_is_not_an_exchange_of_people():
    assert spans("Delegates helped them exchange messages with their families; the sides exchanged fire; "
                 "a prisoner exchange followed.") == [("prisoner exchange", "exchange")]


def test_civilian_detainees_are_two_mentions():
    # "detainee" is a code of its own; "civilian prisoner" stays one phrase
    assert spans("all civilian detainees and civilian prisoners") == [
        ("civilian", "civilian"), ("detainees", "detainee"), ("civilian prisoners", "civilian")]


def test_an_edited_codebook_is_used_at_once_without_a_restart(workspace):
    # A scholar edits data/codebook.yml while a kernel is running: the next
    # extraction must see the new phrase, though loading is cached.
    _write_codebook(workspace, "codes:\n  a:" + CODE.format(phrase="captives"))
    assert mentions.match_text("the captives and the detainees") == [(4, 12, "a")]
    _write_codebook(workspace, "codes:\n  a:" + CODE.format(phrase="captives") + "  b:" + CODE.format(phrase="detainees"))
    assert mentions.match_text("the captives and the detainees") == [(4, 12, "a"), (21, 30, "b")]


def test_a_text_whose_lower_case_changes_length_is_matched_at_its_own_offsets():
    # "İ" lower-cases to two characters: the lower-cased copy the pattern reads
    # would shift every offset after it, so that character is left as it is.
    text = "İstanbul: captives, POWs and Prisoners-of-war; pows"
    assert len(text.lower()) != len(text)
    found = [(text[s:e], c) for s, e, c in mentions.match_text(text)]
    assert found == [("captives", "captive"), ("POWs", "prisoner_of_war"), ("Prisoners-of-war", "prisoner_of_war")]
    plain = text.replace("İ", "I")
    assert mentions.match_text(plain) == mentions.match_text(text)


def test_no_phrase_starts_inside_a_word():
    assert mentions.match_text("exprisoners, xcaptives, ex-captives") == [(27, 35, "captive")]
