"""A report table as CSV: the rows and columns it shows, plus where its quoted words come from.

:func:`detentio.report.table` puts the CSV into the page as a ``data:`` URI
link, so the report stays one offline file and the download needs no script;
the build attaches the same bytes to the PDF (:func:`attachments`).

A cell holds what the reader sees, as text: a quote's words without its note,
numbers without thousands separators, dates in ISO form, ``yes``/``no``; a
source the page shows by its appendix label ("A3", :func:`report.source_label`)
is given by its id, which means the same outside the report. A
column whose cells quote sources gains ``<column>_source``, ``<column>_start``
and ``<column>_end`` (several quotes in one cell are joined with ``; ``), so
every quoted value can be found again at its offsets.

>>> import pandas as pd
>>> csv_bytes(pd.DataFrame({"n": [1200]}))
b'n\\r\\n1200\\r\\n'
"""
from __future__ import annotations

import base64
import csv
import io
import numbers
import re
import unicodedata
from html import escape
from html.parser import HTMLParser

PREFIX = "data:text/csv;charset=utf-8;base64,"
SPAN_FIELDS = ("source", "start", "end")


class _CellReader(HTMLParser):
    """The visible text of a cell's HTML (notes left out) and the spans its quotes carry."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.spans: list[tuple[str, str, str]] = []
        self._skip = 0  # depth inside a note marker: its text is a citation, not the cell's value

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if self._skip:
            self._skip += tag == "span"
        elif tag == "span" and "detentio-fn" in classes:
            self._skip = 1
        elif tag == "q" and "source-quote" in classes:
            self.spans.append(tuple(attrs.get(f"data-{k}") or "" for k in SPAN_FIELDS))
        elif tag == "br":
            self.text.append(" ")

    def handle_endtag(self, tag):
        if self._skip and tag == "span":
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def read_cell(markup: str) -> tuple[str, list[tuple[str, str, str]]]:
    """``(text, [(source, start, end), ...])`` of a cell's HTML."""
    reader = _CellReader()
    reader.feed(markup)
    reader.close()
    return " ".join("".join(reader.text).split()), reader.spans


def plain(value) -> str | None:
    """What a cell shows for a value whatever the medium: "" for a missing one (None, NA, NaN, NaT), a
    date in ISO form, "yes"/"no"; None for a number or text, which the page and the CSV write apart."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return ""
    try:
        if value != value:  # NaN and NaT are the values not equal to themselves
            return ""
    except (TypeError, ValueError):
        pass
    if hasattr(value, "isoformat"):  # dates and timestamps
        if hasattr(value, "hour") and (value.hour, value.minute, value.second) == (0, 0, 0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, bool) or type(value).__name__ in ("bool_", "bool"):  # numpy 2 names its bool "bool"
        return "yes" if value else "no"
    return None


def cell_text(value) -> str:
    """A value as the CSV gives it (see the module docstring)."""
    if hasattr(value, "__html__"):
        return read_cell(str(value.__html__()))[0]
    shown = plain(value)
    if shown is not None:
        return shown
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real):
        value = float(value)
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def rows(frame) -> list[list[str]]:
    """The header and the rows of the CSV of ``frame`` (as :func:`detentio.report.table` shows it)."""
    columns = [str(c) for c in frame.columns]
    values = [list(row) for row in frame.itertuples(index=False, name=None)]
    spans: dict[int, list[list[tuple[str, str, str]]]] = {}
    for j in range(len(columns)):
        found = [read_cell(str(row[j].__html__()))[1] if hasattr(row[j], "__html__") else [] for row in values]
        if any(found):
            spans[j] = found
    header = list(columns)
    for j in spans:
        header += [f"{columns[j]}_{field}" for field in SPAN_FIELDS]
    body = []
    for i, row in enumerate(values):
        line = [cell_text(v) for v in row]
        for j, found in spans.items():
            line += ["; ".join(span[k] for span in found[i]) for k in range(len(SPAN_FIELDS))]
        body.append(line)
    return [header, *body]


def _encode(table: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(table)
    return buffer.getvalue().encode("utf-8")


def csv_bytes(frame) -> bytes:
    """The CSV (RFC 4180, UTF-8) of a table."""
    return _encode(rows(frame))


def filename(caption: str | None) -> str:
    """A file name from a caption: ``Table 1. Sources in this run`` -> ``table-1-sources-in-this-run.csv``."""
    plain = unicodedata.normalize("NFKD", caption or "").encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain.lower())
    stem = ""
    for word in words:
        if len(stem) + len(word) + 1 > 60:
            break
        stem = f"{stem}-{word}" if stem else word
    return f"{stem or 'table'}.csv"


def link(frame, caption_text: str | None) -> str:
    """The download line under a table: a ``data:`` URI link to its CSV."""
    table = rows(frame)
    name = filename(caption_text)
    href = PREFIX + base64.b64encode(_encode(table)).decode("ascii")
    shape = f"{len(table) - 1} rows, {len(table[0])} columns"
    return (f'<p class="table-download" data-file="{escape(name)}">'
            f'<a href="{href}" download="{escape(name)}" type="text/csv">Download this table as CSV '
            f'<span class="file-name">({escape(name)}, {shape})</span></a></p>')


def decode(href: str) -> bytes:
    """The bytes of a CSV ``data:`` URI made by :func:`link`."""
    if not href.startswith(PREFIX):
        raise ValueError(f"not a CSV data URI made by detentio: {href[:40]!r}")
    return base64.b64decode(href[len(PREFIX):], validate=True)


def attachments(soup) -> list[tuple[str, bytes]]:
    """``[(file name, CSV bytes)]`` of every table download in a finished page, names made unique.

    Two tables with the same caption would download under one name; the second
    becomes ``name-2.csv`` here, and the page's link and print line say so.
    """
    found, taken = [], set()
    for line in soup.select("p.table-download"):
        anchor = line.find("a", href=True)
        if anchor is None or not anchor["href"].startswith(PREFIX):
            continue
        name = anchor.get("download") or "table.csv"
        stem, n = name[:-4] if name.endswith(".csv") else name, 1
        while name in taken:
            n += 1
            name = f"{stem}-{n}.csv"
        taken.add(name)
        if name != anchor.get("download"):
            anchor["download"] = line["data-file"] = name
            shown = anchor.find("span", class_="file-name")
            if shown is not None:
                shown.string = re.sub(r"^\([^,]*", f"({name}", shown.get_text())
        found.append((name, decode(anchor["href"])))
    return found
