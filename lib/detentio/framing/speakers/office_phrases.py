"""The speaker phrase forms that name an official or an organ by office: a delegate and the State in brackets
after her name, a name with a post in an appositive, a State speaking through its office, an unnamed post
("An Azerbaijani Foreign Ministry spokesperson", "the Deputy Minister of Justice"), a national organ, an agent
of the detaining State, a colleague of a named minister (GUIDELINES hard case 12, held-out 4 decision 7).

The order they are tried in, among the other forms, is :data:`.phrases.FORMS`.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.counsel import COUNSEL_NOUNS
from detentio.framing.speakers.grammar import NAME_BEFORE as _NAME_BEFORE, NAME_WORD as _NAME_WORD, UNIT_NOUN
from detentio.framing.speakers.phrasing import NOBODY, Narrowed
from detentio.framing.speakers.posts import ONE_PERSON

# The rank an official may be described by before her State's adjective ("a senior Azerbaijani official").
RANK = r"(?:senior|top|high-ranking|high-level|junior|mid-level)"
# "an Azerbaijani court", "a Russian diplomat": an organ or official of a State named by its adjective.
_NATIONAL_ORGAN = re.compile(r"(?<![\w-])(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal|[Ee]very|[Aa]ll|[Mm]any|[Ss]ome|[Mm]ost)"
                             # "a senior Azerbaijani official": a rank before the State's adjective
                             rf"\s+(?:{RANK}\s+)?"
                             r"(?P<adj>[A-Z][a-z]+)\s+(?:(?:military|district"
                             r"|appeals?|regional|senior|junior)\s+)?(?:court|courts|judge|judges|tribunal|prosecutor"
                             r"|prosecutors|investigator|investigators|official|officials|diplomat|diplomats|minister"
                             r"|ministry|officer|officers|guard|guards|spokesman|spokeswoman|spokesperson"
                             # "the Azerbaijani ambassador told our delegation": a State's envoy speaks for it
                             r"|ambassador|ambassadors|envoy|envoys|delegate|delegates|delegation|embassy"
                             # "the Azerbaijani penitentiary service said": a State's service, an organ of that State
                             r"|(?:penitentiary|prison|penal|border|migration|security)\s+service|police"
                             # "the Azerbaijani Ministry of Defence", "the Azerbaijani Defence Ministry": a ministry
                             # the registry does not list, an organ of its State (hard case 15)
                             r"|(?:[A-Z][a-z]+\s+)?Ministry(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,2})?)"
                             # ... wherever it sits: "the Azerbaijani embassy in London", "ambassador to the UN"
                             r"(?:\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})?\s*$")

# "... and the justice minister", "... and his deputy": a colleague of the same government, unnamed.
_COLLEAGUE = re.compile(r"\s+and\s+(?:the|his|her|their)\s+(?:[a-z-]+\s+){0,2}(?:minister|deputy|ministers|officials"
                        r"|spokesman|spokeswoman|spokesperson|envoy|ambassador)\s*$")

# "... Foreign Ministry spokesperson", "...'s head of delegation": a post right after an institution, unnamed.
_UNNAMED_POST = re.compile(r"(?:['’]s)?\s+(?:deputy\s+|chief\s+|press\s+)?(?:spokes(?:man|woman|person)|representative"
                           r"|official|head\s+of\s+(?:the\s+)?delegation|envoy|agent|counsel)\s*$")

# "The head of the ICRC delegation", "the director of the UNHCR office": a post of a registered institution's
# unit, the institution named inside it.
_POST_OF = re.compile(r"(?<![\w-])(?:[Tt]he\s+)?(?:(?:deputy|acting)\s+)?(?:head|chief|director|spokes(?:man|woman|person))"
                      r"\s+of\s+(?:the\s+|its\s+)?(?P<body>[^,;:()\n]{2,80}?)(?:['’]s)?\s+"
                      rf"{UNIT_NOUN}\s*$", re.IGNORECASE)

# "At the Ministry of Foreign Affairs, a Deputy Minister", "At the ICRC, officials": an unnamed official of the
# registered body a sentence opens by setting itself at.
# ("3.1 At the Ministry of Foreign Affairs, the Deputy Minister told ...": a report's paragraph number before it)
_AT_BODY = re.compile(r"(?:^|[.;]\s+|\n)\s*(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+)?At\s+(?:the\s+)?(?P<body>[A-Z][^,;:()\n]{1,80}?),\s+"
                      r"(?P<post>(?:(?:a|an|the|one|two|three|several|its|senior)\s+)?(?:[\w-]+\s+){0,2}?"
                      r"(?:spokes(?:man|woman|person)|representatives?|officials?|(?:deputy\s+)?ministers?|diplomats?"
                      r"|staff|delegates?|advisers?|officers?|head|director|secretary)"
                      r"(?:\s+of\s+(?:a\s+|the\s+)?(?:department|division|unit|section))?)\s*$", re.IGNORECASE)
# The organs of a State such a sentence may be set at, unregistered: any ministry, a president's administration.
_AT_ORGAN = re.compile(r"Presidential\s+Administration|Administration\s+of\s+the\s+President"
                       r"|Ministry\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4}")
# "A spokesman", "Its spokeswoman": a post with no institution in the phrase.
_BARE_POST = re.compile(r"(?:^|[.;:]\s+|\n)\s*(?:(?:In|At|On|Later|Earlier|Separately|Asked|Contacted|Meanwhile)\b[^,.;:\"“”]{0,60},"
                        # ... after a fronted phrase: "In a written comment, a spokesperson said"
                        r"\s*)?([Aa]|[Aa]nother|[Oo]ne)\s+(?:press\s+)?spokes(?:man|woman|person)\s*$")

# "The representative of Azerbaijan", "The representative": a delegate in a meeting summary.
_REPRESENTATIVE = re.compile(rf"(?<![\w-])(?:[Tt]he|[Ii]ts|[Aa])\s+(?:representative|delegate)(?:\s+of\s+(?:the\s+)?"
                             rf"(?P<state>{_NAME_WORD}(?:\s+{_NAME_WORD})?))?\s*$")

# "the Deputy Minister of Justice", "the deputy foreign minister": an unnamed government post.
_GOVERNMENT_POST_BEFORE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+(?P<post>(?:[Ff]irst\s+)?(?:[Dd]eputy\s+)?(?:[A-Za-z]+\s+)?"
                                     r"[Mm]inister(?:\s+(?:of|for)\s+[A-Z][a-z]+(?:\s+(?:and\s+|of\s+)?[A-Z][a-z]+)*)?)\s*$")

# "Speaking on behalf of the European Union, Anna Berg said": a name the clause before it gives a mandate.
# ... and a clause that opens with the body alone, the speaker's post before her name: "For the European External
# Action Service, Managing Director Paolo Ricci said", "For the ICRC, regional director Anna Berg said".
_ON_BEHALF = re.compile(rf"^\W*(?:(?:[Ss]peaking|[Ww]riting|[Aa]cting|[Rr]esponding)\s+(?:on\s+behalf\s+of|for|in\s+the\s+name\s+of)"
                        rf"\s+(?P<body>[^,;:.!?]{{2,80}}),\s*(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
                        rf"|For\s+(?P<for>[^,;:.!?]{{2,80}}),\s*(?:(?:its|their)\s+)?(?:[A-Za-z-]+\s+){{0,3}}"
                        rf"(?P<holder>{_NAME_WORD}\s+{_NAME_WORD}))\s*$")

# How long the brackets after a name may be ("Mr. Tadevosyan (Armenia)", "(Country Rapporteur)").
_BRACKETS_AFTER_NAME = 80

# ", in the words of its Foreign Ministry,", ", through its foreign ministry,": a State's office speaks for it.
_ITS_VOICE = re.compile(r"(?:in\s+the\s+words\s+of|through|via|speaking\s+through)\s+(?:its|their)\s+(?P<office>(?:[A-Za-z-]+\s+){0,3}"
                        r"(?i:ministry|office|service|spokes(?:person|man|woman)|committee|commission|delegation|agency"
                        r"|representative|envoy|embassy|mission|department|minister|president))")


# An anonymised witness as reports code her: "(Witness C)", "(Testimony No. 4)", "(Interviewee 12)".
_WITNESS_CODE = re.compile(r"(?:Witness|Testimony|Interviewee|Respondent|Detainee|Former\s+detainee)(?:\s+No\.?)?\s+[A-Z0-9]{1,3}")

def delegate(namer, floor: int, end: int, segment: str):
    """A name with a State (or a registered body) in brackets after it speaks for it: a delegate in a meeting record.

    Example:
        Mr. Ramil Safarzade (Azerbaijan) said the men were "terrorists and saboteurs".
    Yields: azerbaijan
    Not:
        Ms. Ruth Lindqvist (Country Rapporteur) said the men were "terrorists and saboteurs".
    """
    if not segment.endswith(")"):
        return None
    opened = segment.rfind("(")
    if opened <= 0 or len(segment) - opened > _BRACKETS_AFTER_NAME or "\n" in segment[opened:]:
        return None
    inner = segment[opened + 1:-1].strip()
    if _WITNESS_CODE.fullmatch(inner):
        # "A civilian woman from Hadrut (Witness C) stated": a report's anonymised witness, by her code
        return floor + opened + 1 + (len(segment[opened + 1:-1]) - len(segment[opened + 1:-1].lstrip())), inner, "name"
    state = registry_module.resolve(inner, namer.date, namer.registry, strict=True)
    before = segment[:opened].rstrip()
    person = _NAME_BEFORE.search(before)
    if person and state and namer.registry[state].office == "state":
        namer._hold(person.group(1), state)
        return floor + person.start(1), state, "name"
    # ... and so, in a meeting's summary or record, for a registered body in brackets ("Ms. Holt (International
    # Committee of the Red Cross) said": a delegate speaks for her body, hard case 12), or a State the registry does
    # not list ("Ms. Laurent (France)")
    body = state if state and namer.registry[state].type != "person" else inner if inner in namer.words.state_names else None
    if person and body and any(s <= floor < e for s, e in namer.state_voices):  # (a meeting's summary or record)
        namer._hold(person.group(1), body)
        return floor + person.start(1), body, "name"
    return Narrowed(floor + len(before))  # "Ms. Ruth Lindqvist (Country Rapporteur) noted": the name before


def its_voice(namer, floor: int, end: int, segment: str):
    """A State that speaks through its office in an appositive: that office.

    Example:
        Yerevan, in the words of its Foreign Ministry, calls them "hostages".
    Yields: mfa_armenia
    Not:
        Yerevan, in the words of a local poet, calls them "hostages".
    """
    if not segment.endswith(","):
        return None
    inner = segment[:-1]
    cut = inner.rfind(",")
    its = _ITS_VOICE.fullmatch(inner[cut + 1:].strip()) if cut >= 0 else None
    subject = namer.before(floor, floor + len(inner[:cut].rstrip())) if its else None
    if subject and subject[1] in namer.registry.actors and namer.registry[subject[1]].office == "state":
        owned = namer.descriptions.state_office(subject[1], its.group("office"))
        return subject[0], owned or subject[1], "description"
    return None


def appositive(namer, floor: int, end: int, segment: str):
    """A name with a post in an appositive: the institution of the post for an unregistered person (hard
    case 12; the holder of a one-person office is that office), the person herself when registered; a
    post, then the name in an appositive, likewise. Any other appositive leaves the name before it.

    Example:
        Mathieu Laurent, head of the ICRC delegation in Baku, said they were "detainees".
    Yields: icrc
    Not:
        Anna Smith, a lawyer in Yerevan, said they were "hostages".
    """
    if not segment.endswith(","):
        return None
    text = namer.text
    inner = segment[:-1]
    cut = inner.rfind(",")
    if cut < 0:
        return NOBODY
    words = inner[cut + 1:].strip()
    if re.fullmatch(r"\d{1,3}", words):  # "Anush Karapetyan, 52, tells the pool": the name before her age
        return Narrowed(floor + len(inner[:cut].rstrip()))
    if words and (words[0].islower() or words.lower().startswith(("the ", "a ", "an "))
                  or namer._is_title(words)) and len(words.split()) <= 25:
        name_end = floor + len(inner[:cut].rstrip())
        if inner[:cut].rstrip().endswith(")"):
            # "Mr. Tadevosyan (Armenia), Deputy Minister of Justice, said": the delegate in brackets
            return namer.before(floor, name_end) or NOBODY
        office = namer.posts.one_person_office(words) or namer.descriptions.state_post(words) \
            or namer.posts.after(floor + cut, floor + len(inner)) or _post_of_the_named(namer, words, floor + cut) \
            or _department_head(namer, words) or _post_in_unowned_organ(namer, words, floor + cut)
        person = _NAME_BEFORE.search(text, floor, name_end)
        named = _ROLE_THEN_NAME.fullmatch(words) if not office and not person else None
        if named:  # "the defence counsel, lawyer Farid Aslanov, argued": the role, then whose it is
            start = floor + inner.index(named.group("name"), cut)
            return start, namer.unregistered(named.group("name"), start) or named.group("name"), "name"
        registered = namer._registered_ending(floor, name_end) if person else None
        if registered and namer.registry[registered[1]].type == "person" and registered[0] >= person.start(1):
            # "Maria Zakharova, spokeswoman of the Russian Foreign Ministry,": a registered person is herself
            # (hard case 12 is for people the registry does not list)
            return namer._title_start(floor, registered[0]), registered[1], "name"
        if office and person:  # "Jane Doe, the Human Rights Defender, said": her office speaks;
            # "Mathieu Laurent, head of the ICRC delegation, said": his institution
            namer._hold(person.group(1), office)
            return floor + person.start(1), office, "name"
        return Narrowed(name_end)
    affiliated = _NAME_OF_BODY.fullmatch(words)
    if affiliated and any(w.lower() in namer.words.institution_words | _SCHOOLS for w in affiliated.group("body").split()) \
            and not any(floor + cut < s < floor + len(inner) and namer.registry[a].office != "state"
                        for s, _e, a, _ in namer.actor_spans):
        # "The first speaker, Dr Anahit Sargsyan of the Institute for Humanitarian Law in Yerevan, argued": the
        # person, her unregistered institution no post of hers (a registered body is left to the rules below; a
        # State's name there, "Yerevan", is a place)
        start = floor + inner.index(affiliated.group("name"), cut)
        return start, namer.unregistered(affiliated.group("name"), start) or affiliated.group("name"), "name"
    if words and _NAME_BEFORE.fullmatch(words):
        name_end = floor + len(inner)  # "A spokesperson for the committee, Ruth Müller, told"
        registered = namer._registered_ending(floor + cut + 1, name_end)
        office = None if registered and namer.registry[registered[1]].type == "person" else \
            namer.posts.before(floor, floor + cut) or namer._described_post(floor, floor + cut) \
            or namer.descriptions.owned_post(text[floor:floor + cut]) \
            or _one_person_office_before(namer, floor, floor + cut) \
            or namer.descriptions.unnamed_post(text[floor:floor + cut], floor)  # a registered person is herself
        # (the last: "The Deputy Minister of Foreign Affairs, Mr. Hrant Poghosyan, told me" in Yerevan, a
        # government post of the State of its context: mfa_armenia)
        head = re.search(r"([A-Za-z]+)\s*$", text[floor:floor + cut])
        if not office and head and head.group(1).lower() in namer.implied and not registered:
            # "The State prosecutor, Tural Hasanov, asked": an agent in his function, whom his noun names (as
            # "prosecutor Tural Hasanov" is; held-out 4 decision 7)
            office = namer.agent_of(head.group(1), floor + head.start(1))
        if office:  # "the Agent of the Armenian Government, Lilit Hayrapetyan, told": Armenia
            namer._hold(words, office)
            return floor + cut + 1 + (len(inner[cut + 1:]) - len(inner[cut + 1:].lstrip())), office, "name"
        return Narrowed(name_end)
    return NOBODY


# A counsel's or a journalist's role, then her name, in an appositive after a description: "lawyer Farid Aslanov".
_ROLE_THEN_NAME = re.compile(rf"(?:(?:his|her|their|the|a)\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join(sorted(COUNSEL_NOUNS))}"
                             rf"|journalist|reporter|correspondent|analyst|researcher|expert)\s+"
                             rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})")
# A name and the body she is of: "Dr Anahit Sargsyan of the Institute for Humanitarian Law in Yerevan".
_NAME_OF_BODY = re.compile(rf"(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
                           rf"\s+(?:of|from|at)\s+(?:the\s+)?(?P<body>[A-Z][^,;:()]{{2,120}})")
_SCHOOLS = frozenset({"university", "college", "school", "academy"})


# "head of the Ministry's press service", "spokesperson of the Commission": a post in an institution the text
# named before by its full name.
_POST_OF_THE = re.compile(r"(?:the\s+)?(?:(?:deputy|acting)\s+)?(?:head|chief|director|chair(?:man|woman|person)?"
                          r"|spokes(?:man|woman|person)|press\s+secretary|secretary)\s+(?:of|at|for)\s+the\s+"
                          r"(?P<noun>Ministry|Commission|Committee|Office|Service|Agency|Court|Council|Delegation)"
                          r"(?:['’]s\s+[a-z][\w\s-]{0,40})?", re.IGNORECASE)


def _post_of_the_named(namer, words: str, offset: int) -> str | None:
    """The registered institution a post in "the Ministry" (or "the Ministry's press service") serves: the
    last one named before ``offset`` that the noun describes (hard case 12), else None."""
    m = _POST_OF_THE.fullmatch(words)
    found = namer.describe(m.group("noun"), offset) if m else None
    return found if found in namer.registry.actors and namer.registry[found].type != "person" else None


def colleague(namer, floor: int, end: int, segment: str):
    """"Foreign Minister Ararat Mirzoyan and the justice minister said": two officials of one government.

    Example:
        Foreign Minister Ararat Mirzoyan and the justice minister said the "captives" must come home.
    Yields: armenia
    Not:
        Ararat Mirzoyan and a reporter said the "captives" must come home.
    """
    colleague = _COLLEAGUE.search(segment)
    first = namer._registered_ending(max(floor, floor + colleague.start() - 160), floor + colleague.start()) \
        if colleague else None
    if first and namer.registry[first[1]].type == "person":
        state = namer.descriptions.state_of(first[1])
        if state:
            return namer._title_start(floor, first[0]), state, "name"
    return None


# "An adviser to President Aliyev", "a senior aide to the Armenian Prime Minister": an unnamed member of a
# leader's staff, the leader named after "to" or "for".
_AIDE_TO = re.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne)\s+(?:(?:senior|top|close|chief|foreign[- ]policy|deputy)\s+)*"
                      r"(?:adviser|advisor|aide|assistant)\s+(?:to|of)\s+(?:the\s+)?(?P<leader>[^,;:()\n]{2,60}?)\s*$")


def aide(namer, floor: int, end: int, segment: str):
    """"An adviser to President Aliyev said": an unnamed member of a registered leader's staff speaks in a post of
    the leader's government, so for the leader's State (hard case 12), not as the leader.

    Example:
        An adviser to President Aliyev said they were "terrorists".
    Yields: azerbaijan
    Not:
        President Aliyev said they were "terrorists".
    """
    m = _AIDE_TO.search(segment)
    leader = registry_module.resolve(m.group("leader"), namer.date, namer.registry, strict=True) if m else None
    if leader and namer.registry[leader].type == "person":
        state = namer.descriptions.state_of(leader)
        if state:
            return floor + m.start(), state, "description"
    return None


def on_behalf(namer, floor: int, end: int, segment: str):
    """"Speaking on behalf of the European Union, Anna Berg said", "For the ICRC, regional director Anna Berg said":
    an unregistered person who speaks on a registered institution's behalf is that institution (hard case 12); a
    registered person is herself.

    Example:
        Speaking on behalf of the European Union, Anna Berg said the "captives" must be freed.
    Yields: eu
    Not:
        Speaking on behalf of her family, Anna Berg said the "captives" must be freed.
    """
    m = _ON_BEHALF.search(segment)
    name = "name" if m and m.group("name") else "holder"
    if not m or namer._registered_ending(floor + m.start(name), floor + m.end(name)):
        return None
    body = registry_module.resolve(m.group("body") or m.group("for"), namer.date, namer.registry)
    if body and namer.registry[body].type != "person":
        namer._hold(m.group(name), body)
        return floor + m.start(name), body, "name"
    return None


def unnamed_post(namer, floor: int, end: int, segment: str):
    """"An Azerbaijani Foreign Ministry spokesperson responds", "The ICRC's head of delegation said": an
    unnamed official of a registered institution speaks for it (hard case 12), as does the head of its unit
    ("The head of the ICRC delegation said") and an official at the body a sentence opens at ("At the Ministry of
    Foreign Affairs, a Deputy Minister told us").

    Example:
        An Azerbaijani Foreign Ministry spokesperson said they were "terrorists".
    Yields: mfa_azerbaijan
    Not:
        A spokesperson said they were "terrorists".
    """
    at = _AT_BODY.search(segment)
    body = namer._registered_ending(floor + at.start("body"), floor + at.end("body")) if at else None
    if body and body[0] == floor + at.start("body") and namer.registry[body[1]].type != "person":
        # "At the ICRC, a spokesperson told us": an official of the body the sentence is set at
        return floor + at.start("post"), body[1], "description"
    organ = _post_in_unowned_organ(namer, f"of the {at.group('body')}", floor + at.start(), placed=True) \
        if at and not body and (re.fullmatch(_ORGANS, at.group("body")) or _AT_ORGAN.fullmatch(at.group("body"))) \
        else None
    if organ:  # "At the Ministry of Foreign Affairs, a Deputy Minister told the delegation" in Yerevan: mfa_armenia
        return floor + at.start("post"), organ, "description"
    post = _UNNAMED_POST.search(segment)
    body = namer._registered_ending(max(floor, floor + post.start() - 160), floor + post.start()) if post else None
    if body and namer.registry[body[1]].type != "person":
        return namer._title_start(floor, body[0]), body[1], "description"
    unit = _POST_OF.search(segment)
    body = namer._registered_ending(floor + unit.start("body"), floor + unit.end("body")) if unit else None
    if body and body[0] == floor + unit.start("body") and namer.registry[body[1]].type != "person":
        return floor + unit.start(), body[1], "description"  # "The head of the ICRC delegation said": the ICRC
    bare = _BARE_POST.search(segment)
    owner = namer.descriptions.previous_subject(floor + bare.start(1)) if bare else None
    if owner in namer.registry.actors and namer.registry[owner].type != "person":
        # "The Armenian Foreign Ministry told me it is not. A spokesman said ...": the institution the sentence
        # before opens with
        return floor + bare.start(1), owner, "description"
    return None


def national_organ(namer, floor: int, end: int, segment: str):
    """"an Azerbaijani court called him a saboteur", "a Russian diplomat said": that State (hard case 12);
    the registry names each State's officials by its adjective ("Azerbaijani officials").

    Example:
        An Azerbaijani court called him a "saboteur".
    Yields: azerbaijan
    Not:
        A court called him a "saboteur".
    """
    return _state_of(namer, _NATIONAL_ORGAN.search(segment), "adj", floor)


def _state_of(namer, m, group: str, floor: int):
    """The registered State that group ``group`` of the match ``m`` names, as a phrase form's answer, else None."""
    state = namer.descriptions.state_named(m.group(group)) if m else None
    return (floor + m.start(), state, "description") if state else None


# "the Embassy of Azerbaijan", "the Permanent Mission of the Republic of Armenia to the United Nations": a State's
# representation abroad.
_MISSION_OF = re.compile(rf"(?<![\w-])(?:[Tt]he\s+)?(?:Embassy|Permanent\s+Mission|Mission|Consulate(?:\s+General)?"
                         rf"|Permanent\s+Representation)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<state>{_NAME_WORD}"
                         rf"(?:\s+{_NAME_WORD})?)(?:\s+(?:to|in|at)\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})?\s*$")


def mission(namer, floor: int, end: int, segment: str):
    """"The Permanent Mission of Armenia to the United Nations said": the State it represents, not the body it is
    accredited to (hard cases 12 and 15: an unregistered organ of a registered State is that State).

    Example:
        The Permanent Mission of Armenia to the United Nations said they were "hostages".
    Yields: armenia
    Not:
        The Permanent Mission of Ruritania to the United Nations said they were "hostages".
    """
    return _state_of(namer, _MISSION_OF.search(segment), "state", floor)


def agent(namer, floor: int, end: int, segment: str):
    """"an officer told him": an agent of the detaining State (held-out 4 decision 7).

    Example:
        An investigator told him he was a "terrorist".
    Yields: azerbaijan
    Not:
        A neighbour told him he was a "terrorist".
    """
    m = namer.words.agent_before.search(segment)
    if m and m.group("agent").lower() in namer.implied:
        return floor + m.start(), namer.agent_of(m.group("agent"), floor + m.start()), "description"
    return None


def representative(namer, floor: int, end: int, segment: str):
    """"The representative of Azerbaijan said", then "The representative said": that State.

    Example:
        The representative of Azerbaijan took the floor. The representative said they were "terrorists".
    Yields: azerbaijan
    Not:
        The representative of the tenants said they were "terrorists".
    """
    rep = _REPRESENTATIVE.search(segment)
    if rep:
        state = namer.descriptions.represented(rep.group("state"), floor + rep.start())
        if state:
            return floor + rep.start(), state, "description"
    return None


def government_post(namer, floor: int, end: int, segment: str):
    """An unnamed post in a State's government: its ministry, or the State when the registry lists no
    such ministry (hard case 12), the State named in the post or by the sentence's place or paragraph; a
    deputy is never the registered minister, and a post a named minister fits is left to ``description``.

    Example:
        In Yerevan, the Deputy Minister of Foreign Affairs told me they were "captives".
    Yields: mfa_armenia
    Not:
        The Deputy Minister of Foreign Affairs told me they were "captives".
    """
    m = _GOVERNMENT_POST_BEFORE.search(segment)
    if not m:
        return None
    if "deputy" not in m.group("post").lower() and namer.describe(m.group("post").split()[-1], floor + m.start()):
        return None  # "Ararat Mirzoyan arrived. The Foreign Minister said": the minister named
    found = namer.descriptions.unnamed_post(m.group(), floor + m.start())
    return (floor + m.start(), found, "description") if found else None


# A State's organ named without its State: "The Office of the Prosecutor General informed me", "Officials of the
# Ministry of Defence told me", "the State Security Service said"; "the Ministry of Foreign Affairs", its ministry.
# (the organs, once: a State's executive organs a text names without their State)
_ORGANS = (r"Office\s+of\s+the\s+Prosecutor[ -]General|(?:Prosecutor[ -]General|General\s+Prosecutor)['’]s\s+Office"
           r"|Ministry\s+of\s+(?:Justice|Defen[cs]e|Internal\s+Affairs|the\s+Interior|Foreign\s+Affairs)"
           r"|(?:State\s+Security|Penitentiary|Migration|Border)\s+Service")
_UNOWNED_ORGAN = re.compile(r"(?<![\w-])(?:[Tt]he|[Oo]fficials?\s+(?:of|from)\s+the|[Aa]n?\s+(?:official|representative)"
                            rf"\s+(?:of|from)\s+the)\s+(?:{_ORGANS}|Investigative\s+Committee|National\s+Assembly)\s*$")


def state_organ(namer, floor: int, end: int, segment: str):
    """"Azerbaijan's State Security Service said": the State; an organ named without its State ("The Office of
    the Prosecutor General informed me" in a text set in Yerevan, "The National Assembly called on"), the State of
    its context (hard cases 12, 15 and 16: an unregistered organ of a State is that State), and "The Ministry of
    Foreign Affairs told me" that State's registered ministry.

    Example:
        Azerbaijan's State Security Service said they were "saboteurs".
    Yields: azerbaijan
    Not:
        The State Security Service said they were "saboteurs".
    """
    organ = namer.posts.state_organ(segment)
    if organ:
        return floor + organ[0], organ[1], "name"
    m = _UNOWNED_ORGAN.search(segment)
    if not m:
        return None
    # a State organ's own release calls itself so ("The Ministry of Defence recalls" on the ministry's site): the
    # publisher's State, whatever State the paragraph names
    own = next((namer.defined[w] for w in ("ministry", "office", "service", "committee", "assembly")
                if w in m.group().lower().split() and namer.defined.get(w) in namer.registry.actors
                and namer.registry[namer.defined[w]].office == "state"), None)
    state = own or namer.descriptions.context_state(floor + m.start())
    if state and not own and "Foreign" in m.group():  # "The Ministry of Foreign Affairs told me": its registered ministry
        state = namer.descriptions.state_office(state, "Foreign Ministry") or state
    return (floor + m.start(), state, "description") if state else None


# The head of a department with no owner named: "Head of the Consular Department", "Director of the Legal
# Department": a department of the ministry (or the office) whose own text this is.
_DEPARTMENT_HEAD = re.compile(r"(?:the\s+)?(?:Deputy\s+)?(?:Head|Director|Chief)\s+of\s+the\s+(?:[A-Z][\w-]*\s+){1,3}"
                              r"(?:Department|Division|Directorate|Unit|Section)")


def _department_head(namer, words: str) -> str | None:
    """The ministry or office a text is the own text of, for the head of a department in it (hard case 12), else
    None."""
    if not _DEPARTMENT_HEAD.fullmatch(words.strip()):
        return None
    return next((namer.defined[w] for w in ("ministry", "office") if namer.defined.get(w) in namer.registry.actors), None)


# A post in a State's organ named without its State: "Head of the Consular Department of the Ministry of Foreign
# Affairs", "an investigator of the State Security Service" (the State not named after it).
_ORGAN_IN_POST = re.compile(rf"\b(?:of|at|in)\s+the\s+(?:{_ORGANS})\b(?!\s+(?:of|in)\b)")


def _post_in_unowned_organ(namer, words: str, offset: int, placed: bool = False) -> str | None:
    """The actor a post in a State's organ named without its State speaks for (hard cases 12 and 15): the State
    of its context or of the text's own house or government, its registered foreign ministry for a post in "the
    Ministry of Foreign Affairs"; else None. ``placed``: a visit's sentence set at the organ ("At the Ministry of
    ..."), whose State may be the place its section heading names ("Meetings in Yerevan")."""
    m = _ORGAN_IN_POST.search(words) or (re.search(rf"\bof\s+the\s+(?:{_AT_ORGAN.pattern})", words) if placed else None)
    if not m:
        return None
    # ... else the State whose own text this is (its "Government", its house)
    state = namer.descriptions.context_state(offset, places=placed) or next(
        (namer.defined[w] for w in ("government", "house") if namer.defined.get(w) in namer.registry.actors
         and namer.registry[namer.defined[w]].office == "state"), None)
    if state and "Foreign" in m.group():
        return namer.descriptions.state_office(state, "Foreign Ministry") or state
    return state


def _one_person_office_before(namer, floor: int, end: int) -> str | None:
    """The one-person office written right before an appositive name ("Armenia's Human Rights Defender, Nune
    Sargsyan,": ``hrd_armenia``; the holder and her office are one speaker), else None."""
    found = next((span for span in reversed(namer.actor_spans) if floor <= span[0] and span[1] <= end
                  and not namer.text[span[1]:end].strip(" \t,")), None)
    if found and namer.registry[found[2]].role in ONE_PERSON:
        return found[2]
    return None

