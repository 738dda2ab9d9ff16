"""The two baselines detentio's matcher is measured against.

Both take the codebook's phrases as ``(phrase, code)`` pairs (the same list
``detentio.framing.codebook.phrases()`` gives) and return ``(start, end, code)`` spans
over the original text, longest match first, like ``mentions.match_text``.

- :func:`spacy_matcher` is what one would write with spaCy: a blank English
  pipeline, one ``PhraseMatcher(attr="LOWER")`` holding every phrase, documents
  streamed through ``nlp.pipe`` and overlaps resolved by
  ``spacy.util.filter_spans``.
- :func:`naive_matcher` is the first thing one writes without a library: one
  compiled case-insensitive regular expression per phrase, each run over every
  document, overlaps resolved by the same longest-first rule.

Both are given the two rules the codebook states for every phrase, so that
they compute the same thing as detentio and the comparison is about speed:
a space in a phrase also matches a hyphen ("prisoner-of-war"), and a phrase
written with a capital ("POW") matches only as written. For spaCy that means
hyphenated copies of each phrase and a second, ``attr="ORTH"`` matcher for
the capitalised ones; ``variants=False`` gives the bare one-matcher version,
whose differences run.py reports to show what the rules are worth.

A phrase whose code is ``None`` (an ``ignore`` entry of the codebook) takes
part in overlap resolution and is then dropped, which is what detentio does.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

IGNORE = "__ignore__"  # label for ignore phrases inside the spaCy matcher


def _case_sensitive(phrase: str) -> bool:
    return any(c.isupper() for c in phrase)


def hyphen_variants(phrase: str) -> list[str]:
    """The phrase with each space kept or made a hyphen (2**spaces forms, few words each)."""
    forms = [""]
    for index, word in enumerate(phrase.split(" ")):
        forms = [f + word for f in forms] if index == 0 else \
            [f + sep + word for f in forms for sep in (" ", "-")]
    return forms


def _label(code: str | None) -> str:
    return code if code else IGNORE


def _visible(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    return [(s, e, c) for s, e, c in spans if c != IGNORE]


def longest_first(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep non-overlapping spans, longer first, earlier first on ties (``filter_spans``'s rule)."""
    taken: list[tuple[int, int, str]] = []
    used: set[int] = set()
    for start, end, code in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if not used.intersection(range(start, end)):
            taken.append((start, end, code))
            used.update(range(start, end))
    return sorted(taken)


class SpacyMatcher:
    """spaCy's PhraseMatcher over the codebook phrases, case-insensitive (``attr="LOWER"``)."""

    def __init__(self, phrases: Iterable[tuple[str, str | None]], batch_size: int = 64,
                 variants: bool = True):
        import spacy
        from spacy.matcher import PhraseMatcher

        self.nlp = spacy.blank("en")
        self.batch_size = batch_size
        lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        exact = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        grouped: dict[tuple[bool, str], list[str]] = {}
        for phrase, code in phrases:
            forms = hyphen_variants(phrase) if variants else [phrase]
            sensitive = variants and _case_sensitive(phrase)
            grouped.setdefault((sensitive, _label(code)), []).extend(forms)
        for (sensitive, label), texts in grouped.items():
            (exact if sensitive else lower).add(label, list(self.nlp.tokenizer.pipe(texts)))
        self.matchers = [lower, exact] if variants else [lower]

    def spans(self, doc) -> list[tuple[int, int, str]]:
        from spacy.util import filter_spans

        found = [span for matcher in self.matchers for span in matcher(doc, as_spans=True)]
        return sorted(_visible(
            (span.start_char, span.end_char, span.label_) for span in filter_spans(found)))

    def pipe(self, texts: Iterable[str]) -> Iterator[list[tuple[int, int, str]]]:
        """Spans for each text, streaming through ``nlp.pipe``."""
        for doc in self.nlp.pipe(texts, batch_size=self.batch_size):
            yield self.spans(doc)


class NaiveMatcher:
    """One compiled case-insensitive regex per phrase, each scanned over the text."""

    def __init__(self, phrases: Iterable[tuple[str, str | None]]):
        # (?<!\w)/(?!\w) instead of \b: a phrase may start or end with a non-word character.
        self.patterns = [
            (re.compile(r"(?<!\w)" + re.escape(phrase).replace(r"\ ", "[ -]") + r"(?!\w)",
                        0 if _case_sensitive(phrase) else re.I), _label(code))
            for phrase, code in phrases]

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        found = [(m.start(), m.end(), code) for pattern, code in self.patterns
                 for m in pattern.finditer(text)]
        return _visible(longest_first(found))

    def pipe(self, texts: Iterable[str]) -> Iterator[list[tuple[int, int, str]]]:
        for text in texts:
            yield self.spans(text)
