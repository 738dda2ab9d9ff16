"""Named units of the framing engine (speaker rules, claim shapes), auditable from their docstrings.

>>> unit = Unit("S02", "quote_verb_after", "speaker", "quotation", apply)
>>> unit.description, unit.example, unit.counterexample, unit.expected

Each unit's function has a docstring whose first paragraph says what it
does, then three fields, each an indented block (one line per paragraph of
the text)::

    Example:
        "We will bring them home," Pashinyan said.
    Yields: pashinyan
    Not:
        "We will bring them home." Pashinyan left.

``Example`` must make the unit decide (and yield ``Yields``: a speaker, a
layout's name, or a claim's value); ``Not`` must not make it decide. An
optional ``Given:`` line holds front matter the example is read with
(``Given: kind=opinion; author=Lena Holmqvist``). The tests run every unit's
texts, and ``detentio rules`` lists them for review.
"""
from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from typing import Callable

_FIELD = re.compile(r"^(Example|Yields|Not|Given):[ \t]*(.*)$")


@dataclass(frozen=True)
class Unit:
    code: str           # stable: S01..., C01...
    name: str           # what the rows' ``rule`` or ``shape`` column says
    kind: str           # speaker | claim
    stage: str
    apply: Callable

    def _fields(self) -> dict[str, str]:
        doc = inspect.getdoc(self.apply) or ""
        fields: dict[str, list[str]] = {"description": []}
        current = "description"
        for line in doc.splitlines():
            m = _FIELD.match(line)
            if m:
                current = m.group(1).lower()
                fields[current] = [m.group(2)] if m.group(2) else []
            elif current == "description" and not line.strip() and fields["description"]:
                current = "rest"  # the description is the first paragraph
                fields["rest"] = []
            else:
                fields.setdefault(current, []).append(line.strip())
        joiner = {"description": " ", "example": "\n\n", "not": "\n\n"}
        return {k: joiner.get(k, " ").join(x for x in v if x) for k, v in fields.items()}

    @property
    def description(self) -> str:
        return self._fields()["description"]

    @property
    def example(self) -> str:
        """The text the unit must decide on (paragraphs separated by a blank line)."""
        return self._fields().get("example", "")

    @property
    def counterexample(self) -> str:
        """The ``Not:`` text: the unit must not decide on it."""
        return self._fields().get("not", "")

    @property
    def given(self) -> dict[str, str]:
        """Front matter the ``Example`` is read with (``Given: kind=opinion; author=Lena Holmqvist``);
        the ``Not`` text is read without it."""
        pairs = (p.partition("=") for p in self._fields().get("given", "").split(";") if "=" in p)
        return {k.strip(): v.strip() for k, _, v in pairs}

    @property
    def expected(self) -> str:
        """What the example yields (a speaker, or a claim's value)."""
        return self._fields().get("yields", "")

    def row(self) -> dict:
        """The unit as ``detentio rules`` lists it."""
        return {"code": self.code, "name": self.name, "kind": self.kind, "stage": self.stage,
                "description": self.description, "example": self.example}
