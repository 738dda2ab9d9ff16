"""Cue-stage rules: they settle who a reporting cue names before any text is assigned."""
from __future__ import annotations

import bisect
import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.cleaning import without_possessive
from detentio.framing.speakers.grammar import CLOSING_END
from detentio.framing.speakers.office_phrases import RANK
from detentio.framing.speakers.participants import named_in

# A cue's phrase that names a person speaking for a body: "Mr. X (Azerbaijan)", "A spokesperson for the
# Defender" (the next "she" is that person, and so that body).
# "A representative of the State Security Service of Azerbaijan replied": a person speaks for the body
# ... and a UN meetings coverage's "The speaker for the Russian Federation recalled ...", whose "he" is that speaker
_SPOKESPERSON_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:deputy\s+|chief\s+)?(?:spokes\w+|representative"
                                  r"|official|head|envoy|delegate|speaker)\s+(?:of|for|from|at|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}$")
_PERSON_PHRASE = re.compile(r"(?:Mr|Ms|Mrs|Dr|Sir|Mme|Madam|Judge|Professor)\.?\s|(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er)\s+"
                        r"(?:deputy\s+|chief\s+)?(?:spokes\w+|representative|official|head|envoy)\b")


# A one-person post of an organisation the registry lists as the organisation ("the Secretary-General" is `un`):
# a "he" or "she" later is its holder.
_PERSON_TITLE = re.compile(r"\s*(?:[Tt]he\s+)?(?:UN\s+|United\s+Nations\s+)?(?:Secretary-General|High\s+Commissioner"
                           r"|Special\s+Rapporteur|Special\s+Representative|Director-General)\b")


# An unnamed official of a State as a sentence's subject, after a live blog's or pool report's time: "A senior
# Azerbaijani official, who asked not to be named, stops by the pen", "11:05 - An Armenian diplomat tells ...".
_UNNAMED_OFFICIAL = re.compile(r"[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]*(?:[—–|-][ \t]*)?)?(?:An?|One)[ \t]+"
                               rf"(?:{RANK}[ \t]+)?(?P<adj>[A-Z][a-z]+)[ \t]+"
                               r"(?:government[ \t]+|foreign[ \t]+ministry[ \t]+)?(?:official|diplomat|negotiator|envoy"
                               r"|spokes(?:man|woman|person))(?=[ \t]*,|[ \t]+[a-z])")


# A record's paragraph opening with its voices as the subject: "5. The Committee is ...", "The State party has".
# ... after a paragraph's number, or a follow-up letter's "Assessment: [B]" and its grade
_RECORD_SUBJECT = re.compile(r"\s*(?:\d+\.\s+|\([a-z]\)\s+|Assessment:\s*(?:\[[A-E]\d?\]\s*)?)?"
                             r"(?P<who>The\s+(?:Committee|State\s+party|delegation))\b"
                             r"(?!['’]s|\s+(?:member|expert|of)\b)")


# "on (their) television", "on the radio", "in the papers" right before "they": a generic "they" of the media.
_BROADCAST_THEY = re.compile(r"(?<![\w-])(?:on|in)\s+(?:the|their|our|your|state|Armenian|Azerbaijani|Russian)\s+"
                             r"(?:(?:state|national|evening)\s+)?(?:television|TV|radio|news|papers|newspapers|channels?"
                             r"|talk\s+shows?)\s*,?\s*$", re.IGNORECASE)


# What may stand before an "it" that opens its sentence: a paragraph's number ("4. It pointed out").
# A sentence that opens with a State's position, whose later "it" is that State: "Armenia's position is the mirror
# image: it called them captives".
_STATE_POSITION = re.compile(r"[ \t]*(?P<state>[A-Z][a-z]+)['’]s\s+(?:position|view|stance|line|reading|answer|reply"
                             r"|argument|case)\b")
_OPENS = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,3})*\.?\s*)?(?:\([a-z]\)\s*)?")


def pronoun(doc, who) -> None:
    """"He said", "she noted": the last named speaker, or a person introduced after it as a sentence
    subject ("X, a lawyer, disagreed. '...,' she said."); "it" is the last institution, unless it spoke in the
    clause of a sentence an earlier "it" opens (that "it" holds). A person the text
    introduced in a registered institution's post ("Foreign Ministry spokesperson X briefs the pool. She
    says") speaks for it (GUIDELINES hard case 12).

    Example:
        Nikol Pashinyan spoke in Yerevan on Monday. He said that the talks had stalled.
    Yields: pashinyan
    Not:
        Nikol Pashinyan said that the talks had stalled.
    """
    subjects: list[tuple[int, str]] = []
    bodies: list[tuple[int, str]] = []  # registered institutions as sentence subjects ("The ICRC's ... It said")
    record = doc.layout is not None and doc.layout.name == "summary_record"
    for _, s_start, s_end in doc.sentences:
        if doc.quote_at(s_start + 1) is None and not doc.in_chrome(s_start):
            voice = _RECORD_SUBJECT.match(doc.text, s_start, s_end) if record else None
            if voice:  # "5. The Committee is not in a position ... It recalls": the record's voices as subjects
                found = doc.layout.body if voice.group("who").lower().endswith("committee") else doc.layout.state_party
                if found:
                    bodies.append((s_start, found))
                continue
            got = doc.namer.subjects.at(s_start, s_end)
            if got and got[2]:  # a registered person named as a subject by her full name is her id
                subjects.append((s_start, got[1] if got[1] in doc.registry.actors else
                                 registry_module.resolve(got[1], doc.published, doc.registry, strict=True) or got[1]))
            elif got and (got[1] in doc.registry.actors or got[1] in doc.namer.short.values()
                          or got[1] in doc.namer.defined.values() or doc.namer.state_speaks(got[1], s_start)
                          # ... or an unregistered body named in full ("The Department for the Execution of
                          # Judgments presented the notes. It recalled ..."); a State's organ is the State's
                          or len(got[1].split()) >= 3 and got[1].split()[0].lower() in doc.words.institution_words):
                if got[1] not in doc.registry.actors:
                    got = (got[0], next(filter(None, (doc.namer.descriptions.state_named(w) for w in got[1].split()[1:]
                                                      if w[:1].isupper())), got[1]), got[2])
                # ... or a party the text gave a short name ("Arzen", "CRM") or a term ("The Committee notes ...
                # It observes" in its own Views)
                bodies.append((s_start, got[1]))
                if _PERSON_TITLE.match(doc.text, s_start):  # "The Secretary-General ... He": a person holding it
                    subjects.append((s_start, got[1]))
            elif not got:
                official = _UNNAMED_OFFICIAL.match(doc.text, s_start, s_end)
                state = doc.namer.descriptions.state_named(official.group("adj")) if official else None
                if state:  # "A senior Azerbaijani official ... stops by. He says": one unnamed person, who speaks
                    subjects.append((s_start, state))  # for the State he serves (hard case 12)
    subject_starts = [offset for offset, _ in subjects]
    persons_named = {who for _, who in subjects}
    body_starts = [offset for offset, _ in bodies]
    last_institution_at = -1
    last_institution_sentence = -1  # where the sentence of the last institution's cue starts
    last_person, last_institution, last_any = None, None, None
    last_person_at = -1
    inside: dict[int, str] = {}  # paragraph -> the last speaker named inside its quotations ("The guard ... said")
    called: dict[str, str] = {}  # person -> the pronoun the text first used for her ("he" or "she")

    def takes(person: str, default: str) -> str:
        """The pronoun ``person`` takes: the one the text first used for her, else her first name's (lexicon
        ``first_name_pronouns``), else ``default``."""
        return called.get(person) or doc.words.pronoun_of.get(person.split()[0].lower(), default)
    last_voice, last_voice_at = None, -1  # a summary record's last unnamed member or delegation
    persons: list[tuple[int, str]] = []  # (where, who) of each person named speaking, in order
    named_verb: dict[int, int] = {}  # sentence -> where its first verb of a speaker named (not a pronoun) starts
    for b in doc.cues:
        if b.via != "pronoun":
            named_verb[b.sentence] = min(b.verb_start, named_verb.get(b.sentence, b.verb_start))
    for a in doc.cues:
        if a.via == "pronoun":
            if a.quote is not None:
                # "he said" inside a quotation is the quoted speaker's story: "he" is the last one named in it
                if a.raw in ("he", "she") and doc.para_of(a.np_start) in inside:
                    a.speaker, a.rule = inside[doc.para_of(a.np_start)], "pronoun"
                elif a.raw in ("he", "she"):
                    # "“An investigator came every night ... He would say, ‘...’”": the agent of the detaining
                    # State the quoted story named last is the "he"
                    # ... or the one the words that frame the quotation name ("Aram told me what an interrogator
                    # said: “He said, ‘You are a saboteur.’”")
                    agent = _agent_in_story(doc, a.np_start) or _agent_in_story(doc, a.np_start, quoted=False)
                    if agent:
                        a.speaker, a.rule = agent, "pronoun"
                continue
            a.rule = "pronoun"
            if a.raw == "they" and _BROADCAST_THEY.search(doc.text, max(doc.sentences[a.sentence][1], a.np_start - 50),
                                                          a.np_start):
                # "On their television they call him a war criminal": the broadcasters in general name nobody
                # (held-out 3 decision 9); the words stay with whoever speaks the sentence
                a.speaker = None
                continue
            a.speaker = {"he": last_person, "she": last_person, "it": last_institution}.get(a.raw, last_any)
            if a.raw in ("he", "she"):
                k = bisect.bisect_left(subject_starts, a.np_start) - 1
                if k >= 0 and subjects[k][0] > last_person_at:
                    a.speaker = subjects[k][1]
            elif a.raw in ("it", "they"):
                # "The ICRC's ... It said", "The Government contested that. In their submission, ...": a body
                # the text made a subject after the last speaker
                k = bisect.bisect_left(body_starts, a.np_start) - 1
                # ... or the subject of the sentence in whose subordinate clause the last institution spoke
                # ("Armenia recalls that ..., of whom Azerbaijan acknowledged only 72. It describes ...")
                inner = a.raw in ("it", "they") and last_institution_at > last_institution_sentence
                if k >= 0 and (bodies[k][0] >= last_institution_sentence if inner else bodies[k][0] > last_institution_at) \
                        and bodies[k][0] > (-1 if a.raw == "it" else last_person_at):
                    a.speaker = bodies[k][1]
                _, s_start, _ = doc.sentences[a.sentence]
                if a.raw == "it" and a.speaker and a.speaker not in persons_named \
                        and _OPENS.fullmatch(doc.text, s_start, a.np_start) and s_start not in body_starts:
                    # "It pointed out that the European Parliament had called for ... In its view, ...": an "it" that
                    # opens its sentence is that sentence's subject, as a body named there is, so a body that
                    # speaks in its clause does not become the next "it"
                    at = bisect.bisect_left(body_starts, s_start)
                    body_starts.insert(at, s_start)
                    bodies.insert(at, (s_start, a.speaker))

            if a.raw in ("he", "she") and last_voice and last_voice_at > last_person_at:
                a.speaker = last_voice
            if a.raw in ("he", "she", "it"):
                # "The Secretary-General does not use the term ..., nor does he call them ...": a pronoun in a later
                # clause of the sentence is the registered speaker the sentence opens with (an "it" a State:
                # "Armenia's position is the mirror image: it called them captives")
                _, s_start, s_end = doc.sentences[a.sentence]
                opener = doc.namer.subjects.at(s_start, s_end)
                if opener is None and a.raw == "it":
                    position = _STATE_POSITION.match(doc.text, s_start, a.np_start)
                    state = doc.namer.descriptions.state_named(position.group("state")) if position else None
                    opener = (s_start, state) if state else None
                if opener and opener[0] <= a.np_start and opener[1] in doc.registry.actors \
                        and doc.quote_at(s_start + 1) is None \
                        and (a.raw != "it" or doc.registry[opener[1]].office == "state"):
                    a.speaker = opener[1]
            if a.raw in ("he", "she"):
                # "... the mother of a soldier, Mrs Armine Ghazaryan. She told me": a person the text titles
                # as a woman (or a man) after the last speaker is the "she" (or the "he")
                titled = _titled_before(doc, a.np_start, a.raw, last_person_at)
                if titled:
                    a.speaker = titled
            if a.raw in ("he", "she"):
                # "VAHE: An investigator, once. He said, “...”": an agent of the detaining State the text named
                # after the last speaker is the "he"
                agent = _agent_in_story(doc, a.np_start, after=last_person_at, quoted=False)
                if agent:
                    a.speaker = agent
            if a.raw in ("he", "she") and (a.speaker is None or takes(a.speaker, a.raw) != a.raw):
                # nobody yet, or someone the text already called by the other pronoun ("she says" was
                # Karine Zakaryan's, so the next "he says" is not), or whose first name takes it ("Nune")
                other = _named_person_before(doc, a.np_start, exclude=lambda n: takes(n, a.raw) != a.raw)
                a.speaker = other or (doc.namer.person_before(a.np_start) if a.speaker is None else a.speaker)
            _, s_start, s_end = doc.sentences[a.sentence]
            if a.raw in ("he", "she") and CLOSING_END.fullmatch(doc.text, a.verb_end, s_end) \
                    and doc.text[s_start:a.np_start].rstrip().endswith(",") \
                    and named_verb.get(a.sentence, a.np_start) < a.np_start:
                # "Azerbaijan's President had called them "terrorists", she said.": the closing "she said" reports the
                # whole sentence, so she is no one the sentence names speaking inside it, but the person before it
                k = bisect.bisect_left(persons, (s_start,)) - 1
                a.speaker = persons[k][1] if k >= 0 else a.speaker
            answered = _addressee_answers(doc, a) if a.raw in ("they", "it") else None
            if answered:  # "I said so to the Azerbaijani authorities. They answered that ...": the ones told answer
                a.speaker = answered
            if a.raw in ("he", "she") and a.speaker:
                called.setdefault(a.speaker, a.raw)
            # "Jonathan Reeve KC, counsel for Armenia, ... he said": he speaks for the office he holds, and so does
            # one the text introduced in her post ("Foreign Ministry spokesperson X briefs the pool. She says")
            a.speaker = doc.namer.holders.get(a.speaker, a.speaker) if a.speaker else a.speaker
            if a.speaker and a.speaker not in doc.registry.actors and " " in a.speaker:
                a.speaker = doc.namer.descriptions.introduced_post(a.speaker, a.np_start) or a.speaker
        elif a.raw is None and a.quote is None and doc.layout is not None and a.via in ("member", "delegation"):
            # "The Committee is concerned ... It is also concerned": a record's voice is the next "it"
            voice = doc.layout.body if a.via == "member" else doc.layout.state_party
            # ... when it opens its sentence: "He noted that the State party had described ..." leaves "He" his
            opens = re.fullmatch(r"\s*(?:\d{1,3}(?:\.\d{1,3})*\.?\s*)?(?:\([a-z]\)\s*)?",
                                 doc.text[doc.sentences[a.sentence][1]:a.np_start])
            if voice and opens:
                last_institution = last_any = voice
                last_institution_at = min(a.np_start, a.verb_start)
                last_institution_sentence = doc.sentences[a.sentence][1]
                # "Another Committee expert said ... She asked": the member is the next "she" or "he"
                last_voice, last_voice_at = voice, last_institution_at
        elif a.raw is not None:  # a record's "delegation" or "member" is named by its own cue rule
            a.speaker = a.raw
            if a.quote is not None:
                inside[doc.para_of(a.np_start)] = a.raw
            if a.quote is None:
                last_any = a.raw
                actor = doc.registry.actors.get(a.raw)
                # an unregistered body ("... Committee against Torture") is an "it", not a "he"
                person = actor.type == "person" if actor else \
                    not any(w.lower() in doc.words.institution_words for w in a.raw.split())
                # "Mr. Ramil Safarzade (Azerbaijan) said": the State speaks, and he is the next "he"
                person = person or bool(_PERSON_PHRASE.match(doc.text, a.np_start)) \
                    or bool(_PERSON_TITLE.match(doc.text, a.np_start)) \
                    or bool(_SPOKESPERSON_BEFORE.search(doc.text, max(0, a.np_start - 80), a.np_start)) \
                    or any(name in doc.text[a.np_start:a.np_end] for name in doc.namer.holders)  # "spokesman X"
                if person:
                    last_person, last_person_at = a.raw, min(a.np_start, a.verb_start)
                    persons.append((last_person_at, a.raw))
                else:
                    last_institution, last_institution_at = a.raw, min(a.np_start, a.verb_start)
                    last_institution_sentence = doc.sentences[a.sentence][1]


# A reply's verb, and the words the sentence before addresses someone with: "I said so to the Azerbaijani
# authorities", "we raised it with the ministry", "I put the question to the Foreign Ministry".
_REPLY_VERB = re.compile(r"(?:answered|replied|responded|retorted|answer|reply|respond)\b", re.IGNORECASE)
_ADDRESSED = re.compile(r"\b(?:said|wrote|spoke|complained|protested|explained|put\s+(?:it|this|that|the\s+question)"
                        r"|raised\s+(?:it|this|that|the\s+(?:matter|issue|question|case))|made\s+(?:the|this|that)\s+"
                        r"(?:point|case))(?:\s+so)?\s+(?:to|with)\s+(?=the\s+)", re.IGNORECASE)


def _addressee_answers(doc, a) -> str | None:
    """Who "they" or "it" answering stands for when the sentence before addressed a body ("I said so to the
    Azerbaijani authorities more than once. They answered that ..."): the body addressed, else None."""
    if not _REPLY_VERB.match(doc.text, a.verb_start, a.verb_end) or a.sentence == 0:
        return None
    _, p_start, p_end = doc.sentences[a.sentence - 1]
    told = None
    for m in _ADDRESSED.finditer(doc.text, p_start, p_end):
        told = m
    got = doc.namer.after(told.end(), p_end) if told else None
    return got[1] if got and got[2] != "pronoun" else None


# A person the text titles, or names by her kinship, as a woman or a man: "Mrs Armine Ghazaryan", "His
# mother, Siranush,", "her brother Karen".
# ("the mother of one of them, Anush Mkhitaryan", "the mother of a soldier, Mrs Armine Ghazaryan")
_KIN = (r"(?<![\w’'-])(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Hh]is\s+\w+|[Hh]er\s+\w+)\s+(?:{})(?:\s+of\s+[^,.;:\"“”]{{1,40}}?)?"
        r"\s*,?\s+(?:(?:Mrs|Ms|Mr|Dr|Madam|Miss|Sir)\.?\s+)?")
_TITLED = {"she": re.compile(r"(?:\b(?:Mrs|Ms|Madam|Mme|Miss)\.?\s+|"
                             + _KIN.format("mother|wife|sister|daughter|grandmother|aunt|widow|fianc[ée]e")
                             + r")((?:[A-Z][\w’'-]+\s+)?[A-Z][\w’'-]+)"),
           "he": re.compile(r"(?:\b(?:Mr|Monsieur|Sir)\.?\s+|"
                            + _KIN.format("father|husband|brother|son|grandfather|uncle|fianc[ée]")
                            + r")((?:[A-Z][\w’'-]+\s+)?[A-Z][\w’'-]+)")}


def _titled_before(doc, offset: int, pronoun: str, after: int) -> str | None:
    """The last person titled for ``pronoun`` ("Mrs Armine Ghazaryan" for "she") in the pronoun's paragraph,
    after the last speaker's cue, else None."""
    para = doc.paragraphs[doc.para_of(offset)]
    found = None
    for m in _TITLED[pronoun].finditer(doc.text, max(para.start, after + 1), offset):
        found = m
    if found is None:
        return None
    name = found.group(1)
    return registry_module.resolve(name, doc.published, doc.registry, strict=True) \
        or doc.namer.unregistered(name, found.start(1)) or name


_AGENT_IN_STORY = re.compile(r"(?<![\w-])(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?P<words>(?:[a-z]+\s+)?[a-z]+)\b")


def _agent_in_story(doc, offset: int, after: int = -1, quoted: bool = True) -> str | None:
    """The detaining State when ``offset``'s paragraph names one of its agents before it ("an investigator",
    "the guard"): in its quotations (a quoted story's "he"), or else (``quoted`` false) outside them after
    ``after`` (a narrator's "An investigator, once. He said ..."); else None."""
    span = doc.paragraphs[doc.para_of(offset)]
    found = None
    for m in _AGENT_IN_STORY.finditer(doc.text, max(span.start, after + 1), offset):
        # "an investigator", never "the guards": a plural is no "he" or "she"
        nouns = [w for w in m.group("words").lower().split() if w in doc.namer.implied and not w.endswith("s")]
        if nouns and (doc.quote_at(m.start()) is not None) == quoted:
            found = doc.namer.agent_of(nouns[-1], m.start())
    return found


def _named_person_before(doc, offset: int, exclude=None) -> str | None:
    """The last person named (by a name of two words or more, registered or not, or a surname the text
    gave in full) in the paragraph of ``offset`` or the one before it: "..., Mrs Armine Ghazaryan. She told
    me: ..." is hers. ``exclude`` drops candidates (a person the text calls by the other pronoun)."""
    para = doc.para_of(offset)
    start = doc.paragraphs[max(0, para - 1)].start
    # ... never the rest of a body's name after "the Ministry of" ("Foreign Affairs")
    named = [(at, name) for at, name in named_in(doc, start, offset) if at < offset
             and not _NAME_OF.search(doc.text, max(0, at - 40), at) and not _AT_PLACE.search(doc.text, max(0, at - 12), at)]
    for full in doc.namer.known:  # "Aloyan, now 27, fits tyres": a surname the text gave in full before
        surname = full.split()[-1]
        named += [(m.start(), full) for m in re.compile(rf"\b{re.escape(surname)}\b").finditer(doc.text, start, offset)
                  if not doc.text[start:m.start()].endswith(full.split()[0] + " ")]
    named += _first_names(doc, start, offset)
    for _at, name in sorted(named, reverse=True):
        if exclude is None or not exclude(name):
            return name
    return None


# "the Ministry of ", "the Union of ": a name right after them is the rest of a body's name, no person.
_NAME_OF = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+[ \t]+(?:of|for|on)(?:[ \t]+the)?[ \t]+$")
# "captured near Hin Tagher", "a village in Tavush": a name right after these is a place, no person ("to" and "from"
# may come before a person: "wrote to Anna Petrosyan").
_AT_PLACE = re.compile(r"(?<![\w-])(?:near|in|inside|outside|around|across|into)[ \t]+$")
# A single capitalised word before a lower-case word: a person called by her first name ("Lilit hears").
_FIRST_NAME_SUBJECT = re.compile(r"\b([A-Z][a-z’'-]{2,})[ \t]+(?=[a-z])")


def _first_names(doc, start: int, offset: int) -> list[tuple[int, str]]:
    """``(offset, full name)`` of each first name in ``[start, offset)`` that the text gave earlier as the start
    of a full name: a feature names a relative in full once, then by her first name ("Lilit Harutyunyan, 58,
    ...", then "Lilit hears nothing from her son. '...,' she said"). A registered name, a State, a word the
    lexicon says is no name, or a "full name" with an institution's word ("Baku Military Court") is none."""
    found = []
    for m in _FIRST_NAME_SUBJECT.finditer(doc.text, start, offset):
        first = m.group(1)
        if first.lower() in doc.words.not_names | doc.words.title_words | doc.words.institution_words \
                or registry_module.resolve(first, doc.published, doc.registry, strict=True):
            continue
        full = re.compile(rf"\b{re.escape(first)}[ \t]+([A-Z][a-z’'-]+)\b").search(doc.text, 0, m.start())
        if full and full.group(1).lower() not in doc.words.institution_words | doc.words.not_names \
                and not registry_module.resolve(full.group(), doc.published, doc.registry, strict=True):
            found.append((m.start(), without_possessive(full.group())))  # "Lilit Harutyunyan's son"
    return found


def according_to(doc, who) -> None:
    """"According to Sahakyan, ...": the sentence is the named source's (one sentence: a figure
    sourced this way does not carry on to the next).

    Example:
        According to Pashinyan, the prisoners are still held in Baku.
    Yields: pashinyan
    Not:
        The prisoners are still held in Baku, a lawyer wrote in a blog.
    """
    for a in doc.cues:
        if a.form == "according" and a.via != "pronoun":
            a.rule = "according_to"


def settle(doc) -> None:
    """After the cue stage: a named cue speaks for its name; a pronoun nobody resolved, or an
    "according to" no rule claimed (its rule switched off), is dropped."""
    for a in doc.cues:
        if a.speaker is None and a.via != "pronoun":
            a.speaker = a.raw
    # one noun phrase, one speaker: "Mr. Gasimov (Azerbaijan), replying to the questions, said that ...": the
    # participle's cue takes what the verb's cue resolved the same phrase to (the delegate's State)
    resolved = {a.np_start: a.speaker for a in doc.cues if a.speaker in doc.registry.actors and a.via == "name"}
    for a in doc.cues:
        if a.via == "name" and a.np_start in resolved and a.speaker not in doc.registry.actors:
            a.speaker = resolved[a.np_start]
    for k, a in enumerate(doc.cues):
        if _GOVERNMENT_SPEAKER.fullmatch(a.speaker or "") and _OWN_GOVERNMENT.search(
                doc.text, max(0, a.np_start - 8), a.np_start + 1 + len(a.speaker)):
            # "Mr. Huseynov (Azerbaijan) said that his Government rejected ...": the State of the one who speaks
            # (a registered State, or the State a registered official belongs to: "Mirzoyan said his Government")
            outer = next((b for b in reversed(doc.cues[:k]) if b.sentence == a.sentence and b.verb_end <= a.np_start
                          and b.speaker in doc.registry.actors), None)
            # ... or, in a later sentence of a summary record's paragraph ("His Government referred to them as ..."),
            # the one its paragraph reports
            outer = outer or next((b for b in reversed(doc.cues[:k]) if b.verb_end <= a.np_start
                                   and "\n\n" not in doc.text[b.np_start:a.np_start]
                                   and b.speaker in doc.registry.actors), None)
            actor = doc.registry[outer.speaker] if outer else None
            state = outer.speaker if actor and actor.office == "state" else \
                doc.namer.descriptions.state_named(actor.affiliation) if actor and actor.affiliation else None
            a.speaker = state or a.speaker
    doc.cues = [a for a in doc.cues if a.speaker and not (a.form == "according" and a.rule is None)]


_OWN_GOVERNMENT = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+G")
_GOVERNMENT_SPEAKER = re.compile(r"(?:(?:His|Her|Their|Its)\s+)?Government")
