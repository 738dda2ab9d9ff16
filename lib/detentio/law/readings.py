"""The law in the workspace's own voice, and the points the parties read differently.

``data/readings.yml`` holds *propositions* (statements of law, each with the
provisions it rests on) and *questions* (contested points: the law that
bears on them, then every party's reading with who holds it and its sources).
A report states the law and attributes the rest; it never adopts a reading.

>>> from detentio import readings
>>> readings.proposition("hostage-elements")["basis"]
['hostages-1', 'tri-2020-8']
>>> [r["id"] for r in readings.question("para8-scope")["readings"]]
['para8-armenia', 'para8-azerbaijan', 'para8-russia']

Plain Python (no pandas), so ``detentio check`` runs :func:`check` quickly;
:mod:`detentio.publish.notes` renders a proposition or a question for a report.
"""
from __future__ import annotations

from pathlib import Path

from detentio.core import cache, paths
from detentio.core.problems import DetentioError, Problem, shown
from detentio.corpus.sources import iter_sources
from detentio.law import data as lawdata

PROPOSITION_FIELDS = ("id", "statement", "basis")
QUESTION_FIELDS = ("id", "question", "law", "readings")
READING_FIELDS = ("id", "holders", "reading", "sources", "quotes")
MIN_READINGS = 2  # a contested point has at least two sides


def path() -> Path:
    return paths.data() / "readings.yml"


def _texts(items, name, line, label, problems) -> list[str]:
    if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
        problems.append(Problem(name, f"{label} must be a non-empty list of texts", line))
        return []
    return items


def _fields(item, allowed, required, label, name, line, problems) -> bool:
    if not isinstance(item, dict):
        problems.append(Problem(name, f"{label} is not a mapping", line))
        return False
    problems.extend(Problem(name, f"{label}: unknown field {key!r} (allowed: {', '.join(allowed)})", line)
                    for key in item if key not in allowed)
    problems.extend(Problem(name, f"{label}: missing required field {key!r}", line)
                    for key in required if item.get(key) in (None, "", []))
    return True


def _unique(item, seen, label, name, line, problems) -> str | None:
    rid = item.get("id")
    if not isinstance(rid, str) or not lawdata.ID_PATTERN.match(rid):
        problems.append(Problem(name, f"{label}: id must be lower-case letters, digits and '-'", line))
        return None
    if rid in seen:
        problems.append(Problem(name, f"duplicate id {rid!r} (first on line {seen[rid]})", line))
    seen.setdefault(rid, line)
    return rid


def _check_proposition(item, number, name, law_ids, seen, problems) -> None:
    line = lawdata._line(item)
    label = f"proposition {item.get('id') or number!r}" if isinstance(item, dict) else f"proposition {number}"
    if not _fields(item, PROPOSITION_FIELDS, PROPOSITION_FIELDS[:2], label, name, line, problems):
        return
    _unique(item, seen, label, name, line, problems)
    basis = item.get("basis")
    if not basis:
        problems.append(Problem(name, f"{label}: states the law without a basis (give the provisions "
                                      "or cases it rests on)", line))
        return
    for ref in _texts(basis, name, line, f"{label}: basis", problems):
        if ref not in law_ids:
            problems.append(Problem(name, f"{label}: basis {ref!r} is not an instrument or provision id "
                                          f"in {shown(paths.instruments())}", line))


def _check_reading(item, qlabel, number, name, corpus, law_ids, seen, problems) -> None:
    line = lawdata._line(item)
    label = f"{qlabel}, reading {item.get('id') or number!r}" if isinstance(item, dict) else f"{qlabel}, reading {number}"
    if not _fields(item, READING_FIELDS, READING_FIELDS[:4], label, name, line, problems):
        return
    _unique(item, seen, label, name, line, problems)
    _texts(item.get("holders"), name, line, f"{label}: holders (who holds it)", problems)
    for part in _texts(item.get("sources"), name, line, f"{label}: sources", problems):
        problems.extend(lawdata._check_source(part, name, line, set(corpus), law_ids))
    for quote in item.get("quotes") or []:
        source, words = (quote.get("source"), quote.get("words")) if isinstance(quote, dict) else (None, None)
        if source not in corpus or not isinstance(words, str) or not words:
            problems.append(Problem(name, f"{label}: a quote needs a corpus 'source' and its 'words'", line))
        elif words not in corpus[source]:
            problems.append(Problem(name, f"{label}: the words {words[:40]!r} are not in source {source}", line))


def validate(data, name: str, corpus: dict[str, str], law_ids: set[str]) -> list[Problem]:
    """Every problem in parsed ``readings.yml`` data; ``corpus`` maps source ids to bodies."""
    if not isinstance(data, dict) or set(data) != {"propositions", "questions"}:
        return [Problem(name, "expected two top-level keys, 'propositions' and 'questions'", lawdata._line(data, 1))]
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for number, item in enumerate(data["propositions"] or [], 1):
        _check_proposition(item, number, name, law_ids, seen, problems)
    propositions = {p.get("id") for p in data["propositions"] or [] if isinstance(p, dict)}
    for number, item in enumerate(data["questions"] or [], 1):
        line = lawdata._line(item)
        label = f"question {item.get('id') or number!r}" if isinstance(item, dict) else f"question {number}"
        if not _fields(item, QUESTION_FIELDS, QUESTION_FIELDS, label, name, line, problems):
            continue
        _unique(item, seen, label, name, line, problems)
        for pid in _texts(item.get("law"), name, line, f"{label}: law", problems):
            if pid not in propositions:
                problems.append(Problem(name, f"{label}: law {pid!r} is not a proposition id", line))
        sides = item.get("readings") or []
        if not isinstance(sides, list) or len(sides) < MIN_READINGS:
            problems.append(Problem(name, f"{label}: a contested point needs at least {MIN_READINGS} readings, "
                                          "each with who holds it", line))
            continue
        for rnum, reading in enumerate(sides, 1):
            _check_reading(reading, label, rnum, name, corpus, law_ids, seen, problems)
    return problems


def _corpus() -> dict[str, str]:
    return {source.id: source.body for source in iter_sources(None, [])}


def check() -> list[Problem]:
    """Validator: ``data/readings.yml`` (schema, bases, sources, quotes); nothing when there is none."""
    file = path()
    if not file.exists():
        return []
    try:
        data = lawdata.read_yaml(file)
    except DetentioError as exc:
        return exc.problems
    return validate(data, shown(file), _corpus(), lawdata._law_ids())


@cache.on_files(path, paths.instruments)
def _read() -> dict:
    file = path()
    data = lawdata.read_yaml(file)
    problems = validate(data, shown(file), _corpus(), lawdata._law_ids())
    if problems:
        raise DetentioError(problems)
    return data


def read() -> dict:
    """The parsed file (``{"propositions": [...], "questions": [...]}``); raise listing every problem.

    Kept until ``data/readings.yml`` or ``data/instruments.yml`` changes.
    """
    file = path()
    if not file.exists():
        raise DetentioError(Problem(shown(file), "file is missing"))
    return _read()


def proposition(pid: str) -> dict:
    """One proposition: ``{"id", "statement", "basis"}``."""
    for item in read()["propositions"]:
        if item["id"] == pid:
            return item
    raise KeyError(f"no proposition {pid!r} in {shown(path())}")


def question(qid: str) -> dict:
    """One question: ``{"id", "question", "law", "readings"}``."""
    for item in read()["questions"]:
        if item["id"] == qid:
            return item
    raise KeyError(f"no question {qid!r} in {shown(path())}")
