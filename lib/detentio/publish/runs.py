"""``runs.yml``: which notebook runs with which parameters, published as which report.

::

    runs:
      - name: survey-all                       # reports/survey-all/
        notebook: notebooks/01-survey-corpus.ipynb
        description: every source in data/sources
        parameters: {since: "2020-01-01"}
        formats: [html, pdf]

Everything is checked before a kernel starts: unknown keys, a missing
notebook, duplicate names, and every parameter against the notebook's typed
parameters cell (see :mod:`detentio.publish.params`). Problems carry the line in
runs.yml.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path


from detentio.publish import params as nbparams
from detentio.core import limits, paths, yamlfile
from detentio.core.limits import quoted
from detentio.core.problems import DetentioError, Problem, shown

KEYS = ("name", "notebook", "description", "parameters", "formats")
REQUIRED = ("name", "notebook")
FORMATS = ("html", "pdf")
# A run name becomes a folder and part of URLs; '_' and '.' starts are kept for
# the build's own folders (reports/_errors, reports/.building-*).
NAME = re.compile(r"[a-z0-9][a-z0-9-]*\Z")  # \Z: "$" would let "name\n" pass


@dataclass(frozen=True)
class Run:
    """One entry of runs.yml."""

    name: str
    notebook: Path                       # absolute
    parameters: dict = field(default_factory=dict)
    formats: tuple[str, ...] = FORMATS
    description: str = ""
    line: int | None = None              # where the run starts in runs.yml


def read(path: Path | None = None) -> tuple[list[Run], list[Problem]]:
    """The runs in ``path`` (default ``runs.yml``) and every problem found in them."""
    path = Path(path or paths.runs())
    where = shown(path)
    if not path.exists():
        return [], [Problem(where, "does not exist (it lists the notebooks `detentio build` runs)")]
    size = path.stat().st_size
    if size > limits.MAX_RUNS_BYTES:  # before reading: a file this size holds nothing runs.yml needs
        return [], [Problem(where, f"{size:,} bytes: larger than the {limits.MAX_RUNS_BYTES:,} bytes "
                                   "runs.yml may have")]
    try:
        data = yamlfile.parse(yamlfile.decode(path), where)
    except DetentioError as exc:
        return [], exc.problems
    if data is None:
        return [], []
    if not isinstance(data, dict) or not isinstance(data.get("runs", []), list):
        return [], [Problem(where, "expected a 'runs:' list of runs", 1)]
    problems = [Problem(where, f"unknown top-level key {quoted(key)} (expected 'runs')", data.lines.get(key))
                for key in data if key != "runs"]
    items = data.get("runs") or []
    runs: list[Run] = []
    seen: dict[str, int] = {}
    for item in items:
        line = yamlfile.line(item, items.line)
        name = item.get("name") if isinstance(item, dict) else None
        if isinstance(name, str) and name in seen:
            problems.append(Problem(where, f"duplicate run name {quoted(name)} (first used at line {seen[name]})", line))
            continue
        if isinstance(name, str):
            seen[name] = line
        run, found = _run(item, where, line)
        problems.extend(found)
        if run is not None:
            runs.append(run)
    return runs, problems


def _run(item, where: str, line: int) -> tuple[Run | None, list[Problem]]:
    if not isinstance(item, dict):
        return None, [Problem(where, "each run is a mapping with name, notebook, parameters, formats", line)]
    lines = item.lines
    name = item.get("name")
    label = f"run {quoted(name)}" if name else "run"
    problems = [Problem(where, f"{label}: unknown key {quoted(key)} (allowed: {', '.join(KEYS)})", lines.get(key))
                for key in item if key not in KEYS]
    problems += [Problem(where, f"{label}: missing {key!r}", line) for key in REQUIRED if not item.get(key)]
    if name is not None and not (isinstance(name, str) and NAME.match(name)):
        problems.append(Problem(where, f"{label}: name must be lower-case letters, digits and '-' "
                                       "(it becomes the folder reports/<name>/)", lines.get("name")))
    formats = item.get("formats", list(FORMATS))
    if not isinstance(formats, list) or not formats or any(f not in FORMATS for f in formats):
        problems.append(Problem(where, f"{label}: formats must be a list drawn from {', '.join(FORMATS)}, "
                                       f"got {quoted(formats)}", lines.get("formats")))
    elif "pdf" in formats and "html" not in formats:
        # The PDF is printed from the HTML, which is then kept as well.
        formats = ["html", *formats]
    parameters = item.get("parameters") or {}
    if not isinstance(parameters, dict):
        problems.append(Problem(where, f"{label}: parameters must be a mapping of name: value",
                                lines.get("parameters")))
        parameters = {}
    description = item.get("description") or ""
    if not isinstance(description, str):
        problems.append(Problem(where, f"{label}: description must be text", lines.get("description")))
    notebook = None
    if isinstance(item.get("notebook"), str):
        notebook = (paths.root() / item["notebook"]).resolve()
        if not notebook.is_file():
            problems.append(Problem(where, f"{label}: notebook {quoted(item['notebook'])} does not exist",
                                    lines.get("notebook")))
        else:
            try:
                declared, cell_problems = nbparams.read(notebook)
            except DetentioError as exc:  # not a notebook at all
                return None, problems + exc.problems
            problems += cell_problems
            problems += nbparams.validate(parameters, declared, shown(notebook), where,
                                          getattr(item.get("parameters"), "lines", {}), label)
            problems += _too_long(parameters, where, getattr(item.get("parameters"), "lines", {}), label)
    elif item.get("notebook") is not None:
        problems.append(Problem(where, f"{label}: notebook must be a path", lines.get("notebook")))
    if problems or notebook is None:
        return None, problems
    return Run(name, notebook, dict(parameters), tuple(formats), description, line), []


def _too_long(parameters: dict, where: str, lines: dict[str, int], label: str) -> list[Problem]:
    """A parameter is hashed, injected into the notebook and shown in the index and
    the report: one longer than ``MAX_PARAMETER_CHARS`` (as JSON) is refused."""
    problems = []
    for name, value in parameters.items():
        size = len(json.dumps(value, ensure_ascii=False, default=str))
        if size > limits.MAX_PARAMETER_CHARS:
            problems.append(Problem(where, f"{label}: parameter {name!r} is {size:,} characters long; at most "
                                           f"{limits.MAX_PARAMETER_CHARS:,} are allowed (put long text in a file "
                                           "and pass its path)", lines.get(name)))
    return problems


def load(path: Path | None = None) -> list[Run]:
    """The runs of ``runs.yml``; raise :class:`DetentioError` listing every problem."""
    runs, problems = read(path)
    if problems:
        raise DetentioError(problems)
    return runs


def check() -> list[Problem]:
    """``detentio check`` validator: runs.yml, and the parameters cell of every notebook.

    A workspace without runs.yml has nothing to build, which is not a problem;
    a notebook in ``notebooks/`` without a parameters cell is, because
    papermill would then inject parameters at the top, before the imports.
    """
    problems = read()[1] if paths.runs().exists() else []
    folder = paths.notebooks()
    for notebook in sorted(folder.glob("*.ipynb")) if folder.is_dir() else []:
        try:
            cell = nbparams.parameters_cell(nbparams.read_notebook(notebook))
            found = nbparams.read(notebook)[1] if cell else [
                Problem(shown(notebook), f"no code cell tagged {nbparams.TAG!r} (the typed parameters cell)")]
        except DetentioError as exc:
            found = exc.problems
        problems += [p for p in found if p not in problems]
    return problems
