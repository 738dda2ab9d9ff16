"""Count claims: numbers of PEOPLE that a source states, with qualifier and speaker.

>>> from detentio import claims
>>> claims.find()[["source", "text", "value", "qualifier", "what", "speaker"]]

One row per claim (contract): ``source, start, end, text, value, qualifier,
what, speaker``, then ``sentence, rule, quoted, page, shape, status, side, speaker_role`` and the review
columns ``reviewed, corrected, engine`` (as for mentions: ``data/corrections.csv``
applied, the engine's replaced values kept in ``engine``). ``text == body[start:end]``;
``rule`` is the speaker rule, ``shape`` the claim shape that found the number
(:mod:`.shapes`: ``counted_noun``, ``total_is``, ``estimate_at``, ``compared``,
``remain`` and sixteen more, C01-C21; ``detentio rules`` lists them with an example each).

The main shapes:

- the number before what it counts: "at least 40 POWs", "the return of 32
  Armenian prisoners", "40 of the Armenian prisoners of war", "handed over 15
  Armenian citizens" (span: qualifier + number + counted phrase);
- the number after it: "the official number of Armenian prisoners held in
  Azerbaijan is 23" (span: qualifier + number), or an elliptical count after a
  comparison with the claim before it: "19 Armenians ..., down from 23"
  (span: the number, ``what`` that claim's);
- a part of a group named at the head of its clause ("Of those 19, fifteen
  are on trial"), a count in a list after a counted claim ("17 servicemen in
  October 2022 and 32 in December 2023"), people counted by whose they are
  ("more than sixty of us", "two of ours").

A noun of role ("five former leaders") counts people only as the object of a
verb (or noun) of detention, trial or release ("sentenced five former leaders",
"the sentencing of five former leaders"), or when its detention follows it
("the fifteen former officials on trial").

``what`` is the codebook label when the counted phrase is one (``detainee``
for "prisoners"), else the counted noun in lower case ("citizens"). A number
only counts when what follows (or precedes) it is people, which is what keeps
dates, years, percentages, durations, money and "the last two opportunities"
out; ordinals are never numbers here. People killed or wounded ("mines have killed
more than 20 people") are no count of the held, released or missing, unless
they are some of the held, hurt ("Three of them were wounded"); nor is a crowd that gathers, marches or attends
("About two hundred people have gathered outside"), unless what it counts is named as held.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from detentio.core.calendar import MONTH_OR_ABBREVIATION
from detentio.framing import codebook as codebook_module
from detentio.framing import speakers as speaker_rules
from detentio.framing.claims.numbers import current as number_words, find as find_numbers, qualifier_before, value_of
from detentio.framing.claims.shapes import SHAPES, Number, shape_of
from detentio.framing.claims.status import side_of, status_of
from detentio.framing.roles import speaker_role
from detentio.corpus.layout import NONE as NO_LAYOUT
from detentio.framing.mentions import (REVIEW_COLUMNS, _front, _index, _registry, in_link, match_text, records_of,
                                       source_records)

_AFTER_DIGIT = re.compile(r"\d[:.,]$")
# "on 4 December": a day and its month, on one line ("... 30\nDecember 2023, ... 32" is a row, then the next)
_MONTH_AFTER = re.compile(rf"[ \t\u00a0]+{MONTH_OR_ABBREVIATION}(?![\w-])")
_THOUSANDS_OF_OTHERS = frozenset({"armenians", "azerbaijanis", "troops", "soldiers", "servicemen", "fighters"})
# The other thousands a sentence may count: the missing of the first war ("since the early 1990s", "the First Karabakh
# War") and the people who left Nagorno-Karabakh ("more than 100,000 people had left").
_OTHER_THOUSANDS = re.compile(r"\b(?:(?:early\s+)?1990s|nineties|first\s+(?:Karabakh\s+)?(?:war|conflict)"
                              r"|(?:had|have|has)\s+(?:left|fled)|displaced|refugees)\b", re.IGNORECASE)
_ONE_OF = re.compile(r"\s+of\b", re.IGNORECASE)
COLUMNS = ["source", "start", "end", "text", "value", "qualifier", "what", "speaker"]
# page: as for mentions; status: held|released|returned|missing|convicted|unknown; side: whose people
# (armenian|azerbaijani|unknown), each where the text says it (:mod:`.status`)
EXTRA_COLUMNS = ["sentence", "rule", "quoted", "page", "shape", "status", "side", "speaker_role", "phrase"]
__all__ = ["COLUMNS", "EXTRA_COLUMNS", "REVIEW_COLUMNS", "SHAPES", "extract", "extract_source", "find", "frame", "iter_claims",
           "qualifier_before", "value_of"]


def extract(text: str, *, source: str, outlet: str | None = None, published=None,
            book: codebook_module.Codebook | None = None, registry=None,
            include_boilerplate: bool = False, layout=None, front: dict | None = None) -> list[dict]:
    """The count-claim records of one body (see the module docstring); ``layout`` and ``front`` as for
    mentions."""
    book = book or codebook_module.load()
    layout = layout or NO_LAYOUT
    words = number_words()
    numbers = list(find_numbers(text, words))
    if not numbers:
        return []
    label_spans = [(s, e, c) for s, e, c in match_text(text, codebook_module.matcher(book))
                   if book.codes[c].kind == "label"]
    labels = {s: (e, c) for s, e, c in label_spans}
    who = speaker_rules.for_document(text, outlet=outlet, source=source, published=published, registry=registry,
                                     layout=layout, **_front(front))
    sentence_list = who.sentences
    starts = [s for _, s, _ in sentence_list]
    records, roles = [], {}  # roles: speaker -> role, worked out once per document
    last_claim: tuple[int, str, int] | None = None  # (sentence, what, end) of the claim before, for elliptical counts
    earlier: dict[int, str] = {}  # value -> what of the claims found so far ("the nineteen" named again)
    for number in numbers:
        if number.group("digits") and re.fullmatch(r"(?:1[89]|20)\d\d", number.group()):
            continue  # a year
        reference = words.reference.search(text, max(0, number.start() - 60), number.start())
        if reference and (not reference.group("list") or number.group("digits")):
            continue  # "Article 118", "arts. 2, 6, 7 and 9" (but "Relying on Article 3, two applicants" counts)
        if in_link(text, number.start(), number.end()):
            continue  # "(reuters.com/world/two-syrian-prisoners-2026-01-13)": a web address, not a count
        if _AFTER_DIGIT.search(text, max(0, number.start() - 2), number.start()) \
                or "§" in text[max(0, number.start() - 16):number.start()]:
            continue  # "10:02", "1.5": the tail of a time or a decimal; "§§ 3 (a) and 4": a provision
        index = _index(starts, number.start())
        _, s_start, s_end = sentence_list[index] if sentence_list else (0, 0, len(text))
        in_chrome = who.in_boilerplate(number.start())
        if in_chrome and not include_boilerplate:
            continue
        if words.not_count.search(text, max(s_start, number.start() - 20), number.start()):
            continue  # "every one of them"
        if _MONTH_AFTER.match(text, number.end()):
            continue  # "on 4 December Russian peacekeepers": a date
        if number.group().lower() == "one" and _ONE_OF.match(text, number.end()):
            continue  # "one of the men" picks one out; it does not count
        q_start, qualifier = qualifier_before(text, number.start(), s_start, words)
        if qualifier == "exact" and (number.group().lower().endswith(" of") or number.group().lower() in words.plural):
            qualifier = "at_least"  # "hundreds of", "dozens more": at least its least value
        p_start = sentence_list[index - 1][1] if index > 0 else s_start
        found = shape_of(Number(words, text, number, index, s_start, s_end, q_start, labels, label_spans, last_claim,
                                p_start, earlier))
        if found is None:
            continue
        start, end, what, shape, where = found
        killed = _KILLED_BEFORE.search(text, max(s_start, q_start - 40), q_start) or _KILLED_AFTER.match(text, end, s_end)
        if killed and not (shape == "of_them" and _HURT.search(killed.group())):
            # "mines have killed more than 20 people", "93 civilians killed": victims, not people held or missing;
            # "Forty-one ... Three of them were wounded": some of the people held, hurt
            continue
        if what not in _HELD_BY_NAME and _CROWD_AFTER.match(text, end, s_end):
            continue  # "About two hundred people have gathered outside the government building": a crowd, not the held
        if value_of(number.group(), words) >= 1000 and (what in _THOUSANDS_OF_OTHERS or _OTHER_THOUSANDS.search(
                text, s_start, s_end)):
            # "nearly 4,000 Azerbaijanis" missing since the first war, "about 2,000 troops": thousands named by
            # nationality or as soldiers are no count of this conflict's detainees (a label would say so); nor are
            # thousands missing from the war of the early 1990s, or who left Nagorno-Karabakh in 2023
            continue
        last_claim = (index, what, end)
        earlier.setdefault(value_of(number.group(), words), what)
        said = who.at(number.start())
        records.append({
            "source": source, "start": start, "end": end, "text": text[start:end],
            "value": value_of(number.group(), words), "qualifier": qualifier, "what": what,
            "speaker": said.speaker, "sentence": index, "rule": said.rule, "phrase": said.phrase, "quoted": said.quoted,
            "page": layout.page_at(start),
            "shape": shape,
            # a table column's header says what happened to the people a cell counts, and whose they are
            "status": _held_by_name(what, _read_in(status_of, text, where, words) if where else
                                    status_of(text, start, end, *_clause(text, start, end, s_start, s_end), words)),
            "side": _read_in(side_of, text, where, words) if where else side_of(text, start, end, s_start, s_end, words),
            "speaker_role": roles.get(said.speaker) if said.speaker in roles else
            roles.setdefault(said.speaker, speaker_role(said.speaker, registry or _registry(), text)),
        })
    return records


# The dead and the wounded a count may count: "killed nearly 300 soldiers", "more than 3,400 of our citizens have
# been killed or injured by mines".
_KILLED = r"(?:killed|injured|wounded|maimed)"
_HURT = re.compile(r"\b(?:injured|wounded)\b", re.IGNORECASE)
_KILLED_BEFORE = re.compile(rf"(?<![\w-]){_KILLED}(?:\s+or\s+{_KILLED})?\s+$", re.IGNORECASE)
_KILLED_AFTER = re.compile(rf"\s+(?:[\w,-]+\s+){{0,3}}?(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?{_KILLED}\b",
                           re.IGNORECASE)

# People who gather, march or attend: "About two hundred people have gathered outside", "some 300 relatives marched".
_CROWD_AFTER = re.compile(r"\s+(?:[\w,-]+\s+){0,3}?(?:(?:have|had|has)\s+)?(?:gathered|assembled|rallied|marched|"
                          r"protested|demonstrated|attended|turned\s+out|lined\s+the)\b", re.IGNORECASE)

# Counted nouns that say the people are held: "23 prisoners of war", "the 19 detainees" (a label of detention).
_HELD_BY_NAME = frozenset({"prisoner_of_war", "detainee", "captive", "hostage", "person_held_in_custody",
                           "political_prisoner"})


def _held_by_name(what: str, status: str) -> str:
    """The status a count's sentence gives it, else ``held`` when what it counts is named as detained ("23
    prisoners of war", with no word of release or disappearance near)."""
    return "held" if status == "unknown" and what in _HELD_BY_NAME else status


def _read_in(read, text: str, spans, words) -> str:
    """A status or side read in the first of ``spans`` (a column's header, then the table's heading) that
    says it, else "unknown"."""
    for a, b in spans:
        found = read(text, a, b, a, b, words)
        if found != "unknown":
            return found
    return "unknown"


def _clause(text: str, start: int, end: int, s_start: int, s_end: int) -> tuple[int, int]:
    """The clause of a count within its sentence (between semicolons, or a line of a table), where its
    status is read: "10 were released; 23 remain held" gives each count its own."""
    floor = max(text.rfind(";", s_start, start), text.rfind("\n", s_start, start)) + 1 or s_start
    ceiling = min([i for i in (text.find(";", end, s_end), text.find("\n", end, s_end)) if i >= 0] or [s_end])
    return min(max(floor, s_start), start), max(ceiling, end)  # a table row may straddle the splitter's sentences


def extract_source(source, *, book=None, registry=None, include_boilerplate: bool = False,
                   corrected: bool = False) -> list[dict]:
    """Claim records of one :class:`detentio.corpus.sources.Source` (the per-document unit for Dask);
    with ``corrected`` the reviewer's decisions applied."""
    return source_records(extract, "claims", source, book=book, registry=registry,
                          include_boilerplate=include_boilerplate, corrected=corrected)


def iter_claims(corpus=None, *, paths: Iterable | None = None, codebook=None,
                include_boilerplate: bool = False, corrected: bool = True) -> Iterator[dict]:
    """Claim records, one source at a time (``corrected=False``: the engine's output alone)."""
    return records_of(extract, corpus, paths, codebook, include_boilerplate, corrected=corrected)


def frame(records: Iterable[dict]):
    """Records -> the typed claims DataFrame."""
    import pandas as pd

    table = pd.DataFrame(list(records), columns=COLUMNS + EXTRA_COLUMNS + REVIEW_COLUMNS)
    for column in ("start", "end", "value", "sentence"):
        table[column] = table[column].astype("int64")
    table["engine"] = table["engine"].astype(object).fillna("").astype(str)
    for column in ("quoted", "reviewed", "corrected"):
        table[column] = table[column].astype(object).fillna(False).astype(bool)
    table["page"] = table["page"].astype("Int64")
    for column in ("speaker_role", "phrase"):  # as for mentions: may be missing
        values = table[column].astype(object)
        table[column] = values.where(values.notna(), None)
    return table


def find(corpus=None, *, paths: Iterable | None = None, codebook=None, include_boilerplate: bool = False,
         corrected: bool = True):
    """Every count claim in a corpus or in ``paths`` (default ``data/sources``).

    Returns
    -------
    DataFrame
        ``source, start, end, text, value, qualifier, what, speaker, sentence, rule, quoted, page, shape,
        reviewed, corrected, engine`` (``data/corrections.csv`` applied unless ``corrected=False``).
    """
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    return frame(iter_claims(corpus, paths=paths, codebook=codebook, include_boilerplate=include_boilerplate,
                             corrected=corrected))

