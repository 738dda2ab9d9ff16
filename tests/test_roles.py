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
