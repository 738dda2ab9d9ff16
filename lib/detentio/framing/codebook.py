"""The framing codebook (``data/codebook.yml``): codes, their phrases, one matcher.

>>> from detentio import codebook
>>> codebook.table()[["code", "kind", "label", "regime"]]
>>> codebook.phrases()[:3]          # [(phrase, code), ...] for other matchers
>>> m = codebook.matcher()          # one compiled regex + group -> code

Phrases are written once in the YAML; :func:`expand` turns the small pattern
syntax (``captive(s)``, ``{persons|people} detained``) into concrete phrases
and :func:`phrase_atoms` lets a space match a hyphen and a straight quote
match a curly one, so the data file stays readable.

No pandas at import time: ``detentio check`` runs :func:`check`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from detentio.core import datafile
from detentio.framing import trie
from detentio.core.problems import DetentioError, Problem, shown

KINDS = ("label", "clause")
FIELDS = ("kind", "label", "patterns", "regime", "provisions", "scope")
TOP_LEVEL = ("codes", "ignore")
CODE_ID = re.compile(r"[a-z][a-z0-9_]*\Z")  # \Z: "$" would let a trailing newline pass

# A space or a hyphen in a phrase matches either in the text, but never a line
# break: a line is a paragraph, and a phrase does not cross paragraphs.
_BLANK = "[ \\t\\u00a0]"
SEPARATOR = f"(?:{_BLANK}*[-\\u2010\\u2011\\u2012\\u2013]{_BLANK}*|{_BLANK}+)"
_APOSTROPHES = "'\u2018\u2019"
_QUOTES = '"\u201c\u201d'


@dataclass(frozen=True)
class Code:
    """One code of the codebook."""

    id: str
    kind: str
    label: str
    patterns: tuple[str, ...]
    regime: str
    provisions: tuple[str, ...]
    scope: str

    def phrases(self) -> list[str]:
        """Every concrete phrase the patterns stand for."""
        return [p for pattern in self.patterns for p in expand(pattern)]


@dataclass(frozen=True)
class Codebook:
    codes: dict[str, Code]
    ignore: tuple[str, ...] = ()
    path: str = ""
    _matcher: list = field(default_factory=list, repr=False, compare=False)

    def kind(self, code: str) -> str:
        return self.codes[code].kind

    def ids(self, kind: str | None = None) -> list[str]:
        return [c for c, code in self.codes.items() if kind is None or code.kind == kind]


@dataclass(frozen=True, eq=False)  # hashed by identity: a cache key per compiled codebook
class Matcher:
    """One compiled alternation; capture group ``i`` holds a phrase of ``codes[i]``.

    ``pattern`` reads the text lower-cased (its letters are plain literals,
    which Python's regex engine scans fastest), character for character so
    that offsets stay the text's own (:func:`_lower`).
    ``codes[i]`` is ``None`` for an ignored phrase: it is matched (so it
    consumes its words) but yields no mention. ``exact[i]`` is set when every
    phrase of group ``i`` is case-sensitive ("POW(s)", "return of IDPs"): the
    regex finds it in any case, :meth:`spans` keeps it only as written.
    """

    pattern: re.Pattern
    codes: tuple[str | None, ...]
    exact: tuple[re.Pattern | None, ...]

    def spans(self, text: str, *, ignored: bool = False) -> list[tuple[int, int, str | None]]:
        """``(start, end, code)`` of every phrase in ``text``: the longest phrase that
        matches as written wins at each position, and matches do not overlap.
        Ignored phrases consume their words; with ``ignored=True`` they are
        listed too, with code ``None``."""
        pattern, subject = self.pattern, _lower(text)
        codes, exact, out, pos = self.codes, self.exact, [], 0
        append = out.append  # the hot loop of every extraction: locals only
        while True:
            for m in pattern.finditer(subject, pos):
                group = m.lastindex
                check = exact[group]
                if check is None or check.fullmatch(text, m.start(), m.end()):
                    if ignored or codes[group] is not None:
                        append((m.start(), m.end(), codes[group]))
                    continue
                # rare: a case-sensitive phrase in the wrong case
                pos = self._shorter(subject, text, m, out, ignored)
                break
            else:
                return out

    def _shorter(self, subject: str, text: str, wrong: re.Match, out: list, ignored: bool) -> int:
        """The longest phrase as written that starts where ``wrong`` does and ends
        sooner; appended to ``out``. Returns where scanning resumes."""
        start, limit = wrong.start(), wrong.end() - 1
        while limit > start:
            # endpos makes the regex see the text as ending at ``limit``; the real
            # word boundary after the candidate is checked here instead.
            m = self.pattern.match(subject, start, limit)
            if m is None:
                break
            group, end = m.lastindex, m.end()
            if not _WORD_CHAR.match(text, end) and (
                    self.exact[group] is None or self.exact[group].fullmatch(text, start, end)):
                if ignored or self.codes[group] is not None:
                    out.append((start, end, self.codes[group]))
                return end
            limit = end - 1
        return start + 1


_WORD_CHAR = re.compile(r"\w")


def _lower(text: str) -> str:
    """``text`` lower-cased with the same length, so offsets carry over: a
    character whose lower case is longer ("İ" is "i" + a dot) is kept as it is
    (no phrase has one, and a letter class would not match it either)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# --- the pattern syntax ---------------------------------------------------

def _parse(text: str, pos: int, closer: str | None, where: str) -> tuple[list[str], int]:
    """Expand ``text`` from ``pos`` up to ``closer``; returns (variants, position after)."""
    variants = [""]
    while pos < len(text):
        char = text[pos]
        if closer and char in closer:
            return variants, pos
        if char == "(":
            inner, pos = _parse(text, pos + 1, ")", where)
            if pos >= len(text):
                raise ValueError(f"unclosed '(' in {where!r}")
            pos += 1
            variants = [v + i for v in variants for i in ["", *inner]]
        elif char == "{":
            options, pos = [], pos + 1
            while True:
                inner, pos = _parse(text, pos, "|}", where)
                if pos >= len(text):
                    raise ValueError(f"unclosed '{{' in {where!r}")
                options.extend(inner)
                pos += 1
                if text[pos - 1] == "}":
                    break
            variants = [v + o for v in variants for o in options]
        elif char in ")}|":
            raise ValueError(f"unexpected {char!r} in {where!r}")
        else:
            variants = [v + char for v in variants]
            pos += 1
    if closer:
        return variants, pos
    return variants, pos


def expand(pattern: str) -> list[str]:
    """Concrete phrases of one pattern: ``"captive(s)"`` -> ``["captive", "captives"]``.

    ``(x)`` is optional, ``{a|b}`` is one of; they nest. White space is
    collapsed so that an empty optional part leaves no double space.
    """
    variants, _ = _parse(pattern, 0, None, pattern)
    seen: dict[str, None] = {}
    for variant in variants:
        seen.setdefault(" ".join(variant.split()), None)
    return [v for v in seen if v]


def is_case_sensitive(phrase: str) -> bool:
    """A phrase written with a capital (an acronym such as "POW") matches only as written."""
    return any(c.isupper() for c in phrase)


def normal(phrase: str) -> str:
    """The form two phrases share when the matcher cannot tell them apart."""
    text = re.sub(r"[\s\-\u2010-\u2013]+", " ", phrase.strip())
    text = re.sub(f"[{_APOSTROPHES}]", "'", text)
    text = re.sub(f"[{_QUOTES}]", '"', text)
    return text if is_case_sensitive(text) else text.lower()


def phrase_atoms(phrase: str, case_sensitive: bool | None = None) -> list[str]:
    """One phrase as regex atoms: a space or hyphen matches either, straight and
    curly quotes match each other, letters match in either case unless the
    phrase is case-sensitive (by default :func:`is_case_sensitive`)."""
    sensitive = is_case_sensitive(phrase) if case_sensitive is None else case_sensitive
    atoms: list[str] = []
    for char in phrase:
        if char in " -\u2010\u2011\u2012\u2013":
            if atoms and atoms[-1] == SEPARATOR:
                continue
            atoms.append(SEPARATOR)
        elif char in _APOSTROPHES:
            atoms.append(f"[{_APOSTROPHES}]")
        elif char in _QUOTES:
            atoms.append(f"[{_QUOTES}]")
        elif not sensitive and char.lower() != char.upper():
            atoms.append(f"[{re.escape(char.lower())}{re.escape(char.upper())}]")
        else:
            atoms.append(re.escape(char))
    return atoms


def phrase_regex(phrase: str) -> str:
    """Regex source for one concrete phrase (hyphen/space, quote and case forms generated)."""
    return "".join(phrase_atoms(phrase))


# --- loading and checking -------------------------------------------------

def _read(path: Path) -> dict:
    data = datafile.read_yaml(path, "codebook is missing")
    if not isinstance(data, dict):
        raise DetentioError(Problem(shown(path), "expected a mapping with 'codes'"))
    return data


def validate(data: dict, name: str) -> list[Problem]:
    """Every problem in a parsed codebook: keys, fields, kinds, patterns, shared phrases."""
    problems = []
    for key in data:
        if key not in TOP_LEVEL:
            problems.append(Problem(name, f"unknown key {key!r} (allowed: {', '.join(TOP_LEVEL)})", key))
    codes = data.get("codes")
    if not isinstance(codes, dict) or not codes:
        return problems + [Problem(name, "'codes' must map code ids to their fields", "codes")]
    owner: dict[str, str] = {}

    def claim(phrase: str, code: str, where: str):
        key = normal(phrase).casefold()  # "Captives" as written is still found by "captives"
        if key in owner and owner[key] != code:
            problems.append(Problem(name, f"phrase {phrase!r} is claimed by both {owner[key]} and {code}", where))
        owner.setdefault(key, code)

    for code, spec in codes.items():
        where = f"codes.{code}"
        if not isinstance(code, str) or not CODE_ID.match(code):
            problems.append(Problem(name, f"code id {code!r} must be lower_snake_case", where))
        if not isinstance(spec, dict):
            problems.append(Problem(name, "a code needs the fields " + ", ".join(FIELDS), where))
            continue
        for key in spec:
            if key not in FIELDS:
                problems.append(Problem(name, f"unknown field {key!r} (allowed: {', '.join(FIELDS)})",
                                        f"{where}.{key}"))
        for key in FIELDS:
            if spec.get(key) in (None, "") and key != "provisions":
                problems.append(Problem(name, f"missing field {key!r}", f"{where}.{key}"))
        if spec.get("kind") not in (None, "") and spec["kind"] not in KINDS:
            problems.append(Problem(name, f"kind {spec['kind']!r} is not one of {', '.join(KINDS)}",
                                    f"{where}.kind"))
        for key in ("label", "regime", "scope"):
            if spec.get(key) not in (None, "") and not isinstance(spec[key], str):
                problems.append(Problem(name, f"{key} must be text", f"{where}.{key}"))
        provisions = spec.get("provisions", [])
        if provisions is None or not isinstance(provisions, list) \
                or not all(isinstance(p, str) for p in provisions):
            problems.append(Problem(name, "provisions must be a list of instrument ids (may be empty)",
                                    f"{where}.provisions"))
        patterns = spec.get("patterns")
        if patterns in (None, ""):
            continue
        if not isinstance(patterns, list) or not all(isinstance(p, str) and p.strip() for p in patterns):
            problems.append(Problem(name, "patterns must be a list of phrases", f"{where}.patterns"))
            continue
        for pattern in patterns:
            try:
                for phrase in expand(pattern):
                    claim(phrase, code, f"{where}.patterns")
            except ValueError as exc:
                problems.append(Problem(name, f"bad pattern: {exc}", f"{where}.patterns"))
    ignore = data.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(p, str) and p.strip() for p in ignore):
        problems.append(Problem(name, "ignore must be a list of phrases", "ignore"))
    else:
        for pattern in ignore:
            try:
                for phrase in expand(pattern):
                    key = normal(phrase).casefold()
                    if key in owner:
                        problems.append(Problem(
                            name, f"ignored phrase {phrase!r} is also a phrase of {owner[key]}", "ignore"))
            except ValueError as exc:
                problems.append(Problem(name, f"bad pattern: {exc}", "ignore"))
    return problems


@lru_cache(maxsize=8)
def _load(path: str, mtime: int, size: int) -> Codebook:
    name = shown(path)
    data = _read(Path(path))
    problems = validate(data, name)
    if problems:
        raise DetentioError(problems)
    codes = {
        code: Code(code, spec["kind"], spec["label"], tuple(spec["patterns"]), spec["regime"],
                   tuple(spec.get("provisions") or ()), " ".join(str(spec["scope"]).split()))
        for code, spec in data["codes"].items()
    }
    return Codebook(codes, tuple(data.get("ignore") or ()), name)


def load(path: str | Path | None = None) -> Codebook:
    """The codebook (default ``data/codebook.yml``), validated; cached until the file changes."""
    from detentio.core.paths import codebook as default

    return datafile.load_current(_load, path or default(), "codebook is missing")


def check() -> list[Problem]:
    """Validator for ``detentio check``: every problem in ``data/codebook.yml``."""
    from detentio.core.paths import codebook as default

    return datafile.problems(_read, validate, default())


# --- phrases and the matcher ------------------------------------------------

def phrases(book: Codebook | None = None, *, ignored: bool = False) -> list[tuple[str, str | None]]:
    """``(phrase, code)`` for every concrete phrase, longest first.

    With ``ignored=True`` the ignore list is included with code ``None``, which
    another matcher needs to reproduce :func:`matcher` exactly.
    """
    book = book or load()
    pairs: list[tuple[str, str | None]] = [(p, c.id) for c in book.codes.values() for p in c.phrases()]
    if ignored:
        pairs += [(p, None) for pattern in book.ignore for p in expand(pattern)]
    # Longest first, so that at any position the alternation tries
    # "prisoners of war" before "prisoners"; ties keep codebook order.
    return sorted(pairs, key=lambda pair: -len(normal(pair[0])))


def matcher(book: Codebook | None = None) -> Matcher:
    """The compiled matcher for a codebook (built once per codebook object).

    One regex for every phrase, longest first, between word boundaries,
    factored as a trie (:mod:`detentio.framing.trie`). Measured in benchmarks/
    against spaCy's PhraseMatcher on the same phrases: identical matches,
    faster, and exact character offsets without a tokenizer.

    The trie is built from the lower-cased phrases, so that "return" and
    "return of IDPs" share one path: a regex alternation takes
    the first branch that succeeds, not the longest, and two branches that
    can match the same letters ("[rR]" and "r") would let the shorter phrase
    win. Case-sensitive phrases are checked as written by :meth:`Matcher.spans`.
    """
    book = book or load()
    if not book._matcher:
        pairs = phrases(book, ignored=True)
        lowered = [tuple(phrase_atoms(p.lower(), case_sensitive=True)) for p, _ in pairs]
        # No word character before a phrase: tested after its first letter
        # (see trie.build), so the pattern starts with plain letters.
        source, groups = trie.build(lowered, end=r"(?!\w)", after_first=r"(?<!\w.)")
        # Phrases with the same lower-case atoms share one group (validation makes
        # them share a code); the group is exact only if all of them are.
        written: dict[tuple, list[str]] = {}
        for (phrase, _), key in zip(pairs, lowered):
            written.setdefault(key, []).append(phrase)
        exact: list[re.Pattern | None] = [None]
        for g in groups:
            forms = written[lowered[g]]
            exact.append(re.compile("|".join(phrase_regex(f) for f in forms))
                         if all(is_case_sensitive(f) for f in forms) else None)
        book._matcher.append(Matcher(re.compile(source), (None, *(pairs[g][1] for g in groups)), tuple(exact)))
    return book._matcher[0]


def table(book: Codebook | None = None):
    """One row per code: ``code, kind, label, regime, provisions, scope, patterns``."""
    import pandas as pd

    book = book or load()
    return pd.DataFrame(
        [{"code": c.id, "kind": c.kind, "label": c.label, "regime": c.regime,
          "provisions": list(c.provisions), "scope": c.scope, "patterns": list(c.patterns)}
         for c in book.codes.values()],
        columns=["code", "kind", "label", "regime", "provisions", "scope", "patterns"])
