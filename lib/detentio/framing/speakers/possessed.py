"""A State's body named by another State's possessive: "Baku's Foreign Ministry" is Azerbaijan's, although the
registry knows the bare "Foreign Ministry" as Armenia's (the corpus it was written for is mostly Armenian). So is
a body owned by "its" right after that State ("Baku's position is unchanged. Its Foreign Ministry argues ...") or
placed in one of its cities ("the Foreign Ministry in Baku").

>>> spans = owned(text, spans, registry, date)   # the registry's matches, each body's State read from "X's"

A bare alias is matched as the registry gives it; only a possessive right before it, naming a registered State
other than the body's, moves it: to the body the registry knows by that name in that State ("Azerbaijan's Foreign
Ministry") when there is one, else to the State itself (GUIDELINES: an unregistered organ of a registered State
speaks for the State). Written by hand: the registry's matcher finds names, not whose they are.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module

# "Baku's ", "Azerbaijan’s ": the possessive of one word right before a body's name.
_POSSESSOR = re.compile(r"(?<![\w’'-])([A-Z][a-z-]+)['’]s[ \t]+$")
# "Its Foreign Ministry", "its foreign ministry": owned by the actor named last before it.
_ITS = re.compile(r"(?<![\w’'-])[Ii]ts[ \t]+$")
# "the Foreign Ministry in Baku": placed in a State's city (or the State) right after its name.
_PLACED = re.compile(r"[ \t]+in[ \t]+([A-Z][a-z-]+)\b(?![ \t]*['’]s\b)")


def owned(text: str, spans: list, registry, date) -> list:
    """``spans`` (start, end, actor, is_title) with each institution's bare alias after another State's
    possessive given to that State (see the module docstring)."""
    moved = []
    for n, (s, e, actor_id, is_title) in enumerate(spans):
        actor = registry[actor_id]
        if actor.type == "institution" and actor.office != "state":
            m = _POSSESSOR.search(text, max(0, s - 30), s)
            if not m and _of_a_state(actor, registry):  # never "the ICRC in Baku": only a State's body moves so
                m = _PLACED.match(text, e)
            state = registry_module.state_named(m.group(1), date, registry) if m \
                else _its_state(text, spans, n, registry) if _of_a_state(actor, registry) else None
            if state and registry[state].affiliation != actor.affiliation:
                actor_id = organ_in(text[s:e], registry[state].affiliation, date, registry) or state
        moved.append((s, e, actor_id, is_title))
    return moved


def _of_a_state(actor, registry) -> bool:
    """Whether ``actor`` is a body of a registered State (a ministry), not of an organisation (the ICRC)."""
    return any(other.office == "state" and other.affiliation == actor.affiliation for other in registry.actors.values())


def _its_state(text: str, spans: list, n: int, registry) -> str | None:
    """The State that "its" before ``spans[n]`` refers to: the actor named last before it in its paragraph, when
    that actor is a State (never "The Court ... its Registry"), else None."""
    s = spans[n][0]
    if n == 0 or not _ITS.search(text, max(0, s - 8), s):
        return None
    before = spans[n - 1]
    if "\n\n" in text[before[1]:s] or registry[before[2]].office != "state":
        return None
    return before[2]


def organ_in(name: str, affiliation: str, date, registry) -> str | None:
    """The registered body ``name`` ("Foreign Ministry") is in ``affiliation`` ("Azerbaijan"): the one the
    registry knows as "Azerbaijan's Foreign Ministry" or "Foreign Ministry of Azerbaijan", else None."""
    for phrase in (f"{affiliation}'s {name}", f"{name} of {affiliation}"):
        found = registry_module.resolve(phrase, date, registry, strict=True)
        if found and registry[found].affiliation == affiliation:
            return found
    return None
