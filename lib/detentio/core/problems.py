"""Errors that name the file and what is wrong, one line each.

Validators return lists of :class:`Problem` so that ``detentio check`` can list
every problem at once; loaders raise :class:`DetentioError` carrying them.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input: ``path:where: message``."""

    path: str
    message: str
    where: str | int | None = None  # line number, field name or row

    def __str__(self) -> str:
        where = f":{self.where}" if self.where not in (None, "") else ""
        return f"{self.path}{where}: {self.message}"


class DetentioError(Exception):
    """Bad input. ``problems`` holds every problem found, each a clear line."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, (Problem, str)):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def shown(path: str | Path) -> str:
    """How a path appears in messages (relative to the workspace if possible)."""
    from detentio.core.paths import relative

    return relative(Path(path))
