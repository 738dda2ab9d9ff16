"""Count claims: numbers of PEOPLE that a source states, with qualifier and speaker.

>>> from detentio import claims
>>> claims.find()[["source", "text", "value", "qualifier", "what", "speaker"]]

One row per claim (contract): ``source, start, end, text, value, qualifier,
what, speaker``, then ``sentence, rule, quoted, page``. ``text == body[start:end]``.

Two shapes are recognised, both within one sentence:

- the number before what it counts: "at least 40 POWs", "the return of 32
  Armenian prisoners", "40 of the Armenian prisoners of war", "handed over 15
  Armenian citizens" (span: qualifier + number + counted phrase);
- the number after it: "the official number of Armenian prisoners held in
  Azerbaijan is 23" (span: qualifier + number), or an elliptical count after a
  comparison with the claim before it: "19 Armenians ..., down from 23"
  (span: the number, ``what`` that claim's).

A noun of role ("five former leaders") counts people only as the object of a
verb of detention, trial or release ("sentenced five former leaders").

``what`` is the codebook label when the counted phrase is one (``detainee``
for "prisoners"), else the counted noun in lower case ("citizens"). A number
only counts when what follows (or precedes) it is people, which is what keeps
dates, years, percentages, durations, money and "the last two opportunities"
out; ordinals are never numbers here.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from detentio.corpus.layout import NONE as NO_LAYOUT
from detentio.corpus.layout import of as layout_of
from detentio.framing import codebook as codebook_module
from detentio.framing import speakers as speaker_rules
from detentio.framing.mentions import _documents, _index, _published, match_text

COLUMNS = ["source", "start", "end", "text", "value", "qualifier", "what", "speaker"]
EXTRA_COLUMNS = ["sentence", "rule", "quoted", "page"]  # page: as for mentions

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
_WORD_NUMBER = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four"
                r"|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
                r"|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|(?:a|one)\s+hundred)")
# Digits not glued to a word, a decimal point, a hyphen ("25-year-old") or a currency sign.
_NUMBER = re.compile(
    rf"(?<![\w.,$€£¥%/-])(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)|(?P<words>{_WORD_NUMBER}))(?![\w%/-]|[.,]\d)",
    re.IGNORECASE)
QUALIFIERS = [  # longest first; the words right before the number
    (r"no\s+more\s+than|not\s+more\s+than|up\s+to|at\s+most|a\s+maximum\s+of", "at_most"),
    (r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of", "at_least"),
    (r"more\s+than|over|upwards\s+of", "more_than"),
    (r"fewer\s+than|less\s+than|under", "less_than"),
    (r"about|around|some|nearly|approximately|almost|roughly|an\s+estimated|estimated|close\s+to|approx\.",
     "about"),
    (r"only|exactly|just|precisely", "exact"),
]
_QUALIFIER = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<q{i}>{p})" for i, (p, _) in enumerate(QUALIFIERS)) + r")\s+$", re.IGNORECASE)
# "handed over 15 citizens": "over" after such a verb is a particle, not "more than".
_PARTICLE_VERBS = re.compile(r"(?:hand|hands|handed|handing|turn|turns|turned|turning|take|took|taken|pass"
                             r"|passed|bring|brought|give|gave|given|send|sent|hold|held|won|win)\s+$",
                             re.IGNORECASE)
PEOPLE = frozenset("""
people persons individuals men women children citizens nationals residents soldiers servicemen servicemembers
troops fighters combatants conscripts officers militants volunteers armenians azerbaijanis georgians syrians
russians person individual man woman child citizen national resident soldier serviceman fighter combatant
conscript officer volunteer
""".split())
# Nouns for people by role or office. They count only right after a verb of
# detention, trial or release ("sentenced five former leaders"): "the two
# leaders met" elsewhere is a summit, not a count of detained people.
ROLES = frozenset("""
leaders leader officials official politicians politician activists activist journalists journalist defendants
defendant members member deputies deputy commanders commander ministers minister suspects suspect convicts
convict inmates inmate relatives relative students student doctors doctor workers worker villagers villager
shepherds shepherd farmers farmer lawyers lawyer priests priest sappers sapper drivers driver guards guard
representatives representative generals general
""".split())
_DETENTION_VERB = re.compile(
    r"(?<![\w-])(?:sentenced|sentences|sentence|convicted|convicts|tried|tries|charged|charges|jailed|jails"
    r"|imprisoned|arrested|arrests|detained|detains|captured|captures|abducted|seized|released|releases|freed"
    r"|frees|pardoned|pardons|repatriated|extradited|transferred|exchanged|returned|returns|holds|held|holding"
    r"|handed\s+over|hands\s+over)\s+(?:a\s+further\s+|another\s+|all\s+)?$", re.IGNORECASE)
_ETHNONYMS = frozenset("armenian azerbaijani georgian syrian russian".split())
MODIFIERS = frozenset("""
more other remaining former captured detained missing ethnic young wounded surviving additional further
military civilian armenian azerbaijani georgian syrian russian lebanese iranian turkish foreign alleged
so-called imprisoned convicted jailed arrested abducted
""".split())
_OF_THE = re.compile(r"\s+of\s+(?:the|these|those|our|their|its|his|her)\s+", re.IGNORECASE)
# "44 Armenian and 12 Azerbaijani detainees": the first count shares the noun of the second.
_AND_NUMBER = re.compile(r"\s+and\s+(?=\S)", re.IGNORECASE)
_WORD = re.compile(r"\s+([\w’'-]+)")
# "Article 118", "para 8", "Resolution 2391": numbers that name, not count.
_REFERENCE = re.compile(r"(?<![\w-])(?:articles?|arts?\.?|paragraphs?|paras?\.?|rules?|resolutions?|sections?"
                        r"|chapters?|pages?|pp?\.|no\.|nos\.|number|case|protocol|convention|item)\s+$",
                        re.IGNORECASE)
# An elliptical count: "19 Armenians were still held, down from 23 a year
# earlier" counts the noun of the claim before it in the sentence. Only after
# such a comparison word, and only when no noun of its own follows the number
# ("from 23 a year earlier", "from 23.", not "from 12 countries").
_COMPARED = re.compile(r"(?<![\w-])(?:(?:down|up)\s+from|compared\s+(?:with|to)|against|versus|vs\.|than|from|to)\s+$",
                       re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"\s*(?:$|[,.;:)!?\u2014\u2013-]|(?:a|an|the|in|on|at|by|last|earlier|before|previously"
                            r"|ago|and|or|when|after|since|until)\b)", re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:number|total|count|figure|tally)\s+of\b", re.IGNORECASE)
# "had put the number of Armenian prisoners in Baku at 55": an estimate's figure after "at".
_ESTIMATE = re.compile(r"(?<![\w-])(?:put|puts|putting|places|placed|placing|estimated|estimates)\s+the\s+$",
                       re.IGNORECASE)
# "After it, 23 remain": a number standing alone as the subject of "remain"
# counts the people of the claim just before.
_REMAIN_AFTER = re.compile(r"\s+(?:still\s+)?(?:remain|remained|are\s+(?:still\s+)?(?:left|held)"
                           r"|were\s+(?:still\s+)?(?:left|held))\b", re.IGNORECASE)
_COPULA = re.compile(r"\s+(?:is|was|are|were|stands\s+at|stood\s+at|has\s+reached|reached|totals|totalled"
                     r"|totaled|amounts\s+to|remains|remained)\s+$", re.IGNORECASE)


def value_of(token: str) -> int:
    """The integer a number token stands for: "1,200" -> 1200, "twenty-three" -> 23."""
    token = token.lower().strip()
    if token[0].isdigit():
        return int(token.replace(",", ""))
    if token.endswith("hundred"):
        return 100
    parts = re.split(r"[-\s]+", token)
    if parts[0] in TENS:
        return TENS[parts[0]] + (UNITS[parts[1]] if len(parts) > 1 else 0)
    return UNITS[parts[0]]


def qualifier_before(text: str, start: int, floor: int) -> tuple[int, str]:
    """``(start of the qualifier, qualifier)`` for the words before ``start`` (else ``(start, "exact")``)."""
    window = text[max(floor, start - 30):start]
    m = _QUALIFIER.search(window)
    if not m:
        return start, "exact"
    name = next(QUALIFIERS[int(k[1:])][1] for k, v in m.groupdict().items() if v)
    q_start = start - len(window) + m.start()
    if name == "more_than" and m.group().lower().startswith("over") and _PARTICLE_VERBS.search(text, floor, q_start):
        return start, "exact"
    return q_start, name


def _counted(text: str, pos: int, ceiling: int, labels: dict[int, tuple[int, str]], roles: bool = False):
    """What follows a number at ``pos``: ``(end, what)`` when it is people, else None.

    With ``roles`` (the number is the object of a verb of detention or
    release) a noun of role or office counts as people too.
    """
    of = _OF_THE.match(text, pos, ceiling)
    if of:
        pos = of.end() - 1
    for _ in range(4):  # up to three modifiers, then the counted word
        word = _WORD.match(text, pos, ceiling)
        if not word:
            return None
        if word.start(1) in labels:
            end, code = labels[word.start(1)]
            return end, code
        lower = word.group(1).lower()
        if lower in PEOPLE or roles and lower in ROLES:
            return word.end(1), word.group(1).lower()
        if lower in _ETHNONYMS and not _continues(text, word.end(1), ceiling, labels):
            joined = _AND_NUMBER.match(text, word.end(1), ceiling)
            other = _NUMBER.match(text, joined.end(), ceiling) if joined else None
            shared = _counted(text, other.end(), ceiling, labels, roles) if other else None
            if shared:
                return word.end(1), shared[1]
            return word.end(1), word.group(1).lower()  # "one Armenian" counted
        if lower in MODIFIERS or word.group(1)[0].isupper():
            pos = word.end(1)
            continue
        return None
    return None


def _continues(text: str, pos: int, ceiling: int, labels) -> bool:
    word = _WORD.match(text, pos, ceiling)
    if not word:
        return False
    lower = word.group(1).lower()
    return word.start(1) in labels or lower in PEOPLE or lower in MODIFIERS


def _counted_before(text: str, number_start: int, floor: int, labels_in: list[tuple[int, int, str]]):
    """"the number of Armenian prisoners held in Azerbaijan is 23": the people named before the copula."""
    head = text[floor:number_start]
    copula = _COPULA.search(head)
    at = re.search(r"\s+at\s+$", head)
    if not copula and at:
        copula = at  # only after "put the number of ... at", checked below
    if not copula:
        return None
    total = None
    for total in _TOTAL.finditer(head, 0, copula.start()):
        pass
    if total is None or copula is at and not _ESTIMATE.search(head, 0, total.start()):
        return None
    between = head[total.end():copula.start()]
    if len(between.split()) > 10:
        return None
    for s, _e, code in labels_in:
        if floor + total.end() <= s < floor + copula.start():
            return code
    for word in re.findall(r"[\w’'-]+", between):
        if word.lower() in PEOPLE:
            return word.lower()
    return None


def extract(text: str, *, source: str, outlet: str | None = None, published=None,
            book: codebook_module.Codebook | None = None, registry=None,
            include_boilerplate: bool = False, layout=None) -> list[dict]:
    """The count-claim records of one body (see the module docstring); ``layout`` as for mentions."""
    book = book or codebook_module.load()
    layout = layout or NO_LAYOUT
    numbers = list(_NUMBER.finditer(text))
    if not numbers:
        return []
    label_spans = [(s, e, c) for s, e, c in match_text(text, codebook_module.matcher(book))
                   if book.codes[c].kind == "label"]
    labels = {s: (e, c) for s, e, c in label_spans}
    who = speaker_rules.for_document(text, outlet=outlet, source=source, published=published, registry=registry,
                                     layout=layout)
    sentence_list = who.sentences
    starts = [s for _, s, _ in sentence_list]
    records = []
    last_claim: tuple[int, str] | None = None  # (sentence, what) of the claim before, for elliptical counts
    for number in numbers:
        if number.group("digits") and re.fullmatch(r"(?:1[89]|20)\d\d", number.group()):
            continue  # a year
        if _REFERENCE.search(text, max(0, number.start() - 20), number.start()):
            continue
        index = _index(starts, number.start())
        _, s_start, s_end = sentence_list[index] if sentence_list else (0, 0, len(text))
        in_chrome = who.in_boilerplate(number.start())
        if in_chrome and not include_boilerplate:
            continue
        q_start, qualifier = qualifier_before(text, number.start(), s_start)
        roles = bool(_DETENTION_VERB.search(text, max(s_start, q_start - 40), q_start))
        counted = _counted(text, number.end(), s_end, labels, roles)
        if counted:
            start, end, what = q_start, counted[0], counted[1]
        else:
            what = _counted_before(text, q_start, s_start, label_spans)
            if what is None and last_claim and last_claim[0] == index \
                    and _COMPARED.search(text, max(s_start, q_start - 20), q_start) \
                    and _NO_NOUN_AFTER.match(text, number.end(), s_end):
                what = last_claim[1]
            if what is None and last_claim and index - last_claim[0] <= 1 \
                    and _REMAIN_AFTER.match(text, number.end(), s_end):
                what = last_claim[1]
            if what is None:
                continue
            start, end = q_start, number.end()
        last_claim = (index, what)
        said = who.at(number.start())
        records.append({
            "source": source, "start": start, "end": end, "text": text[start:end],
            "value": value_of(number.group()), "qualifier": qualifier, "what": what,
            "speaker": said.speaker, "sentence": index, "rule": said.rule, "quoted": said.quoted,
            "page": layout.page_at(start),
        })
    return records


def extract_source(source, *, book=None, registry=None, include_boilerplate: bool = False) -> list[dict]:
    """Claim records of one :class:`detentio.corpus.sources.Source` (the per-document unit for Dask)."""
    return extract(source.body, source=source.id, outlet=source.get("outlet"),
                   published=_published(source.meta), book=book, registry=registry,
                   include_boilerplate=include_boilerplate, layout=layout_of(source.meta))


def iter_claims(corpus=None, *, paths: Iterable | None = None, codebook=None,
                include_boilerplate: bool = False) -> Iterator[dict]:
    """Claim records, one source at a time."""
    from detentio.framing import actors

    book = codebook if isinstance(codebook, codebook_module.Codebook) else codebook_module.load(codebook)
    registry = actors.load()
    for source_id, body, outlet, published, layout in _documents(corpus, paths):
        yield from extract(body, source=source_id, outlet=outlet, published=published, book=book,
                           registry=registry, include_boilerplate=include_boilerplate, layout=layout)


def frame(records: Iterable[dict]):
    """Records -> the typed claims DataFrame."""
    import pandas as pd

    table = pd.DataFrame(list(records), columns=COLUMNS + EXTRA_COLUMNS)
    for column in ("start", "end", "value", "sentence"):
        table[column] = table[column].astype("int64")
    table["quoted"] = table["quoted"].astype(bool)
    table["page"] = table["page"].astype("Int64")
    return table


def find(corpus=None, *, paths: Iterable | None = None, codebook=None, include_boilerplate: bool = False):
    """Every count claim in a corpus or in ``paths`` (default ``data/sources``).

    Returns
    -------
    DataFrame
        ``source, start, end, text, value, qualifier, what, speaker, sentence, rule, quoted``.
    """
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    return frame(iter_claims(corpus, paths=paths, codebook=codebook, include_boilerplate=include_boilerplate))

