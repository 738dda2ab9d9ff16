"""The usage sketches in the modules' docstrings name functions that exist.

A module's docstring shows how a notebook calls it (``>>> labels.select(m, c.documents)``). The sketches are not
run as doctests (they need the corpus and print tables), so nothing else would notice when a function they name
is renamed or moved: this test resolves every ``module.attribute`` a sketch names through the imports the
sketch itself makes.
"""
from __future__ import annotations

import ast
import importlib
import pkgutil
import re

import pytest

import detentio

_IMPORT = re.compile(r"from\s+(?P<package>detentio(?:\.\w+)*)\s+import\s+(?P<names>[\w ,]+)")
_PROMPT = re.compile(r"^\s*(?:>>>|\.\.\.)\s?(?P<code>.*)$")


def _modules():
    for info in pkgutil.walk_packages(detentio.__path__, "detentio."):
        yield info.name


def _sketch(docstring: str) -> list[str]:
    """The code lines of ``docstring``'s ``>>>`` examples."""
    return [m.group("code") for m in map(_PROMPT.match, docstring.splitlines()) if m]


def named(lines: list[str]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """What a sketch imports (alias -> module) and every ``alias.attribute`` it names."""
    imported, used = {}, []
    for line in lines:
        for m in _IMPORT.finditer(line):
            for name in m.group("names").split(","):
                name = name.strip()
                if name:
                    imported[name] = f"{m.group('package')}.{name}"
        try:
            tree = ast.parse(line.split("#")[0])
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                used.append((node.value.id, node.attr))
    return imported, used


def _resolve(path: str):
    """The module or attribute ``path`` names ("detentio.compare" through the package's short names)."""
    package, _, name = path.rpartition(".")
    parent = importlib.import_module(package)
    return getattr(parent, name)


SKETCHES = [(name, lines) for name in _modules()
            for lines in [_sketch(importlib.import_module(name).__doc__ or "")] if lines]


def test_the_modules_have_usage_sketches():
    assert len(SKETCHES) >= 30  # the test reads something: most modules show how they are called


@pytest.mark.parametrize("module, lines", SKETCHES, ids=[name for name, _ in SKETCHES])
def test_a_sketch_names_only_what_exists(module, lines):
    imported, used = named(lines)
    missing = [f"{alias}.{attr}" for alias, attr in used
               if alias in imported and not hasattr(_resolve(imported[alias]), attr)]
    assert not missing, f"{module}'s docstring names {', '.join(missing)}, which do not exist"


def test_a_renamed_function_is_noticed():
    imported, used = named(["from detentio import labels", "labels.by_affiliation_year(m, c.documents)"])
    assert ("labels", "by_affiliation_year") in used
    assert not hasattr(_resolve(imported["labels"]), "by_affiliation_year")
