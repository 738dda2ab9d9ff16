"""The framing engine's vocabulary, read from ``data/lexicon.yml``.

>>> from detentio.framing import lexicon
>>> "contended" in lexicon.load()["reporting_verbs"]   # after a scholar adds it to the file
True

The speaker rules (:mod:`detentio.framing.speakers`) and the claim shapes
(:mod:`detentio.framing.claims`) compile their patterns from this data, so
adding a reporting verb, a title or a qualifier needs no Python. The file is
read once and again only when it changes (its mtime and size are the cache
key, as for the codebook); :func:`check` is ``detentio check``'s validator.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from detentio.core import datafile
from detentio.core import paths
from detentio.core.problems import DetentioError, Problem, shown

WORDS, VALUES, GROUPS = "list of words", "mapping of word to number", "mapping of name to list of words"
# Every key the file may have and the shape of its value.
SCHEMA = {
    "reporting_verbs": WORDS, "reporting_phrases": WORDS, "reporting_participles": WORDS, "expressed": WORDS,
    "weak_reporting_verbs": WORDS, "gerund_reporting_verbs": WORDS, "manner_phrases": WORDS,
    "speaker_adverbs": WORDS,
    "headline_verbs": WORDS, "statement_kinds": WORDS, "delivered_kinds": WORDS, "question_cues": WORDS, "question_labels": WORDS,
    "connectives": WORDS, "continuation_openers": WORDS, "role_nouns": WORDS, "group_nouns": WORDS,
    "owned_offices": WORDS, "offices": WORDS, "office_modifiers": WORDS, "title_words": WORDS,
    "title_nouns": WORDS, "institution_words": WORDS, "not_names": WORDS, "state_names": WORDS, "state_places": GROUPS,
    "number_words": VALUES, "tens": VALUES, "qualifiers": GROUPS, "particle_verbs": WORDS, "people": WORDS,
    "roles": WORDS, "detention_verbs": WORDS, "ethnonyms": WORDS, "modifiers": WORDS, "reference_words": WORDS,
    "record_delegation": WORDS, "record_members": WORDS, "reviewed_words": WORDS, "interviewer_words": WORDS,
    "briefing_words": WORDS, "chair_labels": WORDS, "answer_labels": WORDS, "opinion_words": WORDS,
    "broadcast_cues": WORDS, "broadcast_directions": WORDS,
    "dozen_words": WORDS, "plural_counts": VALUES, "anaphors": WORDS, "count_verbs": WORDS, "not_counts": WORDS,
    "count_status": GROUPS, "side_words": GROUPS, "side_places": GROUPS, "role_words": GROUPS,
    "detaining_agents": GROUPS, "first_name_pronouns": GROUPS,
}


def default() -> Path:
    return paths.lexicon()


@dataclass(frozen=True, eq=False)  # hashed by identity: patterns compiled from it are cached per load
class Lexicon:
    """The parsed file: ``lexicon["reporting_verbs"]`` is a list, ``["tens"]`` a dict."""

    entries: dict
    path: str

    def __getitem__(self, key: str):
        return self.entries[key]


def validate(node: yaml.Node | None, name: str) -> list[Problem]:
    """Every problem of the composed YAML ``node``, one line each, with its line number."""
    if not isinstance(node, yaml.MappingNode):
        return [Problem(name, "must be a mapping of list names to lists of words", _line(node))]
    problems, seen = [], set()
    for key_node, value in node.value:
        key = key_node.value
        if key in seen:
            problems.append(Problem(name, f"duplicate key {key!r}", _line(key_node)))
        seen.add(key)
        if key not in SCHEMA:
            problems.append(Problem(name, f"unknown key {key!r} (known: {', '.join(sorted(SCHEMA))})",
                                    _line(key_node)))
            continue
        problems.extend(_check_value(key, SCHEMA[key], value, name))
    problems.extend(Problem(name, f"missing key {key!r}", _line(node)) for key in SCHEMA if key not in seen)
    return problems


def _check_value(key: str, shape: str, node: yaml.Node, name: str) -> list[Problem]:
    if shape == WORDS:
        return _check_words(key, node, name)
    if not isinstance(node, yaml.MappingNode):
        return [Problem(name, f"{key}: must be a {shape}", _line(node))]
    problems = []
    for item, value in node.value:
        where = f"{key}.{item.value}"
        if shape == VALUES and not (isinstance(value, yaml.ScalarNode) and value.tag.endswith(":int")):
            problems.append(Problem(name, f"{where}: must be a whole number", _line(value)))
        elif shape == GROUPS:
            problems.extend(_check_words(where, value, name))
    problems.extend(_duplicates(key, [item for item, _ in node.value], name))
    return problems


def _check_words(key: str, node: yaml.Node, name: str) -> list[Problem]:
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        return [Problem(name, f"{key}: must be a non-empty list of words", _line(node))]
    problems = [Problem(name, f"{key}: {item.value!r} is not a word or phrase (quote it)", _line(item))
                for item in node.value
                if not (isinstance(item, yaml.ScalarNode) and item.tag.endswith(":str") and item.value.strip())]
    return problems + _duplicates(key, node.value, name)


def _duplicates(key: str, items: list, name: str) -> list[Problem]:
    seen, problems = set(), []
    for item in items:
        word = " ".join(str(getattr(item, "value", "")).split())
        if word in seen:
            problems.append(Problem(name, f"{key}: {word!r} is listed twice", _line(item)))
        seen.add(word)
    return problems


def _line(node) -> int | None:
    return node.start_mark.line + 1 if node is not None and node.start_mark else None


def _compose(path: Path):
    try:
        return yaml.compose(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DetentioError(Problem(shown(path), "lexicon is missing")) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DetentioError(Problem(shown(path), f"malformed YAML: {getattr(exc, 'problem', exc)}",
                                    mark.line + 1 if mark else None)) from None


@lru_cache(maxsize=8)
def _load(path: str, mtime: int, size: int) -> Lexicon:
    problems = validate(_compose(Path(path)), shown(path))
    if problems:
        raise DetentioError(problems)
    return Lexicon(datafile.read_yaml(path, "lexicon is missing"), path)


def load(path: str | Path | None = None) -> Lexicon:
    """The lexicon (``data/lexicon.yml`` by default), read again only when the file changes."""
    return datafile.load_current(_load, str(path or default()), "lexicon is missing")


def check(path: str | Path | None = None) -> list[Problem]:
    """``detentio check``: every problem of the lexicon, each naming the file and the line."""
    path = Path(path or default())
    try:
        return validate(_compose(path), shown(path))
    except DetentioError as exc:
        return exc.problems
