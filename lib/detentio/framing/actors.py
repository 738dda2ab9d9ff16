"""The actor registry (``data/actors.yml``): who can be a speaker, under which names.

>>> from detentio import actors
>>> actors.table()                                   # id, name, type, office, role, affiliation
>>> actors.resolve("Prime Minister Nikol Pashinyan")  # 'pashinyan'
>>> actors.resolve("the Foreign Minister", "2021-01-28")  # 'aivazyan' (in office then)

A name (alias) always means its actor. A title (``title_aliases``) means the
actor who held the office on the given date, so "the Foreign Minister"
resolves differently in 2021 and in 2023. No pandas at import time: ``detentio
check`` runs :func:`check`.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from detentio.core import datafile
from detentio.core.problems import DetentioError, Problem, shown

FIELDS = ("id", "name", "type", "office", "role", "affiliation", "aliases", "title_aliases", "from", "until")
REQUIRED = ("id", "name", "type", "office", "role", "affiliation")
TYPES = ("person", "institution")
# The kind of voice an actor speaks with (``role``): what notebooks filter by ("the Armenian
# government's own words apart from the ombudsperson's"). An unregistered speaker gets the role
# the text gives her ("lawyer X" -> party_counsel, "the mother of Y" -> relative).
ROLES = ("government", "head_of_state_or_government", "ministry", "parliament", "ombudsperson", "court",
         "treaty_body", "party_counsel", "ngo", "icrc", "media", "relative", "expert", "international_organisation")
AFFILIATIONS = ("Armenia", "Azerbaijan", "Russia", "Turkey", "Iran", "USA", "ICRC", "EU/CoE", "UN",
                "NGO", "media", "academia")
ACTOR_ID = re.compile(r"[a-z][a-z0-9_]*\Z")  # \Z: "$" would let a trailing newline pass
_ARTICLE = re.compile(r"^(?:the|The)\s+")


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    office: str        # "Prime Minister of Armenia": its nouns resolve "the minister"
    role: str          # one of ROLES
    affiliation: str
    aliases: tuple[str, ...] = ()
    title_aliases: tuple[str, ...] = ()
    since: dt.date | None = None   # `from` in the YAML
    until: dt.date | None = None

    def in_office(self, date: dt.date | None) -> bool:
        """Whether the actor held their titled office on ``date`` (unknown date: only if open-ended)."""
        if date is None:
            return self.until is None
        return (self.since is None or self.since <= date) and (self.until is None or date <= self.until)


@dataclass(frozen=True, eq=False)  # hashed by identity: the cached finder is per registry
class Registry:
    actors: dict[str, Actor]
    path: str = ""

    def __getitem__(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    def __contains__(self, actor_id) -> bool:
        return actor_id in self.actors


def _date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _key(text: str) -> str:
    """Comparison form of an alias: no article, one space, straight apostrophes, case folded
    except for all-capital acronyms ("PACE" is not "pace")."""
    text = " ".join(_ARTICLE.sub("", text.strip()).split()).replace("\u2019", "'")
    return text if _is_acronym(text) else text.casefold()


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _read(path: Path) -> dict:
    data = datafile.read_yaml(path, "actor registry is missing")
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise DetentioError(Problem(shown(path), "expected 'actors:' followed by a list of actors"))
    return data


def validate(data: dict, name: str) -> list[Problem]:
    """Every problem in a parsed registry: fields, ids, affiliations, dates, shared names."""
    problems: list[Problem] = []
    for key in data:
        if key != "actors":
            problems.append(Problem(name, f"unknown key {key!r} (allowed: actors)", key))
    seen: dict[str, int] = {}
    alias_owner: dict[str, str] = {}
    titles: dict[str, list[tuple[str, dt.date | None, dt.date | None]]] = {}
    for index, spec in enumerate(data["actors"]):
        where = f"actors[{index}]"
        if not isinstance(spec, dict):
            problems.append(Problem(name, "each actor is a mapping with " + ", ".join(REQUIRED), where))
            continue
        actor_id = spec.get("id")
        if isinstance(actor_id, str):
            where = f"actors.{actor_id}"
        for key in spec:
            if key not in FIELDS:
                problems.append(Problem(name, f"unknown field {key!r} (allowed: {', '.join(FIELDS)})",
                                        f"{where}.{key}"))
        for key in REQUIRED:
            if spec.get(key) in (None, ""):
                problems.append(Problem(name, f"missing field {key!r}", f"{where}.{key}"))
        if actor_id not in (None, ""):
            if not isinstance(actor_id, str) or not ACTOR_ID.match(actor_id):
                problems.append(Problem(name, f"id {actor_id!r} must be lower_snake_case", f"{where}.id"))
            elif actor_id in seen:
                problems.append(Problem(name, f"duplicate id {actor_id!r} (also actors[{seen[actor_id]}])",
                                        f"{where}.id"))
            else:
                seen[actor_id] = index
        if spec.get("type") not in (None, "") and spec["type"] not in TYPES:
            problems.append(Problem(name, f"type {spec['type']!r} is not one of {', '.join(TYPES)}",
                                    f"{where}.type"))
        if spec.get("role") not in (None, "") and spec["role"] not in ROLES:
            problems.append(Problem(name, f"role {spec['role']!r} is not one of {', '.join(ROLES)}", f"{where}.role"))
        if spec.get("affiliation") not in (None, "") and spec["affiliation"] not in AFFILIATIONS:
            problems.append(Problem(name, f"affiliation {spec['affiliation']!r} is not one of "
                                          f"{', '.join(AFFILIATIONS)}", f"{where}.affiliation"))
        dates = {}
        for key in ("from", "until"):
            if spec.get(key) is not None:
                try:
                    dates[key] = _date(spec[key])
                except ValueError:
                    problems.append(Problem(name, f"{key} {spec[key]!r} is not an ISO date (YYYY-MM-DD)",
                                            f"{where}.{key}"))
        if "from" in dates and "until" in dates and dates["from"] > dates["until"]:
            problems.append(Problem(name, "from is after until", f"{where}.from"))
        for key in ("aliases", "title_aliases"):
            value = spec.get(key, [])
            if value is None or not isinstance(value, list) or not all(isinstance(a, str) and a.strip()
                                                                       for a in value):
                problems.append(Problem(name, f"{key} must be a list of names", f"{where}.{key}"))
                continue
            for alias in value:
                normal = _key(alias)
                if key == "aliases":
                    if alias_owner.get(normal, actor_id) != actor_id:
                        problems.append(Problem(name, f"alias {alias!r} is also an alias of "
                                                      f"{alias_owner[normal]}", f"{where}.aliases"))
                    alias_owner.setdefault(normal, actor_id)
                else:
                    titles.setdefault(normal, []).append((actor_id, dates.get("from"), dates.get("until")))
        if spec.get("title_aliases") and "from" not in dates:
            problems.append(Problem(name, "an actor with title_aliases needs 'from' (start of the tenure)",
                                    f"{where}.from"))
    far = dt.date.max
    for title, holders in titles.items():
        if title in alias_owner:
            problems.append(Problem(name, f"title {title!r} is also an alias of {alias_owner[title]}",
                                    "title_aliases"))
        holders = sorted(holders, key=lambda h: h[1] or dt.date.min)
        for (a, _, a_until), (b, b_from, _) in zip(holders, holders[1:]):
            if b_from is not None and (a_until or far) >= b_from:
                problems.append(Problem(name, f"title {title!r} is held by both {a} and {b} on {b_from}",
                                        f"actors.{b}.title_aliases"))
    return problems


@lru_cache(maxsize=8)
def _load(path: str, mtime: int, size: int) -> Registry:
    name = shown(path)
    data = _read(Path(path))
    problems = validate(data, name)
    if problems:
        raise DetentioError(problems)
    actors = {}
    for spec in data["actors"]:
        actors[spec["id"]] = Actor(
            spec["id"], spec["name"], spec["type"], str(spec["office"]), spec["role"], spec["affiliation"],
            tuple(spec.get("aliases") or ()), tuple(spec.get("title_aliases") or ()),
            _date(spec["from"]) if spec.get("from") is not None else None,
            _date(spec["until"]) if spec.get("until") is not None else None)
    return Registry(actors, name)


def load(path: str | Path | None = None) -> Registry:
    """The registry (default ``data/actors.yml``), validated; cached until the file changes."""
    from detentio.core.paths import actors as default

    return datafile.load_current(_load, path or default(), "actor registry is missing")


def check() -> list[Problem]:
    """Validator for ``detentio check``: every problem in ``data/actors.yml``."""
    from detentio.core.paths import actors as default

    return datafile.problems(_read, validate, default())


def table(registry: Registry | None = None):
    """One row per actor: ``id, name, type, office, role, affiliation``."""
    import pandas as pd

    registry = registry or load()
    return pd.DataFrame([{"id": a.id, "name": a.name, "type": a.type, "office": a.office, "role": a.role,
                          "affiliation": a.affiliation} for a in registry.actors.values()],
                        columns=["id", "name", "type", "office", "role", "affiliation"])


# --- resolving names in text ---------------------------------------------

@dataclass(frozen=True)
class Finder:
    """A compiled pattern of every alias and title, longest first; group -> (actor id, is title)."""

    pattern: re.Pattern
    targets: tuple[tuple[str, str, bool], ...]  # (alias key, actor id, title?) per group


def _alias_atoms(alias: str) -> list[str]:
    """An alias as regex atoms: any white space between words, either apostrophe,
    either case (all-capital acronyms only as written)."""
    words = _ARTICLE.sub("", alias.strip()).split()
    sensitive = _is_acronym(alias)
    atoms: list[str] = []
    for number, word in enumerate(words):
        if number:
            atoms.append(r"\s+")
        for char in word:
            if char in "'\u2019":
                atoms.append("['\u2019]")
            elif not sensitive and char.lower() != char.upper():
                atoms.append(f"[{re.escape(char.lower())}{re.escape(char.upper())}]")
            else:
                atoms.append(re.escape(char))
    return atoms


@lru_cache(maxsize=8)
def _finder(registry: Registry) -> Finder:
    from detentio.framing import trie

    entries = []
    for actor in registry.actors.values():
        entries += [(alias, actor.id, False) for alias in actor.aliases]
        entries += [(title, actor.id, True) for title in actor.title_aliases]
    entries.sort(key=lambda e: -len(_key(e[0])))
    source, groups = trie.build([_alias_atoms(alias) for alias, _, _ in entries], end=r"(?![\w-])")
    pattern = re.compile(rf"(?<![\w-]){source}")
    return Finder(pattern, tuple((_key(entries[g][0]), entries[g][1], entries[g][2]) for g in groups))


def as_date(date) -> dt.date | None:
    if date is None:
        return None
    if hasattr(date, "date") and not isinstance(date, dt.date):  # pandas Timestamp
        date = date.date()
    if isinstance(date, dt.datetime):
        return date.date()
    if isinstance(date, dt.date):
        return date
    try:
        import pandas as pd
        if pd.isna(date):
            return None
    except (ImportError, TypeError, ValueError):
        pass
    return _date(date)


def _title_holder(registry: Registry, key: str, date: dt.date | None) -> str | None:
    holders = [a for a in registry.actors.values() if any(_key(t) == key for t in a.title_aliases)]
    in_office = [a.id for a in holders if a.in_office(date)]
    return in_office[0] if len(in_office) == 1 else None


def matches(text: str, date=None, registry: Registry | None = None, start: int = 0,
            end: int | None = None) -> list[tuple[int, int, str, bool]]:
    """``(start, end, actor id, is_title)`` for every name or title in ``text[start:end]``.

    A title counts only when one actor held it on ``date``; names always count.
    """
    registry = registry or load()
    finder = _finder(registry)
    date = as_date(date)
    found = []
    for match in finder.pattern.finditer(text, start, len(text) if end is None else end):
        key, actor_id, is_title = finder.targets[match.lastindex - 1]
        if is_title:
            actor_id = _title_holder(registry, key, date)
            if actor_id is None:
                continue
        found.append((match.start(), match.end(), actor_id, is_title))
    return found


def find(text: str, date=None, registry: Registry | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, actor id)`` for every registered name or title in ``text``."""
    return [(s, e, actor_id) for s, e, actor_id, _ in matches(text, date, registry)]


def state_named(word: str, date=None, registry: Registry | None = None) -> str | None:
    """The registered State a name or its adjective names ("Azerbaijan", "Baku", "Azerbaijani": the registry
    knows each State's officials by its adjective), else None."""
    registry = registry or load()
    for phrase in (word, f"{word} officials"):
        found = resolve(phrase, date, registry, strict=True)
        if found and registry[found].office == "state":
            return found
    return None


def resolve(phrase: str, date=None, registry: Registry | None = None, *, strict: bool = False) -> str | None:
    """The actor a speaker phrase names, or ``None``.

    The whole phrase is tried first as a name, then as a title held on
    ``date``; then the longest name inside it ("Russian Ambassador to Armenia
    Sergey Kopyrkin" -> ``kopyrkin``). A title inside a longer phrase does
    not count: "the Iranian Foreign Minister" is not Armenia's. ``strict``
    accepts only the whole phrase as a name or title.
    """
    registry = registry or load()
    date = as_date(date)
    key = _key(phrase.strip(" ,.:;"))
    if not key:
        return None
    finder = _finder(registry)
    for alias_key, actor_id, is_title in finder.targets:
        if alias_key == key:
            if not is_title:
                return actor_id
            holder = _title_holder(registry, key, date)
            if holder:
                return holder
    if strict:
        return None
    best = None
    for match in finder.pattern.finditer(phrase):
        _, actor_id, is_title = finder.targets[match.lastindex - 1]
        if is_title:
            continue
        if best is None or match.end() - match.start() > best[0]:
            best = (match.end() - match.start(), actor_id)
    return best[1] if best else None


def short_style(name: str) -> str:
    """A name in its State's short style: "... of the Republic of Azerbaijan" is "... of Azerbaijan", and
    "Republic of Armenia" is "Armenia"."""
    return _REPUBLIC_OF.sub("", name)


_REPUBLIC_OF = re.compile(r"\bthe\s+Republic\s+of\s+|^(?:The\s+)?Republic\s+of\s+")


def affiliation(actor_id: str, registry: Registry | None = None) -> str | None:
    registry = registry or load()
    actor = registry.actors.get(actor_id)
    return actor.affiliation if actor else None
