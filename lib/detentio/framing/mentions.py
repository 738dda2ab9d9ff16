"""Mentions: every phrase of the codebook in the sources, with who says it.

>>> from detentio import mentions
>>> m = mentions.find()                     # the seed corpus; or find(corpus) / find(paths=[...])
>>> m[["source", "start", "end", "text", "code", "speaker", "quoted", "negated", "rule"]]

One row per mention; ``text == body[start:end]`` always. Columns (contract):
``source, start, end, text, code, sentence, speaker, quoted, negated, rule``,
then ``kind`` (label|clause), ``paragraph``, ``boilerplate``, ``page`` (the
1-based page of a source derived from a PDF, else empty), ``negation`` (the
form that denies the label, :mod:`.negation`, else empty) and
``speaker_role`` (the speaker's role: :mod:`.roles`), and the review
columns ``reviewed``, ``corrected``, ``engine``: the decisions of
``data/corrections.csv`` are applied (:mod:`detentio.framing.corrections`),
``engine`` keeping the engine's own values that a reviewer replaced.

The work per document is :func:`extract` (pure Python, no pandas), so a
corpus of any size streams through :func:`iter_mentions` one source at a
time, and Dask partitions call :func:`extract_source` directly.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from detentio.corpus.layout import NONE as NO_LAYOUT
from detentio.corpus.layout import of as layout_of
from detentio.framing import codebook as codebook_module
from detentio.framing import negation, senses
from detentio.framing import speakers as speaker_rules
from detentio.framing.roles import speaker_role

COLUMNS = ["source", "start", "end", "text", "code", "sentence", "speaker", "quoted", "negated", "rule"]
# negation: the form that denied it (:mod:`.negation`); speaker_role: the speaker's role (:mod:`.roles`)
# phrase: the phrase form that read the speaker of the cue the row's rule applied (speakers.phrases.FORMS)
EXTRA_COLUMNS = ["kind", "paragraph", "boilerplate", "page", "negation", "speaker_role", "phrase"]
REVIEW_COLUMNS = ["reviewed", "corrected", "engine"]  # see detentio.framing.corrections.apply

# A release is of living people: "the body of ... was handed over" is not one,
# and "the release of the report" or "a return to talks" names no one at all.
_REMAINS = re.compile(r"\b(?:body|bodies|remains|corpses?)\b", re.IGNORECASE)
_PEOPLE = re.compile(
    r"\b(?:people|persons?|individuals?|men|women|child(?:ren)?|citizens?|nationals?|residents?|soldiers?"
    r"|servicem[ae]n|servicemembers?|troops|fighters?|combatants?|conscripts?|officers?|volunteers?"
    r"|armenians?|azerbaijanis?|they|them|their|he|him|his|she|her|those|everyone|all\s+for\s+all"
    # "Nobody has been released", "Was anyone freed?": indefinite pronouns stand for people too
    r"|anyone|anybody|nobody|no\s+one|someone|somebody|whoever"
    # ... and the people a case or a family speaks of: "The other applicants were returned", "our compatriots returned"
    r"|applicants?|appellants?|defendants?|compatriots?|boys|sons|brothers|husbands|clients?)\b",
    re.IGNORECASE)


# A release named as an act, with its determiner ("no release", "the latest release", "each
# repatriation"): a release of people in this corpus unless "of" names a thing ("of the report").
_RELEASE_NOUN = re.compile(r"(?:releases?|repatriations?)", re.IGNORECASE)
# "the release of the report", "of a video": a thing, not people ("of all", "of those held" are people).
_OF_A_THING = re.compile(r"\s+of\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?!(?:all|the|those|these|our|their|its|his"
                         r"|her|remaining|rest|others)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                         r"|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?\b)[a-z]")
# The verbs of a release in the passive after its figure ("15 were released", "fifteen had been returned"), or before
# it in a question ("why were 15 released").
_PASSIVE_AFTER = (r"(?:\s+of\s+(?:our|the|their|them|those)(?:\s+[a-z]+)?)?"  # "17 of our boys were freed"
                  r"\s+(?:were|have\s+been|had\s+been|are|(?:(?:will|would|should|must|could|can|may|might|to)\s+)?be)"
                  r"\s+(?:\w+\s+)?$")  # "... the remaining 19 be released"
_PASSIVE_BEFORE = r"\b(?:were|are)\s+"


@lru_cache(maxsize=1)
def _count_subject() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The figure (or a quantifier, "Some were released") as the subject of a release, before it, with its article
    right before the verb or in a question after its "were", and as its object right after it, in the claims' own
    number pattern (never a year: "the files of 2021 were released")."""
    from detentio.framing.claims import numbers  # (the claims package imports this module: read at first use)
    figure = rf"(?!(?:19|20)\d\d\b){numbers.current().plain.pattern}"
    quantifier = r"\b(?:some|most|many|several|others|both|none|few|all)(?:\s+of\s+them)?"
    return (re.compile(rf"(?:{figure}|{quantifier}){_PASSIVE_AFTER}", re.IGNORECASE),
            # "the 44 returned on 14 December", "The 32 released in December 2023": the figure right before the verb
            re.compile(rf"\b(?:the|all|those|these)\s+{figure}\s+$", re.IGNORECASE),
            re.compile(_PASSIVE_BEFORE + figure + r"\s+(?:\w+\s+)?$", re.IGNORECASE),
            # "Azerbaijan released four today": the figure as the object, nothing counted after it
            re.compile(r"\s+(?:only\s+|another\s+|a\s+further\s+)?" + figure
                       + r"(?=\s*[,.;:]|\s+(?:more|others|today|yesterday|on|in|at|as|from|to|after|before|and)\b)",
                       re.IGNORECASE))


_DETERMINED = re.compile(r"(?:\b(?:no|any|a|the|this|that|each|every|another|first|second|third|last|latest|next"
                         r"|further|new|its|their|his|her|our|one|your|my|some|later|earlier|all|most|many|several"
                         r"|past|previous|recent|these|those|such)|[\w-]['’]s)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


_ANAPHORIC = re.compile(r"\b(?:the|their|his|her|this|that|whose)\s+$", re.IGNORECASE)
# "The others have not been released": a subject that stands for people named
# in the sentence before.
_ANAPHORIC_SUBJECT = re.compile(
    r"\W*(?:the\s+(?:others|rest|remainder|remaining)|others|both(?:\s+of\s+them)?|neither\s+of\s+them)\b",
    re.IGNORECASE)


# A web address written as text: a scheme or "www.", or a domain followed by a path.
_LINK = re.compile(r"[(\[<\"“]?(?:https?://|www\.|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}/)", re.IGNORECASE)


def in_link(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a web address written as text ("mfa.am/en/press-release/...")."""
    left = max(text.rfind(c, 0, start) for c in " \t\n") + 1
    right = min((i for i in (text.find(c, end) for c in " \t\n") if i != -1), default=len(text))
    return bool(_LINK.match(text, left, right))


def match_text(text: str, matcher: codebook_module.Matcher | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, code)`` for every codebook phrase in ``text``, longest first, no overlaps.

    The low-level step, without speakers or boilerplate: one pass of the
    codebook's compiled regex. Ignored phrases ("in return") consume their
    words and yield nothing.
    """
    return list(_spans(text, matcher or codebook_module.matcher()))


@lru_cache(maxsize=4)
def _spans(text: str, matcher: codebook_module.Matcher) -> tuple[tuple[int, int, str], ...]:
    # Mentions and claims of one document both need its spans: match once.
    return tuple(matcher.spans(text))


def negations(text: str, spans: list[tuple[int, int, str]], kinds: dict[str, str],
              sentence_bounds: list[tuple[int, int]]) -> list[bool]:
    """Whether each span is denied (:func:`detentio.framing.negation.deny` names the form)."""
    return [form is not None for form in negation.deny(text, spans, kinds, sentence_bounds)]


def _registry():
    """The actor registry as loaded now (one stat of data/actors.yml)."""
    from detentio.framing import actors

    return actors.load()


def _index(starts: list[int], offset: int) -> int:
    import bisect

    return max(0, bisect.bisect_right(starts, offset) - 1)


def _releases_people(text: str, start: int, end: int, floor: int, ceiling: int, label_starts: list[int],
                     people_floor: int) -> bool:
    """Whether a release word is about living people: someone is named in its
    sentence or the one before (a label or a word for people) and no body is in its clause."""
    import bisect

    before = text[senses.clause_start(text, start, floor):start]  # the clause of the release word
    after = " ".join(text[end:min(ceiling, end + 60)].split()[:3])
    if _REMAINS.search(before) or _REMAINS.search(after):
        return False
    if re.match(r"\s+all\b(?!\s+(?:of\s+)?(?:the\s+)?(?:documents?|files?|data|information|records?|reports?)\b)",
                text[end:end + 40], re.IGNORECASE):
        return True  # "release all": everyone held
    if _RELEASE_NOUN.fullmatch(text, start, end) and _DETERMINED.search(text, max(floor, start - 30), start) \
            and not _OF_A_THING.match(text, end):
        return True  # "no release has taken place", "the first release": the act itself, in a corpus of them
    subject, determined, question, count_object = _count_subject()
    verb = not _RELEASE_NOUN.fullmatch(text, start, end)  # "the 44 returned", "released four": a verb's figure
    if subject.search(text, max(floor, start - 40), start) or question.search(text, max(floor, start - 40), start) \
            or verb and (determined.search(text, max(floor, start - 40), start) or count_object.match(text, end, ceiling)):
        return True  # "why were 15 released", "Four were returned", "released four today": a count of people
    i = bisect.bisect_left(label_starts, people_floor)
    if i < len(label_starts) and label_starts[i] < ceiling:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    row = _TABLE_ROW.match(text, line_start)
    if row:  # "Azerbaijanis returned ...... 2", or "Returned on 14 December 2020 ...... 44" under "Persons
        title = _table_title(text, line_start)  # returned to Armenia": the people the row or its table counts
        return bool(_PEOPLE.search(row.group()) or title and _PEOPLE.search(title))
    return bool(_PEOPLE.search(text, max(people_floor, start - 2 * senses.NEAR), min(ceiling, end + 2 * senses.NEAR)))


def _table_title(text: str, row_start: int) -> str | None:
    """The line a plain-text table's rows hang from: the first line above ``row_start`` that is neither a row
    nor blank (within 40 lines), else None."""
    end = row_start - 1
    for _ in range(40):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _TABLE_ROW.match(line):
            return line
        end = start - 1
    return None


# A plain-text table's row: a label, dot leaders or a run of spaces, a number at the end of the line.
_TABLE_ROW = re.compile(r"[ \t]*[A-Za-z][^\n]{0,80}?(?:\.{3,}|[ \t]{3,})[ \t]*\d[\d,]*[ \t]*$", re.MULTILINE)


def extract(text: str, *, source: str, outlet: str | None = None, published=None,
            book: codebook_module.Codebook | None = None, registry=None,
            include_boilerplate: bool = False, layout=None, front: dict | None = None) -> list[dict]:
    """The mention records of one body (see the module docstring for the columns);
    ``layout`` (:class:`detentio.layout.Layout`) gives pages and recorded chrome; ``front`` the
    front matter the speaker rules read (``kind``, ``author``)."""
    book = book or codebook_module.load()
    spans = match_text(text, codebook_module.matcher(book))
    if not spans:
        return []
    layout = layout or NO_LAYOUT
    who = speaker_rules.for_document(text, outlet=outlet, source=source, published=published,
                                     registry=registry, layout=layout, **_front(front))
    sentence_list = who.sentences
    bounds = [(s, e) for _, s, e in sentence_list]
    starts = [s for s, _ in bounds]
    kinds = {code: c.kind for code, c in book.codes.items()}
    label_starts = [s for s, _, c in spans if kinds.get(c) == "label"]
    kept, things = [], set()
    for start, end, code in spans:
        index = _index(starts, start)
        s_start, s_end = bounds[index] if bounds else (0, len(text))
        # "Four detainees came home. The release followed talks.": a release noun with
        # a determiner refers back, so the sentence before may name the people.
        refers_back = _ANAPHORIC.search(text, max(s_start, start - 12), start) \
            or _ANAPHORIC_SUBJECT.match(text, s_start, start)
        p_start = bounds[index - 1][0] if index > 0 and refers_back else s_start
        if code == "release" and not _releases_people(text, start, end, s_start, s_end, label_starts, p_start):
            continue
        if in_link(text, start, end):
            continue  # "(oc-media.org/en/four-armenians-released)": a link's words name a page, nobody speaks them
        if senses.in_proper_name(text, start, end):
            continue  # "the families' group Hope for Return says": a name's words, no label for anyone
        if senses.not_of_people(text, start, end, code, s_start, s_end):
            things.add(start)  # no mention; but still a word the sentence's negation reads its scope through
        kept.append((start, end, code))
    denied = negation.deny(text, kept, kinds, bounds, own_voice=who.own_voice)
    records, roles = [], {}  # roles: speaker -> role, worked out once per document
    for (start, end, code), form in zip(kept, denied):
        if start in things:
            continue
        in_chrome = who.in_boilerplate(start, end)
        if in_chrome and not include_boilerplate:
            continue
        index = _index(starts, start)
        said = who.at(start)
        records.append({
            "source": source, "start": start, "end": end, "text": text[start:end], "code": code,
            "sentence": index, "speaker": said.speaker, "quoted": said.quoted, "negated": form is not None,
            "rule": said.rule, "kind": kinds[code],
            "paragraph": sentence_list[index][0] if sentence_list else 0, "boilerplate": in_chrome,
            "page": layout.page_at(start), "negation": form, "phrase": said.phrase,
            "speaker_role": roles.get(said.speaker) if said.speaker in roles else
            roles.setdefault(said.speaker, speaker_role(said.speaker, registry or _registry(), text)),
        })
    return records


def extract_source(source, *, book=None, registry=None, include_boilerplate: bool = False,
                   corrected: bool = False) -> list[dict]:
    """Mention records of one :class:`detentio.corpus.sources.Source` (the per-document unit for Dask);
    with ``corrected`` the reviewer's decisions applied."""
    return source_records(extract, "mentions", source, book=book, registry=registry,
                          include_boilerplate=include_boilerplate, corrected=corrected)


def source_records(extract_one, kind: str, source, *, book, registry, include_boilerplate: bool,
                   corrected: bool) -> list[dict]:
    """``extract_one``'s records of one source file, its layout and front matter read from it
    (the per-document unit that mentions and claims share)."""
    return corrected_records(extract_one, kind, source.body, source=source.id, outlet=source.get("outlet"),
                             published=_published(source.meta), book=book, registry=registry,
                             include_boilerplate=include_boilerplate, layout=layout_of(source.meta),
                             front=source.meta, corrected=corrected)


def corrected_records(extract_one, kind: str, body: str, *, source: str, outlet, published, book, registry,
                      include_boilerplate: bool, layout, front: dict | None = None,
                      corrected: bool = True) -> list[dict]:
    """``extract_one``'s records of one body, with ``data/corrections.csv`` applied when ``corrected``."""
    from detentio.framing import corrections

    book = book or codebook_module.load()
    records = extract_one(body, source=source, outlet=outlet, published=published, book=book,
                          registry=registry, include_boilerplate=include_boilerplate, layout=layout, front=front)
    if not corrected:
        for record in records:
            record.update(reviewed=False, corrected=False, engine="")
        return records

    def locate(start: int, end: int) -> dict:
        # where the engine would have put an item it missed: its sentence, speaker and page
        who = speaker_rules.for_document(body, outlet=outlet, source=source, published=published,
                                         registry=registry, layout=layout or NO_LAYOUT, **_front(front))
        sentences = who.sentences
        index = _index([s for _, s, _ in sentences], start)
        said = who.at(start)
        return {"sentence": index, "speaker": said.speaker, "rule": said.rule, "phrase": said.phrase,
                "quoted": said.quoted,
                "paragraph": sentences[index][0] if sentences else 0,
                "boilerplate": who.in_boilerplate(start, end), "page": (layout or NO_LAYOUT).page_at(start)}

    kinds = {code: c.kind for code, c in book.codes.items()}
    return corrections.apply(kind, records, body, source, corrections.load(), locate=locate, kinds=kinds)


def _front(meta: dict | None) -> dict:
    """The front matter the speaker rules read: ``kind`` and ``author`` (text, or None)."""
    meta = meta or {}
    return {key: str(meta[key]) if isinstance(meta.get(key), str) and meta[key].strip() else None
            for key in ("kind", "author")}


def _published(meta: dict):
    from detentio.corpus.sources import parse_published

    value = meta.get("published")
    if value in (None, ""):
        return None
    try:
        return parse_published(value, str(meta.get("date_precision") or "approximate"))[0]
    except ValueError:
        return None


def _documents(corpus=None, paths=None, front: bool = False) -> Iterator[tuple]:
    """``(id, body, outlet, published date, layout)`` per document, from a Corpus or streamed from files;
    with ``front``, a sixth item: the front matter the speaker rules read (:func:`_front`)."""
    if corpus is not None:
        import pandas as pd

        docs = corpus.documents.set_index("id")
        for source_id, body in corpus.texts.items():
            known = source_id in docs.index
            outlet = docs.at[source_id, "outlet"] if known else None
            published = docs.at[source_id, "published"] if known else None
            row = (source_id, body, None if pd.isna(outlet) else outlet,
                   None if published is None or pd.isna(published) else published.date(),
                   corpus.layouts.get(source_id, NO_LAYOUT))
            meta = {k: docs.at[source_id, k] for k in ("kind", "author") if known and k in docs.columns}
            yield row + (_front(meta),) if front else row
        return
    from detentio.corpus.sources import iter_sources

    for source in iter_sources(paths):
        row = source.id, source.body, source.get("outlet"), _published(source.meta), layout_of(source.meta)
        yield row + (_front(source.meta),) if front else row


def iter_mentions(corpus=None, *, paths: Iterable | None = None, codebook=None,
                  include_boilerplate: bool = False, corrected: bool = True) -> Iterator[dict]:
    """Mention records, one source at a time (nothing but one body in memory when reading files);
    ``corrected=False`` gives the engine's output without the reviewer's decisions."""
    return records_of(extract, corpus, paths, codebook, include_boilerplate, corrected=corrected)


def records_of(extract_one, corpus, paths, codebook, include_boilerplate: bool, *,
               corrected: bool = True) -> Iterator[dict]:
    """``extract_one`` (mentions' or claims' ``extract``) over every document, with one codebook and
    registry, and the reviewer's decisions applied when ``corrected``."""
    from detentio.framing import actors, corrections

    kind = extract_one.__module__.rpartition(".")[2]  # "mentions" or "claims"
    book = codebook if isinstance(codebook, codebook_module.Codebook) else codebook_module.load(codebook)
    registry = actors.load()
    if corrected:
        corrections.load()  # a file that does not validate stops here, before any document is read
    for source_id, body, outlet, published, layout, front in _documents(corpus, paths, front=True):
        yield from corrected_records(extract_one, kind, body, source=source_id, outlet=outlet,
                                     published=published, book=book, registry=registry,
                                     include_boilerplate=include_boilerplate, layout=layout, front=front,
                                     corrected=corrected)


def frame(records: Iterable[dict]):
    """Records -> the typed mentions DataFrame (empty input gives the columns)."""
    import pandas as pd

    table = pd.DataFrame(list(records), columns=COLUMNS + EXTRA_COLUMNS + REVIEW_COLUMNS)
    for column in ("start", "end", "sentence", "paragraph"):
        table[column] = table[column].astype("int64")
    table["engine"] = table["engine"].astype(object).fillna("").astype(str)
    for column in ("quoted", "negated", "boilerplate", "reviewed", "corrected"):
        table[column] = table[column].astype(object).fillna(False).astype(bool)
    table["page"] = table["page"].astype("Int64")
    # Text that may be missing stays object dtype, whatever one partition of a
    # corpus holds, so the Dask path's concatenated table equals this one.
    for column in ("negation", "speaker_role", "phrase"):
        values = table[column].astype(object)
        table[column] = values.where(values.notna(), None)
    return table


def find(corpus=None, *, paths: Iterable | None = None, codebook=None, include_boilerplate: bool = False,
         corrected: bool = True):
    """Every mention in a corpus (a :class:`~detentio.corpus.loader.Corpus`) or in ``paths``
    (files or folders; default ``data/sources``).

    Returns
    -------
    DataFrame
        ``source, start, end, text, code, sentence, speaker, quoted, negated, rule,
        kind, paragraph, boilerplate, page, reviewed, corrected, engine``. Mentions in page
        chrome are left out unless ``include_boilerplate`` (then ``boilerplate`` is True on
        them). The decisions of ``data/corrections.csv`` are applied unless ``corrected=False``.
    """
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    return frame(iter_mentions(corpus, paths=paths, codebook=codebook, include_boilerplate=include_boilerplate,
                               corrected=corrected))

