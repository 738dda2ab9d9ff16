"""OSCOLA in a built report: each work cited in full once, then in short; tables at the end.

The notes of a report carry their citations as ``span.cite`` elements
(:attr:`detentio.law.cite.Citation.note_html`), each naming the work it cites, its
short form, its pinpoint and its table entry. Once :mod:`detentio.publish.render` has
numbered the notes, :func:`shorten` rewrites every later citation of a work
as OSCOLA does:

- the immediately preceding note cites the same work alone: ``ibid`` and the
  pinpoint ("ibid para 3, sentence 5");
- otherwise: the short form, a cross-reference to the note with the full
  citation and the pinpoint ("*TASS* (n 3) para 4, sentence 5",
  "GC III (n 2) art 118", "*Hassan* (n 40) paras 104-105").

A long report (:data:`LONG_REPORT_NOTES` notes or more) then ends with a table
of treaties and other instruments, a table of cases and a bibliography
(:func:`tables`), each entry with the notes that cite it.
"""
from __future__ import annotations

import html as htmllib

LONG_REPORT_NOTES = 20
TABLES = (("instrument", "Table of treaties and other instruments"), ("case", "Table of cases"),
          ("secondary", "Bibliography"))
_DATA = ("data-short", "data-pin", "data-entry", "data-kind")


def _cites(note) -> list:
    """The outermost ``span.cite`` elements of one note, in order."""
    return [span for span in note.select("span.cite") if span.find_parent("span", class_="cite") is None]


def _replace(span, markup: str) -> None:
    from bs4 import BeautifulSoup

    span.clear()
    for node in list(BeautifulSoup(markup, "html.parser").contents):
        span.append(node)
    span["class"] = span.get("class", []) + ["cite-short"]


def shorten(notes: list) -> dict[str, dict]:
    """Rewrite the later citations of each work in ``notes`` (the numbered note elements, in order).

    Returns
    -------
    dict
        ``{work: {"kind", "entry", "notes"}}`` for every work cited, in order of
        first citation: its table kind, its entry (HTML) and the note numbers
        that cite it, for :func:`tables`.
    """
    first: dict[str, int] = {}
    cited: dict[str, dict] = {}
    previous: list[str] = []
    for number, note in enumerate(notes, 1):
        spans = _cites(note)
        works = [span.get("data-work") for span in spans]
        for position, span in enumerate(spans):
            work, pin = works[position], span.get("data-pin") or ""
            record = cited.setdefault(work, {"kind": span.get("data-kind") or "secondary",
                                             "entry": span.get("data-entry") or span.decode_contents(),
                                             "notes": []})
            if number not in record["notes"]:
                record["notes"].append(number)
            if work not in first:
                first[work] = number
            elif len(spans) == 1 and previous == [work]:
                _replace(span, "ibid" + (f" {htmllib.escape(pin, quote=False)}" if pin else ""))
            else:
                cross = "" if first[work] == number else f" (n {first[work]})"
                _replace(span, (span.get("data-short") or span.decode_contents()) + cross
                         + (f" {htmllib.escape(pin, quote=False)}" if pin else ""))
            for name in _DATA:  # read once; the published page does not need them
                span.attrs.pop(name, None)
        previous = works
    return cited


def _sort_key(entry: str) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(entry, "html.parser").get_text().lstrip("'‘\"“ ").lower()


def tables(cited: dict[str, dict]) -> str:
    """The tables of a long report: treaties and other instruments, cases, bibliography (alphabetical)."""
    sections = []
    for kind, heading in TABLES:
        rows = sorted((r for r in cited.values() if r["kind"] == kind), key=lambda r: _sort_key(r["entry"]))
        if not rows:
            continue
        items = "".join(
            f'<li>{r["entry"]} <span class="cited-in">({"nn" if len(r["notes"]) > 1 else "n"} '
            + ", ".join(f'<a href="#fn-{n}">{n}</a>' for n in r["notes"]) + ")</span></li>" for r in rows)
        sections.append(f'<h3>{heading}</h3><ul class="oscola-table">{items}</ul>')
    if not sections:
        return ""
    return ('<section class="oscola-tables" id="tables"><h2>Tables and bibliography</h2>'
            + "".join(sections) + "</section>")
