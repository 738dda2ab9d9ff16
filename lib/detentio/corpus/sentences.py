"""Split a body into paragraphs and sentences as exact (start, end) spans.

Written by hand on purpose: spaCy's rule-based sentencizer ends a sentence at
every full stop ("Nov. 9", "U.S."), and its statistical parsers need a model
download, which this workspace must not depend on. The rules here are few and
visible:

- a line break ends a paragraph, and no sentence crosses it (headlines and
  datelines have no full stop);
- inside a paragraph a sentence ends at ``.``, ``!`` or ``?`` (plus any closing
  quotes or brackets, and a note reference such as "[2]" or "¹⁴") followed by white space and something that can start a
  sentence (a capital, a digit, an opening quote or bracket);
- it does not end after a known abbreviation ("Mr.", "Nov.", "art."), a single
  initial ("J.") or a dotted acronym ("U.S.").
Spans are trimmed of surrounding white space, so ``body[start:end]`` is the
sentence exactly as stored.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

# Lower-case forms; matched against the word before the full stop.
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st mt gen col lt maj capt cpt sgt cmdr adm gov pres rep sen amb hon rev fr
jan feb mar apr jun jul aug sep sept oct nov dec
no nos art arts para paras p pp vol ch sec cf vs v etc approx ca fig op ed eds al
inc ltd co corp dept univ
""".split())

_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
# A note reference may follow the stop: ".[2] After ...", ".¹⁴ Armenia ...", ".”³ The ...".
_NOTE_MARK = r"(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})?"
# ... and a UN document's note number in plain digits, after a word's stop or a year's: "... in 2026.87 It
# considered ...", "... article 118.88 AI reported ..." (a decimal, "1.5 million", is followed by no capital).
_PLAIN_NOTE = r"(?<=[A-Za-z" + re.escape(_CLOSERS) + r"])\.\d{1,3}|(?<=\b\d{4})\.\d{1,3}"
_END = re.compile(r"(?:[.!?…]+[" + re.escape(_CLOSERS) + r"]*" + _NOTE_MARK + r"|" + _PLAIN_NOTE + r")(?=\s+)")
_NEXT_START = re.compile(r"\s+(?=[A-Z0-9" + re.escape(_OPENERS) + r"À-ÖØ-ÞА-ЯԱ-Ֆ•–-])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


class Span(NamedTuple):
    start: int
    end: int


def paragraphs(text: str) -> Iterator[Span]:
    """Non-blank lines, trimmed: the unit a sentence never crosses."""
    for match in re.finditer(r"[^\r\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            yield Span(start, start + len(stripped))


def _is_abbreviation(chunk: str) -> bool:
    """True when the full stop that ends ``chunk`` belongs to a word, not the sentence."""
    match = _WORD_BEFORE.search(chunk)
    if not match:
        return False
    word = match.group(1)
    if "." in word:  # "U.S." / "e.g." / "i.e."
        return all(len(part) <= 2 for part in word.split(".") if part)
    return len(word) == 1 and word.isupper() or word.lower() in ABBREVIATIONS


def split(text: str) -> Iterator[tuple[int, Span]]:
    """Yield ``(paragraph index, sentence span)`` for every sentence in ``text``."""
    for number, para in enumerate(paragraphs(text)):
        start = para.start
        for end_match in _END.finditer(text, para.start, para.end):
            end = end_match.end()
            if not _NEXT_START.match(text, end, para.end):
                continue
            punct = end_match.group()
            if punct.startswith(".") and (len(punct.rstrip(_CLOSERS)) == 1 or punct[1:].isdigit()) \
                    and _is_abbreviation(text[start:end_match.start() + 1]):
                continue
            yield number, Span(start, end)
            start = _NEXT_START.match(text, end, para.end).end()
        if start < para.end:
            yield number, Span(start, para.end)
