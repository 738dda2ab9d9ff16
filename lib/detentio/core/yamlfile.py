"""The one YAML reader for every file a user edits: data/*.yml, runs.yml and front matter.

>>> data = parse("runs:\\n  - name: a\\n    since: 2021-01-01\\n", "runs.yml")
>>> data["runs"][0]["since"], data["runs"][0].line, data["runs"][0].lines["since"]
('2021-01-01', 2, 3)

What it guarantees, for every file alike:
- dates stay the text written (``2021-13-40`` is then our error to report, not YAML's);
- a key given twice is an error (PyYAML would keep the last without a word);
- aliases (``*name``) are refused: a few lines of them expand into millions of
  values (the "billion laughs"), and no file of the workspace needs them;
- every mapping and list carries the 1-based ``line`` where it starts, and a
  mapping the ``lines`` of its keys, so a validator can name the line;
- a file that is not UTF-8 or not YAML, or nested too deeply to read, is one
  :class:`DetentioError` naming the file and the line.

No pandas here: ``detentio check`` uses it.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from detentio.core.problems import DetentioError, Problem, shown

_NO_TIMESTAMPS = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class Mapping(dict):
    """A YAML mapping: a dict with ``line`` (where it starts) and ``lines`` (key -> line)."""

    line: int | None = None
    lines: dict = {}


class Sequence(list):
    """A YAML list with the ``line`` where it starts."""

    line: int | None = None


def _mapping(loader, node):
    data = Mapping()
    data.line = node.start_mark.line + 1
    data.lines = {}
    yield data
    for key_node, _value in node.value:
        key = loader.construct_object(key_node)
        if key in data.lines:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first at line {data.lines[key]})", key_node.start_mark)
        data.lines[key] = key_node.start_mark.line + 1
    data.update(loader.construct_mapping(node))


def _sequence(loader, node):
    data = Sequence()
    data.line = node.start_mark.line + 1
    yield data
    data.extend(loader.construct_sequence(node))


class Loader(yaml.SafeLoader):
    """Safe YAML with the guarantees above (pure Python parser: it can refuse aliases)."""

    yaml_implicit_resolvers = _NO_TIMESTAMPS

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed in this file", mark)
        return super().compose_node(parent, index)


class FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """:class:`Loader` on libyaml's parser when PyYAML has it (most of the cost of
    reading an archive's front matter, benchmarks/README.md). libyaml composes in C,
    so it cannot refuse aliases: :func:`parse` gives it only text without anchors."""

    yaml_implicit_resolvers = _NO_TIMESTAMPS


for _loader in (Loader, FastLoader):
    _loader.add_constructor("tag:yaml.org,2002:map", _mapping)
    _loader.add_constructor("tag:yaml.org,2002:seq", _sequence)


def parse(text: str, where: str, first_line: int = 1, what: str = "YAML"):
    """The YAML document in ``text``; ``where`` names it, ``first_line`` is the file
    line of its first line (front matter starts after the opening ``---``) and
    ``what`` names it in the message ("malformed front matter: ...")."""
    # Blank lines in front keep every mark a line of the file, messages included.
    text = "\n" * (first_line - 1) + text
    # An alias needs an anchor ('&'): text without one is safe for the fast parser.
    # Errors are read again with the pure-Python loader, so that the message does
    # not depend on how PyYAML was built.
    try:
        if "&" not in text:
            try:
                return yaml.load(text, Loader=FastLoader)
            except yaml.YAMLError:
                pass
        return yaml.load(text, Loader=Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DetentioError(Problem(where, f"malformed {what}: {reason}",
                                    mark.line + 1 if mark else None)) from None
    except RecursionError:  # PyYAML's composer recurses once per level of nesting
        raise DetentioError(Problem(where, f"malformed {what}: nested too deeply to read")) from None


def decode(path: str | Path, missing: str = "file is missing") -> str:
    """A text file's content: :class:`DetentioError` if it is missing or not UTF-8
    (with the line of the bad byte). A byte-order mark is an encoding marker, not data."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DetentioError(Problem(shown(path), missing)) from None
    try:
        text = raw.decode("utf-8")  # whole, so that the error offset is an offset into the file
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DetentioError(Problem(shown(path), f"not valid UTF-8: byte 0x{raw[exc.start]:02x} "
                                                 "(save the file as UTF-8)", line)) from None
    return text.removeprefix("\ufeff")


def read(path: str | Path, missing: str = "file is missing"):
    """The parsed YAML file (``None`` when empty); one clear :class:`DetentioError` otherwise."""
    return parse(decode(path, missing), shown(path))


def line(node, default=None):
    """The line a parsed mapping or list starts at, else ``default``."""
    return getattr(node, "line", None) or default
