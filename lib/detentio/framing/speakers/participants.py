"""Who takes part in a layout: the interviewee and the interviewer an introduction names, the spokesperson a
briefing's head names (and the office she speaks for), a summary record's reviewing body and State party.

>>> interviewee(doc, body, turns), interviewer(doc, body, turns)   # names or actor ids, or None
>>> spokesperson(doc, body, voice)                                # (who answers, the heading's last paragraph)

The layout (:mod:`.layout`) finds the turns; these functions read the text around them for the people.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers import heads, organs
from detentio.framing.speakers.cleaning import PORTFOLIO_WORDS, clean_name, normal_name, without_possessive
from detentio.framing.speakers.grammar import NAME_PARTICLE, NAME_WORD
from detentio.framing.speakers.posts import POST_NOUNS

# A run of capitalised words that crosses a sentence's end ("the Fourth Geneva Convention. Some ..."), and a name.
# ... after a word in lower case or a dateline's capitals ("YEREVAN. Armenia said"); "Mr." and "U.S." end none
_SENTENCE_JOIN = re.compile(r"(?:[a-z]{2}|[A-Z]{3})\.\s")
# ... a particle inside it ("Maarten de Groot", "Pieter van Dam")
_NAMES = re.compile(rf"(?<![\w’'])({NAME_WORD}(?:[ \t]+(?:{NAME_PARTICLE}[ \t]+)?{NAME_WORD})+)")

# A head's field of who speaks, anywhere in its line ("... | Speaker: Martin Keller, Regional Director | ...").
# ... and a head's "Speakers:" that lists one ("Speakers: Elena Marchetti, United Nations Resident Coordinator in
# Armenia. Moderated by ..."; a list of several, with semicolons, is :func:`hold_listed_speakers`).
_SPEAKER_FIELD_IN = re.compile(r"(?m)(?:^|[|\u2022\u00b7]\s*|\n)\s*(?:Speaker|Speakers(?=\s*:[^;\n]*$)|Briefer|Briefing|Delivered\s+by"
                               r"|Presented\s+by)\s*:\s*"
                               rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD})+)")
# ", Regional Director for Europe and Central Asia": a post after a name that names no institution (in a registered
# organisation's own transcript, the organisation's).
_BARE_POST = re.compile(rf",\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:{POST_NOUNS})\b", re.IGNORECASE)
# "the ICRC Regional Director for Europe": a post in capitals, never a person's name.
_POST_WORD = re.compile(rf"(?i:{POST_NOUNS}|minister|president|chair(?:man|woman|person)?|rapporteur)")
# A political party's name is no person's: "a deputy of the ruling Civil Contract party" ("he" is the deputy).
_PARTY_AFTER = re.compile(r"[ \t]+(?i:party|bloc|faction|alliance|movement)\b")


def _runs(text: str, start: int, end: int):
    """``(run, start, end)`` of each run of capitalised words in ``text[start:end]`` that may be a name; a run that
    crosses a sentence's end ("the Fourth Geneva Convention. Some ...", "Colonel Elnur Safarli. The transcript")
    is two sentences, not one name, and either side may be one ("near Republic Square. Hripsime Karapetyan's son")."""
    for m in _NAMES.finditer(text, start, end):
        raw, at = m.group(1), m.start(1)
        cuts = [0] + [j for join in _SENTENCE_JOIN.finditer(raw) for j in (join.end() - 2, join.end())] + [len(raw)]
        for a, b in zip(cuts[::2], cuts[1::2]):
            if len(cuts) == 2 or _NAMES.fullmatch(raw[a:b]):
                yield raw[a:b], at + a, at + b


def named_in(doc, start: int, end: int) -> list[tuple[int, str]]:
    """``(offset, speaker)`` for every person named in ``text[start:end]``: registered persons by id, others by
    their name without its title (never a post, "OSCE Chairperson-in-Office" or "Deputy Secretary-General")."""
    spans = [(s, e, actor) for s, e, actor, _ in doc.namer.actor_spans if start <= s < end]
    found = [(s, actor) for s, e, actor in spans if doc.registry[actor].type == "person"]
    for raw, raw_start, raw_end in _runs(doc.text, start, end):
        inner = [e for s, e, _ in spans if raw_start < e < raw_end]
        if inner:  # "Spokesperson of the Ministry of Foreign Affairs of Armenia Lusine Ohanyan": after the body
            raw_start = max(inner) + len(doc.text[max(inner):raw_end]) - len(doc.text[max(inner):raw_end].lstrip())
            raw = doc.text[raw_start:raw_end]
        portfolio = _PORTFOLIO.match(raw)
        if _PORTFOLIO.fullmatch(raw.strip() + " "):
            continue  # "... of the Ministry of Foreign Affairs": the ministry's portfolio alone, no one's name
        if portfolio and " " in raw[portfolio.end():].strip():
            # "Spokesperson of the Ministry of Foreign Affairs Elnur Mammadli": the ministry's name, then hers
            raw_start, raw = raw_start + portfolio.end(), raw[portfolio.end():]
        name = clean_name(normal_name(raw) if raw.isupper() else raw, doc.words)  # "VAHE HAKOBYAN:" is Vahe Hakobyan
        name = without_possessive(name) if name else name  # "Karine Mkrtchyan's brother ... She wrote": Karine
        at = raw_start + max(0, raw.lower().find(name.split()[0].lower())) if name else raw_start
        if name and " " in name and not any(w.lower() in doc.words.institution_words | doc.words.not_names
                                            for w in name.split()) \
                and not _POST_WORD.fullmatch(name.split()[-1].split("-")[0]) \
                and not _PARTY_AFTER.match(doc.text, raw_end) \
                and not any(s <= raw_start < e or s <= at < e for s, e, _ in spans):
            if not doc.namer.registry.actors.get(name):
                found.append((at, name))
    return sorted(found)


def _introduction(doc, body: list[int], turns: list) -> tuple[int, int] | None:
    """Where an interview's introduction lies: the paragraphs before its first turn."""
    first = turns[0].paragraph if turns else len(doc.paragraphs)
    intro = [n for n in body if n < first]
    return (doc.paragraphs[intro[0]].start, doc.paragraphs[intro[-1]].end) if intro else None


# A legislator's title before her name: "Senator", "Representative", "Rep.".
_MEMBER = r"(?:Senator|Representative|Congressman|Congresswoman|Sen\.|Rep\.|Deputy|MP)"
# "Clara Weiss spoke to ...", "Clara Weiss, presenter of The Crossing, spoke to ...", "... was interviewed by
# Clara Weiss": the one who asks.
_ASKS = re.compile(rf"(?P<before>{NAME_WORD}(?:[ \t]+{NAME_WORD})+)(?<!\bShe)(?<!\bHe)(?:,[^,.;:\n]{{2,80}},)?\s+(?:spoke|talked|sat\s+down)\s+(?:with|to)\b"
                   # "Sophie Marlow, our Caucasus correspondent, met him"
                   rf"|(?P<own>{NAME_WORD}(?:[ \t]+{NAME_WORD})+),[ \t]+(?:our|the|a)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?"
                   rf"(?:correspondent|reporter|editor|journalist|interviewer|presenter|host)\b"
                   rf"|(?:[Ii]nterview(?:ed)?|questioned|(?:were|was)\s+put\s+to\s+[^.,;]{{2,60}}?)\s+by\s+(?:\w+\s+){{0,3}}?"
                   rf"(?P<after>{NAME_WORD}(?:[ \t]+{NAME_WORD})+)"
                   # "She spoke to Petra Novak a month after ...": the guest the introduction presents spoke to her
                   rf"|\b(?:She|He)\s+(?:spoke|talked)\s+(?:to|with)\s+(?P<object>{NAME_WORD}(?:[ \t]+{NAME_WORD})+)"
                   # "answered questions from Nigar Rzayeva of Absheron Press"
                   # ... "Questions submitted by Senator Margaret Ellery" (a legislature's written questions)
                   rf"|\b[Qq]uestions\s+(?:[Ss]ubmitted\s+)?(?:from|by|put\s+by)\s+(?:{_MEMBER}[ \t]+)?"
                   rf"(?P<from>{NAME_WORD}(?:[ \t]+{NAME_WORD})+)")


def interviewer(doc, body: list[int], turns: list) -> str | None:
    """The interviewer the introduction names ("our correspondent Clara Weiss", "Clara Weiss spoke to ..."):
    her questions are hers (issue 13: the interviewer and interviewee named in the introduction)."""
    where = _introduction(doc, body, turns)
    if where is None:
        return None
    start, end = where
    for m in [*doc.words.interviewer.finditer(doc.text, start, end), *_ASKS.finditer(doc.text, start, end)]:
        group = next(g for g in ("name", "before", "own", "after", "object", "from")
                     if g in m.re.groupindex and m.group(g))
        name = clean_name(re.split(r"\.\s+", m.group(group))[-1], doc.words)  # "... to Syria. Lilit Avagyan, presenter"
        if name and " " in name:  # "... in Geneva. She spoke to Petra Novak": not "She", the next reading
            return name if name in doc.registry.actors else doc.namer.unregistered(name, m.start(group))
    return None


_AT_PLACE = re.compile(r"\b(?:in|near|at|outside|inside|around)\s+$", re.IGNORECASE)


def interviewee(doc, body: list[int], turns: list) -> str | None:
    """The person the introduction of an interview names who is not the interviewer."""
    where = _introduction(doc, body, turns)
    if where is None:
        return None
    start, end = where
    asking = {m.group("name") for m in doc.words.interviewer.finditer(doc.text, start, end)}
    asking |= {m.group("before") or m.group("own") or m.group("after") or m.group("object") or m.group("from")
               for m in _ASKS.finditer(doc.text, start, end)}
    # (not a place: "captured near Hin Tagher"; but "submitted to X", "spoke to X" name a person)
    candidates = [(offset, name) for offset, name in named_in(doc, start, end)
                  if not any(name in a or a.endswith(name) for a in asking)
                  and not _AT_PLACE.search(doc.text, max(0, offset - 10), offset)]
    # "X, head of ..., answered questions from Y": the one the introduction says answers, before anyone it names
    answers = [m.start(g) for m in _ANSWERS.finditer(doc.text, start, end) for g in ("name", "to", "of") if m.group(g)]
    if answers:
        candidates = [c for c in candidates if c[0] in answers] or candidates
    # a name the turns use again ("Ms Khachikyan, ...", "KHACHIKYAN:") before one they never do (a programme's
    # title), and one the introduction names before one only its headline does ("...: Azerbaijani MP on ...")
    again = [c for c in candidates if c[1] in doc.registry.actors
             or re.search(rf"\b(?:{re.escape(c[1].split()[-1])}|{re.escape(c[1].split()[-1].upper())})\b", doc.text[end:])]
    headline_end = doc.paragraphs[body[0]].end
    for offset, name in sorted(again or candidates, key=lambda c: c[0] < headline_end):  # the headline's last
        if name in doc.registry.actors:
            return name  # a registered person is herself, whatever her post
        person = doc.namer.unregistered(name, offset)
        # "spoke to Azerbaijan's Deputy Foreign Minister, Elnur Karimov,": in office, he answers for his
        # ministry (hard case 12), and his name stands for it wherever the transcript uses it
        # (a post in the paragraph before, a headline's "...: the head of Azerbaijan's State Commission", is not
        # the one the name's own paragraph gives her)
        floor = max(start, doc.text.rfind("\n", start, offset) + 1)
        lead = doc.text[max(floor, offset - 160):offset]
        post_end = offset - (len(lead) - len(lead.rstrip(" \t,")))
        office = doc.namer.descriptions.owned_post(lead) or doc.namer.posts.before(floor, post_end) \
            or doc.namer.posts.after(offset + len(name), end) or _predicate_post(doc, name, start, end) \
            or _publisher_post(doc, offset + len(name), end)
        if office and person:
            doc.namer.holders[person] = office
            return office
        return person
    return None


# "Aynur Kazimova, head of the ... Sector of the Presidential Administration, answered questions from ...".
# ... and a written record's "Questions for the Record submitted to Daniel R. Whitcomb", "Responses of X".
_ANSWERS = re.compile(rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD})+)(?:,[^.;:\n]{{2,200}}?,)?\s+(?:answered|took|answers"
                      rf"|takes)\s+(?:the\s+|our\s+)?questions\b"
                      rf"|\b(?:[Ss]ubmitted|[Pp]ut|[Aa]ddressed)\s+to\s+(?:(?:the\s+)?Hon(?:ou?rable|\.)\s+)?"
                      rf"(?P<to>{NAME_WORD}(?:[ \t]+{NAME_WORD})+)"
                      rf"|\b(?:[Aa]nswers|[Rr]esponses|[Rr]eplies)\s+(?:of|by|from)\s+(?P<of>{NAME_WORD}(?:[ \t]+{NAME_WORD})+)")
# A ministry's name before a name in a run of capitalised words ("Ministry of Foreign Affairs Elnur Mammadli").
_PORTFOLIO = re.compile(r"(?:(?i:" + "|".join(sorted(PORTFOLIO_WORDS)) + r")[ \t]+)+")
# ", head of the Humanitarian Affairs Sector of the Presidential Administration,": a post right after a name.
# (the post nouns of posts.py; a post in an unregistered organ may run long, so up to the next comma)
_POST_AFTER_NAME = re.compile(rf",\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:{POST_NOUNS}|chief|deputy)\b"
                              r"[^.;:\n]{0,200}?,", re.IGNORECASE)


def _publisher_post(doc, start: int, end: int) -> str | None:
    """The speaker of a post in the publisher's own organ, the term the publisher defines for itself ("head of
    the ... Sector of the Presidential Administration" in the Administration's own text: the State it is an
    organ of, hard case 12), else None."""
    m = _POST_AFTER_NAME.match(doc.text, start, end)
    return _defined_in(doc, m.group()) if m else None


def _post_of_publisher(doc, publisher: str, start: int, end: int) -> str | None:
    """The publisher, when the post after the name ends with its full name ("Tamar Lomidze, Head of the Press Service
    of the Government of Georgia" in the Government of Georgia's transcript): its official speaks for it (hard case
    12), by the State it is an organ of where it is one; else None."""
    post = doc.text[start:end].rstrip(" .")
    if not post.startswith(",") or not re.search(rf"\bof[ \t]+(?:the[ \t]+)?{re.escape(publisher)}$", post, re.IGNORECASE):
        return None
    return _organ_state(doc, publisher) or publisher


def _publisher_post_before(doc, start: int, offset: int) -> str | None:
    """The same for a post written right before the name ("Regular press briefing by the Government
    Spokesperson, Tatevik Sargsyan" in the Government's own transcript), else None."""
    m = re.search(r"(?:[A-Z][\w-]*[ \t]+){0,3}(?:[Ss]pokes(?:person|man|woman)|[Ss]ecretary|[Hh]ead|[Dd]irector)[ \t]*,?[ \t]*$",
                  doc.text[max(start, offset - 80):offset])
    return _defined_in(doc, m.group()) if m else None


# A post in the publisher's organ written before the name: "Press briefing by the Head of the Migration and
# Citizenship Service, Tigran Avagyan" (the organ's name as the publisher's begins).
_HEAD_OF_BEFORE = re.compile(r"\b(?:[Hh]ead|[Dd]irector(?:[ \t]+General)?|[Cc]hair(?:man|woman|person)?|[Pp]resident"
                             r"|[Cc]ommissioner)[ \t]+of[ \t]+the[ \t]+(?P<organ>[A-Z][^,\n]{2,80}?)[ \t]*,[ \t]*$")


def _organ_head(doc, publisher: str | None, start: int, offset: int) -> str | None:
    """The State whose unregistered organ publishes a briefing, when the heading gives its briefer the head of that
    organ before her name ("the Head of the Migration and Citizenship Service, Tigran Avagyan" in the transcript
    of the Migration and Citizenship Service of Armenia): she speaks for it (hard cases 12 and 15); else None."""
    m = _HEAD_OF_BEFORE.search(doc.text[max(start, offset - 120):offset]) if publisher else None
    if not m or not publisher.startswith(m.group("organ")):
        return None
    organ = organs.organ_of(doc, publisher)
    return organ[0] if organ and doc.registry[organ[0]].office == "state" else None


def briefer_post(doc, body: list[int], first_turn: int, label: str) -> bool:
    """Whether a briefing's turn label is the post its head gives the briefer ("RESIDENT COORDINATOR:" under "Press
    briefing by the UN Resident Coordinator in Armenia"): a post of two words or more, ending in a post noun, that
    the head's lines before the first turn name; her turns answer."""
    words = label.lower().split()
    if len(words) < 2 or not re.fullmatch(rf"(?i:{POST_NOUNS})", words[-1]) \
            or words[-1] in doc.words.question_labels or not label.replace(" ", "").isalpha():
        return False
    head = " ".join(doc.text[doc.paragraphs[n].start:doc.paragraphs[n].end] for n in body if n < first_turn).lower()
    return re.search(rf"\b{re.escape(' '.join(words))}\b", head) is not None


def _defined_in(doc, post: str) -> str | None:
    """The registered actor a word of ``post`` is the publisher's own term for ("Government": armenia)."""
    nouns = {w.lower() for w in re.findall(r"[A-Za-z]+", post)}
    return next((doc.namer.defined[n] for n in nouns if n in doc.namer.defined
                 and doc.namer.defined[n] in doc.registry.actors), None)


def _predicate_post(doc, name: str, start: int, end: int) -> str | None:
    """The institution of a post a copula gives ``name`` anywhere in ``text[start:end]`` ("Five questions to
    Ariane Keller. Ariane Keller is the ICRC's regional director"), else None."""
    for m in re.compile(rf"\b{re.escape(name)}\b").finditer(doc.text, start, end):
        found = doc.namer.posts.predicate(m.end(), end)
        if found:
            return found
    return None


# A label or heading naming an official by her body or her State alone: "SENIOR STATE DEPARTMENT OFFICIAL",
# "Azerbaijani official".
_OFFICIAL_BY_BODY = re.compile(r"(?i:(?:the|a|an)\s+)?(?i:(?:senior|high-ranking|government)\s+)*"
                               r"(?P<body>[A-Za-z][\w.’' -]{1,60}?)\s+(?i:officials?|diplomats?)")


def unnamed_official(doc, label: str) -> str | None:
    """The registered body or State an official named by it alone serves ("SENIOR STATE DEPARTMENT OFFICIAL",
    a background call's briefer; "Azerbaijani official"): she speaks for it (hard case 12). None otherwise."""
    m = _OFFICIAL_BY_BODY.fullmatch(label.strip())
    if not m:
        return None
    body = registry_module.resolve(m.group("body"), doc.published, doc.registry, strict=True) \
        or doc.namer.descriptions.state_named(m.group("body"))
    return body if body and doc.registry[body].type != "person" else None


# "the Spokesperson of the OSCE Chairpersonship", "Spokesman for the Ministry of Internal Affairs": the body she speaks for.
# A turn label with the bare post before the name: "SPOKESPERSON ELNUR GASIMOV:", "Spokesperson Ani Badalyan:".
_SPOKESPERSON_LABEL = re.compile(rf"(?m)^[ \t]*(?:SPOKES(?:PERSON|MAN|WOMAN)|[Ss]pokes(?:person|man|woman)|PRESS[ \t]+SECRETARY"
                                 rf"|Press[ \t]+[Ss]ecretary)[ \t]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})[ \t]*:")
_SPOKESPERSON_OF = re.compile(r"\b[Ss]pokes(?:person|man|woman)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
                              r"(?P<body>[A-Z][\w’'-]*(?:[ \t]+(?:of|for|and|on|the|[A-Z][\w’'-]*))*[ \t]*[A-Z][\w’'-]*|[A-Z][\w’'-]*)")


def _organ_state(doc, body: str) -> str | None:
    """The registered State whose organ ``body`` is, by the nouns the publisher's own text defines for its State
    ("ministry" in a ministry's own transcript), else None."""
    return next((doc.namer.defined[w] for w in body.lower().split() if doc.namer.defined.get(w) in doc.registry.actors
                 and doc.registry[doc.namer.defined[w]].office == "state"), None)


_SPOKESPERSON_WORD = re.compile(r"(?i)\bspokes(?:person|man|woman)\b")


def _names_publisher_spokesperson(doc, n: int, publisher: str) -> bool:
    """Whether head paragraph ``n`` names the publisher in full, in any case, and its spokesperson: "BRIEFING BY THE
    SPOKESPERSON OF THE MINISTRY OF FOREIGN AFFAIRS OF GEORGIA", "Ministry of Foreign Affairs of the Republic of
    Türkiye, Office of the Spokesperson"; or names her as its own ("the Department's spokesperson")."""
    line = doc.text[doc.paragraphs[n].start:doc.paragraphs[n].end]
    # (a head line, and a body's name of three words or more: "Daily" or "Reuters" in a news heading is no ministry)
    return len(line) <= 200 and "\n" not in line.strip() and len(publisher.split()) >= 3 \
        and any(w.lower() in doc.words.institution_words for w in publisher.split()) \
        and (bool(_SPOKESPERSON_WORD.search(line)) and publisher.lower() in line.lower()
             or _owns_spokesperson(line, publisher))


# "Briefing by the Department's spokesperson, Ciarán Ó Dálaigh": the publisher's own spokesperson, by the head
# noun of its name in the possessive.
_POSSESSED_SPOKESPERSON = re.compile(r"\b[Tt]he[ \t]+(?P<noun>[A-Z][a-z]+)['’]s[ \t]+(?:(?:[Cc]hief|[Dd]eputy|[Pp]ress)[ \t]+)?"
                                     r"[Ss]pokes(?:person|man|woman)\b")


def _owns_spokesperson(line: str, publisher: str) -> bool:
    """Whether head ``line`` names the spokesperson of the publisher by its first noun in the possessive ("the
    Department's spokesperson" of the Department of Foreign Affairs, "the Ministry's" of a Ministry of ...)."""
    m = _POSSESSED_SPOKESPERSON.search(line)
    words = [w for w in publisher.split() if w != "The"]
    return bool(m) and words[0] == m.group("noun")


# A one-person office written out before its holder's name: "The Commissioner for Human Rights, ".
_OFFICE_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he[ \t]+)?(?P<office>(?:High[ \t]+)?(?:Commissioner|Ombuds(?:man|person)"
                            r"|Defender|Rapporteur|Envoy|Representative|Coordinator)"
                            r"(?:[ \t]+(?:for|of|on|the|[A-Z][\w-]+)){1,6})[ \t]*,[ \t]*$")


def spokesperson(doc, body: list[int], voice: str | None = None, publisher: str | None = None) -> tuple[str | None, int]:
    """Who answers a briefing, and the heading's last paragraph: the spokesperson its heading names, or,
    when she is not registered and the heading names her ministry, the ministry (a spokesperson speaks
    for her office; her name then stands for it wherever the transcript uses it). A bare "the Spokesperson"
    in the transcript of a registered organisation (``voice``) is that organisation's; the spokesperson of an
    unregistered ``publisher`` in its own transcript is that publisher, by its name (hard cases 12 and 15)."""
    for n in body if publisher and not voice else []:  # "Press briefing by the Spokesperson of the OSCE Chairpersonship"
        m = _SPOKESPERSON_OF.search(doc.text, doc.paragraphs[n].start, doc.paragraphs[n].end)
        if m and publisher.startswith(m.group("body")) and not publisher[len(m.group("body")):].strip(" ,").startswith(
                ("and", "&")) or _names_publisher_spokesperson(doc, n, publisher):
            # ... "the Spokesperson of the Ministry of Internal Affairs" of the Ministry of Internal Affairs of the
            # Republic of Armenia: its State, as the organ's own words are (hard case 15)
            speaker = _organ_state(doc, m.group("body") if m else publisher) or publisher
            for k in body[:3]:  # ... and so is she wherever a label names her ("Colonel Elnur Safarli:")
                for offset, name in named_in(doc, doc.paragraphs[k].start, doc.paragraphs[k].end):
                    person = doc.namer.unregistered(name, offset) if name not in doc.registry.actors else None
                    if person:
                        doc.namer.holders[person] = speaker
            for label in _SPOKESPERSON_LABEL.finditer(doc.text):  # ... and where her label gives her post
                name = label.group("name")
                person = doc.namer.unregistered(normal_name(name) if name.isupper() else name, label.start("name"))
                if person and person not in doc.registry.actors:
                    doc.namer.holders[person] = speaker
            return speaker, n
    for n in body:  # "Special Briefing | Senior State Department Official": a line of its own naming her by her body
        official = unnamed_official(doc, doc.text[doc.paragraphs[n].start:doc.paragraphs[n].end])
        if official:
            return official, n
    # "X, head of ..., answered questions": the one the heading says answers, not a president it names first
    answering = [(n, [c for c in named_in(doc, doc.paragraphs[n].start, doc.paragraphs[n].end) if c[0] in answers])
                 for n in body for answers in [[m.start("name") for m in _ANSWERS.finditer(
                     doc.text, doc.paragraphs[n].start, doc.paragraphs[n].end)]] if answers]
    answering = [(n, named) for n, named in answering if named]
    if not answering:
        # "Transcript | Yerevan, 5 September | Speaker: Martin Keller, Regional Director | Moderator: ...": the head's
        # field says who answers, before any name a title line gives
        fields = [(n, m) for n in body for m in [_SPEAKER_FIELD_IN.search(doc.text, doc.paragraphs[n].start,
                                                                          doc.paragraphs[n].end)] if m]
        answering = [(n, [c for c in named_in(doc, m.start("name"), m.end("name"))]) for n, m in fields[:1]]
        answering = [(n, named) for n, named in answering if named]
    for n in [answering[0][0]] if answering else body:
        para = doc.paragraphs[n]
        named = answering[0][1] if answering else named_in(doc, para.start, para.end)
        if named:
            offset, name = named[0]
            if name in doc.registry.actors:
                return name, n
            # the institution of her post (", head of the ICRC delegation in Baku"), else the first the heading
            # names ("Briefing of the Ministry of Foreign Affairs, spokesperson Ani Badalyan")
            end = offset + len(name) if doc.text.startswith(name, offset) else offset
            own = _OFFICE_BEFORE.search(doc.text, max(para.start, offset - 120), offset) if publisher and not voice \
                and not registry_module.resolve(publisher, doc.published, doc.registry, strict=True) else None
            if own and publisher.lower().endswith(own.group("office").lower()):
                # "The Commissioner for Human Rights, Teodora Vasilescu," in the Council of Europe Commissioner for
                # Human Rights' own transcript: the office that publishes it is hers, and she answers by her name
                return doc.namer.unregistered(name, offset), n
            office = doc.namer.posts.after(end, para.end) or doc.namer.posts.before(para.start, offset) \
                or (voice if voice and _BARE_POST.match(doc.text, end, para.end) else None) or next(
                (actor for s, _e, actor, _ in doc.namer.actor_spans
                 if para.start <= s < para.end and doc.registry[actor].type != "person"), None) \
                or _publisher_post(doc, end, para.end) or _publisher_post_before(doc, para.start, offset) \
                or _organ_head(doc, publisher, para.start, offset) \
                or (_post_of_publisher(doc, publisher, end, para.end) if publisher and not voice else None) \
                or (voice if voice and (heads.BARE_SPOKESPERSON.search(doc.text, para.start, para.end)
                                        or heads.spokesperson_of(doc, voice, para)) else None)
            person = doc.namer.unregistered(name, offset)
            if office and person:
                doc.namer.holders[person] = office
                return office, n
            return person, n
    for n in body if voice else []:
        # "Answers of the Spokesperson of the Ministry of Foreign Affairs to questions of media representatives" in
        # the ministry's own transcript, naming no one: its spokesperson answers for it
        para = doc.paragraphs[n]
        names = [a.lower() for a in (doc.registry[voice].name, *doc.registry[voice].aliases)]
        for m in _SPOKESPERSON_OF.finditer(doc.text, para.start, para.end):
            run = re.match(r"(?:[A-Z][\w’'-]*|of|the|and)(?:[ \t]+(?:[A-Z][\w’'-]*|of|the|and))*", m.group("body"))
            if run and len(run.group().split()) >= 3 and any(a.startswith(run.group().lower()) for a in names):
                return voice, n
    return None, -1


# A head's list of who speaks: "Speakers: Arianna Dell'Orto, Chief Spokesperson; Lukas Brenner, Spokesperson for
# Foreign Affairs".
_SPEAKERS_LIST = re.compile(r"(?m)^[ \t]*(?:Speakers|Briefers|Spokespersons)[ \t]*:[ \t]*(?P<list>[^\n]+)")


def hold_listed_speakers(doc, body: list[int], voice: str | None) -> None:
    """Each person a head's "Speakers:" list gives a post of the publishing organisation (``voice``) with no
    institution of its own (", Chief Spokesperson") speaks for that organisation wherever a label names her
    (hard case 12): her name is held for it, as :func:`spokesperson` holds a briefer's."""
    if not voice or not body:
        return
    head_end = doc.paragraphs[body[min(len(body), 8) - 1]].end
    for m in _SPEAKERS_LIST.finditer(doc.text, doc.paragraphs[body[0]].start, head_end):
        at = m.start("list")
        for entry in m.group("list").split(";"):
            name = _NAMES.match(entry.strip())
            start = at + len(entry) - len(entry.lstrip())
            at += len(entry) + 1
            if not name or not _BARE_POST.match(doc.text, start + name.end(), start + len(entry.strip())):
                continue
            person = doc.namer.unregistered(name.group(1), start)
            if person and person not in doc.registry.actors:
                doc.namer.holders[person] = voice


# A head's minister by her post and name: "Joint press conference of Foreign Minister Armen Tadevosyan and Foreign
# Minister of Finland Aino Lehtonen", "Remarks by the Minister of Foreign Affairs of Norway, Ingrid Haugland, ...".
_MINISTER_NAMED = re.compile(r"(?P<post>(?:(?:Foreign|Defen[cs]e|Interior|Justice|Prime)[ \t]+)?Minister"
                             r"(?:[ \t]+(?:of|for)[ \t]+(?:Foreign[ \t]+Affairs|Defen[cs]e|Justice|the[ \t]+Interior))?)"
                             r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?P<place>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?))?"
                             rf",?[ \t]+(?P<name>{NAME_WORD}[ \t]+{NAME_WORD})(?![ \t]+{NAME_WORD}|[\w-])")


def hold_ministers(doc, body: list[int], voice: str | None) -> None:
    """Each minister a transcript's head names by post and name speaks in that post wherever a label names her (hard
    case 12): the publishing ministry's own minister ("Foreign Minister Armen Tadevosyan" in the Ministry of Foreign
    Affairs' transcript, the post its registered holder has) for the ministry, an unregistered State's minister
    ("Foreign Minister of Finland Aino Lehtonen") for that State, by its name."""
    if not body:
        return
    head_end = doc.paragraphs[body[min(len(body), 3) - 1]].end
    for m in _MINISTER_NAMED.finditer(doc.text, doc.paragraphs[body[0]].start, head_end):
        person = clean_name(m.group("name"), doc.words)
        if not person or person in doc.registry.actors or registry_module.resolve(person, doc.published, doc.registry):
            continue  # a registered minister speaks as herself
        place = m.group("place")
        if place is None and voice in doc.registry.actors:
            holder = registry_module.resolve(m.group("post"), doc.published, doc.registry, strict=True)
            own = doc.registry[voice]
            if holder and doc.registry[holder].affiliation == own.affiliation and doc.registry[holder].role == own.role:
                doc.namer.holders.setdefault(person, voice)  # the publishing ministry's minister
        elif place and voice in doc.registry.actors and place.split()[0].lower() not in PORTFOLIO_WORDS \
                and not registry_module.resolve(place, doc.published, doc.registry):
            doc.namer.holders.setdefault(person, place)  # an unregistered State's minister


# A meeting's attendance list: "Present: Mr. Hovhannes Tadevosyan (Co-Chair, Armenia), with four members of the
# Armenian delegation; Ms. Elisabeth Moser (International Committee of the Red Cross), as observer."
_PRESENT_LIST = re.compile(r"(?m)^[ \t]*(?:Present|In[ \t]+attendance|Attendance|Participants|Attending)[ \t]*:[ \t]*"
                           r"(?P<list>[^\n]+)")
_ATTENDEE = re.compile(rf"(?:(?:Mr|Ms|Mrs|Dr|H\.E)\.?[ \t]+)?(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD})+)[ \t]*"
                       r"\((?:[^()\n,]{1,60},[ \t]*)?(?P<body>[^()\n,]{2,80})\)")


# ... or a memo's, by body: "Ministry of Foreign Affairs: Mr Tigran Hakobyan, Head of the Consular Department; Ms
# Lilit Sargsyan, legal adviser."
_BODY_ATTENDEES = re.compile(r"(?m)^[ \t]*(?P<body>[A-Z][^:\n]{1,80}):[ \t]*(?P<list>(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+[A-Z][^\n]*)$")
_LISTED = re.compile(rf"(?:^|;)[ \t]*(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD})+)")


def hold_present(doc, body: list[int]) -> None:
    """Each person a meeting's "Present:" list names with a registered State or body in brackets ("Mr. Hovhannes
    Tadevosyan (Co-Chair, Armenia)"), a memo's list under the body ("Ministry of Foreign Affairs: Mr Tigran
    Hakobyan, Head of the Consular Department; ..."), or a "Guest speakers:" list with a post in a registered body
    ("- Jean-Luc Moreau, Head of Division ..., European External Action Service"), speaks for it wherever the minutes
    name her (hard case 12)."""
    if not body:
        return
    head_end = doc.paragraphs[body[min(len(body), 8) - 1]].end
    for m in _PRESENT_LIST.finditer(doc.text, doc.paragraphs[body[0]].start, head_end):
        for entry in _ATTENDEE.finditer(doc.text, m.start("list"), m.end("list")):
            _hold(doc, entry.group("name"), entry.group("body"))
    for m in _BODY_ATTENDEES.finditer(doc.text, doc.paragraphs[body[0]].start, doc.paragraphs[body[min(len(body), 14) - 1]].end):
        for entry in _LISTED.finditer(m.group("list")):
            _hold(doc, entry.group("name"), m.group("body"))
    for m in _GUESTS.finditer(doc.text):  # "Guest speakers:" over "- Jean-Luc Moreau, Head of ..., European External
        for entry in _guests(doc.text, m.end()):  # Action Service": the Service's (the EU)
            person = clean_name(entry.group("name"), doc.words)
            office = doc.namer.posts.after(entry.end("name"), entry.end()) or next(filter(None, (
                registry_module.resolve(part.strip(), doc.published, doc.registry, strict=True)
                for part in doc.text[entry.end("name"):entry.end()].split(",")[1:])), None)
            # (a State named after her institution is where it sits: "Centre for Legal Initiatives, Yerevan")
            if person and office and person not in doc.registry.actors and doc.registry[office].type != "person" \
                    and doc.registry[office].office != "state":
                doc.namer.holders.setdefault(person, office)


# A meeting's list of its guests, one a line under its heading, each with her post and institution.
_GUESTS = re.compile(r"(?m)^[ \t]*(?:Guest[ \t]+speakers|Invited[ \t]+speakers|Speakers|Panellists|Panelists|Witnesses)"
                     r"[ \t]*:[ \t]*$")
_GUEST = re.compile(rf"\n[ \t]*[-•*–][ \t]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}),[^\n]+")


def _guests(text: str, at: int):
    """The ``_GUEST`` lines that follow one another from ``at``, up to the first line that is none (at most 20)."""
    for _ in range(20):
        m = _GUEST.match(text, at)
        if not m:
            return
        yield m
        at = m.end()


def _hold(doc, name: str, body: str) -> None:
    """``name`` speaks for ``body`` when it is a registered State or body and she is no registered person."""
    found = registry_module.resolve(body.strip(), doc.published, doc.registry, strict=True)
    person = clean_name(name, doc.words)
    if found and doc.registry[found].type != "person" and person and person not in doc.registry.actors:
        doc.namer.holders.setdefault(person, found)


_COMMITTEE_LINE = re.compile(r"(?m)^[ \t]*(?P<name>(?:[A-Z][\w’'-]*[ \t]+(?:(?:on|of|for|against|the|and)[ \t]+)*){1,6}"
                             r"Committee)[ \t]*$")


def reviewing_body(doc, publisher: str | None = None) -> str | None:
    """The committee a summary record is of: the one its heading names (a later "International Committee
    of the Red Cross" is not it), else the committee that publishes it, else the last committee named anywhere."""
    body = doc.body_paragraphs[:3]
    heading_end = doc.paragraphs[body[-1]].end if body else 0
    found = doc.namer.describe("committee", heading_end)
    if found and publisher and publisher.startswith(f"{found},"):
        return publisher  # "Committee on Economic, Social and Cultural Rights": its name runs on past a comma
    if found:
        return found
    # "Human Rights Committee" on a line of its own in the heading, a committee the registry does not list: its
    # own name (hard case 15), not a committee of another kind named later ("the International Committee of the
    # Red Cross")
    head = doc.body_paragraphs[:8]  # a UN document's head prints one field a line
    own = _COMMITTEE_LINE.search(doc.text, doc.paragraphs[head[0]].start, doc.paragraphs[head[-1]].end) if head else None
    if own:
        return own.group("name")
    if publisher and _COMMITTEE_NAME.search(publisher) and "Red Cross" not in publisher:
        # "Summary record of the 2101st meeting" published by the Committee against Torture: its own record
        return registry_module.resolve(publisher, doc.published, doc.registry, strict=True) or publisher
    return doc.namer.describe("committee", len(doc.text))


_COMMITTEE_NAME = re.compile(r"\bCommittee\b")


def state_party(doc) -> str | None:
    """The State a summary record reviews: "the report of Azerbaijan", "the delegation of Armenia"."""
    m = doc.words.reviewed.search(doc.text)
    while m:  # overlapping: "Consideration of the report of Azerbaijan" names it after the second word
        found = registry_module.resolve(m.group("state"), doc.published, doc.registry, strict=True)
        if found and doc.registry[found].office == "state":
            return found
        m = doc.words.reviewed.search(doc.text, m.start() + 1)
    # "Urgent action No. 1921/2024 (Azerbaijan)", "Communication No. 3412/2023 (X v. Azerbaijan)": a case's heading
    # names the State it is brought against
    case = _CASE_AGAINST.search(doc.text, 0, 600)
    found = registry_module.resolve(case.group("state"), doc.published, doc.registry, strict=True) if case else None
    return found if found and doc.registry[found].office == "state" else None


_CASE_AGAINST = re.compile(r"\bNo\.\s*[\w/.-]+\s*\((?:[^()\n]{1,80}?\bv\.?\s+)?(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\)")
