"""Read one source file: front matter, body, hashes; no pandas here.

A source is ``<id>.md`` (YAML front matter between ``---`` lines, then the
body) or a plain ``.txt`` (id = file stem, no metadata). The body is kept
exactly as stored: offsets everywhere are Python ``str`` indices into it. The
only byte not kept is a leading UTF-8 byte-order mark, which is an encoding
marker and not text.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator


from detentio.core import limits, walk, yamlfile
from detentio.core.problems import DetentioError, Problem, shown
from detentio.corpus.layout import FIELDS as LAYOUT_FIELDS
from detentio.corpus.layout import problems as layout_problems

SUFFIXES = (".md", ".txt")
KINDS = ("news", "statement", "panel", "instrument", "judgment", "opinion")
PRECISIONS = ("day", "month", "year", "approximate")
# `author` and `accessed` (ISO day the url was read) extend design.md's list:
# OSCOLA cites web sources with both when they are known.
FIELDS = ("id", "title", "author", "outlet", "published", "date_precision", "kind",
          "language", "url", "accessed", "notes")
# Written by `detentio add` (detentio.ingest): the original in data/raw/, its
# hash, the extractor and its version, and the layout (detentio.layout).
DERIVED_FIELDS = ("derived_from", "derived_sha256", "extractor") + LAYOUT_FIELDS
FIELDS = FIELDS + DERIVED_FIELDS
REQUIRED = ("id", "title", "published", "date_precision", "kind", "language")
# A source derived from a file that gives no date is kept undated (and named by `detentio check`).
DATE_FIELDS = ("published", "date_precision")
# \Z, not $: "$" also matches before a trailing newline ("id\n" would pass).
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")
_DATE_FORMS = {  # what a `published` string looks like at each granularity
    "day": re.compile(r"\d{4}-\d{2}-\d{2}\Z"),
    "month": re.compile(r"\d{4}-\d{2}\Z"),
    "year": re.compile(r"\d{4}\Z"),
}


# --- the common case of front matter, read without PyYAML -----------------
# An archive's front matter is a few "field: text" lines. libyaml parses them
# quickly, but PyYAML then builds every value in Python, and that was most of
# the cost of reading a file (benchmarks/README.md). No YAML library offers a
# cheaper path, so lines that are plainly "field: text" are read here: a plain
# scalar, or a single- or double-quoted one without escapes, that YAML would
# read as that very string. Anything else (lists, block scalars, continued
# lines, comments, escapes, numbers, booleans, nulls, duplicate fields) is left
# to YAML. tests/test_bad_input.py checks the two agree.
_SIMPLE_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*): +([^\s\t](?:[^\t]*[^\s\t])?) *")  # no tabs: YAML's rules differ
_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`")
_NOT_PRINTABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010ffff]")


@lru_cache(maxsize=4096)  # field names and many values (kind, language, outlet) repeat file after file
def _typed_by_yaml(scalar: str) -> bool:
    """Whether YAML would read this plain scalar as something else than text (a
    number, a boolean, null...), by the resolvers of :class:`detentio.core.yamlfile.Loader`."""
    table = yamlfile.Loader.yaml_implicit_resolvers
    resolvers = table.get(scalar[:1], []) + table.get(None, [])
    return any(regexp.match(scalar) for _, regexp in resolvers)


def _simple_front_matter(block: str) -> dict | None:
    """The fields of front matter made only of "field: text" lines, else None (read it with YAML)."""
    if _NOT_PRINTABLE.search(block):
        return None  # YAML's error message, not ours
    meta: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip():
            continue
        m = _SIMPLE_LINE.fullmatch(line)
        if m is None:
            return None
        key, value = m.groups()
        if key in meta or _typed_by_yaml(key):
            return None
        quote = value[0]
        if quote in "'\"":
            inner = value[1:-1]
            if len(value) < 2 or value[-1] != quote or quote in inner or "\\" in inner and quote == '"':
                return None
            value = inner
        elif quote in _PLAIN_START or ": " in value or " #" in value or value.endswith(":") \
                or _typed_by_yaml(value):
            return None
        meta[key] = value
    return meta or None


# --- reading a source -------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)


@dataclass(frozen=True)
class Source:
    """One source: metadata, exact body text and hashes."""

    id: str
    path: Path
    body: str
    meta: dict = field(default_factory=dict)
    sha256: str = ""          # of the file as stored (what the manifest records)
    body_sha256: str = ""     # of the body alone, UTF-8 (equals the raw article's hash)
    body_offset: int = 0      # characters of front matter before the body
    body_line: int = 1        # 1-based line of the file where the body starts

    @property
    def format(self) -> str:
        return self.path.suffix.lstrip(".")

    def get(self, name: str, default=None):
        return self.meta.get(name, default)


def parse_published(value, precision: str) -> tuple[dt.date, str]:
    """Turn an ISO day/month/year string into (first day of the period, granularity).

    ``precision`` ``approximate`` accepts any of the three forms; the other
    precisions must match their form, so a day is never invented.
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):  # YAML reads an unquoted 2021-07-07 as a date
        text = value.isoformat()
    elif isinstance(value, int):  # and an unquoted 2023 as an int
        text = str(value)
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise ValueError(f"published must be an ISO date string, got {type(value).__name__}")
    if precision not in PRECISIONS:
        raise ValueError(f"date_precision must be one of {', '.join(PRECISIONS)}, got {precision!r}")
    forms = _DATE_FORMS if precision == "approximate" else {precision: _DATE_FORMS[precision]}
    for grain, pattern in forms.items():
        if pattern.match(text):
            parts = [int(p) for p in text.split("-")] + [1, 1]
            try:
                return dt.date(parts[0], parts[1], parts[2]), grain
            except ValueError as exc:
                raise ValueError(f"published {text!r} is not a real date ({exc})") from None
    wanted = " or ".join({"day": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY"}[g] for g in forms)
    raise ValueError(f"published {text!r} does not match date_precision {precision!r} (expected {wanted})")


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def read_source(path: str | Path) -> Source:
    """Read and validate one source file; raise :class:`DetentioError` listing every problem."""
    path = Path(path)
    suffix = path.suffix
    if suffix not in SUFFIXES:
        raise DetentioError(Problem(shown(path), f"not a source file (expected {' or '.join(SUFFIXES)})"))
    with open(path, "rb") as file:  # read one byte past the bound rather than stat every file
        raw = file.read(limits.MAX_SOURCE_BYTES + 1)
    if len(raw) > limits.MAX_SOURCE_BYTES:
        raise DetentioError(Problem(shown(path), f"larger than the {limits.MAX_SOURCE_BYTES:,} bytes a source "
                                                 "may have (split it)"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DetentioError(Problem(
            shown(path), f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at offset {exc.start}"
            " (save the file as UTF-8)", line)) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    sha = hashlib.sha256(raw).hexdigest()

    problems: list[tuple[str, str | int]] = []
    meta: dict = {}
    body, offset = text, 0
    if suffix == ".md":
        meta, body, offset, problems = _split_front_matter(text)
    else:
        meta = {"id": path.stem}
    sid = str(meta.get("id") or path.stem)
    if not ID_PATTERN.match(sid):
        problems.append((f"id {sid!r} may hold only letters, digits, '_', '.', '-'", "id"))
    if not body.strip():
        problems.append(("empty body: the source has no text", _line_of(text, offset)))
    elif not problems and any(name in meta for name in LAYOUT_FIELDS):
        problems.extend(layout_problems(meta, body))
    if problems:
        name = shown(path)  # only now: resolving the path is a tenth of the cost of reading a file
        raise DetentioError([Problem(name, message, where) for message, where in problems])
    return Source(
        id=sid, path=path, body=body, meta=meta, sha256=sha,
        body_sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        body_offset=offset, body_line=_line_of(text, offset),
    )


def _split_front_matter(text: str) -> tuple[dict, str, int, list[tuple[str, str | int]]]:
    """(meta, body, body offset, problems as (message, where)); the caller names the file."""
    match = _FRONT.match(text)
    if not match:
        if text.startswith("---"):
            return {}, text, 0, [("front matter is not closed by a '---' line", 1)]
        return {}, text, 0, [("missing front matter: a .md source starts with a '---' line"
                                           " (use .txt for a source without metadata)", 1)]
    problems: list[tuple[str, str | int]] = []
    meta = _simple_front_matter(match.group(1))
    if meta is None:
        try:
            meta = yamlfile.parse(match.group(1), "", first_line=2, what="front matter")
        except DetentioError as exc:  # the caller names the file
            problem = exc.problems[0]
            return {}, text[match.end():], match.end(), [(problem.message, problem.where or 1)]
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return {}, text[match.end():], match.end(), [
            ("malformed front matter: expected 'field: value' lines", 2)]
    for key in meta:
        if key not in FIELDS:
            problems.append((f"unknown field {key!r} (allowed: {', '.join(FIELDS)})", key))
    derived = meta.get("derived_from") not in (None, "")
    for key in REQUIRED:
        if meta.get(key) in (None, "") and not (derived and key in DATE_FIELDS):
            problems.append((f"missing required field {key!r}", key))
    if derived and (meta.get("published") in (None, "")) != (meta.get("date_precision") in (None, "")):
        problems.append(("published and date_precision go together", "published"))
    if meta.get("kind") not in (None, "") and meta["kind"] not in KINDS:
        problems.append((f"kind {meta['kind']!r} is not one of {', '.join(KINDS)}", "kind"))
    if meta.get("published") not in (None, "") and meta.get("date_precision"):
        try:
            parse_published(meta["published"], str(meta["date_precision"]))
        except ValueError as exc:
            problems.append((str(exc), "published"))
    if meta.get("accessed") is not None:
        try:
            parse_published(meta["accessed"], "day")
        except ValueError as exc:
            problems.append((f"accessed: {exc}".replace("published ", ""), "accessed"))
    problems.extend(_derived_problems(meta))
    for key in ("title", "author", "outlet", "language", "url", "notes"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            problems.append((f"{key} must be text, got {type(meta[key]).__name__}", key))
    if isinstance(meta.get("url"), str) and not re.fullmatch(r"https?://\S+", meta["url"]):
        problems.append((f"url {meta['url']!r} is not an http(s) address", "url"))
    return meta, text[match.end():], match.end(), problems


def _derived_problems(meta: dict) -> list[tuple[str, str]]:
    """The provenance fields of a derived source: where its original is kept, its hash, the extractor."""
    found = []
    if not any(meta.get(key) is not None for key in DERIVED_FIELDS[:3]):
        return found
    origin = meta.get("derived_from")
    if not isinstance(origin, str) or not re.fullmatch(r"raw/[A-Za-z0-9][A-Za-z0-9_.-]*", origin):
        found.append(("derived_from must name the original as raw/<file> (data/raw/)", "derived_from"))
    digest = meta.get("derived_sha256")
    if not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{64}", digest):
        found.append(("derived_sha256 must be the original's sha256 (64 hex digits)", "derived_sha256"))
    if not isinstance(meta.get("extractor"), str) or not meta["extractor"].strip():
        found.append(("extractor must name the program and its version", "extractor"))
    return found


def _is_source_name(name: str) -> bool:
    return name.endswith(SUFFIXES) and name.lower() != "readme.md"


def _files_below(folder: Path, problems: list[Problem] | None = None) -> list[tuple[str, ...]]:
    """The source files below ``folder`` as path parts relative to it, in the order
    of sorted Paths; hidden files and folders and README.md are skipped, links are
    followed only inside the workspace (:mod:`detentio.core.walk`)."""
    return walk.files_below(folder, _is_source_name, problems)


def source_files(paths: Iterable[str | Path] | None = None, problems: list[Problem] | None = None) -> list[Path]:
    """Expand files and folders into source files, sorted; default ``data/sources``.

    A folder contributes its ``.md`` and ``.txt`` files (recursively, hidden
    files skipped); a file named explicitly must exist.
    """
    return [Path(name) for name in _source_names(paths, problems)]


def _source_names(paths: Iterable[str | Path] | None = None, problems: list[Problem] | None = None) -> list[str]:
    """:func:`source_files` as strings (``str`` of each Path), without making the Paths.

    With ``problems`` given, links that may not be followed are recorded there
    and passed over; a path that does not exist always raises."""
    from detentio.core.paths import sources as default_sources

    paths = [default_sources()] if not paths else [Path(p) for p in paths]
    found: list[str] = []
    for path in paths:
        if path.is_dir():
            base = str(path)
            # str(Path(".") / "a") is "a", not "./a"
            found.extend(os.path.join(*parts) if base == "." else os.path.join(base, *parts)
                         for parts in _files_below(path, problems))
        elif path.is_file():
            found.append(str(path))
        else:
            raise DetentioError(Problem(shown(path), "no such file or folder"))
        if len(found) > limits.MAX_SOURCES:
            raise DetentioError(Problem(shown(path), f"more than {limits.MAX_SOURCES:,} source files "
                                                     "given; split the corpus"))
    return found


def iter_sources(paths=None, problems: list[Problem] | None = None) -> Iterator[Source]:
    """Yield each readable source once, streaming (one file in memory at a time).

    With ``problems`` given, bad files and duplicate ids are recorded there
    and skipped so that the rest still loads (``check`` mode); without it the
    first bad file raises :class:`DetentioError`.
    """
    # Held as strings: on an archive of 100k files, 100k Path objects (and their
    # part lists) are that many more objects for every full garbage collection
    # to walk while the extraction runs (benchmarks/README.md, "Growth").
    files = _source_names(paths, problems)
    seen: dict[str, str] = {}
    for name in files:
        path = Path(name)
        try:
            source = read_source(path)
            if source.id in seen:
                raise DetentioError(Problem(
                    shown(path), f"duplicate id {source.id!r} (also used by {shown(seen[source.id])})", "id"))
        except DetentioError as exc:
            if problems is None:
                raise
            problems.extend(exc.problems)
            continue
        seen[source.id] = name
        yield source
