"""Who says it: rule-based speaker attribution that a reviewer can follow.

>>> from detentio import speakers
>>> who = speakers.attribute(body, outlet="TASS", source="002", published="2021-07-07")
>>> who.at(offset)        # Speaker(speaker='kopyrkin', rule='quote_verb_after', quoted=True)
>>> who.quotes            # [Quote(start, end, kind), ...] every direct quotation

Every attribution names the rule that made it, so a scholar can check it:

``quote_verb_after``   "...," Pashinyan said / said Sahakyan (a direct quotation)
``quote_verb_before``  Pashinyan said, "..." / the minister responded, '...'
``reported_speech``    Sahakyan noted that ... / Baku argues that ... / ..., X told reporters /
                       Baku calls them "..." / described them as ... and said ...; a relative
                       clause ("whom X call ...") is X's from the relative pronoun on
``according_to``       according to Sahakyan, ...
``pronoun``            he noted / He recalled ...: the last named speaker, or a person
                       introduced after it as a sentence subject ("X, a lawyer, disagreed.")
``continuation``       later sentences of the paragraph while still plausibly reported (a
                       quotation, "He also"/"And"/"In this regard", a question, or a paragraph
                       led by the speaker's words with no new actor as subject), a quotation
                       paragraph or a paragraph opening "In this regard" after a speaker's paragraph
``said_this``          "X stated this": the preceding paragraph of unquoted speech
``headline_says``      a headline "..., says X" or "...: X"
``speaker_label``      a transcript paragraph "Maria Zakharova: ..." and those after it
``issuer``             a statement printed in full ("Statement of the Ministry of ...")
``outlet``             nobody named: ``outlet:<outlet>`` or ``outlet:<source id>``

A speaker is an actor id of ``data/actors.yml``, else the name as the text
gives it ("Lilit Avetisyan"). Offsets are ``str`` indices into the body.
Pure Python (no pandas), so it runs per document inside Dask partitions.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from detentio.framing import actors as registry_module
from detentio.corpus import boilerplate as chrome
from detentio.corpus import sentences as splitter

RULES = ("quote_verb_after", "quote_verb_before", "reported_speech", "according_to", "pronoun",
         "continuation", "said_this", "headline_says", "speaker_label", "issuer", "outlet")

# --- word lists (the rules' vocabulary, kept visible) ----------------------

# Verbs of saying. Nouns that look like verbs ("claims", "remarks") only count
# right after a speaker, so they rarely misfire. Not here on purpose: seek,
# want, demand, discuss, deny (they report an action or a topic, not wording).
SAY = """
said says say told tells tell noted notes stated added adds explained explains stressed stresses
emphasized emphasised emphasizes emphasises recalled recalls asserted asserts assured assures argued
argues argue claimed claims claim declared declares insisted insists insist warned warns warn wrote
writes responded responds replied replies answered answers announced announces remarked underlined
underlines underscored underscores reaffirmed reaffirms reiterated reiterates confirmed confirms
acknowledged acknowledges admitted admits maintained maintains believes believe thinks think continued
concluded commented urged urges mentioned mentions observed suggested suggests complained alleged
alleges accused accuses call calls called describe describes described asked asks reported reports put puts
""".split()
SAY_PHRASES = ["pointed out", "points out", "referred to", "refers to", "touched on", "touched upon",
               "touches on", "touches upon", "spoke about", "spoke of", "speaks about", "speaks of",
               "called for", "called on", "calls for", "calls on", "speak of", "speak about"]
SAY_ING = """saying noting adding stressing explaining emphasizing emphasising recalling arguing claiming
insisting warning stating asserting underlining reiterating assuring urging""".split() + ["pointing out"]
_EXPRESS = r"express(?:ed|es)\s+(?:\w+\s+)?(?:concern|hope|regret|confidence|doubt|belief|conviction|dismay)"
# Verbs that are as often not about speech ("the positions they had
# maintained", "talks continued") count only with a complement: that, a
# colon or a quotation.
_WEAK = frozenset("""maintained maintains continued believes believe thinks think claim claims observed
suggested suggests confirmed confirms acknowledged acknowledges mentioned mentions concluded answers
answered notes reported reports""".split())
_COMPLEMENT = re.compile(r"\s*(?:that\b|:|,?\s*[\"\u201c\u2018'])")
# Admitting or confirming an act reports wording too: "Baku has acknowledged
# holding 72 Armenians" is Baku's figure. "continued holding" is not speech,
# so only this family takes a gerund.
_GERUND_VERBS = frozenset("acknowledged acknowledges confirmed confirms mentioned mentions".split())
_GERUND = re.compile(r"\s+(?:having\s+)?[a-z]+ing\b")
# "call" and "describe" are speech only when they name something: "Baku calls
# them "war criminals"", "described them as ...". "called a meeting", "called
# him on Monday" and "describe the route" are not.
_NAMING = {
    "call": re.compile(
        r"\s+(?:(?:them|him|her|it|us|these|those|this|the\s+[\w'’-]+(?:\s+[\w'’-]+)?|such\s+[\w'’-]+)\s+)?"
        r"[\"\u201c\u2018']|\s+(?:them|him|her|these\s+[\w'’-]+|those\s+[\w'’-]+)\s+(?!(?:on|at|in|to|into|back|up"
        r"|off|out|for|from|by|with|about|over|after|before|during|again|today|yesterday|and|or|but|if|when)\b)"
        r"[a-z]|\s+the\s+[\w'’-]+\s+an?\s+[a-z]", re.IGNORECASE),
    "describe": re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?as\b", re.IGNORECASE),
    # "put the number of prisoners at 55" states a figure; "put pressure on" does not
    "put": re.compile(r"\s+the\s+(?:[\w'’-]+\s+)?(?:number|figure|total|toll|count)\b", re.IGNORECASE),
}
_NAMING_VERB = {"call": "call", "calls": "call", "called": "call", "put": "put", "puts": "put",
                "describe": "describe", "describes": "describe", "described": "describe"}


def _alternation(phrases) -> str:
    # Longest first so that "pointed out" is tried before a shorter word.
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


_VERB = re.compile(
    r"(?<![\w-])(?:(?P<according>according\s+to)|(?P<ing>" + _alternation(SAY_ING) + r")|(?P<verb>"
    + _EXPRESS + "|" + _alternation(SAY + SAY_PHRASES) + r"))(?![\w-])", re.IGNORECASE)
# The verb regex is tried only where a word that can start it begins: one
# pass over the words and a set lookup is much faster than letting a long
# alternation run at every word start.
_FIRST_WORDS = frozenset(["according", "expressed", "expresses"] + [p.split()[0] for p in SAY + SAY_PHRASES + SAY_ING])
_WORDS = re.compile(r"(?<![\w-])[A-Za-z]+")


def verbs(text: str):
    """Every verb of saying (and "according to") in ``text``, as regex matches, in order."""
    for word in _WORDS.finditer(text):
        if word.group().lower() in _FIRST_WORDS:
            match = _VERB.match(text, word.start())
            if match:
                yield match


# Between a speaker and the verb: "Sahakyan once again noted", "Yerevan has stressed".
_ADVERBS = re.compile(
    r"(?:\s+|^)(?:also|once\s+again|again|further|later|then|previously|earlier|repeatedly|recently|has|have"
    r"|had|would|will|used\s+to|now|reportedly|firmly|clearly|openly|publicly|categorically|strongly"
    r"|explicitly|himself|herself|today|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday))\s*$", re.IGNORECASE)
_COORDINATED = re.compile(r"(?<![\w-])and\s*$", re.IGNORECASE)
_RELATIVE = re.compile(r"(?<![\w-])(?:whom|who|which|what)\s+$", re.IGNORECASE)
_PASSIVE = re.compile(r"(?<![\w-])(?:is|was|are|were|be|been|being)\s+$", re.IGNORECASE)
_THIS_WAS = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:this|that|it)\s+(?:was|has\s+been|is)\s+$", re.IGNORECASE)
_BY_AGENT = re.compile(r"(?:\s+to\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?\s+by\b", re.IGNORECASE)
_IN_VIEW = re.compile(r"\s*(?:In|To)\s+(his|her|its)\s+(?:view|opinion|mind)\s*,", re.IGNORECASE)
_CLAUSE_AND = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+(?:the\s+)?$", re.IGNORECASE)
# A sentence whose subject is a short quoted term followed by a copula
# ("“Custody” is not neutral") talks about the word rather than reporting anyone.
_TERM_SUBJECT = re.compile(r"\s*[\"\u201c\u2018\u00ab][\w’' -]{1,40}[\"\u201d\u2019\u00bb]\s+"
                           r"(?:is|are|was|were|means|meant)\b", re.IGNORECASE)
_SYNONYMS = {"department": ("department", "ministry"), "military": ("military", "defence", "defense")}
_PRONOUN_BEFORE = re.compile(r"(?<![\w'’])(he|she|they|it)\s*$", re.IGNORECASE)
_PRONOUN_AFTER = re.compile(r"^\s*(he|she|they|it)(?![\w'’])", re.IGNORECASE)
# "the minister", "the Russian ambassador": resolved to the last named actor with that role.
_ROLE_NOUNS = (r"minister|ambassador|president|spokes(?:wo)?man|spokesperson|ombudsman|envoy|lawyer|expert"
               r"|chairman|chairwoman|chair|official|representative|premier|defender|adviser|advisor"
               r"|assistant|leader|commissioner|secretary|mediator|court|committee|ministry|department|head|diplomat")
_DESCRIPTION_BEFORE = re.compile(
    r"(?<!\w)[Tt]he\s+((?:[\w’'-]+\s+){0,3}?(?:" + _ROLE_NOUNS + r"))\s*$", re.IGNORECASE)
_DESCRIPTION_AFTER = re.compile(
    r"^\s*[Tt]he\s+((?:[\w’'-]+\s+){0,3}?(?:" + _ROLE_NOUNS + r"))(?!\w)", re.IGNORECASE)
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*"
_CONNECT = r"(?:of|the|for|on|and|de|van|von|al|ul|to)"
_NAME_BEFORE = re.compile(rf"((?:{_NAME_WORD}\s+(?:{_CONNECT}\s+)*)*{_NAME_WORD})\s*$")
_GROUP_BEFORE = re.compile(
    rf"(?<![\w-])((?:{_NAME_WORD}\s+)+(?:[a-z-]+\s+){{0,2}}(?:groups|officials|activists|lawyers|families|relatives"
    rf"|organi[sz]ations|NGOs|diplomats|deputies|MPs|authorities|sources|prosecutors|investigators))\s*$")
_OWNED_BEFORE = re.compile(
    rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})['’]s\s+(?:office|government|administration|press\s+service"
    r"|press\s+office|spokes(?:wo)?man|spokesperson|ministry|cabinet)\s*$")
# Capitalised words and lower-case nouns of office right before a name.
_TITLE_RUN_BEFORE = re.compile(
    rf"((?:(?:{_NAME_WORD}|spokes(?:wo)?man|spokesperson|minister|ambassador|lawyer|envoy|adviser|advisor|aide"
    r"|official|representative|ombudsman|expert|director|head|chairman|chairwoman|secretary|deputy)\s+)+)$")
_OFFICE_THEN_NAME = re.compile(
    rf"\s+(?:spokes(?:wo)?man|spokesperson|minister|ambassador|lawyer|envoy|adviser|advisor|aide|official"
    rf"|representative|ombudsman|expert|director|head|chairman|chairwoman|secretary)\s+({_NAME_WORD}(?:\s+{_NAME_WORD})+)")
_NAME_AFTER = re.compile(rf"^\s*((?:{_NAME_WORD})(?:\s+(?:{_CONNECT}\s+)*{_NAME_WORD})*)")
# Words that open a capitalised sequence without being a name.
_TITLE_WORDS = frozenset("""
the a an president minister prime foreign deputy ambassador spokesperson spokesman spokeswoman ombudsman
dr dr. mr mr. mrs mrs. ms ms. professor prof prof. general head chairman chairwoman secretary speaker senator
lawyer judge colonel lieutenant major captain commander defence defense interior justice state
armenian azerbaijani russian turkish iranian french american georgian european us u.s. british german
former acting chief human rights defender expert envoy special representative of to for
""".split())
# Nouns of office: in "Deputy Foreign Minister Lilit Avetisyan" the name starts after the last one.
_TITLE_NOUNS = frozenset("""
president minister ambassador spokesperson spokesman spokeswoman ombudsman defender envoy representative
secretary chairman chairwoman chair head director commissioner lawyer judge expert adviser advisor assistant
aide deputy dr mr mrs ms prof professor general colonel captain senator speaker mp mayor governor premier
""".split())
# Words that make an unregistered name an institution rather than a person.
_INSTITUTION_WORDS = frozenset("""
ministry service committee commission court council parliament assembly office agency union nations
government authorities administration department centre center institute foundation organisation
organization group groups association society network bureau tribunal
""".split())
_NOT_NAMES = frozenset("""
it this that these those there here however meanwhile moreover furthermore also and but or so yet
officials experts sources analysts observers residents we i you they he she
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split())
_CONNECTIVE = re.compile(
    r"^\W*(?:in\s+this\s+regard|in\s+this\s+respect|moreover|furthermore|in\s+addition|besides|also"
    r"|at\s+the\s+same\s+time|in\s+other\s+words|therefore|thus|hence|for\s+this\s+reason)\b",
    re.IGNORECASE)
# Openings that keep a sentence in the last speaker's voice: a connective, "And",
# or "He"/"She" (a subject pronoun for the person just reported).
_CONTINUES = re.compile(
    r"^\W*(?:and|also|moreover|furthermore|in\s+addition|besides|at\s+the\s+same\s+time|in\s+other\s+words"
    r"|therefore|thus|hence|for\s+this\s+reason|in\s+this\s+regard|in\s+this\s+respect"
    r"|in\s+(?:such|this|that|these|those)\s+\w+|he|she)\b", re.IGNORECASE)
_QUESTION_INTRO = re.compile(r"\b(?:asked|question(?:ed|s)?|interviewed|in\s+response\s+to)\b", re.IGNORECASE)
_SAID_THIS = re.compile(r"\s+(?:this|so|these\s+words|the\s+above)\b", re.IGNORECASE)
_HEADLINE_SAYS = re.compile(
    r"(?:,|:|\s[-–—])\s*(?:says|said|tells|told|warns|insists|claims|stresses)\s+(?P<after>.+?)\s*$", re.IGNORECASE)
_HEADLINE_COLON = re.compile(r":\s*(?P<after>[^:]{2,80}?)\s*$")
_HEADLINE_LEAD = re.compile(r"\s*(?P<before>[^:,.]{2,60}?)\s*:\s")
# A straight double quote is an opener or a closer by what surrounds it.
_OPEN_CONTEXT = set("([{—–-/") | {"\u00a0"}
_CLOSE_CONTEXT = set(".,;:!?)]}—–-…")


_WINDOW = 300  # characters searched for a speaker phrase around a verb
_ADJACENT = 80  # at most this far between a quotation and its reporting verb


class Speaker(NamedTuple):
    speaker: str | None
    rule: str | None
    quoted: bool


@dataclass(frozen=True)
class Quote:
    """A direct quotation: ``body[start:end]`` includes its quotation marks."""

    start: int
    end: int
    kind: str                  # "double" | "single"
    closed: bool = True


@dataclass
class _Attribution:
    verb_start: int
    verb_end: int
    form: str                  # before (X said) | after (said X) | according | participle
    np_start: int
    np_end: int
    raw: str | None            # actor id, name, or pronoun
    via: str                   # name | pronoun | description
    sentence: int
    quote: int | None          # index of the quotation it lies in
    speaker: str | None = None
    said_this: bool = False


@dataclass
class _Region:
    start: int
    end: int
    speaker: str | None
    rule: str


# --- quotations --------------------------------------------------------------

def _paragraph_index(paragraphs: list, offset: int, starts: list[int] | None = None) -> int:
    starts = [p.start for p in paragraphs] if starts is None else starts
    return max(0, bisect.bisect_right(starts, offset) - 1)


def quotes(text: str, paragraphs: list | None = None) -> list[Quote]:
    """Every direct quotation in ``text``, double and single, in order of start.

    Double quotes pair by context (curly marks say which side they are; a
    straight one is an opener after a space and a closer before one), so a
    quotation may open curly and close straight. A quotation left open at the
    end of a paragraph runs on: it closes where the next closer is, or, when
    the next paragraph reopens with a new opening mark (the newspaper
    convention), at the end of the paragraph before it. Single quotes are
    quotations only when a matching closer follows in the same paragraph, so
    apostrophes ("hasn't", "Artsakh’s") never open one.
    """
    paragraphs = list(splitter.paragraphs(text)) if paragraphs is None else paragraphs
    if not paragraphs:
        return []
    found: list[Quote] = []
    starts = [p.start for p in paragraphs]
    open_at: int | None = None
    for match in re.finditer("[\"\u201c\u201d\u00ab\u00bb\u201e]", text):
        pos, mark = match.start(), match.group()
        prev = text[pos - 1] if pos else "\n"
        nxt = text[pos + 1] if pos + 1 < len(text) else "\n"
        if mark in "\u201c\u00ab\u201e":
            side = "open"
        elif mark in "\u201d\u00bb":
            side = "close"
        else:
            opener = (prev.isspace() or prev in _OPEN_CONTEXT) and not nxt.isspace()
            closer = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_CONTEXT)
            side = "open" if opener and not closer else "close" if closer and not opener else \
                ("close" if open_at is not None else "open")
        if side == "open":
            if open_at is not None:
                here, there = _paragraph_index(paragraphs, pos, starts), _paragraph_index(paragraphs, open_at, starts)
                end = paragraphs[here - 1].end if here > there else pos
                found.append(Quote(open_at, end, "double", closed=False))
            open_at = pos
        elif open_at is not None:
            found.append(Quote(open_at, pos + 1, "double"))
            open_at = None
    if open_at is not None:
        found.append(Quote(open_at, paragraphs[_paragraph_index(paragraphs, open_at, starts)].end, "double",
                           closed=False))
    for para in paragraphs:
        single_at = None
        for match in re.finditer("['\u2018\u2019]", text[para.start:para.end]):
            pos, mark = para.start + match.start(), match.group()
            prev = text[pos - 1] if pos > para.start else " "
            nxt = text[pos + 1] if pos + 1 < para.end else " "
            if prev.isalnum() and nxt.isalnum():
                continue  # an apostrophe inside a word
            opener = (prev.isspace() or prev in "([\"\u201c—–") and (nxt.isalnum() or nxt in "\u2026.")
            closer = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_CONTEXT or nxt in "\"\u201d")
            if single_at is None:
                if mark != "\u2019" and opener:
                    single_at = pos
            elif mark != "\u2018" and closer:
                found.append(Quote(single_at, pos + 1, "single"))
                single_at = None
    return sorted(found, key=lambda q: (q.start, -q.end))


# --- naming the speaker --------------------------------------------------------

def _clean_name(name: str) -> str | None:
    """An unregistered name as the text gives it, without its title ("Deputy Minister X Y" -> "X Y").

    Only a title followed by a name is dropped, so an institution keeps its
    words ("State Security Service").
    """
    words = name.split()
    # "Armenia's Human Rights Defender Anahit Manasyan": drop the possessive and the title
    while words and (words[0].lower() in ("the", "a", "an") or words[0].endswith(("'s", "’s"))):
        words.pop(0)
    titled = [i for i, w in enumerate(words) if w.lower().rstrip(".,") in _TITLE_NOUNS]
    if titled and titled[-1] < len(words) - 1:
        words = words[titled[-1] + 1:]
    while words and words[-1].lower() in _TITLE_WORDS | _NOT_NAMES:
        words.pop()
    if not words:
        return None
    if len(words) == 1 and (words[0].lower() in _NOT_NAMES or len(words[0]) < 3 or words[0].isupper()
                            and len(words[0]) < 3):
        return None
    return " ".join(words).rstrip(".,’'")


class _Namer:
    """Finds and resolves speaker phrases in one document."""

    def __init__(self, text: str, date, registry):
        self.text, self.date, self.registry = text, date, registry
        self.actor_spans = registry_module.matches(text, date, registry)
        self.by_end: dict[int, list] = {}
        self.by_start: dict[int, list] = {}
        for span in self.actor_spans:
            self.by_end.setdefault(span[1], []).append(span)
            self.by_start.setdefault(span[0], []).append(span)
        self.names: list[str] = []  # unregistered full names seen so far, for later surnames
        self._fitting: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        self._subjects: dict[tuple[int, int], tuple | None] = {}

    def _registered_ending(self, start: int, end: int):
        best = None
        for s, _e, actor_id, is_title in self.by_end.get(end, ()):
            if s >= start and (best is None or s < best[0]):
                if is_title and self._qualified_title(s, start):
                    continue
                best = (s, actor_id)
        return best

    def _registered_starting(self, start: int, end: int):
        best = None
        for _s, e, actor_id, _ in self.by_start.get(start, ()):
            if e <= end and (best is None or e > best[0]):
                best = (e, actor_id)
        return best

    def _qualified_title(self, title_start: int, floor: int) -> bool:
        """True for "the Iranian Foreign Minister": a title with a qualifier before it is someone else's."""
        before = self.text[floor:title_start].rstrip()
        word = re.search(r"([\w’']+)$", before)
        return bool(word) and word.group(1).lower() != "the" and (word.group(1)[0].isupper()
                                                                  or word.group(1).endswith(("'s", "’s")))

    def describe(self, description: str, before: int) -> str | None:
        """The last actor named before ``before`` whose role holds every word of ``description``."""
        words = tuple(w for w in re.findall(r"[\w]+", description.lower()) if w != "the")
        # The spans whose actor fits a description are found once per
        # description, so that asking at every sentence stays logarithmic.
        fitting = self._fitting.get(words)
        if fitting is None:
            fits: dict[str, bool] = {}
            for actor_id in {span[2] for span in self.actor_spans}:
                role = self.registry[actor_id].role.lower() + " " + self.registry[actor_id].name.lower()
                fits[actor_id] = all(re.search(rf"\b{re.escape(w)}", role) for w in words)

            # "the ministry" also refers back to a state named as its ministry
            # ("the Russian Defence Ministry" is an alias of Russia), and
            # translated dispatches call a ministry a "department".
            def named_so(s: int, e: int) -> bool:
                written = self.text[s:e].lower()
                return all(any(re.search(rf"\b{re.escape(v)}", written) for v in _SYNONYMS.get(w, (w,)))
                           for w in words)
            fitting = [(s, actor_id) for s, e, actor_id, _ in self.actor_spans if fits[actor_id] or named_so(s, e)]
            self._fitting[words] = fitting
        k = bisect.bisect_left(fitting, (before, "")) - 1
        return fitting[k][1] if k >= 0 else self._body_named(words, before)

    def _body_named(self, words: tuple[str, ...], before: int) -> str | None:
        """An unregistered institution named in full earlier ("the United Nations
        Committee against Torture") that "the committee" refers back to: its
        name as the text first gave it, so the body speaks, not the outlet."""
        if not words or words[-1] not in _INSTITUTION_WORDS:
            return None
        head = words[-1]
        named = re.compile(rf"(?<![\w’'])((?:{_NAME_WORD}\s+)*{head[0].upper()}{re.escape(head[1:])}"
                           rf"(?:\s+(?:against|on|for|of)\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})*)?)")
        full = None
        for m in named.finditer(self.text, 0, before):
            name = re.sub(r"^The\s+", "", m.group(1))
            if registry_module.resolve(name, self.date, self.registry, strict=True):
                continue
            if " " in name and all(w in name.lower() for w in words) and (full is None or len(name) > len(full)):
                full = name
        return full

    def _unregistered(self, name: str, offset: int) -> str | None:
        cleaned = _clean_name(name)
        if cleaned is None:
            return None
        if " " in cleaned:
            if cleaned not in self.names:
                self.names.append(cleaned)
            return cleaned
        for full in reversed(self.names):  # a surname after the full name
            if full.split()[-1] == cleaned:
                return full
        # ... or after a full name written earlier without a verb of saying
        earlier = re.search(rf"\b({_NAME_WORD})\s+{re.escape(cleaned)}\b", self.text[max(0, offset - 20000):offset])
        if earlier and earlier.group(1).lower() not in _TITLE_WORDS | _NOT_NAMES:
            full = f"{earlier.group(1)} {cleaned}"
            self.names.append(full)
            return full
        return cleaned

    def person_before(self, offset: int) -> str | None:
        """The last registered person named before ``offset`` (for "he" when no one has spoken yet)."""
        for s, _e, actor_id, _ in reversed(self.actor_spans):
            if s < offset and self.registry[actor_id].type == "person":
                return actor_id
        return None

    def before(self, floor: int, end: int):
        """The speaker phrase ending at ``end`` (not before ``floor``): (start, raw, via) or None."""
        text = self.text
        floor = max(floor, end - _WINDOW)  # a speaker phrase is short; keeps huge sentences linear
        while True:  # drop "also", "once again", "has" between the speaker and the verb
            m = _ADVERBS.search(text, floor, end)
            if not m or m.start() == m.end():
                break
            end = m.start()
        stripped = text[floor:end].rstrip()
        end = floor + len(stripped)
        if stripped.endswith(",") and not stripped.endswith(('",', "”,")) or stripped.endswith(("”,", '",')):
            # An appositive: "Anna Melikyan, an expert from the NGO “...”, expressed"
            inner = stripped[:-1]
            cut = inner.rfind(",")
            if cut >= 0:
                appositive = inner[cut + 1:].strip()
                if appositive and (appositive[0].islower() or appositive.lower().startswith(("the ", "a ", "an "))) \
                        and len(appositive.split()) <= 25:
                    end = floor + len(inner[:cut].rstrip())
                elif appositive and _NAME_BEFORE.fullmatch(appositive):
                    end = floor + len(inner)  # "A spokesperson for the committee, Ruth Müller, told"
                else:
                    return None
            else:
                return None
        segment = text[floor:end]
        if not segment.strip():
            return None
        m = _PRONOUN_BEFORE.search(segment)
        if m:
            return floor + m.start(1), m.group(1).lower(), "pronoun"
        found = self._registered_ending(max(floor, end - 160), end)
        if found:
            start = found[0]
            name = _NAME_BEFORE.search(text, floor, start)  # take in a title before the name
            if name and not text[name.end():start].strip():
                start = name.start(1)
            return self._title_start(floor, start), found[1], "name"
        m = _DESCRIPTION_BEFORE.search(segment)
        if m:
            actor_id = self.describe(m.group(1), floor + m.start())
            return (floor + m.start(), actor_id, "description") if actor_id else None
        m = _GROUP_BEFORE.search(segment)
        if m:  # "Armenian rights groups said": a named group, as the text gives it
            owner = self._group_owner(m.group(1), floor + m.start(1))
            return floor + m.start(1), owner or m.group(1), "name"
        m = _OWNED_BEFORE.search(segment)
        if m:  # "Pashinyan's office said": the office speaks for its head
            owner = registry_module.resolve(m.group(1), self.date, self.registry, strict=True)
            if owner:
                return floor + m.start(), owner, "name"
        m = _NAME_BEFORE.search(segment)
        if m:
            name = self._unregistered(m.group(1), floor + m.start(1))
            if name and not (self._sentence_initial(floor + m.start(1)) and " " not in name
                             and name not in (n.split()[-1] for n in self.names)):
                return self._title_start(floor, floor + m.start(1)), name, "name"
        return None

    def _group_owner(self, group: str, offset: int) -> str | None:
        """The registered actor a group named only by reference belongs to:
        "Its officials" are the last state or institution named; "The officials"
        are the last registered group written with that noun ("Azerbaijani
        officials"). None for a group named in its own right."""
        words = group.split()
        if len(words) != 2 or words[0].lower() not in ("the", "its", "their"):
            return None
        for s, e, actor_id, _ in reversed(self.actor_spans):
            if s >= offset:
                continue
            if words[0].lower() == "the":
                if self.text[s:e].lower().endswith(" " + words[1].lower()):
                    return actor_id
            elif self.registry[actor_id].type != "person":
                return actor_id
        return None

    def _title_start(self, floor: int, start: int) -> int:
        """Where the speaker phrase begins once an office written before the name
        is taken in ("Foreign Ministry spokeswoman Nare Avetisyan"), so that a
        quotation right before the office is adjacent to its speaker."""
        m = _TITLE_RUN_BEFORE.search(self.text, max(floor, start - 120), start)
        if m and any(w.lower().rstrip(".,") in _TITLE_NOUNS for w in m.group(1).split()):
            return m.start(1)
        return start

    def after(self, start: int, ceiling: int):
        """The speaker phrase starting at ``start`` (before ``ceiling``): (end, raw, via) or None."""
        text = self.text
        ceiling = min(ceiling, start + _WINDOW)
        segment = text[start:ceiling]
        m = _PRONOUN_AFTER.match(segment)
        if m:
            return start + m.end(1), m.group(1).lower(), "pronoun"
        lead = re.match(r"\s*(?:the\s+)?", segment, re.IGNORECASE).end()
        found = self._registered_starting(start + lead, ceiling) or self._registered_starting(
            start + len(segment) - len(segment.lstrip()), ceiling)
        if found:
            # "said Foreign Ministry spokeswoman Nare Avetisyan": the institution
            # is the person's office, and the person is the speaker.
            person = _OFFICE_THEN_NAME.match(text, found[0], ceiling)
            if person:
                named = self._registered_starting(person.start(1), ceiling)
                if named:
                    return named[0], named[1], "name"
                name = self._unregistered(person.group(1), person.start(1))
                if name:
                    return person.end(1), name, "name"
            return found[0], found[1], "name"
        m = _DESCRIPTION_AFTER.match(segment)
        if m:
            actor_id = self.describe(m.group(1), start)
            return (start + m.end(), actor_id, "description") if actor_id else None
        m = _NAME_AFTER.match(segment)
        if m:
            name = self._unregistered(m.group(1), start)
            if name:
                return start + m.end(1), name, "name"
        return None

    def subject_at(self, start: int, ceiling: int):
        """The actor a clause opens with as its subject: ``(end, actor id or name, is_person)`` or None.

        Only a registered actor, a name of two words or more ("Siranush
        Sahakyan", not "Relatives") or a description ("The court") followed by a
        verb or an appositive comma counts; a possessive ("Baku's position") is
        a topic, not a subject. No side effects: nothing is added to the names.
        """
        key = (start, ceiling)
        if key not in self._subjects:
            self._subjects[key] = self._subject_at(start, ceiling)
        return self._subjects[key]

    def _subject_at(self, start: int, ceiling: int):
        text = self.text
        ceiling = min(ceiling, start + _WINDOW)  # a subject is short; keeps long sentences cheap
        start += len(text[start:ceiling]) - len(text[start:ceiling].lstrip(" \t\u00a0"))
        lead = re.match(r"(?:the\s+)?", text[start:ceiling], re.IGNORECASE).end()
        found = self._registered_starting(start + lead, ceiling) or self._registered_starting(start, ceiling)
        if found:
            end, actor = found
            person = _OFFICE_THEN_NAME.match(text, end, ceiling)
            if person:  # "Foreign Ministry spokeswoman Nare Avetisyan": the person
                named = self._registered_starting(person.start(1), ceiling)
                end, actor = named if named else (person.end(1), _clean_name(person.group(1)))
        else:
            name = _NAME_AFTER.match(text[start:ceiling])  # anchored patterns: match a slice
            cleaned = _clean_name(name.group(1)) if name else None
            description = _DESCRIPTION_AFTER.match(text[start:ceiling])
            if cleaned and " " in cleaned and not cleaned.endswith(("'s", "’s")):
                end, actor = start + name.end(1), cleaned
            elif description:
                end = start + description.end()
                actor = self.describe(description.group(1), start) or description.group(1).lower()
            else:
                return None
        if not actor or not re.match(r"\s*,|\s+[a-z]", text[end:end + 3]):
            return None
        registered = self.registry.actors.get(actor)
        is_person = registered.type == "person" if registered else \
            actor[:1].isupper() and not any(w.lower() in _INSTITUTION_WORDS for w in actor.split())
        return end, actor, is_person

    def _sentence_initial(self, offset: int) -> bool:
        before = self.text[max(0, offset - 3):offset]
        return offset == 0 or not before.strip() or before.rstrip()[-1:] in ".!?\n"


# --- the attribution -----------------------------------------------------------

@dataclass
class Speakers:
    """Speaker attributions of one document; ask :meth:`at` for any offset."""

    text: str
    quotes: list[Quote]
    sentences: list[tuple[int, int, int]]                  # (paragraph, start, end)
    fallback: str | None
    fallback_rule: str = "outlet"     # "issuer" when a statement names who issued it
    regions: list[_Region] = field(default_factory=list)        # inside quotations, nested speech
    quote_speakers: dict[int, tuple[str | None, str]] = field(default_factory=dict)
    sentence_regions: dict[int, list[_Region]] = field(default_factory=dict)
    sentence_speakers: dict[int, tuple[str | None, str]] = field(default_factory=dict)
    attributions: list[_Attribution] = field(default_factory=list)
    boilerplate: list[tuple] = field(default_factory=list)   # page chrome (start, end, rule)

    def __post_init__(self):
        self.boilerplate = sorted(self.boilerplate)
        self._chrome_starts = [span[0] for span in self.boilerplate]
        self._sentence_starts = [s for _, s, _ in self.sentences]
        self._quote_starts = [q.start for q in self.quotes]
        # The quotation that encloses each one (a quote inside a quote), by a stack sweep.
        self._outer: list[int | None] = []
        stack: list[int] = []
        for index, q in enumerate(self.quotes):
            while stack and self.quotes[stack[-1]].end < q.end:
                stack.pop()
            self._outer.append(stack[-1] if stack and self.quotes[stack[-1]].start < q.start else None)
            stack.append(index)

    def in_boilerplate(self, start: int, end: int | None = None) -> bool:
        """Whether ``[start, end)`` lies inside one page-chrome span."""
        end = start + 1 if end is None else end
        i = bisect.bisect_right(self._chrome_starts, start) - 1
        return i >= 0 and end <= self.boilerplate[i][1]

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def quote_at(self, offset: int) -> int | None:
        """Index of the innermost quotation whose text contains ``offset``."""
        index = bisect.bisect_left(self._quote_starts, offset) - 1
        while index is not None and index >= 0:
            q = self.quotes[index]
            if q.start < offset < q.end:
                return index
            # Only a quotation enclosing this one can still contain the offset.
            index = self._outer[index]
        return None

    def at(self, offset: int) -> Speaker:
        """Who says the words at ``offset``, by which rule, and whether they are quoted."""
        q = self.quote_at(offset)
        if q is not None:
            for region in self.regions:
                if region.start <= offset < region.end:
                    return Speaker(region.speaker, region.rule, True)
            outer = q
            while outer is not None:
                if outer in self.quote_speakers:
                    speaker, rule = self.quote_speakers[outer]
                    return Speaker(speaker, rule, True)
                outer = self._enclosing(outer)
        sentence = self.sentence_of(offset)
        for region in self.sentence_regions.get(sentence, []):
            if region.start <= offset < region.end:
                return Speaker(region.speaker, region.rule, q is not None)
        if sentence in self.sentence_speakers:
            speaker, rule = self.sentence_speakers[sentence]
            return Speaker(speaker, rule, q is not None)
        return Speaker(self.fallback, self.fallback_rule if self.fallback else None, q is not None)

    def _enclosing(self, index: int) -> int | None:
        return self._outer[index]

    def table(self) -> list[dict]:
        """The attributions found (reporting verbs and who they name), for review."""
        return [{"start": a.np_start, "end": a.verb_end, "text": self.text[min(a.np_start, a.verb_start):
                                                                           max(a.np_end, a.verb_end)],
                 "form": a.form, "speaker": a.speaker, "via": a.via, "quoted": a.quote is not None}
                for a in self.attributions]


def outlet_speaker(outlet: str | None, source: str | None) -> str | None:
    """``outlet:<outlet>``, or ``outlet:<source id>`` when the outlet is unknown."""
    if outlet and str(outlet).strip():
        return f"outlet:{str(outlet).strip()}"
    return f"outlet:{source}" if source else None


@lru_cache(maxsize=4)
def _cached(text: str, outlet, source, published, registry, layout) -> "Speakers":
    from detentio.corpus.layout import merge

    return attribute(text, outlet=outlet, source=source, published=published,
                     boilerplate=merge(chrome.spans(text), layout), registry=registry)


def for_document(text: str, *, outlet: str | None = None, source: str | None = None, published=None,
                 registry=None, layout=None) -> Speakers:
    """:func:`attribute` with the document's page chrome (the rules' and, for a
    derived source, its ``layout``'s), cached for the last few bodies, so that
    mentions and claims of one document share one attribution."""
    from detentio.corpus.layout import NONE

    return _cached(text, outlet, source, published, registry or registry_module.load(), layout or NONE)


def attribute(text: str, *, outlet: str | None = None, source: str | None = None, published=None,
              boilerplate: list[tuple[int, int]] | None = None, registry=None) -> Speakers:
    """Attribute every part of ``text`` to a speaker (see the module docstring for the rules).

    Parameters
    ----------
    text : the body, exactly as stored.
    outlet, source : for the ``outlet:`` fallback when nobody is named.
    published : the publication date; titles resolve to who held them then.
    boilerplate : ``(start, end)`` spans of page chrome, skipped.
    registry : an :class:`detentio.framing.actors.Registry` (default ``data/actors.yml``).
    """
    registry = registry or registry_module.load()
    paragraphs = list(splitter.paragraphs(text))
    para_starts = [p.start for p in paragraphs]
    sentence_list = [(p, s.start, s.end) for p, s in splitter.split(text)]
    chrome_spans = sorted((s, e) for s, e, *_ in (boilerplate or []))
    chrome_starts = [s for s, _ in chrome_spans]
    found = quotes(text, paragraphs)
    who = Speakers(text, found, sentence_list, outlet_speaker(outlet, source), boilerplate=list(boilerplate or []))
    if not sentence_list:
        return who
    namer = _Namer(text, published, registry)

    def para_of(offset: int) -> int:
        return _paragraph_index(paragraphs, offset, para_starts)

    def in_chrome(offset: int) -> bool:
        i = bisect.bisect_right(chrome_starts, offset) - 1
        return i >= 0 and offset < chrome_spans[i][1]

    # 1. Find reporting verbs and the speaker each names.
    attributions: list[_Attribution] = []
    for match in verbs(text):
        if in_chrome(match.start()):
            continue
        index = who.sentence_of(match.start())
        _, s_start, s_end = sentence_list[index]
        quote = who.quote_at(match.start())
        floor = s_start if quote is None else max(s_start, found[quote].start + 1)
        ceiling = s_end if quote is None else min(s_end, found[quote].end)
        if match.group("according"):
            got = namer.after(match.end(), ceiling)
            if got and got[2] != "pronoun":
                attributions.append(_Attribution(match.start(), match.end(), "according", match.end(), got[0],
                                                 got[1], got[2], index, quote))
            continue
        before_text = text[max(floor, match.start() - _WINDOW):match.start()]
        verb = (match.group("verb") or "").lower()
        if verb in _NAMING_VERB and not _NAMING[_NAMING_VERB[verb]].match(text, match.end(), ceiling):
            continue
        if _PASSIVE.search(before_text):
            # "This was reported to journalists by the Defence Ministry": the
            # agent after "by" said the words reported just before.
            by = _BY_AGENT.match(text, match.end(), ceiling) if _THIS_WAS.search(before_text) else None
            got = namer.after(by.end(), ceiling) if by else None
            if got and got[2] != "pronoun":
                attributions.append(_Attribution(match.start(), match.end(), "after", match.end(), got[0],
                                                 got[1], got[2], index, quote, said_this=True))
                continue
        if verb in _WEAK and not _COMPLEMENT.match(text, match.end(), ceiling) \
                and not (verb in _GERUND_VERBS and _GERUND.match(text, match.end(), ceiling)):
            continue
        if match.group("ing"):
            if before_text.rstrip().endswith(","):
                subject = _subject(namer, text, floor, ceiling)
                if subject:
                    attributions.append(_Attribution(match.start(), match.end(), "participle", subject[0],
                                                     subject[1], subject[2], subject[3], index, quote))
            continue
        if _PASSIVE.search(before_text):
            continue  # "it is claimed that", "Pashinyan was told": not the subject's words
        if _COORDINATED.search(before_text):
            # "Azerbaijani authorities described them as ... and said ...": the
            # second verb shares the subject of the clause it is coordinated with.
            subject = _subject(namer, text, floor, match.start())
            if subject:
                attributions.append(_Attribution(match.start(), match.end(), "before", subject[0], subject[1],
                                                 subject[2], subject[3], index, quote))
            continue
        got = namer.before(floor, match.start())
        if got:
            attributions.append(_Attribution(match.start(), match.end(), "before", got[0], match.start(),
                                             got[1], got[2], index, quote,
                                             said_this=bool(_SAID_THIS.match(text, match.end(), ceiling))))
            continue
        # "..., said Sahakyan" / "," said Sahakyan": the verb comes first.
        if re.search("[,\"\u201d\u2019']\\s*$", before_text) or not before_text.strip():
            got = namer.after(match.end(), ceiling)
            if got:
                attributions.append(_Attribution(match.start(), match.end(), "after", match.end(), got[0],
                                                 got[1], got[2], index, quote))

    # "In his view, ..." opens a sentence of the last named person's opinion:
    # it reports that person as a verb of saying would.
    for index, (_, s_start, s_end) in enumerate(sentence_list):
        m = _IN_VIEW.match(text, s_start, s_end)
        if m and not in_chrome(s_start) and who.quote_at(s_start + 1) is None:
            pronoun = {"his": "he", "her": "she", "its": "it"}[m.group(1).lower()]
            attributions.append(_Attribution(m.start(1), m.end(), "according", m.start(1), m.end(1),
                                             pronoun, "pronoun", index, None))
    attributions.sort(key=lambda a: a.verb_start)

    # 2. Resolve pronouns in text order to the last named speaker, or to a
    # person introduced later as the subject of a sentence without a verb of
    # saying ("Siranush Sahakyan, a lawyer ..., disagreed. '...,' she said."):
    # "he" and "she" take up the most recently introduced person.
    subjects: list[tuple[int, str]] = []
    for _, s_start, s_end in sentence_list:
        if who.quote_at(s_start + 1) is None and not in_chrome(s_start):
            got = namer.subject_at(s_start, s_end)
            if got and got[2]:
                subjects.append((s_start, got[1]))
    subject_starts = [offset for offset, _ in subjects]
    last_person, last_institution, last_any = None, None, None
    last_person_at = -1
    for a in attributions:
        if a.via == "pronoun":
            if a.quote is not None:
                continue  # "he said" inside a quotation is the quoted speaker's story, not ours
            a.speaker = {"he": last_person, "she": last_person, "it": last_institution}.get(a.raw, last_any)
            if a.raw in ("he", "she"):
                k = bisect.bisect_left(subject_starts, a.np_start) - 1
                if k >= 0 and subjects[k][0] > last_person_at:
                    a.speaker = subjects[k][1]
            if a.speaker is None and a.raw in ("he", "she"):
                a.speaker = namer.person_before(a.np_start)
        else:
            a.speaker = a.raw
            if a.quote is None:
                last_any = a.raw
                actor = registry.actors.get(a.raw)
                # an unregistered body ("... Committee against Torture") is an "it", not a "he"
                person = actor.type == "person" if actor else \
                    not any(w.lower() in _INSTITUTION_WORDS for w in a.raw.split())
                if person:
                    last_person, last_person_at = a.raw, min(a.np_start, a.verb_start)
                else:
                    last_institution = a.raw
    attributions = [a for a in attributions if a.speaker]
    who.attributions = attributions

    def rule_of(a: _Attribution, default: str) -> str:
        if a.via == "pronoun":
            return "pronoun"
        return "according_to" if a.form == "according" else default

    # 3. Nested speech inside a quotation: "The Prime Minister used only half
    # a sentence, saying that ..." is the Prime Minister's from the verb on.
    for a in attributions:
        if a.quote is not None and a.via != "pronoun":
            q = found[a.quote]
            _, _, s_end = sentence_list[a.sentence]
            start = a.verb_start if a.form == "participle" else min(a.np_start, a.verb_start)
            who.regions.append(_Region(start, min(s_end, q.end), a.speaker, rule_of(a, "reported_speech")))

    # 4. Sentence-level attributions (outside quotations).
    top = [a for a in attributions if a.quote is None]
    by_sentence: dict[int, list[_Attribution]] = {}
    partial: set[int] = set()  # sentences where a speaker holds only a relative clause
    for a in top:
        by_sentence.setdefault(a.sentence, []).append(a)
    for index, items in by_sentence.items():
        _, s_start, s_end = sentence_list[index]
        first = items[0]
        rule = rule_of(first, "reported_speech")
        if first.form == "participle":
            who.sentence_regions[index] = [_Region(first.verb_start, s_end, first.speaker, rule)]
            continue
        intro_end = min(first.np_start, first.verb_start)
        intro = text[max(s_start, intro_end - _WINDOW):intro_end]
        relative = _RELATIVE.search(text, max(s_start, intro_end - 20), intro_end)
        if relative and first.form == "before":
            # "the captives, whom Armenian rights groups call "hostages"": the
            # speaker says only the relative clause; the rest of the sentence is
            # whoever speaks there otherwise, and who speaks next is unchanged.
            who.sentence_regions[index] = [_Region(relative.start(), s_end, first.speaker, rule)]
            partial.add(index)
        elif _QUESTION_INTRO.search(intro) and who.quote_at(s_start) is None:
            # "When asked whether ..., the minister responded": the question is not the minister's.
            who.sentence_regions[index] = [_Region(s_start, intro_end, who.fallback, who.fallback_rule),
                                           _Region(intro_end, s_end, first.speaker, rule)]
        else:
            # "Its officials speak of X, and the Prime Minister told ... of Y":
            # a coordinated clause with its own speaker is that speaker's.
            later = [a for a in items[1:] if a.form == "before" and a.speaker != first.speaker
                     and a.np_start > first.verb_end
                     and _CLAUSE_AND.search(text, max(s_start, a.np_start - 20), a.np_start)]
            if first.form == "before" and later:
                who.sentence_regions[index] = [_Region(s_start, later[0].np_start, first.speaker, rule),
                                               _Region(later[0].np_start, s_end, later[0].speaker,
                                                       rule_of(later[0], "reported_speech"))]
            else:
                who.sentence_speakers[index] = (first.speaker, rule)

    # 5. Direct quotations: the verb right before or right after them (the
    # nearest attribution on each side is the only candidate).
    firsts = sorted((min(a.np_start, a.verb_start), i) for i, a in enumerate(top))
    lasts = sorted((max(a.np_end, a.verb_end), i) for i, a in enumerate(top))
    first_keys, last_keys = [f for f, _ in firsts], [l for l, _ in lasts]
    for qi, q in enumerate(found):
        if who._enclosing(qi) is not None:
            continue  # a quotation inside a quotation is the outer speaker's
        k = bisect.bisect_right(last_keys, q.start) - 1
        if k >= 0 and q.start - lasts[k][0] <= _ADJACENT:
            last, a = lasts[k][0], top[lasts[k][1]]
            between = text[last:q.start]
            # 'X said, "..."', 'X told reporters: "..."', and 'X said:' closing the paragraph before
            if para_of(last) == para_of(q.start) and re.fullmatch(
                    r"(?:\s+[\w’'-]+){0,3}\s*[,:]?\s*|\s+that\s+", between) \
                    or re.fullmatch(r"(?:\s+[\w’'-]+){0,3}\s*:\s*\n\s*", between):
                who.quote_speakers[qi] = (a.speaker, rule_of(a, "quote_verb_before"))
                continue
        k = bisect.bisect_left(first_keys, q.end)
        if k < len(firsts) and firsts[k][0] - q.end <= _ADJACENT:
            first, a = firsts[k][0], top[firsts[k][1]]
            if para_of(first) == para_of(q.end - 1) and re.fullmatch(r"[\s,.;:—–-]*", text[q.end:first]):
                who.quote_speakers[qi] = (a.speaker, rule_of(a, "quote_verb_after"))

    sentences_in: dict[int, list[int]] = {}
    for i, (para, _, _) in enumerate(sentence_list):
        sentences_in.setdefault(para, []).append(i)
    quotes_in: dict[int, list[int]] = {}
    for qi, q in enumerate(found):
        quotes_in.setdefault(para_of(q.start), []).append(qi)

    # 6. "X stated this": the paragraph before, when nobody else is named in it.
    for a in top:
        if not a.said_this:
            continue
        para = sentence_list[a.sentence][0]
        # the sentences before it in its paragraph, or else the paragraph before
        previous = [i for i in sentences_in.get(para, []) if i < a.sentence] or sentences_in.get(para - 1, [])
        if previous and not any(i in who.sentence_speakers or i in who.sentence_regions for i in previous):
            for i in previous:
                who.sentence_speakers[i] = (a.speaker, "said_this")
            for qi in quotes_in.get(para - 1, []):
                who.quote_speakers.setdefault(qi, (a.speaker, "said_this"))

    # 7. Headline "..., says X" / "...: X" / "X: ...".
    headline = next((p for p in paragraphs if not in_chrome(p.start)), None)
    if headline is not None:
        speaker = _headline_speaker(text, headline, namer, published, registry)
        if speaker:
            for i in sentences_in.get(para_of(headline.start), []):
                who.sentence_speakers[i] = (speaker, "headline_says")
                who.sentence_regions.pop(i, None)

    # 8. A statement printed in full speaks for its issuer ("Statement of the
    # Ministry of Foreign Affairs ...", "News release, ICRC"): the issuer, not
    # the outlet, says what nobody else is named for.
    opening = [p for p in paragraphs if not in_chrome(p.start)][:3]
    for para_span in opening:
        issuer = _issuer(text[para_span.start:para_span.end], namer, published, registry)
        if issuer:
            who.fallback, who.fallback_rule = issuer, "issuer"
            break

    # 9. Transcripts: "Maria Zakharova: ..." speaks until the next label;
    # "Question: ..." is the unnamed journalist (the outlet).
    labelled: dict[int, tuple[str | None, str]] = {}
    current = None
    headline_para = para_of(headline.start) if headline is not None else -1
    for number, para_span in enumerate(paragraphs):
        if number != headline_para and not in_chrome(para_span.start):
            line = text[para_span.start:para_span.end]
            # the interviewer's questions may be labelled with the outlet's name
            outlet = who.fallback[len("outlet:"):] if who.fallback and who.fallback.startswith("outlet:") else None
            asked = bool(outlet) and line.lstrip().lower().startswith(outlet.lower() + ":")
            label = "question" if asked else _speaker_label(line, namer, para_span.start, published, registry)
            if label == "question":
                current = (who.fallback, who.fallback_rule)
            elif label is not None:
                current = (label, "speaker_label")
        if current is not None:
            labelled[number] = current

    # 10. Continuation: within a paragraph while the text still reports the
    # speaker (see still_reported), and into a paragraph that is a bare
    # quotation or opens "In this regard" after a paragraph with a speaker.
    self_named = {sentence_list[a.sentence][0] for a in top}
    quote_starts = {q.start for q in found}
    by_end = sorted((q.end, qi) for qi, q in enumerate(found))
    end_keys = [e for e, _ in by_end]
    running: tuple[str | None, str] | None = None
    last_para = -1
    led = False  # the paragraph opens with someone's words (a reporting clause or quotation)

    def still_reported(s_start: int, s_end: int, speaker: str, rule: str = "") -> bool:
        """Whether a sentence with no verb of saying plausibly still reports ``speaker``.

        Conservative: the author's voice resumes unless the sentence opens
        inside a quotation, with a continuation marker ("He also", "And",
        "In this regard"), is a question (free indirect speech), or lies in a
        paragraph led by the speaker's words without a new actor as its
        subject ("The court declined ..." is narration of the court).
        """
        body = text[s_start:s_end]
        lead = s_start + len(body) - len(body.lstrip())
        if _TERM_SUBJECT.match(body):
            return False  # ""Held in custody" is not neutral": the author discusses a word
        if who.quote_at(lead + 1) is not None or text[lead:lead + 1] in "\"\u201c\u2018'\u00ab":
            return True
        if _CONTINUES.match(body) or body.rstrip().endswith("?"):
            return True
        if not led or rule == "according_to":
            return False  # "according to X" sources one sentence's figure, not what follows
        subject = namer.subject_at(s_start, s_end)
        return subject is None or subject[1] == speaker

    for index, (para, s_start, s_end) in enumerate(sentence_list):
        first_in_para = para != last_para
        if first_in_para:
            carried, running = running, labelled.get(para)
            para_span = paragraphs[para]
            opening = text[para_span.start:min(para_span.end, para_span.start + 80)]
            if carried and carried[0] and not carried[0].startswith("outlet:") \
                    and (_CONNECTIVE.match(opening) or para_span.start in quote_starts and para not in self_named):
                running = (carried[0], "continuation")
            last_para = para
        own = who.sentence_speakers.get(index)
        regions = None if index in partial else who.sentence_regions.get(index)
        if own:
            running = own
        elif regions:
            running = (regions[-1].speaker, regions[-1].rule)
        elif running and running[0]:
            if running[1] in ("speaker_label", "issuer", "outlet"):
                who.sentence_speakers[index] = running  # a transcript answer or a statement runs on
            elif first_in_para or still_reported(s_start, s_end, running[0], running[1]):
                who.sentence_speakers[index] = (running[0], "continuation")
            else:
                running = None  # the author speaks again, until someone is named
        if first_in_para:
            spoken = who.at(s_start + len(text[s_start:s_end]) - len(text[s_start:s_end].lstrip()))
            led = bool(spoken.speaker) and spoken.rule not in ("outlet", "issuer", "speaker_label") \
                or para_span.start in quote_starts
        for qi in range(bisect.bisect_left(who._quote_starts, s_start), bisect.bisect_left(who._quote_starts, s_end)):
            if qi not in who.quote_speakers and who._enclosing(qi) is None:
                said = who.at(found[qi].start + 1)
                if said.rule != "outlet" and said.speaker:
                    who.quote_speakers[qi] = (said.speaker, said.rule)
        # the last quotation closing in this sentence sets who speaks next
        closing = [who.quote_speakers[qi] for _, qi in by_end[bisect.bisect_right(end_keys, s_start):
                                                              bisect.bisect_right(end_keys, s_end)]
                   if qi in who.quote_speakers]
        if closing and not own and not regions and index not in partial:
            running = closing[-1]
    return who


def _headline_speaker(text: str, headline, namer: _Namer, published, registry) -> str | None:
    """The speaker a headline names: "..., says X", "...: X" or "X: ..." (registered names only for the colon forms)."""
    line = text[headline.start:headline.end]
    m = _HEADLINE_SAYS.search(line)
    if m:
        # "..., says rapporteur Lena Holmqvist": a lower-case office before the name
        office = re.match(r"(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])", m.group("after"))
        skip = office.end() if office and office.group().split()[0] not in ("he", "she", "it", "they") else 0
        got = namer.after(headline.start + m.start("after") + skip, headline.end)
        if got and got[2] != "pronoun" and got[0] >= headline.end - 1:
            return got[1]
    m = _HEADLINE_COLON.search(line)
    if m:
        speaker = registry_module.resolve(m.group("after"), published, registry, strict=True)
        if speaker:
            return speaker
    m = _HEADLINE_LEAD.match(line)
    if m:
        return registry_module.resolve(m.group("before"), published, registry, strict=True)
    return None


_ISSUED = re.compile(
    r"^\s*(?:(?:joint|press|news|official)\s+)?(?:statement|release|communiqu[ée]|declaration|comment|commentary"
    r"|information|announcement|appeal|open\s+letter)\s*(?:(?:of|by|from|issued\s+by)\s+|[,:—–-]\s*)"
    r"(?P<issuer>[^.!?]{3,120}?)\s*\.?\s*$", re.IGNORECASE)
_LABEL = re.compile(r"^\s*(?P<label>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s*:\s+\S")
_QUESTION_LABELS = frozenset("question q journalist reporter interviewer moderator host audience".split())


def _issuer(line: str, namer: _Namer, published, registry) -> str | None:
    """Who issued a statement whose heading says so, else None."""
    m = _ISSUED.match(line)
    if not m:
        return None
    phrase = re.sub(r"^(?:the)\s+", "", m.group("issuer").strip(), flags=re.IGNORECASE)
    found = registry_module.resolve(phrase, published, registry, strict=True) \
        or registry_module.resolve(re.sub(r"\bthe Republic of\s+", "", phrase), published, registry)
    if found:
        return found
    name = _clean_name(phrase) if _NAME_AFTER.fullmatch(phrase) else None
    return name


def _speaker_label(line: str, namer: _Namer, offset: int, published, registry):
    """The speaker a transcript paragraph opens with ("Maria Zakharova: ..."), "question", or None."""
    m = _LABEL.match(line)
    if not m:
        return None
    label = m.group("label")
    if label.lower() in _QUESTION_LABELS:
        return "question"
    found = registry_module.resolve(label, published, registry, strict=True)
    if found:
        return found
    if len(label.split()) >= 2 and _clean_name(label) == label:
        return namer._unregistered(label, offset)
    # An interview labels answers with the surname of the person its
    # introduction named in full ("Grigoryan:" after "Tatevik Grigoryan has ...").
    if len(label.split()) == 1 and _clean_name(label) == label:
        full = namer._unregistered(label, offset)
        if full and " " in full:
            return full
    return None


def _subject(namer: _Namer, text: str, floor: int, ceiling: int):
    """The subject of a participle ("The Prime Minister used ..., saying"): the clause-initial speaker."""
    head = text[floor:min(ceiling, floor + _WINDOW)]
    lead = re.match(r"\s*(?:[A-Z][\w\s’',-]{0,60}?,\s+)?", head)
    for offset in sorted({floor + len(head) - len(head.lstrip()), floor + (lead.end() if lead else 0)}):
        got = namer.after(offset, ceiling)
        if got and got[2] != "pronoun":
            return offset, got[0], got[1], got[2]
    return None
