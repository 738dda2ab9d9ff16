"""The phrase forms a speaker takes right before a verb of saying, tried in order by
:meth:`detentio.framing.speakers.names.Namer.before`: the order (:data:`FORMS`) and the forms that refer to a
speaker (a name, a pronoun, a description, "your ministry", "its head of delegation"); the forms that name an
official or organ by office are in :mod:`.office_phrases`, what a form answers in :mod:`.phrasing`.

Each form gets the namer, the phrase's bounds and its text, and returns ``(start, raw, via)`` when the
phrase is of its form, ``None`` when it is not (the next form is tried), :data:`.phrasing.NOBODY` when the
phrase names nobody and no later form may try it ("Armenia and Azerbaijan announced": two speakers), or
:class:`.phrasing.Narrowed` when the phrase is shorter than it looked (an appositive: the later forms read the name
before it). The order is the precedence: the most specific form first ("An Azerbaijani Foreign Ministry
spokesperson" before "the ministry"), a bare name last.

Each form is a named unit (P01...), listed by ``detentio rules``, documented with an example its
docstring's ``Example:`` must make it decide, and scored alone by ``detentio eval --by-rule``: the
``phrase`` column of the mentions and claims names the form that read the speaker phrase of the cue the
row's rule applied (empty when the rule read no phrase before a verb: turns, continuation, the outlet).

>>> FORMS[0].name, FORMS[-1].name
('delegate', 'name')
"""
from __future__ import annotations

import re

from detentio.core.calendar import MONTH
from detentio.framing import actors as registry_module
from detentio.framing.speakers import counsel, initials
from detentio.framing.speakers.cleaning import CONJUNCTIONS, NOT_NAME_OPENERS, TIME_WORDS, clean_name
from detentio.framing.speakers.descriptions import INSTITUTION_NOUNS, OFFICIAL_NOUNS
from detentio.framing.speakers.grammar import (
    CODED_BEFORE, CONNECT, NAME_BEFORE as _NAME_BEFORE, NAME_WORD, PRONOUN_BEFORE as _PRONOUN_BEFORE)
from detentio.framing.speakers.office_phrases import (
    agent, aide, appositive, colleague, delegate, government_post, its_voice, mission, national_organ, on_behalf,
    representative, state_organ, unnamed_post)
from detentio.framing.speakers.phrasing import NOBODY
from detentio.framing.speakers.posts import POST_NOUNS
from detentio.framing.units import Unit

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
# A person by her initials alone, as interview notes write her: "SH", "T.K." (two or three letters).
_INITIALS_BEFORE = re.compile(r"(?<![\w.’'/-])((?:[A-Z]\.?){1,2}[A-Z]\.?)[ \t,]*$")
# "Ms. Lindqvist said": a surname after an honorific is a person even at the start of a sentence.
_HONORIFIC = re.compile(r"(?:Mr|Ms|Mrs|Dr|Sir|Mme)\.?\s")
_JOINT = re.compile(r"\s+and\s+(?:the\s+)?$")
# "..., officials said": a bare group, the one the text named last with that noun.
# ... and "the same officials", "these officials": the officials named before, pointed back to.
_BARE_GROUP = re.compile(r"(?:^|[,;]\s*|\.\s+|(?<![\w-])(?:the\s+same|these|those)\s+)(officials|authorities|diplomats|ministers"
                         r"|negotiators)\s*$",
                         re.IGNORECASE)
_LAST_WORD = re.compile(r"(?<![\w-])([A-Za-z]+)$")
_YOUR = re.compile(r"(?<![\w-])[Yy]our\s+(?:own\s+)?(?P<noun>ministry|government|office|department|organisation"
                   r"|organization|committee|delegation|institution|spokesperson|agency"
                   r"|officials|authorities|diplomats|side)\s*$")
# "your officials", "your authorities": the State of the one addressed, as "your government" is
_YOUR_STATE = {"government", "officials", "authorities", "diplomats", "side"}
# "now you say", "Deputy Minister, you call them": the addressee as the subject (with the word before it).
_YOU = re.compile(r"(?:(?P<before>[A-Za-z]+)\s+)?(?P<you>(?<![\w-])[Yy]ou)\s*$")
# "My Government", "our delegation": the first person of an institution's own text.
_OWN = re.compile(r"(?<![\w-])(?:[Mm]y|[Oo]ur)\s+(?:own\s+)?(?:[Gg]overnment|[Cc]ountry|[Dd]elegation|[Mm]inistry|[Ss]tate"
                  r"|[Mm]ission|[Aa]uthorities|officials|diplomats|leaders|side)\s*$")
# Words before "you" that make a question of what she says, not a report of it.
_ASKING_WORDS = {"do", "did", "does", "will", "would", "can", "could", "should", "shall", "why", "how", "what", "when",
                 "if", "whether", "unless", "may", "might", "must", "are", "were", "have", "had", "has", "that"}
# "Its head of delegation", "Its last statement", "Their spokesman": a post or text of the institution just named.
_ITS_SUBJECT = re.compile(r"(?:^|[.;:]\s+|\n)(?:Its|Their)\s+(?:[a-z-]+\s+){0,2}(?:head|heads|spokes(?:man|woman|person)"
                          r"|representative|representatives|delegation|delegates?|statement|statements|report|reports"
                          r"|officials?|director|envoy|staff|president|chair)(?:\s+of\s+(?:the\s+)?[a-z]+)?\s*$")
# "the source", "the applicant": a term the text may have defined for a speaker (``Namer.defined``).
# ... or a defined capitalised term after a clause's conjunction ("whereas Parliament has called for", "and that
# Parliament called"), never after a name's first word ("European Parliament" is a name of its own)
_THE_TERM = re.compile(r"(?<![\w’'-])(?:(?:[Tt]he|[Tt]his)\s+([A-Za-z][a-z]+(?:\s+party)?)"
                       r"|(?:(?<![A-Za-z]\s)|(?<=whereas\s)|(?<=that\s)|(?<=and\s)|(?<=as\s)|(?<=since\s)|(?<=when\s)"
                       r"|(?<=while\s)|(?<=but\s)"
                       # "Today Parliament says": a time before the term opens no name with it
                       r"|(?<=[Tt]oday\s)|(?<=[Nn]ow\s)|(?<=[Yy]esterday\s))([A-Z][a-z]+))\s*$")
# What follows a first name that introduces a person: a relative clause or an age.
_INTRODUCED = re.compile(r"\s*,\s*(?:who|whose|\d{1,3}\s*,)")


# A title that ends with a post noun ("EU Special Representative ", "ICRC Regional Director ").
_TITLE_POST = re.compile(rf"(?i:{POST_NOUNS})[ \t]+$")

def pronoun(namer, floor: int, end: int, segment: str):
    """A pronoun before the verb ("He said"): resolved to the last named speaker by the ``pronoun`` rule.

    Example:
        Nikol Pashinyan spoke in Yerevan. He said the "prisoners of war" must come home.
    Yields: pashinyan
    Not:
        The "prisoners of war" must come home, the minister said.
    """
    m = _PRONOUN_BEFORE.search(segment)
    return (floor + m.start(1), m.group(1).lower(), "pronoun") if m else None


# A State's possessive right before a title ("France's foreign ministry", "the United Kingdom's envoy").
_STATE_OWNER = re.compile(r"(?<![\w’'-])((?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+)['’]s[ \t]+$")


def registered(namer, floor: int, end: int, segment: str):
    """A registered name or title right before the verb, with the title written before it; two of them
    joined ("Armenia and Azerbaijan announced") are two speakers and no single wording (hard case 9).

    Example:
        Ilham Aliyev said they were "terrorists and saboteurs".
    Yields: aliyev
    Not:
        Armenia and Azerbaijan announced the "exchange".
    """
    text = namer.text
    found = namer._registered_ending(max(floor, end - 160), end)
    if not found:
        return None
    joint = _JOINT.search(text, max(floor, found[0] - 40), found[0])
    if joint and namer._registered_ending(floor, joint.start()):
        return NOBODY
    start = found[0]
    owner = _STATE_OWNER.search(text, max(floor, start - 40), start)
    if owner and owner.group(1) in namer.words.state_names:
        # "France's foreign ministry said": an unlisted State's own ministry, not the registered one its title
        # names elsewhere; the State by its name (hard case 15)
        return owner.start(1), owner.group(1), "name"
    name = _NAME_BEFORE.search(text, floor, start)  # take in a title before the name
    if name and not text[name.end():start].strip():
        start = name.start(1)
    return namer._title_start(floor, start), found[1], "name"


# "European Parliament resolution", "PACE Resolution 2391", "The Assembly's latest resolution": a body's adopted
# text, its number after it.
_ADOPTED_TEXT = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts)\s+)?(?P<body>[A-Z][^\n,;:.]{1,80}?)(?:['’]s)?"
                           r"\s+(?:(?:latest|last|new|recent|first|second|third|joint|final|annual)\s+)?"
                           r"(?:resolution|decision|declaration|recommendation|conclusions|communiqu[ée]|statement|report|opinion"
                           r"|order|judgment|judgement)s?(?:\s+(?:No\.?\s*)?\d[\w/().-]*)?"
                           # ... and its date ("The European Parliament's resolution of 20 May 2021 called for")
                           rf"(?:\s+of\s+(?:\d{{1,2}}\s+)?{MONTH}(?:\s+\d{{1,2}},)?(?:\s+(?:19|20)\d\d)?)?\s*", re.IGNORECASE)
_WORD_START = re.compile(r"(?<![\w’'-])[A-Za-z]")


def adopted_text(namer, floor: int, end: int, segment: str):
    """A registered body's adopted text or statement before the verb, its number after it: the body (GUIDELINES
    hard case 16: a resolution's call is the body's speech; hard case 8 keeps a document with no author named
    the outlet's).

    Example:
        European Parliament resolution calls for the release of all Armenian "prisoners".
    Yields: european_parliament
    Not:
        The resolution calls for the release of all Armenian "prisoners".
    """
    # the phrase may open with a time or a place ("In 2023 a PACE resolution"): each word start is tried
    for start in _WORD_START.finditer(segment):
        m = _ADOPTED_TEXT.fullmatch(segment, start.start())
        found = m and registry_module.resolve(m.group("body").strip(), namer.date, namer.registry, strict=True)
        if found:
            # "Pashinyan's statement": the person's own words, read by the forms after this one
            return None if namer.registry[found].type == "person" else (floor + m.start("body"), found, "name")
    # in a house's own record, the resolution it debates is its own ("Paragraph 1 of the resolution calls for")
    own = _OWN_RESOLUTION.search(segment) if namer.defined.get("house") else None
    return (floor + own.start(), namer.defined["house"], "name") if own else None


# "the resolution", "Paragraph 1 of the resolution", "this draft resolution": the text a house's record debates.
_OWN_RESOLUTION = re.compile(r"(?<![\w-])(?:(?:[Pp]aragraph|[Rr]ecital|[Aa]rticle)\s+\w+\s+of\s+)?(?:[Tt]he|[Tt]his|[Oo]ur)"
                             r"\s+(?:resolution|motion\s+for\s+a\s+resolution|joint\s+motion|draft\s+resolution)\s*$")


def bare_group(namer, floor: int, end: int, segment: str):
    """"..., officials said" (or "the same officials say") after "Armenian officials said ...": the officials
    named last; "In Yerevan, officials said": the State of the place the sentence opens with.

    Example:
        Armenian officials said the men were "captives". Later, officials said the "exchange" was delayed.
    Yields: armenia
    Not:
        Officials said the "exchange" was delayed.
    """
    m = _BARE_GROUP.search(segment)
    if m:
        noun = m.group(1).lower()
        for s, e, actor_id, _ in reversed(namer.actor_spans):
            if s < floor + m.start() - 1500:
                break
            if s < floor + m.start() and namer.text[s:e].lower().endswith(" " + noun):
                return floor + m.start(1), actor_id, "description"
        state = namer.descriptions.fronted_state(floor + m.start(1))
        if state:  # "In Yerevan, officials always said": that State's
            return floor + m.start(1), state, "description"
    return None


def your(namer, floor: int, end: int, segment: str):
    """"Now your ministry says ...": the one the question is put to; "your government called them": that
    one's government, when the registry says whose it is (a minister's State).

    Example:
        Briefing by the spokesperson of the Ministry of Foreign Affairs of Armenia, Ani Badalyan
        Q: Ani Torosyan, Dev Radio. Now your ministry says persons deprived of liberty. Why?
        A: The term covers all.
    Yields: mfa_armenia
    Not:
        Now your ministry says persons deprived of liberty.
    """
    your = _YOUR.search(segment)
    addressee = namer.addressee_at(floor + your.start()) if your else None
    if not addressee:
        return None
    if your.group("noun").lower() == "ministry" and addressee in namer.registry.actors \
            and namer.registry[addressee].type == "person":
        # "Minister Mirzoyan, ... your ministry called them": the minister's own ministry, when the registry has it
        ministry = _ministry_of(namer, addressee)
        if ministry:
            return floor + your.start(), ministry, "addressee"
    if your.group("noun").lower() in _YOUR_STATE:  # whose government, if the registry says it; else nobody's
        known = addressee in namer.registry.actors
        addressee = addressee if known and namer.registry[addressee].office == "state" else \
            namer.descriptions.state_of(addressee) if known else None
        if addressee is None:
            return NOBODY
    return floor + your.start(), addressee, "addressee"


def _ministry_of(namer, person: str) -> str | None:
    """The registered ministry a registered minister heads ("Foreign Minister of Armenia": ``mfa_armenia``)."""
    state = namer.descriptions.state_of(person)
    post = re.match(r"(?P<field>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+Minister\b", namer.registry[person].office or "")
    return namer.descriptions.state_office(state, f"{post.group('field')} Ministry") if state and post else None


def own(namer, floor: int, end: int, segment: str):
    """"My Government also recalls", "Our delegation rejects": the issuer of the letter or statement the text
    prints in full, or the State a debate turn's label gives its speaker ("Ms X (Armenia, SOC) – My government
    now speaks of ..."); nobody when there is neither (never a person called "My Government").

    Example:
        Letter dated 9 April 2025 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General
        My Government also recalls that they are prisoners of war.
    Yields: armenia
    Given: kind=statement; outlet=United Nations
    Not:
        My Government also recalls that they are prisoners of war.
    """
    m = _OWN.search(segment)
    if not m:
        return None
    # ... else the State the text is set in by its dateline or its translation's note ("YEREVAN (12 March 2026) – ...
    # our government says"), never the last State named (often the other side: "Baku calls him X, our government Y")
    own = namer.own_at(floor + m.start()) or namer.descriptions.text_state(floor + m.start()) \
        or namer.descriptions.other_side(floor + m.start())
    return (floor + m.start(), own, "description") if own else NOBODY


def you(namer, floor: int, end: int, segment: str):
    """"Minister, now you say 'persons held in custody'": in an asker's turn, the one the question is put to
    (never "do you call them ...", a question of what she says).

    Example:
        Joint press conference of the Foreign Ministers of Armenia and the Netherlands
        Minister Mirzoyan: Good afternoon.
        Q (Ararat Evening News): Minister Mirzoyan, now you say "persons held in custody". Why?
        Minister Mirzoyan: It is the precise term.
    Yields: mirzoyan
    Not:
        Do you say "persons held in custody"?
    """
    m = _YOU.search(segment)
    if not m or (m.group("before") or "").lower() in _ASKING_WORDS:
        return None
    addressee = namer.addressee_at(floor + m.start("you"))
    return (floor + m.start("you"), addressee, "addressee") if addressee else None


def its(namer, floor: int, end: int, segment: str):
    """"Its head of delegation told us", "Its last statement spoke of": the institution just named, the
    subject of the sentence before first ("The ICRC, whose delegation ... at Azerbaijan's request,").

    Example:
        The ICRC visited the men in Baku. Its head of delegation told us they were "detainees".
    Yields: icrc
    Not:
        Its head of delegation told us they were "detainees".
    """
    its = _ITS_SUBJECT.search(segment)
    if not its:
        return None
    at = floor + its.start() + len(its.group()) - len(its.group().lstrip(".;: \n"))
    body = namer.descriptions.just_named(at)
    return (at, body, "description") if body else NOBODY


def owned_role(namer, floor: int, end: int, segment: str):
    """"Armenia's human rights ombudsperson said": the one registered actor of that State that fits.

    Example:
        Armenia's human rights ombudsperson said they were "hostages".
    Yields: hrd_armenia
    Not:
        Armenia's poets said they were "hostages".
    """
    owned = namer.descriptions.owned_role(segment)
    return (floor + owned[0], owned[1], "description") if owned else None


def defined_term(namer, floor: int, end: int, segment: str):
    """"The source submits": the term the text defined, or the body's own word for itself in its text
    ("Parliament called for" in the European Parliament's, "The Office reports" in a prosecutor's office's).

    Example:
        Court delivers judgment in Petrosyan v. Azerbaijan
        The applicant complained that he was a "prisoner of war".
    Yields: Petrosyan
    Given: kind=judgment
    Not:
        The applicant complained that he was a "prisoner of war".
    """
    m = _THE_TERM.search(segment)
    term = (m.group(1) or m.group(2)).lower() if m else None
    if term in namer.defined:  # "The source submits"; "Parliament called" in the Parliament's own text
        return floor + m.start(), namer.defined[term], "description"
    return None


# "Government officials", "senior government sources": the government's people, without an article.
_GOVERNMENT_PEOPLE = re.compile(r"(?<![\w’'-])(?:(?:[Ss]enior|[Tt]op|[Hh]igh-ranking)\s+)?[Gg]overnment\s+(?:officials"
                                r"|sources|representatives|spokespeople|spokespersons|ministers)\s*$")


def description(namer, floor: int, end: int, segment: str):
    """"the minister said": the last named actor the description fits; nobody when none does (but "The
    EU's spokesperson" is left to the owned forms).

    Example:
        Ararat Mirzoyan arrived in Brussels. The minister said they were "captives".
    Yields: mirzoyan
    Not:
        The minister said they were "captives".
    """
    officials = _GOVERNMENT_PEOPLE.search(segment)
    state = namer.describe("government", floor + officials.start()) if officials else None
    if state:  # "Government officials said": the government's officials, the one "the government" is
        return floor + officials.start(), state, "description"
    this = _THIS_GOVERNMENT.search(segment)
    if this:  # "For five years this Government called them hostages": the government of the State of its context
        state = namer.descriptions.context_state(floor + this.start())
        return (floor + this.start(), state, "description") if state else NOBODY
    bare = _BARE_COUNSEL.search(segment)
    if bare:  # "Counsel argued", as a trial report writes it with no article: the counsel it introduced by name
        words = tuple(bare.group(1).lower().split())
        person = counsel.introduced(namer, words, floor + bare.start()) or counsel.introduced(
            namer, words[-1:], floor + bare.start())
        return (floor + bare.start(), namer.holders.get(person[1], person[1]), "description") if person else NOBODY
    m = namer.words.description_before.search(segment)
    if not m or namer.words.owned_description_before.search(segment):
        return None  # "the ombudsperson's office" is the owned description's (P24)
    actor_id = namer.describe(m.group(1), floor + m.start())
    if actor_id is None and _THE_GOVERNMENT.fullmatch(m.group(1)):
        # "Pashinyan spoke of ... Five years ago, the same Government spoke of captives": no State named before, the
        # government of the State its context names (its head of government, a place)
        actor_id = namer.descriptions.context_state(floor + m.start())
    # "The Armenian representative said", no one named who fits: a State's delegate speaks for it (hard case 12)
    actor_id = actor_id or namer.descriptions.state_described(m.group(1))
    if actor_id:
        return floor + m.start(), actor_id, "description"
    # "The ICRC's regional office": an owner's organ, for the forms after this one
    return None if namer.words.owned_before.search(segment) or re.search(r"['’]s\s", m.group(1)) else NOBODY


# "Counsel", "Defence counsel" opening a sentence with no article, as trial reports write a lawyer's role.
_BARE_COUNSEL = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:[Dd]efen[cs]e\s+)?[Cc]ounsel)\s*$")
_THE_GOVERNMENT = re.compile(r"(?:(?:same|then|current|present)\s+)?government", re.IGNORECASE)
_THIS_GOVERNMENT = re.compile(r"(?<![\w-])(?:[Tt]his|[Tt]hat)\s+[Gg]overnment\s*$")


# Words that cannot open a group's name: a sentence's opening adverb or conjunction ("Since then your officials
# speak of"); nor can a possessive stand inside one ("Their relatives" and "Its officials" open with theirs).
_NOT_GROUP_OPENERS = NOT_NAME_OPENERS | TIME_WORDS | CONJUNCTIONS
_POSSESSIVES = {"your", "our", "their", "my", "his", "her", "its"}
# ... nor a determiner: "in August the same officials say" is a time and then the group ("the same officials").
_DETERMINERS = {"the", "a", "an", "this", "these", "those", "that"}


def _named_group(phrase: str) -> bool:
    """Whether ``phrase`` (a :func:`group` match) names a group ("Armenian rights groups", "Their relatives"),
    not a sentence's opening words before a possessive ("Since then your officials") or a determiner ("August
    the same officials")."""
    words = [w.lower() for w in phrase.split()]
    return words[0] not in _NOT_GROUP_OPENERS and not (_POSSESSIVES | _DETERMINERS).intersection(words[1:])


# A leader's people ("His officials", "Her ministers"): the officials' nouns and a government's staff; in lower case
# after a conjunction too ("..., and his officials speak of").
_STAFF_NOUNS = OFFICIAL_NOUNS | {"ministers", "aides", "advisers"}
_LEADERS_STAFF = re.compile(rf"(?<![\w-])((?:his|her)\s+(?:{'|'.join(sorted(_STAFF_NOUNS))}))\s*$")
# ... or a government's people, no owner given, in a clause after the leader's ("..., and officials now say").
_BARE_STAFF = re.compile(r"(?:,|(?<![\w-])and)\s+(officials|ministers|diplomats)\s*$")
# A State's people who speak only as its own: "Armenian ministers have called them hostages" is Armenia.
_STATE_PEOPLE = frozenset({"ministers", "negotiators", "envoys"})


def group(namer, floor: int, end: int, segment: str):
    """"Azerbaijani prosecutors said": the detaining State; "Armenian rights groups said": the group as the
    text gives it; "Armenian diplomats like to say": the State the adjective names (hard case 12).

    Example:
        Armenian rights groups said they were "hostages".
    Yields: Armenian rights groups
    Not:
        Baku said they were "hostages".
    """
    m = namer.words.group_before.search(segment) or _LEADERS_STAFF.search(segment)
    bare = _BARE_STAFF.search(segment) if not m else None
    if bare:  # "the Prime Minister spoke of "...", and officials now say": the leader's government's people
        leader = namer.person_before(floor + bare.start(1))
        state = namer.descriptions.state_of(leader) if leader else None
        return (floor + bare.start(1), state, "name") if state else None
    if not m or not _named_group(m.group(1)):
        return None
    if m.group(1).split()[-1].lower() in namer.words.agents:
        return floor + m.start(1), namer.words.agents[m.group(1).split()[-1].lower()], "name"
    owner = namer._group_owner(m.group(1), floor + m.start(1))
    words = m.group(1).split()
    if owner is None and len(words) == 2 and words[1].lower() in OFFICIAL_NOUNS:
        # "Armenian diplomats", and a State's or its capital's possessive: "Baku's officials" (hard case 12)
        owner = namer.descriptions.state_named(re.sub(r"['’]s$", "", words[0]))
    if owner is None and len(words) == 2 and words[0].lower() in ("his", "her") and words[1].lower() in _STAFF_NOUNS:
        # "His officials said", "Her ministers say" after a head of government: that government's State
        leader = namer.person_before(floor + m.start(1))
        owner = namer.descriptions.state_of(leader) if leader else None
    if owner is None and (words[-1].lower() in _STATE_PEOPLE or words[0] in ("his", "her")):
        return None  # "The ministers agreed": ministers of no one State named are no one speaker (hard case 9)
    return floor + m.start(1), owner or m.group(1), "name"


def owned(namer, floor: int, end: int, segment: str):
    """"Pashinyan's office said": the office speaks for its head; "the Prosecutor General's office said": an
    agent of the detaining State, that State (held-out 4 decision 7).

    Example:
        Pashinyan's office said they were "captives".
    Yields: pashinyan
    Not:
        The office said they were "captives".
    """
    m = namer.words.owned_before.search(segment)
    agent = next((w for w in m.group(1).lower().split() if w in namer.words.agents), None) if m else None
    if agent and agent in namer.implied:  # "the Prosecutor General's office said": the detaining State's organ
        return floor + m.start(), namer.agent_of(agent, floor + m.start()), "description"
    if m:
        owner = registry_module.resolve(m.group(1), namer.date, namer.registry, strict=True) \
            or (namer.unregistered(m.group(1), floor + m.start(1))
                if namer._person_named(m.group(1), floor + m.start(1)) else None)
        if owner:
            return floor + m.start(), owner, "name"
    return None


def owned_description(namer, floor: int, end: int, segment: str):
    """"the ombudsperson's office said": the office the description fits.

    Example:
        Armenia's Human Rights Defender visited Baku. The ombudsperson's office said they were "hostages".
    Yields: hrd_armenia
    Not:
        The ombudsperson's office said they were "hostages".
    """
    m = namer.words.owned_description_before.search(segment)
    if m:
        owner = namer.describe(m.group(1), floor + m.start())
        if owner:
            return floor + m.start(), owner, "description"
    return None


# A body's name that lists its fields with commas before "and": "Foreign, Commonwealth and Development Office",
# "Department of Foreign Affairs, Trade and Development" (taken only when it holds an institution's noun: "Armenia,
# France and Russia" is three speakers).
_NAMED = rf"(?:{NAME_WORD}\s+(?:{CONNECT}\s+)*)*{NAME_WORD}"
_LISTED_NAME_BEFORE = re.compile(rf"({_NAMED},\s+(?:{_NAMED},\s+)*{_NAMED}\s+and\s+{_NAMED})\s*$")


# A preposition of place right before a capitalised word: the word is where, not who.
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:in|at|from|near|outside|inside|around|across|throughout)\s+$")


def name(namer, floor: int, end: int, segment: str):
    """A name right before the verb: an agent of the detaining State ("prosecutor Elvin Huseynzade"), an
    official of a registered institution ("Foreign Ministry spokesman Aram Petrosyan", "ministry spokesman
    X"), the holder of a one-person office, else the name as the text gives it.

    Example:
        Anna Smith said they were "hostages".
    Yields: Anna Smith
    Not:
        The weather said nothing about "hostages".
    """
    text = namer.text
    coded = CODED_BEFORE.search(segment)
    if coded:  # "W3 said", "Interviewee 6 told us": a report's code for a witness it does not name is her name there
        return floor + coded.start(1), coded.group(1), "name"
    letters = _INITIALS_BEFORE.search(segment)
    if letters and letters.group(1) not in namer.short and not registry_module.resolve(
            letters.group(1), namer.date, namer.registry, strict=True):
        # "SH said ..." in notes of an interview with Samir Huseynov: the one name in the text with those initials
        full = initials.names_with_initials(namer.text, letters.group(1).replace(".", "").replace(" ", ""))
        stop = namer.words.title_words | namer.words.institution_words | namer.words.not_names
        if len(full) == 1 and not any(w.lower() in stop for w in full[0].split()):  # (never "High Representative")
            return floor + letters.start(1), namer.unregistered(full[0], namer.text.find(full[0])) or full[0], "name"
    m = _NAME_BEFORE.search(segment)
    if not m or _PLACE_BEFORE.search(segment, 0, m.start(1)):
        return None  # (nobody's name after "in", "from", "near": "Families in Goris still say" names a place)
    state = namer.descriptions.state_described(m.group(1))
    if state:  # "The Armenian Co-Chair stated": a State's delegate, capitalised like a name (hard case 12)
        return floor + m.start(1), state, "name"
    listed = _LISTED_NAME_BEFORE.search(segment) if "," in segment and " and " in segment else None
    if listed and any(w.lower() in namer.words.institution_words for w in listed.group(1).split()):
        m = listed  # "The Foreign, Commonwealth and Development Office told us": one body, its words in a list
    agent = _WORD_BEFORE.search(text, max(floor, floor + m.start(1) - 30), floor + m.start(1))
    # the title words before the name: "Prosecutor X", "Deputy Prosecutor General X"
    cleaned = clean_name(m.group(1), namer.words)
    titles = m.group(1)[:-len(cleaned)].lower().split() if cleaned and m.group(1).endswith(cleaned) else []
    title = next((w for w in titles or m.group(1).lower().split()[:1] if w in namer.words.agents), None) \
        if " " in m.group(1) else None
    noun = title or (agent.group(1).lower() if agent and agent.group(1).lower() in namer.words.agents else None)
    if noun and noun in namer.implied:
        name = (cleaned if titles else m.group(1).split(None, 1)[1]) if noun == title else m.group(1)
        if noun == "judge" and namer.writes_separately(floor + m.start(1)):
            # a dissenting or concurring judge speaks for herself, the court by its majority (hard case 16)
            return floor + m.start(1), namer.unregistered(name, floor + m.start(1)) or name, "name"
        speaker = namer.agent_of(noun, floor + m.start(1))
        namer._hold(name, speaker)
        return (floor + m.start(1) if noun == title else agent.start(1)), speaker, "name"
    post, body = namer.post_before(floor, floor + m.start(1))
    if body:
        namer._hold(m.group(1), body[1])
        return namer._title_start(floor, body[0]), body[1], "name"
    noun = _LAST_WORD.search(text, max(floor, post.start() - 30), post.start()) if post else None
    described = namer.describe(noun.group(1), post.start()) \
        if noun and noun.group(1).lower() in INSTITUTION_NOUNS else None
    if described in namer.registry.actors and namer.registry[described].type != "person":  # registered only
        namer._hold(m.group(1), described)
        return noun.start(1), described, "name"
    office = namer._office_of_holder(m.group(1))
    if office:  # "Human Rights Defender Anahit Manasyan said": she and her office are one speaker
        return floor + m.start(1), office, "name"
    title_words = m.group(1)[:-len(cleaned)] if cleaned and m.group(1).endswith(cleaned) else ""
    if _TITLE_POST.search(title_words):
        # "EU Special Representative Henrik Aalto said": a post of a registered institution its title names (hard
        # case 12)
        institution = namer.posts.institution_in(floor + m.start(1), floor + m.start(1) + len(title_words))
        if institution:
            namer._hold(cleaned, institution)
            return floor + m.start(1), institution, "name"
    town = _OF_TOWN.fullmatch(m.group(1))
    stop = namer.words.institution_words | namer.words.title_words | namer.words.not_names
    if town and not any(w.lower() in stop for w in (*town.group("who").split(), town.group("town"))):
        # "A listener, Anahit Khachatryan of Gyumri, wrote": the person, not her town (a peer keeps "of Dene")
        return namer._title_start(floor, floor + m.start(1)), namer.unregistered(town.group("who"), floor + m.start(1)) \
            or town.group("who"), "name"
    name = namer.unregistered(m.group(1), floor + m.start(1))
    if name and m.group(1).endswith(name):
        # "Armenia's deputy foreign minister Vahan Kostanyan said": an official of a State's government
        post = namer.descriptions.state_post_before(text, floor + m.end(1) - len(name), floor)
        if post:
            namer._hold(name, post[1])
            return post[0], post[1], "name"
    # "Nune, whose son ...", "Vahe, 24, ...": a first name a relative clause or an age follows is a person
    introduced = _INTRODUCED.match(namer.text, floor + m.end(1))
    if name and not (namer._sentence_initial(floor + m.start(1)) and " " not in name and not introduced
                     and name not in (n.split()[-1] for n in namer.known)
                     and not _HONORIFIC.match(m.group(1)) and name not in namer.registry.actors
                     and name not in namer.short.values() and not namer.state_speaks(name, floor + m.start(1))):
        return namer._title_start(floor, floor + m.start(1)), name, "name"
    return None


# A person's full name and her town after it ("Anahit Khachatryan of Gyumri"); never a peer's title ("Lord Harlow
# of Dene").
_OF_TOWN = re.compile(r"(?P<who>(?!(?:Lord|Baroness|Lady|Earl|Viscount|Baron|Duke|Duchess|Countess|Marquess)\b)"
                      r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:of|from)\s+(?P<town>[A-Z][\w-]+)")


# The order the forms are tried in (the namer tries ``delegate`` first, before it trims a generic subject,
# "of ..." and "in Geneva" from the phrase; the others in this order after it). A code names a form for good: a
# new form takes the next code wherever it runs ("aide" before "registered" reads the staff, not the leader).
FORMS: tuple[Unit, ...] = tuple(Unit(code, f.__name__, "phrase", "speaker phrase", f) for code, f in (
    ("P01", delegate), ("P02", its_voice), ("P03", appositive), ("P04", pronoun), ("P05", colleague), ("P28", aide),
    ("P06", unnamed_post), ("P07", mission), ("P08", registered), ("P09", national_organ), ("P10", bare_group),
    ("P11", agent), ("P12", representative), ("P13", your), ("P14", you), ("P15", own), ("P16", its),
    ("P17", owned_role), ("P18", defined_term), ("P19", government_post), ("P20", description), ("P21", group),
    ("P22", state_organ), ("P23", owned), ("P24", owned_description), ("P25", on_behalf), ("P26", name),
    ("P27", adopted_text)))
DELEGATE = FORMS[0]
BY_NAME = {form.name: form for form in FORMS}
