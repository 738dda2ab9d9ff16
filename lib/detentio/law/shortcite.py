"""OSCOLA short forms and bibliography names, for citations after the first.

OSCOLA cites a work in full the first time and then in short with a
cross-reference to that note: "Cater (n 12)", "*TASS* (n 3) sentence 5",
"Henckaerts and Doswald-Beck (n 4) r 96". The bibliography lists authors
surname first with initials ("Cater L").

>>> from detentio import shortcite
>>> shortcite.marked_short("Leonie Cater, 'Azerbaijan releases ...' (*Politico*, 19 December 2021)")
'Cater'
>>> shortcite.marked_short("*Armenpress* (17 March 2021) <https://armenpress.am/eng/news/1046355/>")
'*Armenpress*'
>>> shortcite.inverted("Jean-Marie Henckaerts and Louise Doswald-Beck")
'Henckaerts J-M and Doswald-Beck L'

Results are marked text (``*asterisks*`` for italics, as in ``data/events.csv``),
turned into HTML by :func:`detentio.law.cite.marked`. Telling a person from an
institution by its name is a heuristic written here by hand (no library
parses OSCOLA author fields): a name of two or three capitalised words
without an institutional noun is a person.
"""
from __future__ import annotations

import re

# Nouns that make an author an institution ("French Ministry for Europe ...").
INSTITUTION_WORDS = {"ministry", "commission", "council", "committee", "court", "office", "government",
                     "parliament", "assembly", "agency", "service", "administration", "department",
                     "europe", "nations", "union", "republic", "institute", "centre", "center", "news"}
_TITLE_CUT = re.compile(r"[:,;.?!]| - | – ")


def is_person(name: str) -> bool:
    """Whether an author's name reads as a person's ("Leonie Cater"), not a body's."""
    words = name.split()
    return (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
            and not any(w.lower().strip(",.") in INSTITUTION_WORDS for w in words))


def surname(name: str) -> str:
    """A person's surname as OSCOLA's short form uses it; a body keeps its whole name."""
    return name.split()[-1] if is_person(name) else name


def _initials(first: str) -> str:
    return "-".join(part[0] for part in first.split("-") if part)


def inverted(authors: str) -> str:
    """Authors as a bibliography lists them: "Jean-Marie Henckaerts and Louise Doswald-Beck"
    -> "Henckaerts J-M and Doswald-Beck L" (bodies unchanged)."""
    out = []
    for name in authors.split(" and "):
        words = name.split()
        out.append(f"{words[-1]} {' '.join(_initials(w) for w in words[:-1])}" if is_person(name) else name)
    return " and ".join(out)


def authors_short(authors: str) -> str:
    """Several authors in a short form: "Henckaerts and Doswald-Beck"."""
    return " and ".join(surname(name) for name in authors.split(" and "))


def short_title(title: str, words: int = 8) -> str:
    """A title shortened for later citations: up to its first break, at most ``words`` words."""
    head = _TITLE_CUT.split(title, maxsplit=1)[0].strip() or title
    cut = head.split()
    return " ".join(cut[:words]) + ("…" if len(cut) > words else "")


def _plain(value: str) -> str:
    return value.replace("*", "")


def source_short(author: str | None, outlet: str | None, title: str | None, fallback: str) -> str:
    """The short form of a corpus source: author's surname, else its outlet, else a short title."""
    if author:
        return surname(_plain(author))
    if outlet:
        return f"*{_plain(outlet)}*"
    if title:
        return f"'{short_title(_plain(title))}'"
    return fallback


def _author(value: str) -> re.Match | None:
    """The author at the head of a hand-written citation: ``Author, 'Title' ...`` or ``Author (*Outlet*, ...)``."""
    return re.match(r"^([^'*(<][^'(<]*?),\s*'", value) or re.match(r"^([^'*(<,][^(<,]*?)\s+\(", value)


def marked_entry(value: str) -> str:
    """A hand-written citation as a bibliography lists it: a person's name surname first."""
    value = value.strip()
    author = _author(value)
    if not author or not is_person(author.group(1).strip()):
        return value
    return inverted(author.group(1).strip()) + value[author.end(1):]


def marked_short(value: str) -> str:
    """The short form of a citation written by hand in ``data/events.csv`` or ``data/readings.yml``.

    ``Author, 'Title' (...)`` and ``Author (*Outlet*, ...)`` give the author;
    ``*Outlet* (...)`` the outlet; ``'Title' (*Outlet*, ...)`` the outlet,
    else a short title.
    """
    value = value.strip()
    author = _author(value)
    if author:
        return surname(author.group(1).strip())
    outlet = re.match(r"^\*([^*]+)\*", value)
    if outlet:
        return f"*{outlet.group(1)}*"
    # A title ends at the quote before its parenthesis ("'Trend's interview ...' (*Trend*, ...)").
    titled = re.match(r"^'(.+?)'(?=\s*\(|\s*<|\s*$)\s*(?:\((?:[^()*]*?)\*([^*]+)\*)?", value)
    if titled:
        return f"*{titled.group(2)}*" if titled.group(2) else f"'{short_title(titled.group(1))}'"
    return short_title(_plain(value))
