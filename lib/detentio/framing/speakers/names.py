"""Naming the speaker: the phrase before or after a reporting verb, resolved to an actor or a name.

>>> namer = Namer(text, published, registry, vocabulary.current())
>>> namer.before(floor, verb_start)   # (start, "pashinyan", "name") for "Pashinyan said"
>>> namer.after(verb_end, ceiling)    # (end, "sahakyan", "name") for "said Sahakyan"

A speaker is an actor id of ``data/actors.yml``, else the name as the text
gives it ("Lilit Avetisyan").

The namer has one memory, and it is explicit: :attr:`Namer.known`, the
unregistered full names the document has introduced so far, in the order the
rules asked about them. "Avetisyan said" after "Lilit Avetisyan noted" is
"Lilit Avetisyan" because of it, so the rules must ask in text order (the
registry runs them that way). :meth:`Namer.unregistered` (with
:mod:`.full_names`) is the only method that adds to it; everything else only reads (``_fitting`` and the cache of
:class:`.subjects.Subjects` hold answers that do not depend on the order of questions).
"""
from __future__ import annotations

import bisect
import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.grammar import (
    BY_CLAUSE, CONTACT_CLAUSE, DATED_CLAUSE, NAME_AFTER as _NAME_AFTER, NAME_WORD as _NAME_WORD,
    PARTICIPLE_CLAUSE as _PARTICIPLE_CLAUSE, PLACE_BEFORE, PRONOUN_AFTER as _PRONOUN_AFTER, SYNONYMS as _SYNONYMS,
    UNIT_NOUN, WINDOW as _WINDOW)
from detentio.framing.speakers import full_names, introduced, namesakes, phrases, phrasing, possessed
from detentio.framing.speakers.descriptions import INSTITUTION_NOUNS, Descriptions
from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.posts import HOLDER, POST_WORD, Posts
from detentio.framing.speakers.subjects import Subjects
from detentio.framing.speakers.vocabulary import Vocabulary

# A generic subject names nobody (held-out 3 decision 9): "people here", "some people in Europe", "everyone",
# "some in Yerevan".
# ... and a place's families or residents ("families in Yerevan call their sons ..."): a public, not the State
_GENERIC = re.compile(r"(?:^|[\s,;:(])(?:(?:(?:some|many|most|other|ordinary)\s+)?(?:people|everyone|everybody|someone"
                      r"|somebody|others|one)|(?:some|many|most|few|(?:the\s+)?(?:families|mothers|relatives|parents|residents))"
                      r"(?=\s+(?:in|from)\s+[A-Z]))(?:\s+(?:here|there|(?:in|from|at|on)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))?"
                      r"\s*$", re.IGNORECASE)
# "58% of adults in Armenia describe them as ...", "Most Armenians call them ...", "two thirds of respondents": a
# share of a public, as a poll reports it, is no speaker (a people is not its State); the words stay the writer's.
_SHARE = re.compile(r"(?:^|[\s,;:(])(?:(?:\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)|(?:a|the)\s+(?:large\s+|slim\s+|clear\s+)?"
                    r"(?:majority|minority|third|quarter|half|share)|(?:one|two|three)[\s-]+(?:thirds?|quarters?)|half|most"
                    r"|many|few|some|all)\s+of\s+(?:the\s+|all\s+|those\s+)?(?:[\w-]+\s+){0,2}?|(?:most|many|few|some)\s+)"
                    r"(?:adults|respondents|people|voters|citizens|Armenians|Azerbaijanis|Georgians|Russians|the\s+public"
                    r"|(?:those\s+)?(?:polled|asked|surveyed|questioned|interviewed))"
                    r"(?:\s+(?:in|from)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*$", re.IGNORECASE)
# "Civil society organizations had put the number at ...": an unnamed kind of body, with no State or name of its
# own, names nobody either; a rapporteur or an author relaying it keeps the words ("Armenian rights groups" speak).
# ... and what such bodies sent ("Submissions from non-governmental organizations described them as ...").
_GENERIC_GROUP = re.compile(r"^\W*(?:(?:the|some|many|several|various|other|local|international)\s+)*"
                            r"(?:(?:submissions|reports|communications|information|allegations|accounts)\s+(?:from|by|of)\s+"
                            r"(?:(?:the|some|many|several|various|other|local|international)\s+)*)?"
                            r"(?:civil\s+society(?:\s+(?:organi[sz]ations|groups|actors|representatives))?"
                            r"|non-?governmental\s+organi[sz]ations|NGOs|human\s+rights\s+(?:organi[sz]ations|groups"
                            r"|defenders)|rights\s+groups|activists|critics|observers)\s*$", re.IGNORECASE)
# "Artak Melkonyan of the opposition Armenia alliance": a person and what she belongs to.
_PERSON_OF = re.compile(rf"(?<![\w’'-])({_NAME_WORD}(?:[ \t]+{_NAME_WORD})+)[ \t]+of[ \t]+(?:the[ \t]+)?[^,.;:!?\"“”()\n]{{2,60}}$")
_FIRST_NAME_ONLY = re.compile(rf"(?:^|[\s,:;(\"“])(?!(?:The|A|An|Our|His|Her|Their|Its)\b)({_NAME_WORD})$")
_LOCATED = re.compile(rf"\s+(?:in|at|from|based\s+in)\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})?\s*$")

# A phrase ending in an institution's unit ("the ICRC delegation in Baku"): a place after it is where, not who.
_UNIT_END = re.compile(rf"\b{UNIT_NOUN}\s*$", re.IGNORECASE)
# A phrase a possessive pronoun opens ("Its head of delegation in Baku"): a place after it is where, not who.
_OWNED_BY_PRONOUN = re.compile(r"\s*(?:Its|Their|His|Her)\s")
# The words after "Azerbaijan's", one more at a time ("Foreign", "Foreign Ministry").
_OWNED_WORDS = re.compile(r"(?<=[\s'’s])[A-Za-z-]+(?=[\s,.;:]|$)")
# "his mother, Lusine Movsisyan", "her lawyer, Anna Smith": a person described by whose she is, then her name.
_KIN_THEN_NAME = re.compile(rf"\s*(?:his|her|their)\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+\s*,\s*"
                            rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})+)")
# "the source", "the respondent State": a term a text may define for a party, of one word or of two; or a relative as
# the writer calls her ("Grandma", "my grandmother" after "my grandmother, Zhenya Poghosyan": :func:`.terms.defined_terms`).
_THE_TERM_AFTER = re.compile(r"\s*(?:(?:[Tt]he|[Tt]his)\s+(([a-z]+)(?:\s+(?:State|Government|state|government))?"
                             r"|State\s+party)|(?:[Mm]y\s+)?(Grandma|Granny|Nana|Grandpa|Mum|Mom|Mama|Dad|Papa"
                             r"|grandmother|grandfather|mother|father))\b")  # "The State party submits" in Views
# "The ministry's spokeswoman", "the committee's chair", "Its spokesman": a post its institution's description
# (or "Its", "Their") owns.
_DESCRIBED_POST = re.compile(rf"(?<![\w-])(?:(?:[Tt]he|[Ii]ts)\s+(?P<noun>{'|'.join(INSTITUTION_NOUNS)})['’]s|(?P<its>[Ii]ts"
                             r"|[Tt]heir))\s+(?:deputy\s+|chief\s+|press\s+)?(?:spokes(?:man|woman|person)|representative"
                             r"|head|chair|director|agent|co-agent|envoy|official|delegate|counsel)\s*,?\s*$")
_RELATIVE = re.compile(r",\s*(?:who|which)$")
# A sentence's end between two offsets: its stop and the next sentence's first letter, or a new line.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')]*\s+[\"“‘(]?[A-Z0-9]|\n")


# Descriptions of a body, never of the person who heads it: "the Government" is no prime minister (whose role,
# "head of government", holds the word).
_BODY_NOUNS = {"government", "governments"}


def _paragraphs_apart(text: str, start: int, end: int) -> int:
    """How many paragraph breaks (blank lines, or lines) lie between ``start`` and ``end``."""
    return len(re.findall(r"\n\s*", text[start:end]))


def _same_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``start`` and ``end`` lie in one sentence of ``text`` (no sentence ends between them)."""
    return _SENTENCE_BREAK.search(text, start, min(len(text), end + 2)) is None  # the next sentence may open at end

# "a guard", "an investigator", "one of the guards": an unnamed agent opening a clause.
_AN_AGENT = re.compile(r"\s*(?:[Aa]n?|[Oo]ne|[Aa]nother|[Oo]ne\s+of\s+the)\s+(?:[a-z-]+\s+)?([a-z]+)(?![\w-])")
# "Court" in a court's name; a court named by its city and kind ("the Baku Military Court") before it.
_COURT_WORD = re.compile(r"\bCourt\b")
_NAMED_COURT = re.compile(r"(?<![\w’'])(?!(?:The|This|That|Its|Our|Their|A|An)\s)[A-Z][a-z]+(?:\s+(?:Military|Grave\s+Crimes|Appeal|Appeals|District|City|Supreme|Serious"
                          r"\s+Crimes))?\s+$")
# A judge writing apart from the majority ("dissenting", "in a separate opinion", "a declaration").
_SEPARATE_OPINION = re.compile(r"\b(?:dissent(?:s|ed|ing)?|separate\s+opinion|concurring|concurred|declaration"
                               r"\s+(?:appended|annexed)|(?:his|her)\s+declaration)\b", re.IGNORECASE)


def _variants(word: str) -> set[str]:
    """The forms a description's word may take in an actor's office or role: its synonyms ("leader": head of
    state), and a State's adjective as the State's name ("Azerbaijani leader": "President of Azerbaijan")."""
    found = set(_SYNONYMS.get(word, (word,)))
    if word.endswith(("ian", "ani")) and len(word) > 5:  # "armenian", "russian", "azerbaijani"
        found.add(word[:-1])
    return found


# Groups a person has and an institution does not: "their relatives" are someone's kin, never a State's.
_KIN_AND_COUNSEL = frozenset({"relatives", "families", "lawyers"})

# Words about something as a verb's subject: "the sentence about Hadrut", "his remarks on Baku".
_WORDS_ABOUT = re.compile(r"\b(?:sentence|words?|passage|remarks?|phrase|paragraph|part|line)\s+(?:about|on|concerning"
                          r"|regarding)\s+[^,;:.]{1,60}$", re.IGNORECASE)
# A delegate's country in brackets, and his post after it: "Mr. LAMBERT (Belgium)", "Mr. LAMBERT (Belgium), Rapporteur".
_BRACKETS_THEN_POST = re.compile(r"\)(?:,[ \t]*(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Za-z][\w-]*){0,3})?[ \t]*$")


# A line that names only a publisher's press office, under its name in a masthead.
_PRESS_OFFICE_LINE = re.compile(r"^[ \t]*(?:Press|Media|Information|Press[ \t]+and[ \t]+Information)[ \t]+"
                                r"(?:Service|Office|Centre|Center|Department|Unit)[ \t]*$", re.MULTILINE)


class Namer:
    """Finds and resolves speaker phrases in one document."""

    def __init__(self, text: str, date, registry, words: Vocabulary):
        # Markdown's emphasis around a name ("2. **Mr. Mammadov** (Azerbaijan), introducing ..., said") is no part
        # of the phrase: the namer reads the text with it blanked out, offsets unchanged
        text = text.replace("**", "  ").replace("__", "  ")
        # ... nor is a masthead's line naming the publisher's press office ("BAKU ADMINISTRATIVE COURT / Press
        # Service"): no body of its own, for "the Service" the text later names to be
        text = _PRESS_OFFICE_LINE.sub(lambda m: " " * len(m.group()), text)
        self.text, self.date, self.registry, self.words = text, date, registry, words
        self.actor_spans = possessed.owned(text, namesakes.drop(text, registry_module.matches(text, date, registry),
                                                                registry, words), registry, date)
        self.by_end: dict[int, list] = {}
        self.by_start: dict[int, list] = {}
        for span in self.actor_spans:
            self.by_end.setdefault(span[1], []).append(span)
            self.by_start.setdefault(span[0], []).append(span)
        # The explicit memory (see the module docstring): full names introduced so far, for later surnames.
        self.known: list[str] = []
        # ... and the people who hold a one-person office the text names with them ("the Human Rights
        # Defender, Jane Doe,"): the person and her office are one speaker, the registered office.
        self.holders: dict[str, str] = {}
        self._qualifieds: dict[str, str | None] = {}  # a short name -> the registered body it is in this text
        self.posts = Posts(text, date, registry, self.actor_spans)  # whose post an official holds
        self.descriptions = Descriptions(self)  # which actor a description of an office is
        # What a description names when the text names nothing that fits it: the layout stage sets
        # {"court": "echr_court"} for a judgment summary that never writes the court's name.
        self.implied: dict[str, str] = dict(words.agents)  # ... and "the prosecutors" the detaining State
        # Terms the text defines for itself, which win over the last actor that fits: the layout stage sets
        # {"government": "azerbaijan", "applicant": "Vahagn Tadevosyan"} for a judgment in "X v. Azerbaijan".
        self.defined: dict[str, str] = {}
        self._acting: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        # ... and the short names it gives its parties, with their full names ("the Republic of Arzen ("Arzen")"):
        # each name to its one speaker (``terms.short_names``, set by the layout stage)
        self.short: dict[str, str] = {}
        # Who "your ministry" is: the institution a briefing's questions are put to (set by the layout stage),
        # and whom each asker's turn addresses: (start, end, addressee) (see ``rules.addressees``).
        self.addressee: str | None = None
        self.addressed: list[tuple[int, int, str]] = []
        # Whom "my Government" is: the issuer of a letter or statement printed in full (set by the layout stage).
        self.own: str | None = None
        # ... or, in a debate's turn, the State its speaker's label gives ("Ms X (Armenia, SOC) – My government"):
        # (start, end, State) per turn (set by the layout stage)
        self.owned_by: list[tuple[int, int, str]] = []
        # ... and where a State a meeting summary names alone speaks ("Germany said that"): (start, end) spans
        self.state_voices: list[tuple[int, int]] = []
        self._fitting: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        self._written: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        self.subjects = Subjects(self)  # what clauses open with (pronouns and continuation read them)

    def own_at(self, offset: int) -> str | None:
        """Whom "my Government" at ``offset`` is: the issuer of the text, else the State of the debate turn it
        is in, else None."""
        return self.own or next((state for s, e, state in self.owned_by if s <= offset < e), None)

    def state_speaks(self, name: str, offset: int) -> bool:
        """Whether ``name`` at ``offset`` is a State speaking by its short name alone (lexicon ``state_names``)
        where the layout stage lets States speak so (a meeting summary, outside its quotations)."""
        return name in self.words.state_names and any(s <= offset < e for s, e in self.state_voices)

    def addressee_at(self, offset: int) -> str | None:
        """Whom "you" at ``offset`` addresses: the addressee of the asker's turn it is in, else the one a
        briefing's questions are put to, else None."""
        return next((who for s, e, who in self.addressed if s <= offset < e), self.addressee)

    def _registered_ending(self, start: int, end: int):
        best = None
        for s, _e, actor_id, is_title in self.by_end.get(end, ()):
            if s >= start and (best is None or s < best[0]):
                if is_title and self._qualified_title(s, start):
                    continue
                best = (s, actor_id)
        return best

    def post_before(self, floor: int, end: int):
        """``(post, body)`` for the words right before ``end`` ("Armenian Foreign Ministry spokesperson "): the
        post word's match (None when there is none) and ``(start, actor)`` of the registered institution (not a
        person) the post is of, ending right before it (None when there is none)."""
        post = POST_WORD.search(self.text, max(floor, end - 40), end)
        body = self._registered_ending(max(floor, post.start() - 160), post.start()) if post else None
        return post, (body if body and self.registry[body[1]].type != "person" else None)

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

    def agent_of(self, noun: str, offset: int) -> str | None:
        """Whom an agent noun ("investigator", "judge") at ``offset`` speaks for: the detaining State (held-out 4
        decision 7), but a judge of the registered court the text last named, when no court of the State was
        named after it ("Judge Tomas Rydberg asked" at a Strasbourg hearing is the Court)."""
        if noun.lower() in ("judge", "judges"):
            court = None
            for m in _COURT_WORD.finditer(self.text, max(0, offset - 6000), offset):
                span = next((actor for s, e, actor, _ in self.actor_spans if s <= m.start() < e), None)
                if span and self.registry[span].role == "court":
                    court = span  # "the European Court of Human Rights"
                elif _NAMED_COURT.search(self.text, max(0, m.start() - 40), m.start()):
                    court = None  # "the Baku Military Court": a court of the State
            if court:
                return court
        return self.implied.get(noun.lower())

    def writes_separately(self, offset: int) -> bool:
        """Whether the judge named at ``offset`` writes a separate opinion: her sentence or the one before
        it, in her paragraph, says she dissents, concurs or appends a declaration (ICJ Statute art 57;
        ECHR art 45(2))."""
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        end = len(self.text) if end < 0 else end
        stops = [m.end() for m in re.finditer(r"[.!?][\"”’']?\s", self.text[start:offset])]
        since = start + (stops[-2] if len(stops) > 1 else 0)
        stop = re.search(r"[.!?](?:\s|$)", self.text[offset:end])
        return bool(_SEPARATE_OPINION.search(self.text, since, offset + stop.end() if stop else end))

    def describe(self, description: str, before: int) -> str | None:
        """The last actor named before ``before`` whose role holds every word of ``description`` (a term the
        text defines for itself comes first: a judgment's "the Government" is the respondent State)."""
        words = tuple(w for w in re.findall(r"[\w]+", description.lower()) if w != "the")
        if words and words[-1] in self.defined and len(words) == 1:
            return self.defined[words[-1]]
        if " ".join(words) in self.defined:  # "the applicant Government" of an inter-State judgment
            return self.defined[" ".join(words)]
        if words == ("court",) and self.implied.get("court"):
            return self.implied["court"]  # a judgment's "the Court" is its own court, whichever it cites before
        # The spans whose actor fits a description are found once per
        # description, so that asking at every sentence stays logarithmic.
        fitting = self._fitting.get(words)
        if fitting is None:
            fits: dict[str, bool] = {}
            for actor_id in {span[2] for span in self.actor_spans}:
                actor = self.registry[actor_id]  # its office, name and role ("the ombudsperson")
                role = f"{actor.office} {actor.name} {actor.role or ''}".lower().replace("_", " ")
                if actor.type == "institution" and actor.office != "state":  # "the Office" after "the Defender"
                    role += " " + " ".join(actor.aliases).lower()
                fits[actor_id] = all(any(re.search(rf"\b{re.escape(v)}", role) for v in _variants(w)) for w in words) \
                    and not (words[-1] in _BODY_NOUNS and actor.type == "person")

            # "the ministry" also refers back to a state named as its ministry
            # ("the Russian Defence Ministry" is an alias of Russia), and
            # translated dispatches call a ministry a "department".
            def named_so(s: int, e: int) -> bool:
                written = self.text[s:e].lower()
                return all(any(re.search(rf"\b{re.escape(v)}", written) for v in _SYNONYMS.get(w, (w,)))
                           for w in words)
            fitting = [(s, actor_id) for s, e, actor_id, _ in self.actor_spans if fits[actor_id] or named_so(s, e)]
            self._fitting[words] = fitting
            if words == ("government",):
                # "the Government of Armenia", "Azerbaijan's Government": a name written with the word, which "the
                # Government" refers back to before any State named since as a place ("23 citizens held in
                # Azerbaijan. The Government stated ...")
                self._written[words] = [(s, actor_id) for s, e, actor_id, _ in self.actor_spans
                                        if fits[actor_id] and named_so(s, min(len(self.text), e + 14))]
                # (a State named as a place is no government a sentence after it refers back to: "23 men are still
                # held in Azerbaijan. The government says ..." is the voice's own government, named before that)
                self._acting[words] = [(s, a) for s, a in fitting if self.registry[a].office != "state"
                                       or not PLACE_BEFORE.search(self.text, max(0, s - 10), s)]
        k = bisect.bisect_left(fitting, (before, "")) - 1
        written = self._written.get(words, [])
        w = bisect.bisect_left(written, (before, "")) - 1
        if w >= 0 and _paragraphs_apart(self.text, written[w][0], before) <= 1 \
                and (k < 0 or not _same_sentence(self.text, fitting[k][0], before)
                     or _same_sentence(self.text, written[w][0], before)):
            # ... unless a State is named in the sentence itself ("In Yerevan, X told me that the government ..."),
            # and the name written so is not ("According to the Government of Armenia, 23 were held in Azerbaijan,
            # of whom the Government considered nine ...": Armenia's)
            return written[w][1]
        acting = self._acting.get(words)
        if k >= 0 and acting is not None and not _same_sentence(self.text, fitting[k][0], before):
            a = bisect.bisect_left(acting, (before, "")) - 1
            if a >= 0:
                return acting[a][1]
        if k >= 0:
            return fitting[k][1]
        # a court the layout implies ("The Court considers" in a judgment) before any longer name with the word
        person = introduced.introduced(self, words, before)  # "the psychologist" after "psychologist Lilit Vardanyan"
        return (self.implied.get(words[-1]) if words else None) or self._body_named(words, before) \
            or (person[1] if person else None)

    def _body_named(self, words: tuple[str, ...], before: int) -> str | None:
        """An unregistered institution named in full earlier ("the United Nations
        Committee against Torture") that "the committee" refers back to: its
        name as the text first gave it, so the body speaks, not the outlet."""
        if not words or words[-1] not in self.words.institution_words:
            return None
        head = words[-1]
        named = re.compile(rf"(?<![\w’'])((?:{_NAME_WORD}[ \t]+)*{head[0].upper()}{re.escape(head[1:])}"
                           rf"(?:[ \t]+(?:against|on|for|of)[ \t]+(?:the[ \t]+)?{_NAME_WORD}"
                           rf"(?:[ \t]+(?:(?:of|and|the)[ \t]+)*{_NAME_WORD})*)?)")  # "... on the Elimination of Racial ..."
        full = None
        for m in named.finditer(self.text, 0, before):
            # (a sentence's full stop ends the name: "the Ministry of Foreign Affairs. It wrote ...")
            name = re.sub(r"^The\s+", "", re.split(r"\.\s", m.group(1), maxsplit=1)[0].rstrip("."))
            if registry_module.resolve(name, self.date, self.registry, strict=True):
                continue
            if " " in name and all(w in name.lower() for w in words) and (full is None or len(name) > len(full)):
                full = name
        return full

    def unregistered(self, name: str, offset: int) -> str | None:
        """An unregistered name as the speaker: a surname becomes the full name known for it.

        Adds a full name it sees to :attr:`known` (the namer's one memory). A short name whose full form
        is registered is that actor ("The Assembly" after "the Parliamentary Assembly of the Council of
        Europe" is ``pace``).
        """
        if self.short:
            cleaned = clean_name(name, self.words) or name.strip()  # ("AI", too short to clean, may be defined)
            if cleaned in self.short:  # "Arzen maintains", "the Republic of Arzen rejects": the party so defined
                return self.short[cleaned]
        found = full_names.resolve(self, name, offset)
        if found and " " in found and found not in self.registry.actors:
            return registry_module.resolve(found, self.date, self.registry, strict=True) or self._qualified(found) \
                or found
        return found

    def _qualified(self, name: str) -> str | None:
        """The registered body whose full name is ``name`` "of" a qualifier the text names ("Parliamentary
        Assembly" in a text that names the Council of Europe is ``pace``, "Parliamentary Assembly of the Council of
        Europe"), when exactly one such body fits; else None."""
        if name in self._qualifieds:
            return self._qualifieds[name]
        fits = set()
        for actor in self.registry.actors.values():
            if actor.type == "person":
                continue
            for full in (actor.name, *actor.aliases):
                m = re.fullmatch(rf"{re.escape(name)}\s+of\s+(?:the\s+)?(?P<of>.+)", full or "")
                if m and re.search(rf"(?<![\w’'-]){re.escape(m.group('of'))}(?![\w’'-])", self.text):
                    fits.add(actor.id)
        self._qualifieds[name] = fits.pop() if len(fits) == 1 else None
        return self._qualifieds[name]

    def _person_named(self, name: str, offset: int) -> bool:
        """Whether ``name`` before "'s office" is a person: a full name, a surname the text has given in
        full, or a capitalised word inside a sentence (at its start, "Yesterday's" is not)."""
        return " " in name or not self._sentence_initial(offset) \
            or any(n.split()[-1] == name for n in (*self.known, *self.holders))

    def _is_title(self, phrase: str) -> bool:
        """"Country Rapporteur", "Deputy Foreign Minister": an appositive that is an office, not a name."""
        head = re.split(r"\s+(?:of|for|to|at|on|in)\s+", phrase)[0]  # "Deputy Minister of Justice", "Special Rapporteur on torture"
        return any(p.split()[-1].lower().rstrip(".,") in self.words.title_nouns
                   or p.split()[-1].lower().rstrip(".,") in ("rapporteur", "co-rapporteur", "ombudsperson", "member")
                   for p in {phrase, head} if p.split())

    def _office_of_holder(self, phrase: str) -> str | None:
        """The one-person office a title before a name gives ("Armenia's Human Rights Defender Anahit
        Manasyan"), remembering the holder; None when the phrase has no such title."""
        name = clean_name(phrase, self.words)
        if not name or " " not in name or not phrase.endswith(name) or phrase == name:
            return None
        office = self.posts.one_person_office(phrase[:-len(name)].strip())
        if office:
            self._hold(name, office)
        return office

    def _hold(self, name: str, office: str) -> None:
        cleaned = clean_name(name, self.words)
        if cleaned:
            self.holders[cleaned] = office

    def speaker_of(self, start: int, end: int) -> str | None:
        """The speaker the phrase at ``[start, end)`` stands for, read as a speaker phrase before a verb is ("the
        prosecutor" at a Baku trial is Azerbaijan, "the Foreign Ministry spokesperson" its ministry), a holder's
        office for her name; None when it names nobody or only a pronoun would."""
        got = self.before(start, end)
        if not got or got[2] == "pronoun" or not isinstance(got[1], str):
            return None
        return self.holders.get(got[1], got[1])

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
        end = self.words.before_adverbs(text, floor, end)  # drop "also", "once again", "has" before the verb
        stripped = text[floor:end].rstrip()
        relative = _RELATIVE.search(stripped)
        if relative:  # "Lilit Avetisyan, who says ...", "Human Rights Watch, which calls them ...": the antecedent
            return self.before(floor, floor + relative.start())
        # "Mr. Ramil Safarzade (Azerbaijan), introducing the report, said": the participle clause first (after his
        # post, too: "Mr. LAMBERT (Belgium), Rapporteur, introducing his report, said")
        participle = _PARTICIPLE_CLAUSE.search(stripped)
        post = participle and _BRACKETS_THEN_POST.search(stripped, 0, participle.start())
        if post:  # (the post's comma stays: "Mr. LAMBERT (Belgium), Rapporteur," reads as his apposition does)
            stripped = stripped[:participle.start() + (1 if post.group().strip() != ")" else 0)].rstrip()
        contact = CONTACT_CLAUSE.search(stripped)
        if contact:  # "every Armenian official I interviewed called them": the official
            stripped = stripped[:contact.start()]
        by = BY_CLAUSE.search(stripped)
        if by and stripped.endswith(","):  # "The applicant, represented by X, a lawyer in Yerevan, complained"
            stripped = stripped[:by.start()].rstrip()
        dated = DATED_CLAUSE.search(stripped)
        if dated:  # "A resolution of the European Parliament adopted on 22 January 2026 called on": the resolution's
            stripped = stripped[:dated.start()]
        got = phrases.DELEGATE.apply(self, floor, floor + len(stripped), stripped)  # before the trimming below
        if isinstance(got, phrasing.Narrowed):  # "Ms. Ruth Lindqvist (Country Rapporteur) noted": before the brackets
            stripped = stripped[:got.end - floor]
        elif got is not None:
            return phrasing.Phrase(*got, phrases.DELEGATE.name)
        if _GENERIC.search(stripped) or _GENERIC_GROUP.match(stripped) or _SHARE.search(stripped) \
                or _WORDS_ABOUT.search(stripped):
            # "some people in Europe call them ...": nobody in particular; "the sentence about Hadrut referred to":
            # words, not the place they are about; the quoting speaker's
            return None
        of = _PERSON_OF.search(stripped)
        whole = self._registered_ending(floor, floor + len(stripped.rstrip(" ,"))) if of else None
        if whole and whole[0] <= floor + of.start(1):
            of = None  # "The State Commission on Prisoners of War, Hostages and Missing Persons of Azerbaijan": a name
        owner = self._registered_ending(floor, floor + of.end(1)) if of else None
        if of and (owner and self.registry[owner[1]].type == "person" or owner is None and not any(
                w.lower() in self.words.institution_words for w in of.group(1).split())
                and clean_name(of.group(1), self.words) == of.group(1)):
            # "Artak Melkonyan of the opposition Armenia alliance called", "President Ilham Aliyev of Azerbaijan"
            stripped = stripped[:of.end(1)]
        located = _LOCATED.search(stripped)
        first_name = _FIRST_NAME_ONLY.search(stripped[:located.start()]) \
            if located and located.group().split()[0] == "from" else None
        if first_name and first_name.group(1).lower() not in self.words.not_names \
                and not self.registry.actors.get(first_name.group(1)) \
                and not registry_module.resolve(first_name.group(1), self.date, self.registry, strict=True):
            # "Gohar from Vanadzor asks": a person by her first name and her town, as viewers and callers are
            return phrasing.Phrase(floor + first_name.start(1), first_name.group(1), "name", "located")
        if located and (self._registered_ending(max(floor, floor + located.start() - 160), floor + located.start())
                        or _OWNED_BY_PRONOUN.match(stripped) or _UNIT_END.search(stripped, 0, located.start())):
            # "the Red Cross in Geneva said": the Red Cross; "Its head of delegation in Baku told us": its head;
            # "The head of the ICRC delegation in Baku told us": the delegation's, wherever it sits
            stripped = stripped[:located.start()]
        end = floor + len(stripped)
        for form in phrases.FORMS[1:]:  # the phrase forms, most specific first; the first that decides wins
            segment = text[floor:end]
            if not segment.strip():
                return None
            got = form.apply(self, floor, end, segment)
            if got is phrasing.NOBODY:
                return None
            if isinstance(got, phrasing.Narrowed):  # an appositive: the forms after it read the name before it
                end = got.end
            elif got is not None:
                return got if isinstance(got, phrasing.Phrase) else phrasing.Phrase(*got, form.name)
        return None

    def _described_post(self, floor: int, end: int) -> str | None:
        """The registered institution of a post its description owns ("The ministry's spokeswoman, Sevda
        Karimli,": the ministry named before; "Its spokesman, Aykhan Hajizada,": the institution just named),
        else None."""
        m = _DESCRIBED_POST.search(self.text, max(floor, end - 60), end)
        if m is None:
            return None
        found = self.descriptions.just_named(m.start()) if m.group("its") else self.describe(m.group("noun"), m.start())
        return found if found in self.registry.actors and self.registry[found].type != "person" else None

    def _group_owner(self, group: str, offset: int) -> str | None:
        """The registered actor a group named only by reference belongs to:
        "Its officials" are the last state or institution named; "The officials"
        are the last registered group written with that noun ("Azerbaijani
        officials"). None for a group named in its own right."""
        words = group.split()
        if len(words) != 2 or words[0].lower() not in ("the", "its", "their"):
            return None
        if words[1].lower() in _KIN_AND_COUNSEL and words[0].lower() != "the":
            return None  # "Their relatives say": the detainees' relatives, no institution's
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
        m = self.words.title_run_before.search(self.text, max(floor, start - 120), start)
        if m and any(w.lower().rstrip(".,") in self.words.title_nouns for w in m.group(1).split()):
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
        if found and self.registry[found[1]].office == "state" and text[found[0]:found[0] + 1] in "'’":
            # "Azerbaijan's Foreign Ministry rejected": the State's office the words after it describe
            for words in _OWNED_WORDS.finditer(text, found[0], min(ceiling, found[0] + 60)):
                owned = self.descriptions.owned_role(text[start + lead:words.end()])
                if owned and owned[1] != found[1]:
                    return words.end(), owned[1], "description"
        if found:
            # "said Foreign Ministry spokeswoman Nare Avetisyan": the institution is her office, and she speaks
            person = self.words.office_then_name.match(text, found[0], ceiling)
            if person:
                named = self._registered_starting(person.start(1), ceiling)
                if named:
                    return named[0], named[1], "name"
                office = self.posts.one_person_office(self.text[start:person.start(1)].strip())
                name = self.unregistered(person.group(1), person.start(1))
                if office and name:
                    self._hold(name, office)
                    return person.end(1), office, "name"
                if name:
                    return person.end(1), name, "name"
            holder = HOLDER.match(text, found[0], ceiling)
            if holder and self.posts.one_person_office(self.text[start:found[0]]) == found[1]:
                self._hold(holder.group(1), found[1])  # "the Human Rights Defender, Jane Doe, said": one speaker
                return found[0] + holder.end(1), found[1], "name"
            return found[0], found[1], "name"
        m = _THE_TERM_AFTER.match(segment)
        term = next((g for g in (1, 2, 3) if m.group(g) and m.group(g).lower() in self.defined), None) if m else None
        if term:  # "according to the respondent State", "according to the source", "Grandma said"
            return start + m.end(term), self.defined[m.group(term).lower()], "description"
        m = self.words.description_after.match(segment)
        if m:
            actor_id = self.describe(m.group(1), start)
            return (start + m.end(), actor_id, "description") if actor_id else None
        kin = _KIN_THEN_NAME.match(segment)
        if kin:  # "said his mother, Lusine Movsisyan, 71,": the name in apposition after whose she is
            name = self.unregistered(kin.group("name"), start + kin.start("name"))
            if name:
                return start + kin.end("name"), name, "name"
        agent = _AN_AGENT.match(segment)
        if agent and agent.group(1).lower() in self.implied:  # "a guard would open the door and say": the State
            return start + agent.end(), self.agent_of(agent.group(1), start), "description"
        m = _NAME_AFTER.match(segment)
        if m:
            office = self.posts.after(start + m.end(1), ceiling)
            if office:  # "said Mathieu Laurent, head of the ICRC delegation": he speaks for the ICRC
                self._hold(m.group(1), office)
                return start + m.end(1), office, "name"
            name = self.unregistered(m.group(1), start)
            if name:
                return start + m.end(1), name, "name"
        return None

    def _sentence_initial(self, offset: int) -> bool:
        before = self.text[max(0, offset - 3):offset]
        return offset == 0 or not before.strip() or before.rstrip()[-1:] in ".!?\n"
