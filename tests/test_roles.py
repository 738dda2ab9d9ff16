"""Speakers as persons with roles: the registry's roles, the roles texts give, one actor per office holder."""
from __future__ import annotations

import pytest

from detentio.core.problems import DetentioError
from detentio.framing import actors, lexicon, mentions, roles


def test_every_actor_has_a_known_role_and_the_lexicon_names_only_known_roles():
    registry = actors.load()
    assert {a.role for a in registry.actors.values()} <= set(actors.ROLES)
    assert registry["hrd_armenia"].role == "ombudsperson" and registry["armenia"].role == "government"
    assert set(lexicon.load()["role_words"]) <= set(actors.ROLES)


def test_every_actor_is_found_by_its_own_name_and_no_alias_is_a_fragment_of_it():
    # a name with commas in an unquoted YAML flow list splits into fragments ("Hostages and Missing Persons"),
    # which then name the actor wherever the words occur
    registry = actors.load()
    for actor in registry.actors.values():
        assert actors.resolve(actor.name, None, registry, strict=True) == actor.id, actor.name
        tails = {part.strip() for part in actor.name.split(",")[1:]}
        assert not tails & set(actor.aliases), (actor.id, tails & set(actor.aliases))
    assert actors.resolve("hostages and missing persons", None, registry, strict=True) is None


@pytest.mark.parametrize("speaker, text, expected", [
    ("pashinyan", "", "head_of_state_or_government"),
    ("outlet:TASS", "", "media"),
    ("Anahit Petrosyan", "Anahit Petrosyan, the mother of a captured soldier, said so.", "relative"),
    ("Vardan Melkonyan", "Lawyer Vardan Melkonyan said so.", "party_counsel"),
    ("Committee against Torture", "", "treaty_body"),
    ("Lilit Sargsyan", "Lilit Sargsyan said so.", None),
])
def test_speaker_role(speaker, text, expected):
    assert roles.speaker_role(speaker, text=text) == expected


@pytest.mark.parametrize("text", [
    "According to the Human Rights Defender, Jane Doe, the captives are tortured. Doe said the hostages were beaten.",
    "Jane Doe, the Human Rights Defender, said the captives are tortured. Doe said the hostages were beaten.",
])
def test_a_person_and_the_office_she_holds_are_one_speaker(text):
    rows = mentions.extract(text, source="t", outlet="X", published="2023-01-01")
    assert [(r["text"], r["speaker"], r["speaker_role"]) for r in rows] == [
        ("captives", "hrd_armenia", "ombudsperson"), ("hostages", "hrd_armenia", "ombudsperson")]


def test_notebooks_filter_mentions_by_role(seed_corpus, seed_mentions):
    from detentio.analyses import labels

    rows = labels.select(seed_mentions, seed_corpus.documents)
    assert "speaker_role" in rows.columns and rows["speaker_role"].notna().any()
    for role in set(rows["speaker_role"].dropna()):
        chosen = labels.select(seed_mentions, seed_corpus.documents, role=role)
        assert len(chosen) and (chosen["speaker_role"] == role).all()
    assert len(labels.select(seed_mentions, seed_corpus.documents, role="media")) < len(rows)
    with pytest.raises(DetentioError, match="role 'pilot'"):
        labels.select(seed_mentions, seed_corpus.documents, role="pilot")


def test_role_filters_take_several_roles_and_named_groups():
    assert roles.chosen("") == ()
    assert roles.chosen("ombudsperson") == ("ombudsperson",)
    assert roles.chosen("executive, ombudsperson") == ("government", "head_of_state_or_government", "ministry",
                                                        "ombudsperson")
    assert roles.chosen("ministry,executive") == ("ministry", "government", "head_of_state_or_government")
    with pytest.raises(DetentioError, match=r"role 'pilot' is not one of government, .*, executive"):
        roles.chosen("ministry, pilot")
    assert roles.describe(roles.chosen("executive")) == "government, head of state or government or ministry"
    assert [roles.title(r) for r in ("ngo", "party_counsel", None)] == ["NGO", "party counsel", "not given"]


def test_labels_by_role_keep_the_executive_apart_from_the_ombudsperson(seed_corpus, seed_mentions):
    from detentio.analyses import labels

    armenia = labels.select(seed_mentions, seed_corpus.documents, affiliation="Armenia")
    executive = labels.select(seed_mentions, seed_corpus.documents, affiliation="Armenia", role="executive")
    assert set(executive["speaker_role"]) <= {"government", "head_of_state_or_government", "ministry"}
    assert len(executive) == armenia["speaker_role"].isin(roles.GROUPS["executive"]).sum() > 0
    table = labels.by_role(armenia)
    assert list(table.columns) == ["role", "uses", "labels", "sources"]
    used = labels.uses(armenia)
    assert table["uses"].sum() == len(used)
    assert dict(zip(table["role"], table["uses"])) == {
        roles.title(r): n for r, n in used["speaker_role"].fillna("").value_counts().items()}
    assert set(labels.usage(armenia)["role"]) == set(table["role"]) | set(
        roles.title(r) for r in armenia.loc[armenia["negated"], "speaker_role"])


def test_short_style_drops_the_republic_from_a_states_formal_style():
    assert actors.short_style("Ministry of Justice of the Republic of Azerbaijan") == "Ministry of Justice of Azerbaijan"
    assert actors.short_style("Government of Armenia") == "Government of Armenia"
