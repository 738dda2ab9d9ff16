"""Mark page chrome as spans instead of deleting it.

Rules live in ``data/boilerplate.yml`` (one regular expression per kind of
chrome, matched against a whole trimmed line), so a scholar can add the chrome
of a new outlet without touching code. One rule is structural and built in: a
line that repeats the headline (the first line) is chrome.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from detentio.core import datafile
from detentio.core.problems import DetentioError, Problem, shown
from detentio.corpus.sentences import paragraphs


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    note: str = ""


@lru_cache(maxsize=8)
def _load_rules(path: str, mtime: int, size: int) -> tuple[Rule, ...]:
    data = datafile.read_yaml(path, "boilerplate rules are missing") or {}
    if not isinstance(data, dict):
        raise DetentioError(Problem(shown(path), "expected 'rules:' followed by a list of rules"))
    rules = []
    for index, item in enumerate(data.get("rules", [])):
        try:
            rules.append(Rule(item["name"], re.compile(item["pattern"], re.I), item.get("note", "")))
        except (KeyError, TypeError):
            raise DetentioError(Problem(shown(path), "each rule needs 'name' and 'pattern'", f"rules[{index}]")) from None
        except re.error as exc:
            raise DetentioError(Problem(shown(path), f"bad pattern: {exc}", f"rules[{index}]")) from None
    return tuple(rules)


def rules(path: Path | None = None) -> tuple[Rule, ...]:
    """The chrome rules from ``data/boilerplate.yml`` (cached until the file changes)."""
    from detentio.core.paths import boilerplate_rules, stamp

    # No rules file means no chrome rules (the built-in repeated headline still applies).
    key = stamp(path or boilerplate_rules())
    return () if key is None else _load_rules(*key)


def spans(text: str, rule_set: tuple[Rule, ...] | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, rule name)`` for each chrome line in ``text``."""
    rule_set = rules() if rule_set is None else rule_set
    found = []
    headline = None
    for para in paragraphs(text):
        line = text[para.start:para.end]
        if headline is None:
            headline = line
        elif line == headline:
            found.append((para.start, para.end, "repeated_headline"))
            continue
        for rule in rule_set:
            if rule.pattern.fullmatch(line):
                found.append((para.start, para.end, rule.name))
                break
    return found
