"""How to cite a report itself: the "Cite this report" section that ends every report.

One suggested citation in three forms, each naming the report's title, its
run, the run's parameters, the build date and the workspace commit:

- OSCOLA (an institutional report: title in italics, the details in brackets);
- BibTeX (``@techreport``), for LaTeX;
- CSL-JSON (``type: report``), which Zotero and other reference managers import.

The BibTeX and CSL-JSON are shown as text and offered as ``data:`` URI
downloads, so the report stays one offline file without scripts.

>>> oscola(record, "Survey of the corpus").text   # record: the run's provenance record
'detentio workspace, Survey of the corpus (detentio report survey-2025; parameters: since "2025-01-01";
 workspace commit fc256a7e0b1c; built 2 December 2025)'
"""
from __future__ import annotations

import base64
import datetime as dt
import html as htmllib
import json
import re
from dataclasses import dataclass

from detentio.publish.archive import commit_text

PUBLISHER = "detentio workspace"
SERIES = "detentio report"


@dataclass(frozen=True)
class Suggested:
    """A citation as plain text and as HTML (title in ``<i>``, everything else escaped)."""

    text: str
    html: str


def built_date(record: dict) -> dt.date:
    return dt.datetime.fromisoformat(record["built"].replace("Z", "+00:00")).date()


def parameters_text(record: dict) -> str:
    """``since "2025-01-01", count 2`` (JSON values, so that text and numbers differ), or ``defaults``."""
    given = record.get("parameters") or {}
    if not given:
        return "the notebook's defaults"
    return ", ".join(f"{name} {json.dumps(value, ensure_ascii=False)}" for name, value in given.items())


def _details(record: dict) -> str:
    day = built_date(record)
    # 12 hex digits name a commit unambiguously in a workspace of this size; BibTeX keeps all 40.
    return (f"{SERIES} {record['run']}; parameters: {parameters_text(record)}; "
            f"workspace commit {commit_text(record, 12)}; built {day.day} {day:%B %Y}")


def oscola(record: dict, title: str) -> Suggested:
    """``detentio workspace, *Title* (detentio report RUN; parameters: ...; workspace commit ...; built 2 December 2025)``."""
    details = _details(record)
    return Suggested(f"{PUBLISHER}, {title} ({details})",
                     f"{htmllib.escape(PUBLISHER)}, <i>{htmllib.escape(title)}</i> ({htmllib.escape(details)})")


def key(record: dict) -> str:
    """A citation key: ``detentio-survey-2025-2026-12-02``."""
    return re.sub(r"[^A-Za-z0-9_:-]+", "-", f"detentio-{record['run']}-{built_date(record).isoformat()}")


_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
                   "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def _bib(value: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(ch, ch) for ch in value)


def bibtex(record: dict, title: str) -> str:
    """A ``@techreport`` entry."""
    day = built_date(record)
    note = (f"Parameters: {parameters_text(record)}. Workspace commit {commit_text(record)}, "
            f"detentio {record.get('detentio') or 'version unknown'}. Built {record['built']}.")
    fields = [("title", "{" + _bib(title) + "}"), ("author", "{" + _bib(PUBLISHER) + "}"),
              ("institution", _bib(PUBLISHER)), ("type", _bib(SERIES)), ("number", _bib(record["run"])),
              ("year", str(day.year)), ("month", day.strftime("%b").lower()), ("date", day.isoformat()),
              ("version", _bib((record.get("git") or {}).get("commit") or "none")), ("note", _bib(note))]
    body = ",\n".join(f"  {name} = {value if name == 'month' else '{' + value + '}'}" for name, value in fields)
    return f"@techreport{{{key(record)},\n{body}\n}}\n"


def csl_json(record: dict, title: str) -> list[dict]:
    """One CSL-JSON item (a list, as reference managers import it)."""
    day = built_date(record)
    return [{
        "id": key(record), "type": "report", "title": title,
        "author": [{"literal": PUBLISHER}], "publisher": PUBLISHER,
        "genre": SERIES, "number": record["run"],
        "issued": {"date-parts": [[day.year, day.month, day.day]]},
        "version": (record.get("git") or {}).get("commit") or "none",
        "note": f"Parameters: {parameters_text(record)}. Workspace commit {commit_text(record)}. "
                f"Built {record['built']}.",
    }]


def _download(text: str, mime: str, name: str, label: str) -> str:
    href = f"data:{mime};charset=utf-8;base64," + base64.b64encode(text.encode("utf-8")).decode("ascii")
    esc = htmllib.escape
    return f'<p class="cite-download"><a href="{href}" download="{esc(name)}">{esc(label)} ({esc(name)})</a></p>'


def section(record: dict, title: str) -> str:
    """The "Cite this report" section."""
    esc = htmllib.escape
    bib = bibtex(record, title)
    csl = json.dumps(csl_json(record, title), indent=1, ensure_ascii=False) + "\n"
    return ('<section class="cite-report" id="cite-this-report"><h2>Cite this report</h2>'
            "<p>Suggested citation (OSCOLA):</p>"
            f'<p class="suggested-citation">{oscola(record, title).html}</p>'
            "<h3>BibTeX</h3>"
            f'<pre class="bibtex">{esc(bib)}</pre>'
            + _download(bib, "application/x-bibtex", f"{key(record)}.bib", "Download the BibTeX entry")
            + "<h3>CSL-JSON (Zotero and other reference managers)</h3>"
            f'<pre class="csl-json">{esc(csl)}</pre>'
            + _download(csl, "application/vnd.citationstyles.csl+json", f"{key(record)}.json",
                        "Download the CSL-JSON item")
            + "</section>")
