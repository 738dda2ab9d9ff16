"""What a speaker phrase form answers (see :mod:`.phrases` for the forms and their order).

A form returns ``(start, raw, via)`` when the phrase is of its form, ``None`` when it is not,
:data:`NOBODY` when the phrase names nobody and no later form may try it, or :class:`Narrowed`
when the phrase is shorter than it looked; the namer records the deciding form in a :class:`Phrase`.
"""
from __future__ import annotations

from typing import NamedTuple

# A phrase form's answer that the phrase names nobody, so no later form may try it.
NOBODY = object()


class Phrase(NamedTuple):
    """A speaker phrase read: where it starts, who (an actor id, a name or a pronoun), how it was named
    (name, description, pronoun, addressee) and the form that read it."""
    start: int
    raw: str | None
    via: str
    form: str


class Narrowed(NamedTuple):
    """A form's answer that the speaker phrase ends earlier, at ``end``: the later forms read it there."""
    end: int
