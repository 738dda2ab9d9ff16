"""Every legal proposition names its basis: ``detentio check`` refuses one that does not.

A statement of law in the data names the provisions it rests on: a provision's
summary and obligation its own article (and the others listed in ``basis`` or
``exceptions``), a codebook scope its code's ``provisions``, a proposition of
``data/readings.yml`` its ``basis``. This validator reads every article and
rule such a text names ("GC III art 119(5)", "arts 87 and 99", "rule 128")
and refuses one that its basis does not hold, so that a text citing art 133
while its code cites only art 132 is caught. Notebook markdown may not state
the law at all: a notebook shows a proposition with its notes through
:func:`detentio.publish.notes.proposition`.

>>> from detentio import basis
>>> basis.references("GC III art 118, save under art 119(5); customary rule 128")
[('gc3', 118), ('gc3', 119), ('ihl', 128)]

The reference grammar is written here by hand: no library parses treaty
pinpoints. Only article and rule numbers are compared (paragraphs are not),
which is what catches a statement resting on the wrong article.
"""
from __future__ import annotations

import json
import re

from detentio.core import paths
from detentio.core.problems import DetentioError, Problem, shown
from detentio.law import data as lawdata

# Names that refer to an instrument in running text, beyond each instrument's `short`.
ALIASES = {"CIHL": "ihl", "Geneva Convention III": "gc3", "Geneva Convention IV": "gc4"}
_ITEM = re.compile(r"(\d+)[A-Z]?(?:\([0-9a-z]+\))*(?:\s*(?:-|–|to)\s*(\d+))?")
_LIST = r"\d+[A-Z]?(?:\([0-9a-z]+\))*(?:\s*(?:-|–|to)\s*\d+)?(?:\s*(?:,|and)\s*\d+[A-Z]?(?:\([0-9a-z]+\))*(?:\s*(?:-|–|to)\s*\d+)?)*"


def _names(instruments: list[dict]) -> dict[str, str]:
    names = {inst["short"]: inst["id"] for inst in instruments if re.fullmatch(r"[\w ]+", inst["short"])}
    return {**names, **ALIASES}


def _pattern(names: dict[str, str]) -> re.Pattern:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?P<inst>\b(?:{alternatives})\b)|(?P<art>\barts?\.?\s+{_LIST})"
                      rf"|(?P<rule>\b(?:rules?|rr?)\s+{_LIST})", re.IGNORECASE)


def _numbers(listed: str) -> list[int]:
    out = []
    for match in _ITEM.finditer(listed):
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        out.extend(range(first, last + 1) if 0 <= last - first <= 200 else [first])
    return out


def references(text: str, default: str | None = None, instruments: list[dict] | None = None):
    """``[(instrument id or None, article or rule number)]`` named in ``text``, in order.

    A bare "art N" belongs to the instrument named last before it (else
    ``default``); "rule N" to the customary law study.
    """
    instruments = instruments if instruments is not None else lawdata.read_instruments()
    names = _names(instruments)
    lookup = {n.lower(): i for n, i in names.items()}
    current, found = default, []
    for match in _pattern(names).finditer(text):
        if match.group("inst"):
            current = lookup[match.group("inst").lower()]
        elif match.group("rule"):
            listed = re.sub(r"^\w+\s+", "", match.group("rule"))
            found += [("ihl", n) for n in _numbers(listed)]
        else:
            listed = re.sub(r"^\w+\.?\s+", "", match.group("art"))
            found += [(current if current != "ihl" else None, n) for n in _numbers(listed)]
    return found


def _articles(pinpoint: str | None) -> set[int]:
    """The article or rule numbers a provision's pinpoint covers ("arts 99-108" -> 99..108)."""
    if not pinpoint or not re.match(r"(arts?|rr?)\b", pinpoint):
        return set()
    return set(_numbers(pinpoint.split(None, 1)[1]))


def covered(ref: tuple[str | None, int], basis: list[str], instruments: list[dict]) -> bool:
    """Whether a reference is held by one of the ``basis`` ids (an instrument holds all its articles)."""
    inst_id, number = ref
    index = lawdata.provision_index(instruments)
    for bid in basis:
        if bid == inst_id:
            return True
        if bid in index:
            inst, prov = index[bid]
            if inst["id"] == inst_id and number in _articles(prov.get("pinpoint")):
                return True
    return False


def unfounded(text: str, basis: list[str], instruments: list[dict], default: str | None = None) -> list[str]:
    """The references of ``text`` its basis does not hold, as shown to a reader ("GC IV art 133")."""
    shorts = {inst["id"]: inst["short"] for inst in instruments}
    missing = []
    for inst_id, number in references(text, default, instruments):
        if inst_id is None:
            missing.append(f"art {number} (of which instrument?)")
        elif not covered((inst_id, number), basis, instruments):
            missing.append(f"{shorts.get(inst_id, inst_id)} {'r' if inst_id == 'ihl' else 'art'} {number}")
    return list(dict.fromkeys(missing))


def _problem(name, line, what, missing) -> Problem:
    return Problem(name, f"{what} names {', '.join(missing)} without it in its basis", line)


def _instrument_problems(instruments: list[dict], name: str) -> list[Problem]:
    problems = []
    for inst in instruments:
        for prov in inst.get("provisions") or []:
            basis = [prov["id"], *(prov.get("basis") or []), *(prov.get("exceptions") or [])]
            text = f"{prov['summary']} {prov['obligation']}"
            missing = unfounded(text, basis, instruments, default=inst["id"])
            if missing:
                problems.append(_problem(name, lawdata._line(prov), f"provision {prov['id']!r}: its summary",
                                         missing))
    return problems


def _codebook_problems(book: dict, instruments: list[dict], name: str) -> list[Problem]:
    problems = []
    for code, entry in (book.get("codes") or {}).items():
        if not isinstance(entry, dict):
            continue
        provisions = [str(p) for p in entry.get("provisions") or []]
        if entry.get("kind") == "label" and not provisions:
            problems.append(Problem(name, f"code {code!r}: its scope and regime state the law without a basis "
                                          "(list the provisions they rest on)", lawdata._line(entry)))
            continue
        text = f"{entry.get('regime') or ''}. {entry.get('scope') or ''}"
        missing = unfounded(text, provisions, instruments)
        if missing:
            problems.append(_problem(name, lawdata._line(entry), f"code {code!r}: its regime or scope", missing))
    return problems


def _reading_problems(data: dict, instruments: list[dict], name: str) -> list[Problem]:
    problems = []
    for item in data.get("propositions") or []:
        if isinstance(item, dict) and item.get("basis") and isinstance(item.get("statement"), str):
            missing = unfounded(item["statement"], [str(b) for b in item["basis"]], instruments)
            if missing:
                problems.append(_problem(name, lawdata._line(item), f"proposition {item.get('id')!r}", missing))
    return problems


def _notebook_problems(instruments: list[dict]) -> list[Problem]:
    """Notebook markdown states no law: the law comes from the data, with its notes."""
    problems = []
    for notebook in sorted(paths.notebooks().glob("*.ipynb")):
        try:
            cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
        except (OSError, ValueError, AttributeError):
            continue  # the runs check reports a notebook it cannot read
        if not isinstance(cells, list):
            continue  # a notebook of the wrong shape: the runs check reports it
        for number, cell in enumerate(cells, 1):
            if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
                continue
            source = cell.get("source", "")
            text = "".join(source) if isinstance(source, list) else str(source)
            found = references(text, None, instruments)
            if found:
                problems.append(Problem(shown(notebook), f"markdown cell {number} cites an article or rule in "
                                                         "prose; show the law with detentio.notes.proposition "
                                                         "so that it carries its basis"))
    return problems


def check() -> list[Problem]:
    """Validator: every statement of law in the data names the provisions it rests on."""
    try:
        instruments = lawdata.read_instruments()
    except DetentioError:
        return []  # reported by the instruments check
    problems = _instrument_problems(instruments, shown(paths.instruments()))
    for file, collect in ((paths.codebook(), _codebook_problems), (paths.data() / "readings.yml", _reading_problems)):
        if not file.exists():
            continue
        try:
            data = lawdata.read_yaml(file)
        except DetentioError:
            continue  # the file's own check reports it
        if isinstance(data, dict):
            problems += collect(data, instruments, shown(file))
    return problems + _notebook_problems(instruments)
