"""Speakers as persons with roles: the ``speaker_role`` of mention and claim rows.

>>> from detentio.framing import roles
>>> roles.speaker_role("pashinyan")                      # a registered actor: its role in data/actors.yml
'head_of_state_or_government'
>>> roles.speaker_role("outlet:TASS")
'media'
>>> text = "Anahit Petrosyan, the mother of a captured soldier, said ..."
>>> roles.speaker_role("Anahit Petrosyan", text=text)   # unregistered: the role the text gives her
'relative'

A registered actor has its ``role`` (:data:`detentio.framing.actors.ROLES`).
Filters take one role, several (comma-separated) or a group of :data:`GROUPS`:

>>> roles.chosen("executive")
('government', 'head_of_state_or_government', 'ministry')
An unregistered speaker keeps her name, and her role is read from the words
the text gives her: in the name itself ("Committee against Torture"), right
before it ("lawyer Vardan Melkonyan"), or in the appositive right after it
("..., the mother of ..."). The words are ``role_words`` in
``data/lexicon.yml``; the role is None when the text gives none.
"""
from __future__ import annotations

import re
from functools import lru_cache

from detentio.core.problems import DetentioError, Problem
from detentio.framing import actors as registry_module
from detentio.framing import lexicon as lexicon_module
from detentio.framing.speakers.vocabulary import alternation


# A state's executive speaks through its government, its head of state or government and its
# ministries; its ombudsperson and parliament are other voices (issue 13: "the Armenian
# government's own words apart from the ombudsperson's").
GROUPS = {"executive": ("government", "head_of_state_or_government", "ministry")}


def chosen(text: str) -> tuple[str, ...]:
    """The roles a filter names: comma-separated roles of ``ROLES`` or groups of :data:`GROUPS`;
    empty means no filter (``()``). An unknown name raises :class:`DetentioError`."""
    out: list[str] = []
    for name in (part.strip() for part in (text or "").split(",")):
        if not name:
            continue
        if name in GROUPS:
            out.extend(GROUPS[name])
        elif name in registry_module.ROLES:
            out.append(name)
        else:
            raise DetentioError(Problem("parameters", f"role {name!r} is not one of "
                                                      f"{', '.join((*registry_module.ROLES, *GROUPS))}"))
    return tuple(dict.fromkeys(out))


def title(role: str | None) -> str:
    """A role as a reader sees it: "head of state or government", "NGO", "ICRC", or "not given"."""
    if not isinstance(role, str) or not role:
        return "not given"
    return {"ngo": "NGO", "icrc": "ICRC"}.get(role, role.replace("_", " "))


def describe(roles: tuple[str, ...]) -> str:
    """The roles of a filter in words: "government, head of state or government or ministry"."""
    names = [title(r) for r in roles]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


@lru_cache(maxsize=4)
def _patterns(lexicon) -> tuple:
    return tuple((role, re.compile(rf"(?<![\w-])(?:{alternation(words, True)})(?![\w-])", re.IGNORECASE))
                 for role, words in lexicon["role_words"].items())


def role_in(words: str, lexicon=None) -> str | None:
    """The first role (in the lexicon's order) that ``words`` name, or None."""
    for role, pattern in _patterns(lexicon or lexicon_module.load()):
        if pattern.search(words):
            return role
    return None


def speaker_role(speaker: str | None, registry=None, text: str | None = None) -> str | None:
    """The role of ``speaker`` (see the module docstring); ``text`` is where an unregistered speaker is
    named (her role is read where the text first names her)."""
    if not isinstance(speaker, str) or not speaker:
        return None
    if speaker.startswith("outlet:"):
        return "media"
    actor = (registry or registry_module.load()).actors.get(speaker)
    if actor:
        return actor.role
    return _unregistered(speaker, text or "", lexicon_module.load())


@lru_cache(maxsize=4096)
def _unregistered(name: str, text: str, lexicon) -> str | None:
    own = role_in(name, lexicon)
    if own:
        return own
    at = text.find(name)
    if at < 0:
        return None
    before = re.search(r"((?:[\w’'-]+\s+){0,3})$", text[max(0, at - 60):at]).group(1)
    after = re.match(r",\s*([^,.;:\n]{0,80})", text[at + len(name):at + len(name) + 90])
    return role_in(before, lexicon) or (role_in(after.group(1), lexicon) if after else None)
