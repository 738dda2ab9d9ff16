"""A notebook's typed parameters cell, and run parameters checked against it.

The first code cell tagged ``parameters`` declares one parameter per line::

    since: str = "2020-11-09"  # first publication date included
    limit: int = 50            # at most this many rows per table

papermill only warns about unknown names and never checks types (``-p x
0042`` even passes the int 42), so the build checks every run's parameters
here, before any kernel starts. The notebook is read as plain JSON and the
cell with :mod:`ast`, which keeps ``detentio check`` free of nbformat and
jsonschema.
"""
from __future__ import annotations

import ast
import io
import json
import tokenize
from dataclasses import dataclass
from pathlib import Path

from detentio.core.limits import quoted
from detentio.core.problems import DetentioError, Problem, shown

TAG = "parameters"
SCALARS = {"str": str, "int": int, "float": float, "bool": bool}
LINE_FORM = "name: type = value  # what it means"


@dataclass(frozen=True)
class Parameter:
    """One declared parameter: ``name: type = default  # comment``."""

    name: str
    type: str        # "str", "int", "float", "bool", "list" or "list[str]" etc.
    default: object
    comment: str
    line: int        # 1-based line inside the parameters cell


def read_notebook(path: str | Path) -> dict:
    """The notebook as a plain dict (no nbformat validation: that import costs seconds)."""
    path = Path(path)
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DetentioError(Problem(shown(path), "notebook does not exist")) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DetentioError(Problem(shown(path), f"not a notebook (invalid JSON: {exc})")) from None
    except RecursionError:
        raise DetentioError(Problem(shown(path), "not a notebook (JSON nested too deeply)")) from None
    wrong = _shape_problem(notebook)
    if wrong:
        raise DetentioError(Problem(shown(path), f"not a notebook: {wrong}"))
    return notebook


def _shape_problem(notebook) -> str | None:
    """What keeps valid JSON from being a notebook this module can read, or None.

    Only what is read here is checked (cells, their type, tags and source);
    nbformat validates the rest when the build runs the notebook.
    """
    if not isinstance(notebook, dict):
        return f"expected a JSON object, found a {type(notebook).__name__}"
    cells = notebook.get("cells")
    if not isinstance(cells, list):
        return "expected a 'cells' list"
    for number, cell in enumerate(cells, 1):
        if not isinstance(cell, dict):
            return f"cell {number} is not a JSON object"
        metadata = cell.get("metadata", {})
        tags = metadata.get("tags", []) if isinstance(metadata, dict) else None
        if not isinstance(tags, list):
            return f"cell {number}: metadata and its 'tags' must be an object and a list"
        source = cell.get("source", "")
        if not (isinstance(source, str) or isinstance(source, list) and all(isinstance(s, str) for s in source)):
            return f"cell {number}: 'source' must be text or a list of lines"
    return None


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def parameters_cell(notebook: dict) -> tuple[int, str] | None:
    """``(cell index, source)`` of the first code cell tagged ``parameters``, or None."""
    for index, cell in enumerate(notebook.get("cells", [])):
        if cell.get("cell_type") == "code" and TAG in cell.get("metadata", {}).get("tags", []):
            return index, _source(cell)
    return None


def _type_name(node: ast.expr) -> str | None:
    """``str``/``int``/``float``/``bool``/``list``/``list[X]`` from an annotation, else None."""
    if isinstance(node, ast.Name) and node.id in (*SCALARS, "list"):
        return node.id
    if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "list"
            and isinstance(node.slice, ast.Name) and node.slice.id in SCALARS):
        return f"list[{node.slice.id}]"
    return None


def _comments(source: str) -> dict[int, str]:
    """``{line: comment text}``; tokenize, so a '#' inside a string is not a comment."""
    found = {}
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT:
                found[token.start[0]] = token.string.lstrip("#").strip()
    except (tokenize.TokenError, IndentationError):
        pass  # ast.parse has already reported the syntax error
    return found


def parse(source: str, where: str) -> tuple[dict[str, Parameter], list[Problem]]:
    """Declared parameters of a parameters cell, and every line that breaks the form.

    ``where`` names the notebook in problems. Each statement must be an
    annotated assignment with a supported type, a literal default of that
    type and a comment saying what the parameter means.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        return {}, [Problem(where, f"parameters cell line {exc.lineno}: not valid Python ({exc.msg})")]
    comments = _comments(source)
    declared: dict[str, Parameter] = {}
    problems: list[Problem] = []
    for node in tree.body:
        line = node.lineno
        at = f"parameters cell line {line}"
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value):
            problems.append(Problem(where, f"{at}: expected '{LINE_FORM}', found "
                                           f"{ast.get_source_segment(source, node)!r}"))
            continue
        name = node.target.id
        kind = _type_name(node.annotation)
        if kind is None:
            problems.append(Problem(where, f"{at}: parameter {name!r} has type "
                                           f"{ast.unparse(node.annotation)!r}; use str, int, float, bool "
                                           "or list"))
            continue
        try:
            default = ast.literal_eval(node.value)
        except ValueError:
            problems.append(Problem(where, f"{at}: default of {name!r} must be a literal value, "
                                           f"not {ast.unparse(node.value)!r}"))
            continue
        comment = next((comments[n] for n in range(line, (node.end_lineno or line) + 1) if n in comments), "")
        if not comment:
            problems.append(Problem(where, f"{at}: parameter {name!r} needs a comment saying what it "
                                           f"means ('{LINE_FORM}')"))
        text = source.splitlines()[line - 1]
        if text.count("=") > 1:
            # papermill reads the cell line by line and gives up on a second '=' (even in the comment).
            problems.append(Problem(where, f"{at}: only one '=' per parameter line, so that papermill can "
                                           f"read it (reword the comment): {text.strip()!r}"))
        wrong = mismatch(kind, default)
        if wrong:
            problems.append(Problem(where, f"{at}: default of {name!r} {wrong}"))
        if name in declared:
            problems.append(Problem(where, f"{at}: parameter {name!r} is declared twice"))
        declared[name] = Parameter(name, kind, default, comment, line)
    return declared, problems


def type_of(value) -> str:
    """The name a person would use for a YAML/Python value's type."""
    if value is None:
        return "null"
    return type(value).__name__


def mismatch(kind: str, value) -> str | None:
    """Why ``value`` is not of declared type ``kind`` (a phrase), or None when it is."""
    if kind.startswith("list"):
        if not isinstance(value, list):
            return f"expects {kind}, got {type_of(value)} {quoted(value)}"
        inner = kind[5:-1] if "[" in kind else None
        for index, item in enumerate(value if inner else []):
            if mismatch(inner, item):
                return f"expects {kind}, got {type_of(item)} {quoted(item)} at position {index}"
        return None
    ok = {
        "str": isinstance(value, str),
        # bool is an int subclass in Python, but `true` for a count is a mistake.
        "int": isinstance(value, int) and not isinstance(value, bool),
        "float": isinstance(value, (int, float)) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
    }[kind]
    if ok:
        return None
    hint = " (quote it to pass text)" if kind == "str" and isinstance(value, (int, float, bool)) else ""
    return f"expects {kind}, got {type_of(value)} {quoted(value)}{hint}"


def declared(notebook_path: str | Path) -> dict[str, Parameter]:
    """The notebook's declared parameters; raise :class:`DetentioError` when the cell is malformed.

    A notebook without a parameters cell declares nothing (and so accepts no
    parameters).
    """
    found, problems = read(notebook_path)
    if problems:
        raise DetentioError(problems)
    return found


def read(notebook_path: str | Path) -> tuple[dict[str, Parameter], list[Problem]]:
    """The declared parameters and the problems of the parameters cell (for ``check``)."""
    notebook = read_notebook(notebook_path)
    cell = parameters_cell(notebook)
    if cell is None:
        return {}, []
    return parse(cell[1], shown(notebook_path))


def validate(given: dict, params: dict[str, Parameter], notebook: str, where: str,
             lines: dict[str, int] | None = None, context: str = "") -> list[Problem]:
    """Problems with ``given`` values against the declared ``params``.

    ``where`` is the file the values come from (runs.yml), ``context`` names
    the run, ``lines`` maps each given name to its line in ``where``.
    """
    lines = lines or {}
    problems = []
    lead = f"{context}: " if context else ""
    for name, value in given.items():
        if name not in params:
            known = ", ".join(params) or "none"
            problems.append(Problem(where, f"{lead}unknown parameter {quoted(name)} ({notebook} declares: {known})",
                                    lines.get(name)))
            continue
        wrong = mismatch(params[name].type, value)
        if wrong:
            problems.append(Problem(where, f"{lead}parameter {name!r} {wrong} (declared in {notebook} as "
                                           f"'{name}: {params[name].type}')", lines.get(name)))
    return problems


def path(value: str):
    """A file or folder parameter as a notebook uses it: None when empty, else a ``Path``.

    Relative values are relative to the workspace root, not to the kernel's
    working folder (JupyterLab and the build start kernels in ``notebooks/``),
    so ``sources: str = "tests/fixtures/sources"`` means the same everywhere.
    """
    from detentio.core import paths

    if not value or not str(value).strip():
        return None
    given = Path(str(value).strip()).expanduser()
    return given if given.is_absolute() else paths.root() / given


class ParameterTypeError(TypeError):
    """A notebook parameter whose value is not of its declared type."""


def _declared_name(annotation) -> str:
    """``str`` -> "str", ``list[str]`` -> "list[str]" (an annotation as written in the cell)."""
    if isinstance(annotation, str):
        return annotation
    if isinstance(annotation, type):
        return annotation.__name__
    return str(annotation).replace("typing.", "")


def check(namespace: dict) -> None:
    """Stop a notebook whose parameters do not match its typed parameters cell.

    Call it in the cell after the parameters cell: ``params.check(globals())``.
    ``detentio build`` checks runs before any kernel starts, but papermill run
    by hand injects values untyped (``-p sources 0042`` passes the int 42) and
    never checks them; the annotations of the typed cell are still in the
    kernel's namespace, so the values can be checked against them here, before
    any analysis runs.
    """
    problems = []
    for name, annotation in namespace.get("__annotations__", {}).items():
        kind = _declared_name(annotation)
        if name not in namespace or not (kind in SCALARS or kind.startswith("list")):
            continue
        wrong = mismatch(kind, namespace[name])
        if wrong:
            wrong = wrong.replace(" (quote it to pass text)", "")
            hint = " (with papermill, pass text with -r NAME VALUE: -p guesses types)" \
                if kind == "str" else ""
            problems.append(f"parameter {name!r} {wrong} (declared as '{name}: {kind}'){hint}")
    if problems:
        raise ParameterTypeError("; ".join(problems))
