"""The table shapes: counts in the rows of plain-text tables, in the cells of Markdown tables and in the
columns of plain-text tables aligned with spaces.

A row's label (or the column's header) says what is counted, and where it says only what happened
("Held", "Returned"), the table's heading names the people. Split from :mod:`.shapes`, which lists them in
``SHAPES`` with the others.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from detentio.core.calendar import MONTH as _MONTH
from detentio.framing.claims.numbers import value_of

if TYPE_CHECKING:  # the shapes' argument; tables only read its fields
    from detentio.framing.claims.shapes import Number

# A plain-text table row: a label, dot leaders (or a run of spaces, a tab, a bar), the number ending the line.
_LEADERS = re.compile(r"(?:\s*(?:\.{2,}|…+|_{2,}|\|)\s*|\t+\s*| {3,})$")


_HEAD_WORDS = 3  # "Armenian prisoners of war held ...": the counted noun among a row label's first words


def table_row(n: Number):
    """A row of a plain-text table: "Held at the end of 2022 ......... 33". The row label says what is
    counted (a label or a word for people in it, else in the table's heading line) and its status;
    the span runs from the label to the number.

    Example:
        Armenian prisoners in Azerbaijan
        Held at the end of 2022 ......... 33
    Yields: 33
    Not:
        Meetings of the commission
        Held at the end of 2022 ......... 33
    """
    text, start, end = n.text, n.match.start(), n.match.end()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end:line_end].strip(" \t|"):
        return None  # the number does not end its line, or its table row (most numbers): no table row
    leaders = _LEADERS.search(text, max(line_start, n.q_start - 200), n.q_start)  # "........ about 300"
    if not leaders or leaders.start() - line_start < 3:
        return None
    label = text[line_start:leaders.start()].lstrip(" \t|")  # "| Held | 23 |": the cell before
    label_start = leaders.start() - len(label)
    wrapped = _wrapped_start(text, line_start)
    if wrapped is not None:  # a label wrapped over two lines: it opens on the line above
        label_start = wrapped
        label = text[wrapped:leaders.start()].lstrip()
    if re.match(r"(?:of\s+(?:whom|them|these)|including|among\s+them)\b", label, re.IGNORECASE):
        what = _row_above_counts(n, label_start)  # "of whom sentenced ... 5": what the row above counts
        return (label_start, end, what) if what else None
    # the row counts what its label opens with ("Detainees repatriated ..."), not a noun further on
    # ("Red Cross messages exchanged between detainees ...": messages)
    head_end = label_start + sum(len(w) + 1 for w in label.split()[:_HEAD_WORDS])
    what = _row_counts(n, label_start, min(leaders.start(), head_end))
    # only a row whose label says what happened to people ("Held", "Released") counts the heading's; so
    # does a row of a period or the total, under a heading that says it ("Armenians returned, by year":
    # "2021 ...... 57", "Total ...... 171")
    if what is None and any(pattern.search(label) for _, pattern in n.words.status):
        heading = _heading(text, line_start)
        what = _row_counts(n, *heading) if heading else None
    elif what is None and _PERIOD_OR_TOTAL.match(label) \
            and not _MORE_CELLS.search(_DAYS_NOTED.sub("", label.rstrip()), _PERIOD_OR_TOTAL.match(label).end()):
        # (days noted in brackets after the year are no other cells: "2023 (13 December) ...... 32")
        heading = _heading(text, line_start)
        said = text[slice(*heading)] if heading else ""
        if any(pattern.search(said) for _, pattern in n.words.status) and _row_counts(n, *heading):
            # its status and side are the heading's: the row's own words give only a time
            return label_start + len(label) - len(label.lstrip()), end, _row_counts(n, *heading), [heading]
    return (label_start + len(label) - len(label.lstrip()), end, what) if what else None


def _indent(text: str, start: int) -> int:
    return len(re.match(r"[ \t]*", text[start:start + 40]).group())


def _wrapped_start(text: str, line_start: int) -> int | None:
    """Where a row label starts when it began on the line above: that line is indented, has no number of its
    own, and the row is indented as deep ("    of whom on trial ... the former\n    leadership ..... 15")."""
    if line_start <= 0:
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    line = text[above:line_start - 1]
    if not line.strip() or re.search(r"\d\s*\|?\s*$", line) or line.lstrip().startswith("|") \
            or _indent(text, above) == 0 or _indent(text, line_start) < _indent(text, above):
        return None  # a heading flush left is no part of a row
    return above + _indent(text, above)


def _row_above_counts(n: Number, line_start: int) -> str | None:
    """What the nearest row above counts (for "of whom ..." rows)."""
    end = line_start - 1
    for _ in range(6):
        if end <= 0:
            return None
        start = text_start = n.text.rfind("\n", 0, end) + 1
        leaders = _LEADERS.search(n.text, text_start, max(text_start, _number_start(n.text, text_start, end)))
        if leaders and re.search(r"\d\s*$", n.text[start:end]):
            wrapped = _wrapped_start(n.text, start)
            label_from = wrapped if wrapped is not None else start
            what = _row_counts(n, label_from, leaders.start())
            if what is None:
                heading = _heading(n.text, label_from)
                what = _row_counts(n, *heading) if heading else None
            if what:
                return what
        end = start - 1
    return None


def _number_start(text: str, start: int, end: int) -> int:
    m = re.search(r"(?:about\s+|some\s+|nearly\s+)?[\d,]+\s*$", text[start:end])
    return start + m.start() if m else end


# A row label that is a period ("2021", "December 2023, for two Azerbaijani servicemen", "January 2026") or
# the total ("Total", "In total").
_PERIOD_OR_TOTAL = re.compile(rf"(?:{_MONTH}[ \t]+)?(?:19|20)\d\d\b|(?:In[ \t]+)?[Tt]otal\b|TOTAL\b")
# "(14 and 28 December)": the days of a year's row.
_DAYS_NOTED = re.compile(rf"[ \t]*\((?:\d{{1,2}}(?:[ \t]*(?:and|,|-|–)[ \t]*\d{{1,2}})*[ \t]+)?{_MONTH}\)")
# Other cells after a row's period: a column of a space-aligned table is no row label ("2020    48    77    14").
_MORE_CELLS = re.compile(r"\d| {3,}|\t|[–—]")
# A line ending with a month and a year, with no leaders before it: a heading's date, not a row's number.
_DATE_END = re.compile(rf"(?<![.\t])(?<!   )\b{_MONTH}[ \t]+(?:19|20)\d\d[ \t]*\)?[ \t]*$")


# A row's number set off from its label by leaders, a tab or a run of spaces; a heading that ends with a year
# ("Table 1. Armenians returned from Azerbaijan, 2020-2025") has none.
_LEADER = r"(?:\.{2,}|…+|\t| {3,})"
_SPACED_END = re.compile(rf"{_LEADER}\s*(?:[A-Za-z]+\s+){{0,3}}\S*\d\S*\s*$")  # "........ about 300" too
# A row with nothing to count: "2024 and 2025 ........................ none".
_NIL_ROW = re.compile(rf"{_LEADER}\s*(?:none|nil|n/?a|[–—-]+)\s*$", re.IGNORECASE)


def _heading(text: str, line_start: int) -> tuple[int, int] | None:
    """The table's heading: the nearest line above ``line_start`` that is not blank, not a row and not the
    first line of a wrapped row label."""
    end = line_start - 1
    for _ in range(12):  # a table of a dozen rows at most between a row and its heading
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        # a Markdown table's header row and rule ("| Status | Number |", "|---|---|") are not its heading
        # a heading may end with a date ("... December 2020 to April 2025"); a row ends with its number
        if line.strip() and (not re.search(r"\d\s*\|?\s*$", line) or _DATE_END.search(line)
                             or not _SPACED_END.search(line)) \
                and not line.lstrip().startswith("|") and not _NIL_ROW.search(line) \
                and _wrapped_start(text, end + 1) is None:
            return start, end
        end = start - 1
    return None


def _row_counts(n: Number, start: int, end: int) -> str | None:
    """The label code or people noun named in ``text[start:end]`` (a table row or heading)."""
    for s, _e, code in n.label_spans:
        if start <= s < end:
            return code
    for word in re.findall(r"[\w’'-]+", n.text[start:end]):
        if word.lower() in n.words.people:
            return word.lower()
    return None


def table_cell(n: Number):
    """A number alone in a cell of a Markdown table ("| 14 December 2020 | 44 | 12 Azerbaijanis |"), or of a
    table with bars between its cells only, as slides print it: its column's header says what is counted
    ("Armenians returned"; span: the number).

    Example:
        | Date | Armenians returned |
        |---|---|
        | 14 December 2020 | 44 |
    Yields: 44
    Not:
        | Date | Meetings held |
        |---|---|
        | 14 December 2020 | 44 |
    """
    text, start = n.text, n.q_start
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:line_end].lstrip().startswith("|"):
        return _inner_bars_cell(n, line_start, line_end)
    cell_start = text.rfind("|", line_start, start) + 1
    cell_end = text.find("|", n.match.end(), line_end)
    if cell_start <= 0 or cell_end < 0 or text[cell_start:cell_end].strip() != text[start:n.match.end()]:
        return None  # the number is not the whole cell
    column = text.count("|", line_start, cell_start) - 1
    header = _table_header(text, line_start)
    cells = _cells(text, *header) if header else []
    return _counted_in(n, line_start, line_end, column, header, cells)


def _inner_bars_cell(n: Number, line_start: int, line_end: int):
    """A number alone in a cell of a table whose rows have bars between their cells only, as slides and
    plain-text exports print them ("13 Dec 2023 | 32 | 2 Azerbaijani servicemen" under "Date | Armenians
    released | Given in return"): a block of three lines or more, each with as many bars, the first its header."""
    text, start = n.text, n.q_start
    bars = text.count("|", line_start, line_end)
    if not bars:
        return None
    rows = _bar_block(text, line_start, bars)
    if rows is None:
        return None
    cells = _cells_between(text, line_start, line_end)
    column = next((k for k, (a, b) in enumerate(cells) if a <= start < b), None)
    if column is None or text[slice(*cells[column])].strip() != text[start:n.match.end()]:
        return None  # the number is not the whole cell
    header = rows[0]
    return _counted_in(n, line_start, line_end, column, header, _cells_between(text, *header), _cells_between)


def _bar_block(text: str, line_start: int, bars: int) -> list[tuple[int, int]] | None:
    """The ``(start, end)`` of each line of the block of adjacent lines around ``line_start`` that hold
    ``bars`` bars each, the header first; None when the block is shorter than three lines (a header, two rows)
    or the line is its header."""
    rows, cursor = [], line_start
    while cursor > 0 and len(rows) < 200:  # a table of two hundred rows at most
        previous = text.rfind("\n", 0, cursor - 1) + 1
        if text.count("|", previous, cursor - 1) != bars:
            break
        rows.insert(0, (previous, cursor - 1))
        cursor = previous
    if not rows:
        return None
    end = text.find("\n", line_start)
    while end >= 0 and len(rows) < 400:
        following = text.find("\n", end + 1)
        following = len(text) if following < 0 else following
        if end + 1 >= len(text) or text.count("|", end + 1, following) != bars:
            break
        rows.append((end + 1, following))
        end = following if following < len(text) else -1
    return rows if len(rows) >= 2 else None  # the header and the row above or below this one


def _cells_between(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each cell of a row whose bars stand between its cells only."""
    bars = [start - 1] + [i for i in range(start, end) if text[i] == "|"] + [end]
    return [(a + 1, b) for a, b in zip(bars, bars[1:])]


def _counted_in(n: Number, line_start: int, line_end: int, column: int, header, cells, cells_of=None):
    """What a number alone in column ``column`` of a table counts, by its header cell (or, under a header of
    mere numbers, the row's label or the table's title); None when it counts no people."""
    text, start = n.text, n.q_start
    cells_of = cells_of or _cells
    if column >= len(cells):
        return None
    what = _row_counts(n, *cells[column]) or ("persons" if _RELEASED_HEADER.search(text, *cells[column])
                                              or _HELD_HEADER.fullmatch(text, *cells[column]) else None)
    if what is None and column > 0 and _COUNT_HEADER.fullmatch(text, *cells[column]):
        # "| Held in Baku, October 2025 | 23 | ..." under "| Armenians held ... | Number |": a column of mere numbers
        # counts what the row's label or else the table's first header cell names; the row's label says its status
        row = cells_of(text, line_start, line_end)
        what = (_row_counts(n, *row[0]) or _row_counts(n, *cells[0])) if row else None
        # ... or else, on a row of a date or a total, the table's title above it ("Table 1: Armenians returned by
        # Azerbaijan" over "| Date | Number |"); a row of things ("| Meetings | 4 |") counts none
        dated = row and _PERIOD_OR_TOTAL.search(text, *row[0])
        title = _heading(text, header[0]) if dated and what is None else None
        what = what or (_row_counts(n, *title) if title else None)
        return (start, n.match.end(), what, [row[0], cells[0], *([title] if title else [])]) if what else None
    if what is None and column > 0 and _DATE_HEADER.fullmatch(text, *cells[column]):
        # "Place of detention | January 2024 | June 2025" under "Table 3.1. Armenians held in Azerbaijan, by place of
        # detention": a column of figures at a date counts what the table's title names
        title = _heading(text, header[0])
        what = _row_counts(n, *title) if title else None
        return (start, n.match.end(), what, [cells[column], title]) if what else None
    return (start, n.match.end(), what, [cells[column]]) if what else None  # its header says its status


# A column header that says what happened to the people its cells count, with no noun for them: "Returned to
# Armenia", "Released", "Handed over to Azerbaijan" ("Given in return" names no one's release).
_RELEASED_HEADER = re.compile(r"\b(?:returned|released|repatriated|freed|handed\s+over|transferred)\b", re.IGNORECASE)
# ... or that they are held, and no more: "Held", "Held, as reported", "Still held in Baku" ("Meetings held" is no one).
_HELD_HEADER = re.compile(r"\s*\**(?:(?:still\s+)?(?:held|detained|imprisoned)|in\s+(?:custody|detention))(?:\s+in\s+[A-Z][\w-]*)?"
                          r"(?:\s*,\s*as\s+(?:reported|acknowledged|stated)|\s*\([^()\n]{1,40}\))?\**\s*", re.IGNORECASE)
# A column header that is a date: "January 2024", "March 2026", "2025", "14 January 2026".
_DATE_HEADER = re.compile(rf"\s*\**(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+)?(?:19|20)\d\d\**\s*")
# A column header that says only that its cells are numbers.
_COUNT_HEADER = re.compile(r"\s*\**(?:number|numbers|figure|figures|count|total|no\.|n)\**\s*", re.IGNORECASE)


def _table_header(text: str, line_start: int) -> tuple[int, int] | None:
    """The first line of the Markdown table a line belongs to (its header row), or None. Blank lines
    between rows are tolerated (a converted document may space its rows out)."""
    top, cursor = line_start, line_start
    for _ in range(200):  # a table of a hundred rows at most
        if cursor <= 0:
            break
        previous = text.rfind("\n", 0, cursor - 1) + 1
        line = text[previous:cursor - 1].strip()
        if line.startswith("|"):
            top = previous
        elif line:
            break
        cursor = previous
    line_start = top
    end = text.find("\n", line_start)
    end = len(text) if end < 0 else end
    return None if re.fullmatch(r"[\s|:-]*", text[line_start:end]) else (line_start, end)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each cell of the table row ``text[start:end]``."""
    bars = [i for i in range(start, end) if text[i] == "|"]
    return [(a + 1, b) for a, b in zip(bars, bars[1:])]


# The columns of a plain-text table are runs of two or more spaces, or tabs, apart; or dot leaders, where a table
# of several columns is set with them ("14 December 2020 .... 44 .......... 12").
_GAP = re.compile(r"[ \t]{2,}|\t|[ \t]*(?:\.{3,}|…+)[ \t]*")
_YEAR_OR_DATE = re.compile(r"\s*(?:year|date|period|month|as\s+of|at|on)\b", re.IGNORECASE)
_NUMERIC = re.compile(r"\s*(?:[\d,]+\*?|[–—-]+|n/?a|\.\.\.?)\s*$", re.IGNORECASE)


def aligned_cell(n: Number):
    """A number alone in a column of a plain-text table aligned with spaces: its column's header says what is
    counted ("Held at end of year"; the table's heading names the people when the header only says what
    happened to them) and their status; never the first column, which names the row ("2022"). Span: the
    number.

    Example:
        Table 1 Armenians held in Azerbaijan
        Year    Returned    Held at end of year
        2021    57          45
    Yields: 45
    Not:
        Table 1 Meetings of the commission
        Year    Planned    Held at end of year
        2021    57          45
    """
    text, start, end = n.text, n.q_start, n.match.end()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    cells = _aligned(text, line_start, line_end)
    column = next((i for i, (a, b) in enumerate(cells) if a <= start and end <= b), None)
    if not column or len(cells) < 3 or text[start:cells[column][1]].rstrip("* \t") != text[start:end]:
        return None  # the first column, a line that is no table row, or a number that is not its whole cell
    header = _aligned_header(text, line_start, len(cells), column)
    if header is None or _YEAR_OR_DATE.match(text[slice(*header[column])]):
        return None
    what = _row_counts(n, *header[column])
    heading = _heading(text, header[0][0])
    said = text[slice(*heading)] if heading else ""
    if what is None and (any(pattern.search(text, *header[column]) for _, pattern in n.words.status)
                         or _COUNT_HEADER.fullmatch(text, *header[column])
                         or _DESTINATION.fullmatch(text, *header[column])
                         and any(pattern.search(said) for _, pattern in n.words.status)):
        # a header of what happened to them ("Held at end of year") or of mere numbers ("Number"): the people the
        # table's heading names ("Armenians held in Azerbaijan, as reported")
        what = _row_counts(n, *heading) if heading else None
    # what happened to them and whose they are: the column's header says it, else the table's heading
    return (start, end, what, [header[column], *([heading] if heading else [])]) if what else None


# A column header that names only where its people went ("to Armenia", "Handed to Azerbaijan"): the table's heading
# says what happened to them ("Persons returned to each side:").
_DESTINATION = re.compile(r"\s*(?:(?:sent|handed|transferred)[ \t]+)?to[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?\s*")


def _aligned(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each space-aligned cell of the line ``text[start:end]``."""
    cells, cursor = [], start
    lead = len(text[start:end]) - len(text[start:end].lstrip(" \t"))
    cursor += lead
    for gap in _GAP.finditer(text, cursor, end):
        if gap.start() > cursor:
            cells.append((cursor, gap.start()))
        cursor = gap.end()
    if cursor < end and text[cursor:end].strip():
        cells.append((cursor, end - (len(text[cursor:end]) - len(text[cursor:end].rstrip()))))
    return cells


def _aligned_header(text: str, line_start: int, width: int, column: int | None = None) -> list[tuple[int, int]] | None:
    """The cells of the header row above a space-aligned table row: the nearest line above, within the
    table's block of lines (blank lines between rows tolerated), whose cells are as many and not all
    numbers (nor, given ``column``, a number in that column: rows may carry words in other columns)."""
    end = line_start - 1
    for _ in range(40):  # a table of forty rows at most
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if not text[start:end].strip():
            end = start - 1  # a converted document may space its rows out
            continue
        cells = _aligned(text, start, end)
        if len(cells) != width:
            return None  # the block ends: a heading, prose
        if column is None and not all(_NUMERIC.match(text[a:b]) for a, b in cells[1:]) \
                or column is not None and not _NUMERIC.match(text[slice(*cells[column])]):
            return cells
        end = start - 1
    return None


# A timeline's row: a date opens the line, a dash follows it, then the figure ("14 December 2020 — 44, in the
# first exchange", "- June 2021 – 15"). Only what the dash introduces counts: the figure right after it.
# ... or a colon, after a part of the year or a span of years ("- Late 2022: 38", "- 2024-2025: 23", a slide's list)
_DATED_LEAD = re.compile(rf"[ \t]*(?:[-•*][ \t]+)?(?:(?:Early|Late|Mid|mid|End[ \t]+of|Spring|Summer|Autumn|Winter)[ \t-]+)?"
                         rf"(?:(?:\d{{1,2}}[ \t]+)?(?:{_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)[ \t]+)?"
                         r"(?:19|20)\d{2}"  # ("12 Jun 2021: 15 returned": a month may be abbreviated)
                         r"(?:[–-](?:19|20)?\d{2}|[ \t]+(?:and|to)[ \t]+(?:19|20)\d{2})?"  # "- 2024 and 2025: 23"
                         r"[ \t]*(?:[—–-]|:)[ \t]*")
# After the figure: the line ends, or a comma, semicolon or bracket begins what the row adds of it, or a second
# figure the sources give instead ("- Late 2022: 38 or 39, depending on the source").
_ROW_REST = re.compile(r"[ \t]*(?:$|[,;(]|or[ \t]+\d+\b)", re.MULTILINE)
# ... or the row's verb of what happened to them, right after it ("12 Jun 2021: 15 returned for minefield maps", "3 Jul
# 2021: 15 more, for maps of Fuzuli", "19 Dec 2021: 10 freed after EU mediation").
_ROW_VERB = re.compile(r"[ \t]*(?:more\b|(?:were[ \t]+)?(?:returned|released|freed|repatriated|handed[ \t]+over|transferred"
                       r"|came[ \t]+home|went[ \t]+home|cross(?:ed)?)\b)")
_FIRST_FIGURE = re.compile(r"\d+[ \t]+or[ \t]+")  # ... the row's first figure, before the second


def dated_row(n: Number):
    """A row of a timeline list: a date, a dash (or a colon), a figure of people; the list's heading says who
    they are and what happened to them (its status and side are the heading's). A heading that names what happened
    and no one ("TIMELINE OF RELEASES") counts the rows whose figure its verb follows ("12 Jun 2021: 15 returned").

    Example:
        Armenians returned from Azerbaijan, selected dates

        14 December 2020 — 44, in the first exchange
        12 June 2021 — 15, for the minefield maps of Aghdam
    Yields: 44
    Not:
        Meetings of the commission, selected dates

        14 December 2020 — 44, in Moscow
    """
    text = n.text
    line_start = text.rfind("\n", 0, n.q_start) + 1
    lead = _DATED_LEAD.match(text, line_start, n.q_start)
    if not lead or not (lead.end() == n.q_start or _FIRST_FIGURE.fullmatch(text, lead.end(), n.q_start)) \
            or not (_ROW_REST.match(text, n.match.end()) or _ROW_VERB.match(text, n.match.end())):
        return None
    value = value_of(n.match.group(), n.words)
    if n.match.group("digits") and 1900 <= value <= 2100:
        return None
    heading = _timeline_heading(text, line_start)
    if heading and not _row_counts(n, *heading) and text[slice(*heading)].rstrip().endswith(":"):
        # a chart's note between its title and its rows ("Each dot is one published figure:"): the title names them
        heading = _timeline_heading(text, heading[0])
    said = text[slice(*heading)] if heading else ""
    if not heading or not any(pattern.search(said) for _, pattern in n.words.status):
        return None
    # ("TIMELINE OF RELEASES" names what happened and no one: the people released, with the row's own verb)
    what = _row_counts(n, *heading) or ("persons" if _ROW_VERB.match(text, n.match.end()) else None)
    return (n.q_start, n.match.end(), what, [heading]) if what else None


def _timeline_heading(text: str, line_start: int) -> tuple[int, int] | None:
    """The nearest line above ``line_start`` that is not blank and not another dated row: the list's heading."""
    end = line_start - 1
    for _ in range(30):  # a list of a few dozen rows at most between a row and its heading
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _DATED_LEAD.match(line):
            return start, end
        end = start - 1
    return None
