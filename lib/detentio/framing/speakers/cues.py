"""Reporting cues: every verb of saying (or "according to") and the speaker phrase it names.

>>> for cue in find(doc):
...     cue.form, doc.text[cue.np_start:cue.np_end], cue.raw   # ("before", "Pashinyan", "pashinyan")

A cue is where the text says who speaks; the rules of :mod:`.rules` decide
what part of the text each cue covers. ``form`` says where the speaker is:
``before`` (X said), ``after`` (said X), ``according`` (according to X, in
his view) or ``participle`` (..., saying). ``via`` says how it was named:
``name``, ``description`` ("the minister") or ``pronoun`` (resolved later by
the ``pronoun`` rule).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from detentio.framing.speakers.subjects import DATELINE
from detentio.framing.speakers.grammar import (
    BY_AGENT, BY_COUNT, COMPLEMENT, CONCESSIVE, COORDINATED, DENIED_VERB, FIGURE_COMPLEMENT, FIGURE_OF, GERUND, IN_VIEW,
    IN_VIEW_OF, NAME_WORD, NAMING, NAMING_VERB, PARTICIPLE_CLAUSE, PASSIVE, SAID_THIS, THIS_WAS, TURN_LABEL, WINDOW, WORDS_OF)


@dataclass
class Cue:
    verb_start: int
    verb_end: int
    form: str                  # before (X said) | after (said X) | according | participle
    np_start: int
    np_end: int
    raw: str | None            # actor id, name, or pronoun
    via: str                   # name | pronoun | description | addressee ("you say" in a question)
    sentence: int
    quote: int | None          # index of the quotation it lies in
    speaker: str | None = None
    said_this: bool = False
    rule: str | None = None    # set by a cue rule (pronoun, according_to); else the placing rule's name
    phrase: str | None = None  # the phrase form that read a speaker before the verb (phrases.FORMS)
    clause: bool = False       # the speaker says only the clause from its phrase on ("the State party's
                               # position that ...", inside a sentence someone else speaks)
    from_verb: bool = False    # ... or from its verb on ("Baku has returned a hundred, but says ...")
    clause_end: int | None = None  # ... and up to here, not the sentence's end ("described by Moscow as “all
                                   # for all”: 44 Armenians ... returned": the rest is the writer's)


# "put it more simply last year:": a few words of manner or time, then the colon before the words.
_MANNER_COLON = re.compile(r"(?:,?\s+[\w’'-]+){0,5}?\s*:\s")  # ("spoke after him, more quietly:")
# ... or "As X put it at the United Nations, they are ...": the clause after the comma is what she said.
_AS_PUT = re.compile(r"(?:^|(?<=[\s\"“(]))As\s+[^,;:.!?]{2,80}$")
_MANNER_COMMA = re.compile(r"(?:\s+[\w’'-]+){0,6}?\s*,\s")
# "The European Parliament demanded the release of all Armenian prisoners": what a body adopts in a resolution
# or a decision is its speech (GUIDELINES hard case 16); anyone else's demanding is an act (hard case 7).
_ADOPTED = frozenset({"demanded", "demands", "demand"})
_ADOPTING_ROLES = ("parliament", "treaty_body", "international_organisation", "court")


def _adopting_body(doc, speaker) -> bool:
    actor = doc.registry.actors.get(speaker) if speaker else None
    return bool(actor and actor.role in _ADOPTING_ROLES)


# A verb coordinated by contrast ("..., but says"): it reports from itself on.
_CONTRASTED = re.compile(r"(?<![\w-])(?:but|yet)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "The individuals it refers to are ...": a relative clause without "that" closes before the main verb.
_CONTACT_RELATIVE = re.compile(r"(?:\s+(?:to|about|of))?\s+(?:are|is|was|were|remain|remains|have\s+been|had\s+been)\b")
_BECAUSE = re.compile(r"(?<![\w-])(?:because|if|unless|merely|simply|just)\s+[^,.;:!?]{0,40}$", re.IGNORECASE)
# "confirms the release", "denied the exchange": a weak verb whose object is an event it reports.
_EVENT_VERBS = frozenset({"confirmed", "confirms", "acknowledged", "acknowledges", "reported", "reports", "denied",
                          "denies", "announced", "announces"})
_EVENT_COMPLEMENT = re.compile(r"\s+(?:the|a|an|this|that|their|its|his|her|today['’]s|yesterday['’]s)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:release|releases|exchange|exchanges|handover|hand-over|transfer|return|repatriation|swap"
                               r"|detention|arrest|arrests|capture)\b", re.IGNORECASE)
# "asked for the maps" is a request (an act); "asked for information on ..." a question (speech).
_FOR = re.compile(r"\s+for\b(?!\s+(?:further\s+|more\s+|additional\s+|detailed\s+)?(?:information|clarification|details|an?\s+"
                  r"explanation|explanations|comments?|data|figures|an?\s+update|updates|views)\b)")
_OBJECT_PRONOUN = re.compile(r"\s+(him|her)\b")
# "quotes an Azerbaijani official as saying": the one quoted, before "as saying".
_AS_SAYING = re.compile(r"\s+(?P<who>[^,;:.!?\"“\n]{2,100}?)\s+as\s+(?:saying|having\s+said|stating)\b")
_QUOTING = frozenset({"quote", "quotes", "quoted"})
# "What Armenia calls hostage-taking", "the men whom Baku calls terrorists": the object before the verb, the name
# right after it.
_WHAT_THEY_CALL = re.compile(r"(?<![\w-])(?:[Ww]hat|whom)\s+(?:[\w’'-]+\s+){1,4}$")
_WHILE = re.compile(r",?\s+(?:while|whilst)\s*$", re.IGNORECASE)
# An absolute clause: "with X describing them as", "... and Armenia calling them" after one (a subject of its own
# before the participle, no verb of its own between).
_WITH_SUBJECT = re.compile(r"(?<![\w-])(?:with|and)\s+(?:the\s+|its\s+|their\s+)?[^,;:.!?()\n]{1,60}?\s*$", re.IGNORECASE)
# Someone shown or heard speaking, the participle after her: "We show Hikmet Hajiyev saying", "footage of the
# minister calling them".
_SHOWN = re.compile(r"(?<![\w-])(?:shows?|showed|shown|showing|films?|filmed|hears?|heard|sees?|saw|seen|watch(?:es|ed)?"
                    r"|(?:footage|video|clip|recording)\s+of)\s+(?P<who>[^,;:.!?()\n\"“”]{2,80}?)\s*$", re.IGNORECASE)
# A progressive form: "Azerbaijan has been calling them", "the ministry was saying": the participle is the
# clause's verb, its subject before the auxiliary ("is not calling" does not match: a denial reports nothing).
_PROGRESSIVE = re.compile(r"(?<![\w’'-])(?:is|are|was|were|(?:has|have|had)(?:\s+(?:long|also|always|repeatedly))?\s+been"
                          r"|will\s+be|would\s+be)(?:\s+(?:also|still|now|increasingly|repeatedly|openly|publicly|again))?\s*$",
                          re.IGNORECASE)
_STORY_PRONOUN = re.compile(r"\s*[\"“‘']?\s*(He|She)\s")
# "He has said that for five years.", "She said that too.": "that" points back; no words are reported here.
_THAT_POINTS_BACK = re.compile(r"\s+that(?:\s+(?:for\s+(?:\w+\s+){0,3}(?:years|months|weeks|days|decades)|again|too|before"
                               r"|often|many\s+times|publicly|repeatedly|himself|herself|themselves|itself|already))?"
                               r"\s*[.;!?]", re.IGNORECASE)


# A yes-no question put to someone, its verb of saying after the subject: it asks, it reports nothing (a
# transcript's label may open the sentence: "Question 2 (Anna Smith): Does the Government ...").
_ASKS_WHETHER = re.compile(r"(?:[^:\n]{1,80}:[ \t]+)?\W*(?:(?:And|But|So)\s+)?(?:Does|Do|Did|Will|Would|Can|Could|Should|Is|Are|Has|Have)\s+"
                           r"(?:[\w’'-]+\s+){1,5}?(?:still\s+|now\s+|also\s+|ever\s+|really\s+)?$")


def find(doc) -> list[Cue]:
    """Every cue of ``doc`` outside page chrome, in text order of the verb."""
    found = [cue for match in doc.words.verbs(doc.text) if not doc.in_chrome(match.start())
             for cue in [_cue(doc, match)] if cue is not None]
    found.extend(_in_view(doc))
    found.extend(_by_count(doc))
    found.extend(_positions(doc))
    found.sort(key=lambda c: c.verb_start)
    return found


# A passive verb of naming and its agent: "described by Moscow as", "called by Baku".
_NAMED_BY_VERBS = {"described", "called", "characterized", "characterised"}
_NAMED_BY = re.compile(r"\s+by\s+(?=[A-Z]|the\s)")
# What follows the agent: "as", or the name itself in quotation marks.
_AS_AFTER = re.compile(r"\s*(?:as\b|[\"“‘'])")
# Where the name given ends: the first comma, colon or semicolon after it (outside its quotation marks, which
# the name closes before them).
_NAME_GIVEN_END = re.compile(r"[,;:](?=\s)")


# A document between "according to" and who issued it: "a statement from", "the latest report by", "figures
# published by", "a readout of", "the information provided by".
_DOCUMENT_OF = re.compile(r"\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:written|joint|latest|recent|new|official|brief|short"
                          r"|press|news)\s+)*(?:statement|report|release|communiqu[ée]|note|letter|post|readout|figures"
                          r"|data|list|count|tally|bulletin|briefing|update|decision|resolution|information|estimates?)s?"
                          r"(?:\s+(?:issued|published|released|given|compiled|kept|provided|supplied|submitted|received))?"
                          r"\s+(?:from|by|of)(?=\s)",
                          re.IGNORECASE)


def _cue(doc, match) -> Cue | None:
    """The cue of one verb match, or None when the verb does not report this sentence's speech."""
    text, namer, words = doc.text, doc.namer, doc.words
    index = doc.sentence_of(match.start())
    _, s_start, s_end = doc.sentences[index]
    quote = doc.quote_at(match.start())
    floor = s_start if quote is None else max(s_start, doc.quotes[quote].start + 1)
    dateline = DATELINE.match(text, floor, match.start()) if quote is None else None
    if dateline:  # "GENEVA (10 July 2025) – UN experts today expressed ...": the place is no speaker
        floor = dateline.end()
    ceiling = s_end if quote is None else min(s_end, doc.quotes[quote].end)

    def made(form, np_start, np_end, got_raw, via, **extra):
        return Cue(match.start(), match.end(), form, np_start, np_end, got_raw, via, index, quote, **extra)

    if match.group("according"):
        # "according to a statement from Azerbaijan's Ministry of Defence": the source is who issued the document
        document = _DOCUMENT_OF.match(text, match.end(), ceiling)
        got = namer.after(document.end() if document else match.end(), ceiling)
        return made("according", match.end(), got[0], got[1], got[2]) if got and got[2] != "pronoun" else None
    before_text = text[max(floor, match.start() - WINDOW):match.start()]
    verb = (match.group("verb") or "").lower()
    named_by = _NAMED_BY.match(text, match.end(), ceiling) if verb in _NAMED_BY_VERBS else None
    if named_by:
        # "First exchange, described by Moscow as “all for all”", "the men called by Baku “saboteurs”": the
        # agent of a passive verb of naming named the thing so
        got = namer.after(named_by.end(), ceiling)
        if got and got[2] != "pronoun" and _AS_AFTER.match(text, got[0], ceiling):
            cue = made("after", match.end(), got[0], got[1], got[2])
            cue.clause = cue.from_verb = True  # what it was named is the agent's, the thing named the writer's
            stop = _NAME_GIVEN_END.search(text, got[0], ceiling)
            cue.clause_end = stop.start() if stop else None
            return cue
    if verb in NAMING_VERB and not NAMING[NAMING_VERB[verb]].match(text, match.end(), ceiling) \
            and not _WHAT_THEY_CALL.search(before_text):
        return None  # ... but "What Armenia calls hostage-taking is ...": the name follows the verb directly
    if verb in ("notes", "note") and text[match.end():match.end() + 1] == ":" \
            and re.search(r"(?:^|\n)[ \t]*[A-Z][\w’'-]*(?:['’]s)?[ \t]+$", text[max(0, match.start() - 30):match.start()]):
        return None  # "Show notes:", "Editor's notes:": a heading, not a speaker noting
    if _CONTACT_RELATIVE.match(text, match.end(), ceiling) \
            and re.search(r"(?<![\w’'-])(?:it|they|he|she)\s+$", before_text):
        return None  # "The individuals it refers to are saboteurs": which individuals, not what it says
    if quote is None and _ASKS_WHETHER.match(text, s_start, match.start()) and text[s_start:s_end].rstrip(" \t\n*_").endswith("?"):
        return None  # "Does the Government still call them prisoners of war?": the asker's words (hard case 5)
    if _THAT_POINTS_BACK.match(text, match.end(), ceiling):
        return None  # "He has said that for five years.": a comment on words reported before, not speech
    if verb in ("asked", "asks", "ask") and _FOR.match(text, match.end(), ceiling) \
            and not _adopting_body(doc, (namer.before(floor, match.start()) or (None, None))[1]):
        # "it has asked for the maps": a request (an act), not speech (hard case 7); but what a parliament or a
        # court asks for in its adopted text is its speech ("the European Parliament asked for the release", hard
        # case 16), as "demanded" is
        return None
    if verb in _QUOTING:  # "I will quote him in full:", "quoted the minister as saying": the one quoted
        pronoun = _OBJECT_PRONOUN.match(text, match.end(), ceiling)
        if pronoun:
            at = pronoun.start(1)
            return made("after", at, at + len(pronoun.group(1)), {"him": "he", "her": "she"}[pronoun.group(1)],
                        "pronoun")
        got = namer.after(match.end(), ceiling)
        if got and got[1] not in ("it", "they"):
            return made("after", match.end(), got[0], got[1], got[2])
        # "quotes an official of the Ministry of Defence of Azerbaijan as saying": the one quoted, read as a
        # speaker phrase before a verb is read
        quoted = _AS_SAYING.match(text, match.end(), ceiling)
        got = namer.before(quoted.start("who"), quoted.end("who")) if quoted else None
        return made("after", got[0], quoted.end("who"), got[1], got[2], phrase=got.form) \
            if got and got[1] not in ("it", "they") else None
    if PASSIVE.search(before_text):
        # "This was reported to journalists by the Defence Ministry": the
        # agent after "by" said the words reported just before.
        by = BY_AGENT.match(text, match.end(), ceiling) if THIS_WAS.search(before_text) else None
        got = namer.after(by.end(), ceiling) if by else None
        if got and got[2] != "pronoun":
            return made("after", match.end(), got[0], got[1], got[2], said_this=True)
    if verb in words.weak and not COMPLEMENT.match(text, match.end(), ceiling) \
            and not FIGURE_COMPLEMENT.match(text, match.end(), ceiling) \
            and not (verb in _EVENT_VERBS and _EVENT_COMPLEMENT.match(text, match.end(), ceiling)) \
            and not (verb in words.gerund_verbs and GERUND.match(text, match.end(), ceiling)) \
            and not (verb in words.manner and (_MANNER_COLON.match(text, match.end(), ceiling)
                                               or _AS_PUT.search(before_text) and _MANNER_COMMA.match(text, match.end(), ceiling))) \
            and not _closing_attribution(doc, floor, match, ceiling):
        return None
    if match.group("ing"):
        progressive = _PROGRESSIVE.search(before_text)
        got = namer.before(floor, match.start() - len(before_text) + progressive.start()) if progressive else None
        if got:
            return made("before", got[0], match.start(), got[1], got[2], phrase=got.form)
        with_ = _WITH_SUBJECT.search(before_text)
        got = namer.before(floor, match.start()) if with_ else None
        if got and got[0] - (match.start() - len(before_text)) >= with_.end() - 12:
            # "..., with the prosecution describing them as ... and Armenia calling them hostages": the absolute
            # clause's own subject, right before its participle
            return made("before", got[0], match.start(), got[1], got[2], phrase=got.form)
        shown = _SHOWN.search(before_text)
        got = namer.before(floor, match.start()) if shown else None
        if got and got[2] != "pronoun" and got[0] - (match.start() - len(before_text)) >= shown.start("who"):
            # "We show Hikmet Hajiyev saying in 2021 that ...", "footage of the minister calling them": the one
            # shown or heard, right before the participle
            return made("before", got[0], match.start(), got[1], got[2], phrase=got.form)
        # "..., saying that", "... more than 170, while maintaining that ...": the clause's subject says it
        subject = namer.subjects.clause(floor, ceiling) if before_text.rstrip().endswith(",") \
            or _WHILE.search(before_text) else None
        return made("participle", *subject) if subject else None
    if DENIED_VERB.search(before_text):
        return None  # "the ICRC does not call them ...": what it did not say is not its speech
    if CONCESSIVE.search(before_text):
        return None  # "whatever the indictments in Baku say": set aside, not reported
    if PASSIVE.search(before_text):
        return None  # "it is claimed that", "Pashinyan was told": not the subject's words
    if COORDINATED.search(before_text):
        # "Azerbaijani authorities described them as ... and said ...": the
        # second verb shares the subject of the clause it is coordinated with
        # (after a transcript label: "Question (X, Outlet): In Geneva the delegation ... and said").
        label = TURN_LABEL.match(text, floor, match.start())
        subject = namer.subjects.clause(label.end() if label else floor, match.start())
        if subject is None and quote is not None:
            # "“He would read me the charge and then say, ‘...’”": a quoted story's "he" (the pronoun rule
            # resolves it inside the story)
            pronoun = _STORY_PRONOUN.match(text, floor, match.start())
            if pronoun:
                return made("before", pronoun.start(1), pronoun.end(1), pronoun.group(1).lower(), "pronoun")
        if subject and _CONTRASTED.search(before_text):
            # "Baku has returned a hundred ..., but says those still held are criminals": the first clause is
            # told, the second reported
            cue = made("before", *subject)
            if cue is not None:
                cue.clause = cue.from_verb = True
            return cue
        return made("before", *subject) if subject else None
    # "The delegation said", "A Committee member asked": a summary record's voices, named by the
    # cue rules ``delegation`` and ``committee_member`` from the document's layout; in a record they
    # come before any description ("the expert" is a Committee member there, not a registered expert).
    record = doc.layout is not None and doc.layout.name == "summary_record"
    voice = _record_voice(doc, before_text, match.start()) if record else None
    if voice:
        return made("before", voice[0], match.start(), None, voice[1])
    got = namer.before(floor, match.start())
    if got and verb in _ADOPTED and not _adopting_body(doc, got[1]):
        return None  # "Armenia demanded the return": an act (hard case 7), unless a body's text demands it
    if got:
        said_this = bool(SAID_THIS.match(text, match.end(), ceiling))
        if said_this and _BECAUSE.search(before_text):
            return None  # "... a war criminal because a prosecutor says so": a reason, not a report
        return made("before", got[0], match.start(), got[1], got[2], said_this=said_this, phrase=got.form)
    voice = None if record else _record_voice(doc, before_text, match.start())
    if voice:
        return made("before", voice[0], match.start(), None, voice[1])
    # "..., said Sahakyan" / "," said Sahakyan": the verb comes first; but a sentence a present verb opens ("1. Calls
    # on the Azerbaijani authorities to ...", a resolution's operative paragraph) is its issuer's, the one after it
    # addressed
    if re.search("[,\"\u201d\u2019']\\s*$", before_text) or not before_text.strip() \
            and not (verb.split()[0].endswith("s") and verb != "says" and text[match.start():match.start() + 1].isupper()):
        got = namer.after(match.end(), ceiling)
        if got:
            return made("after", match.end(), got[0], got[1], got[2])
    return None


# What may follow a verb that closes its sentence's attribution: "..., the ICRC confirmed (on Monday).", and a
# reference in brackets, as digests print their links: "..., OC Media reported (oc-media.org/en/...)."
_CLOSES = re.compile(r"\s*(?:(?:on|in|at|late|early)\s+[\w-]+(?:\s+[\w-]+)?\s*)?(?:\([^()\n]{1,160}\)\s*)?"
                     r"(?:[.;]|,\s+(?:saying|adding|noting|citing)\b|$)", re.IGNORECASE)


def _closing_attribution(doc, floor: int, match, ceiling: int) -> bool:
    """Whether a weak verb ("confirmed", "noted") closes the attribution of the words before it: "Four men
    were freed, the ICRC confirmed." (the speaker right after a comma, nothing but a time after the verb)."""
    if not _CLOSES.match(doc.text, match.end(), ceiling):
        return False
    got = doc.namer.before(floor, match.start())
    return bool(got) and bool(re.search(r"[,\"”’]\s*(?:the\s+|its\s+|a\s+)?$", doc.text[floor:got[0]], re.IGNORECASE))


def _record_voice(doc, before_text: str, verb_start: int) -> tuple[int, str] | None:
    """``(start, via)`` of a summary record's voice right before a verb ("The delegation", "A Committee
    member"), else None."""
    participle = PARTICIPLE_CLAUSE.search(before_text)
    # "The Chair, thanking the delegation, said", "the State party had publicly called": the voice before the
    # participle clause, the auxiliaries and the adverbs
    end = participle.start() if participle else len(before_text)
    end = doc.words.before_adverbs(before_text, max(0, end - 60), end)
    tail = max(0, end - 60)  # a record's voice is a short phrase right before its verb
    for via, pattern in (("delegation", doc.words.delegation_before), ("member", doc.words.members_before)):
        voice = pattern.search(before_text, tail, end)
        if voice:
            return verb_start - len(before_text) + voice.start(), via
    organ = _ORGAN_DELEGATE.search(before_text, max(0, end - 120), end)
    if organ:  # "a representative of the Ministry of Justice said": one of the State party's delegation
        return verb_start - len(before_text) + organ.start(), "delegation"
    return None


# "a representative of the Ministry of Justice", "an official from the State Security Service": in a summary
# record, a member of the State party's delegation from one of its organs.
_ORGAN_DELEGATE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Tt]he|[Aa]nother)\s+(?:senior\s+)?(?:representative|member|official)s?"
                             r"\s+(?:of|from)\s+the\s+(?:Ministry|Office|Service|Department|Agency|State\s+Commission"
                             r"|Prosecutor(?:['’]s)?|National\s+Security|Human\s+Rights\s+Defender)\b[^,.;:]{0,70}$")


def _in_view(doc):
    """"In his view, ..." opens a sentence of the last named person's opinion: it reports that person as a verb
    of saying would (resolved as a pronoun); "In the view of the Armenian delegation, ..." names its source."""
    for index, (_, s_start, s_end) in enumerate(doc.sentences):
        m = IN_VIEW.match(doc.text, s_start, s_end)
        if m and not doc.in_chrome(s_start) and doc.quote_at(s_start + 1) is None:
            group = 1 if m.group(1) else 2
            pronoun = {"his": "he", "her": "she", "its": "it", "their": "they", "him": "he", "them": "they"}[
                m.group(group).lower()]
            yield Cue(m.start(group), m.end(), "according", m.start(group), m.end(group), pronoun, "pronoun", index,
                      None)
            continue
        m = IN_VIEW_OF.match(doc.text, s_start, s_end)
        if m and doc.quote_at(s_start + 1) is None:  # "In the view of the Armenian delegation, ...": that source's
            cue = _named_source(doc, m, "according", m.start("who"))
            if cue is not None:
                yield cue


def _named_source(doc, m, form: str, verb_start: int, clause: bool = False) -> Cue | None:
    """The cue of a source named in group ``who`` of match ``m`` (not in page chrome, not a pronoun)."""
    if doc.in_chrome(m.start()):
        return None
    got = doc.namer.after(m.start("who"), m.end("who") + 1)
    if not got or got[2] == "pronoun":
        return None
    return Cue(verb_start, m.end(), form, m.start("who"), got[0], got[1], got[2], doc.sentence_of(m.start()),
               doc.quote_at(m.start()), clause=clause)


def _by_count(doc):
    """"By Yerevan's count, 19 remain": the count's source, as "according to" names it (BY_COUNT)."""
    for m in BY_COUNT.finditer(doc.text):
        _, _, s_end = doc.sentences[doc.sentence_of(m.start())]
        if doc.text[m.end():s_end].rstrip(" \t\n\"”’'").endswith("?"):
            continue  # "are they prisoners of war in the ministry's view?": a question asks for the view
        # "became, in Hajiyev's words, “...”": his words are what follows, not the sentence's start
        cue = _named_source(doc, m, "according", m.start(), clause=m.group().endswith(("words", "phrase")))
        if cue:
            yield cue
    for m in WORDS_OF.finditer(doc.text):  # "in the words of Hikmet Hajiyev, "...”": his words are what follows
        cue = _named_source(doc, m, "according", m.start(), clause=True)
        if cue:
            yield cue
    for m in FIGURE_OF.finditer(doc.text):
        if FIGURE_COMPLEMENT.match(doc.text, m.end()):
            # "The ombudsperson's figure of 23 matches ...": the owner says the figure, from the owner on
            cue = _named_source(doc, m, "according", m.start(), clause=True)
            if cue:
                yield cue


# "notes the State party's position that ...", "Azerbaijan's view that ...": the clause is the owner's. The
# nouns alone (rare) are searched first; the full pattern only near them.
_POSITION_NOUNS = (r"(?:position|statement|view|assertion|claim|argument|contention|explanation|denial|insistence"
                   r"|submission|information|reading|line|answer|response|reply|retort"
                   # a party's "evidence", "case" or "account" in a decision ("The appellant's evidence is that ...")
                   r"|evidence|case|account)s?"
                   # "Hajiyev's statement of December 2020 that ...": its date between the noun and "that"
                   r"(?:\s+(?:of|in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?\s+(?:was\s+|is\s+"
                   # "Baku's answer has always been that ...", "Its position remains that ..."
                   r"|(?:has|had)\s+(?:always\s+|long\s+|consistently\s+)?been\s+|remains\s+|remained\s+)?that")
_POSITION_WORD = re.compile(rf"['’]s\s+{_POSITION_NOUNS}\b")
# "Azerbaijan's position, as its Foreign Ministry states it, is that ...": the State's office owns it.
_AS_ITS = (r",\s*as\s+(?:its|their)\s+(?P<voice>(?:[A-Za-z-]+\s+){0,3}?[A-Za-z]+)\s+(?:states|stated|puts|put|sees"
           r"|describes|described|frames|framed|has\s+put|has\s+stated)\s+it\s*,")
_POSITION = re.compile(rf"(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w-]*[ \t]+){{0,3}}(?:State\s+party|delegation|[A-Z][\w-]+)"
                       rf"|[Tt]he\s+(?:appellant|applicant|respondent|claimant|petitioner|defendant))['’]s\s+"
                       rf"(?P<what>{_POSITION_NOUNS})\b")
# "its formula was "people detained ..."", "the ICRC's wording is "...": the owner's own words follow.
_WORDING_IS = re.compile(rf"(?:(?P<its>(?<![\w-])(?:[Ii]ts|[Tt]heir))|(?P<who>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}"
                         # ... or a plural's: "the prosecutors' word was "terrorists""
                         rf"|(?<![\w-])[Tt]he\s+(?:[A-Z][\w-]*\s+)?[a-z]+s(?=['’]\s))(?:['’]s|(?<=s)['’]))\s+"
                         r"(?:own\s+|chosen\s+|preferred\s+|official\s+)?(?:formula|formulation|wording|term|phrase|expression"
                         r"|language|word)\s+(?:was|is|remains|remained|has\s+been)\s*[:,]?\s*(?=[\"“‘'])")
_POSITION_AS_ITS = re.compile(rf"(?P<who>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})['’]s\s+(?:position|view|reading|line)"
                              rf"{_AS_ITS}\s+(?:was|is)\s+(?P<what>that)\b")
_RECORD_OWNER = re.compile(r"State\s+party|delegation")
# "takes note of the position of the State party that ...", "the view of Azerbaijan that ...".
_POSITION_OF = re.compile(r"\b(?:position|statement|view|assertion|claim|argument|contention|explanation|submission"
                          r"|information)s?\s+of\s+(?P<who>(?:[Tt]he\s+)?(?:State\s+party|delegation|[A-Z][\w-]*"
                          r"(?:\s+[A-Z][\w-]*){0,3}))\s+(?P<that>that)\b")
# "The Committee had received information from the Human Rights Defender that ...", "reports from Human Rights Watch
# that ...", "was informed by the Defender that ...": the clause is the source's.
_INFORMATION = re.compile(r"\b(?:(?:information|reports?|allegations?|accounts?)\s+(?:received\s+|submitted\s+|provided\s+)?"
                          r"(?:from|by)|(?:was|were|been|being)\s+(?:informed|told|assured)\s+by)\s+(?P<who>(?:the\s+)?"
                          r"[A-Z][\w-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w-]*){0,6})"
                          # ... its apposition between: "by the Armenian Families Support Network, an association of
                          # relatives based in Yerevan, that"
                          r"(?:,\s+(?:an?|the)\s+[^,;:.\"“”]{2,120},)?\s+(?P<what>that)\b")


def _positions(doc):
    """The owner of a position reported inside someone else's sentence (see ``_POSITION``, ``_POSITION_OF``
    and ``_INFORMATION``)."""
    for m in _INFORMATION.finditer(doc.text):
        cue = _named_source(doc, m, "before", m.start("what"), clause=True)
        if cue:
            yield cue
    for m in _POSITION_OF.finditer(doc.text):
        if not doc.in_chrome(m.start()):
            yield from _owner_cue(doc, m, "that")
    for m in _WORDING_IS.finditer(doc.text):  # "The Red Cross used neither; its formula was "..."": its words
        if doc.in_chrome(m.start()):
            continue
        if m.group("its"):  # the subject of its own sentence first ("The Red Cross used neither; its formula")
            _, s_start, _ = doc.sentences[doc.sentence_of(m.start())]
            subject = doc.namer.subjects.at(s_start, m.start()) if s_start < m.start() else None
            owner = subject[1] if subject and subject[1] in doc.registry.actors \
                and doc.registry[subject[1]].type != "person" else doc.namer.descriptions.just_named(m.start())
            if owner:
                yield Cue(m.end(), m.end(), "before", m.start(), m.end("its"), owner, "description",
                          doc.sentence_of(m.start()), doc.quote_at(m.start()), clause=True)
        else:
            cue = _named_source(doc, m, "before", m.end(), clause=True)
            if cue:
                yield cue
    for m in _POSITION_AS_ITS.finditer(doc.text):
        cue = None if doc.in_chrome(m.start()) else _named_source(doc, m, "before", m.start("what"), clause=True)
        if cue and cue.raw in doc.registry.actors and doc.registry[cue.raw].office == "state":
            cue.raw = doc.namer.descriptions.state_office(cue.raw, m.group("voice")) or cue.raw
        if cue:
            yield cue
    for hit in _POSITION_WORD.finditer(doc.text):
        # the match that ends at this noun's "that" (another position may stand in the 80 characters before)
        m = next((p for p in _POSITION.finditer(doc.text, max(0, hit.start() - 80), hit.end()) if p.end() == hit.end()),
                 None)
        if m is not None and not doc.in_chrome(m.start()):
            yield from _owner_cue(doc, m, "what")


def _owner_cue(doc, m, clause_group: str):
    """The cue of a position's owner (group ``who``), whose words begin at group ``clause_group``: a record's
    State party or delegation is named by the delegation rule, anyone else as a named source."""
    if _RECORD_OWNER.search(m.group("who")):
        yield Cue(m.start(clause_group), m.end(), "before", m.start("who"), m.end("who"), None, "delegation",
                  doc.sentence_of(m.start()), doc.quote_at(m.start()), clause=True)
        return
    cue = _named_source(doc, m, "before", m.start(clause_group), clause=True)
    if cue:
        yield cue
