"""The terms a text defines for its parties and its court: whom "the Government", "the applicant", "the
source" and "the Court" stand for in a judgment, an opinion or a decision (read before any sentence is
attributed; :func:`.rules.genre.structure` gives them to the namer).

>>> parties(doc, "Tadevosyan v. Azerbaijan")   # {"government": "azerbaijan", "applicant": "Vahagn Tadevosyan", ...}
>>> court_of(doc)                              # "echr_court"
"""
from __future__ import annotations

import re

from detentio.framing.speakers.cleaning import clean_name, normal_name
from detentio.framing.speakers.grammar import NAME_WORD

# A judgment summary that never names its court: a Strasbourg one has an applicant and a Convention
# article, an ICJ one Parties and provisional measures.
_ECHR_SIGNS = re.compile(r"\b(?:[Tt]he\s+applicants?|Application\s+no\.|Articles?\s+\d+(?:\s*§\s*\d+)?\s+of\s+the"
                         r"\s+(?:European\s+)?Convention|Chamber|Grand\s+Chamber)\b")
_ICJ_SIGNS = re.compile(r"\b(?:provisional\s+measures|the\s+Parties|Registry\s+of\s+the\s+Court|the\s+Applicant"
                        r"|the\s+Respondent)\b")


# A State's own court by its seat or its State: "Baku Court of Appeal", "Baku Military Court", "Armenian Court of
# Cassation".
_STATE_COURT = re.compile(rf"\b(?P<place>{NAME_WORD})(?:\s+(?:Military|Appeal|Appellate|Supreme|Constitutional|District"
                          r"|City|Regional|Grave\s+Crimes|Serious\s+Crimes|Anti-Corruption))?\s+Court\b")

# ... or the court of a State by its kind, then the State: "Constitutional Court of the Republic of Armenia".
_COURT_OF_STATE = re.compile(rf"\b(?:Constitutional|Supreme|Cassation|High|Military|Appeal|Appellate)\s+Court\s+of\s+"
                             rf"(?:the\s+)?(?:Republic\s+of\s+)?(?P<place>{NAME_WORD})")


def court_of(doc, publisher: str | None = None, outlet: str | None = None) -> str | None:
    """The court a judgment or its summary is of: the court that publishes it (``publisher``, an actor id),
    else a State's own court its heading names (as that State), else an unregistered court that publishes it
    (``outlet``, by its name: "Supreme Court of Norway"), else a registered one its heading names, else the first
    the text names, else the one its words imply (an ICJ judgment may name the Strasbourg court before itself)."""
    if publisher in doc.registry.actors and doc.registry[publisher].role == "court":
        return publisher
    courts = [(s, actor) for s, _e, actor, _ in doc.namer.actor_spans if doc.registry[actor].role == "court"]
    heading = doc.paragraphs[doc.body_paragraphs[min(2, len(doc.body_paragraphs) - 1)]].end if doc.body_paragraphs else 0
    from detentio.framing import actors as registry_module  # (imported here, as below: no cycle at load)
    for m in [*_STATE_COURT.finditer(doc.text, 0, heading), *_COURT_OF_STATE.finditer(doc.text, 0, heading)]:
        # "Baku Court of Appeal upholds sentences": a summary of a State's own court's ruling, whose "the Court" is
        # that State (hard case 16), whatever court it cites later
        state = registry_module.state_named(m.group("place"), doc.published, doc.registry)
        if state and not any(s <= m.start() < e and doc.registry[a].role == "court" for s, e, a, _ in doc.namer.actor_spans):
            return state
    if outlet and _COURT_NAME.fullmatch(outlet) and not any(
            w in doc.words.state_places or registry_module.state_named(w, doc.published, doc.registry)
            for w in re.findall(r"[A-Z][\w’'-]+", outlet)):
        # its own release's "the Court", whichever court it cites (a registered State's own court, "Baku Military
        # Court", "Gyumri Administrative Court", is read as its heading names it, above)
        return outlet
    named = [actor for s, actor in courts if s < heading] or [actor for _s, actor in courts]
    if named:
        return named[0]
    for signs, actor in ((_ECHR_SIGNS, "echr_court"), (_ICJ_SIGNS, "icj")):
        if signs.search(doc.text) and actor in doc.registry.actors:
            return actor
    return None


# A court's own name: "Supreme Court of Norway", "Borgarting Court of Appeal", "Oslo District Court" (not a bulletin or a
# watch named after courts: "Court Bulletin").
_COURT_NAME = re.compile(r"(?:[A-Z][\w’'-]*[ \t]+){0,4}(?:Court|Tribunal)(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*"
                         r"(?:[ \t]+[A-Z][\w’'-]*){0,3})?")
# "Tadevosyan v. Azerbaijan", "Vahagn TADEVOSYAN against Azerbaijan": a case's applicant and respondent.
_CASE = re.compile(rf"(?P<applicant>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}?)(?:[ \t]+and[ \t]+Others)?\s+"
                   rf"(?:v\.?|against)\s+(?P<respondent>{NAME_WORD})")


def parties(doc, title: str | None = None) -> dict[str, str]:
    """What a judgment's own terms stand for: "the Government" is the respondent State (the one "X v. State"
    names), "the applicant" the one applicant it names; "the applicants" stay as written."""
    found: dict[str, str] = {}
    plural = "the applicants" in doc.text.lower()
    m = _CASE.search(title or "") or _CASE.search(doc.text, 0, min(len(doc.text), 600))
    if not m:
        # a release on many cases names no one case: "the applicants" are still the parties, as written
        return {"applicants": "the applicants"} if plural else found
    found.update(_respondent(doc, m))
    applicant_state = _party_state(doc, m.group("applicant"))
    if applicant_state:
        # an inter-State case ("Armenia v. Azerbaijan"): "the applicant Government" is the applicant State, and
        # the ICJ's "the Applicant" and "the Respondent" are the two States
        found["applicant government"] = found["applicant state"] = found["applicant"] = applicant_state
        if "government" in found:
            found["respondent"] = found["government"]
        return found
    if plural:
        found["applicants"] = "the applicants"
    elif not m.group().rstrip().endswith("Others"):
        name = clean_name(normal_name(_CASE_OF.sub("", m.group("applicant"))), doc.words)
        if name and name not in doc.registry.actors:
            found["applicant"] = doc.namer.unregistered(name, len(doc.text)) or name
    return found


# "CASE OF Tadevosyan", "In the case of ...": the heading's words before a party's name.
_CASE_OF = re.compile(r"^(?:CASE\s+OF|Case\s+of|In\s+the\s+case\s+of)\s+")


def _party_state(doc, party: str) -> str | None:
    """The registered State a party of "X v. Y" names ("Armenia", "CASE OF ARMENIA"), else None."""
    from detentio.framing import actors as registry_module

    state = registry_module.resolve(normal_name(_CASE_OF.sub("", party)), doc.published, doc.registry, strict=True)
    return state if state and doc.registry[state].office == "state" else None


def _respondent(doc, case: re.Match) -> dict[str, str]:
    """"the Government" and its synonyms for the State a case's "X v. State" names as respondent; empty when that
    is no registered State."""
    state = _party_state(doc, case.group("respondent"))
    return {"government": state, "respondent government": state, "respondent state": state} if state else {}


# A decision's head naming its parties in fields: "Appellant: [anonymised], national of Azerbaijan",
# "Respondent: The Minister for Justice".
# ... and a treaty body's Views: "Communication submitted by: Anahit Mkrtchyan (represented by counsel, ...)" is
# "the author", "State party: Azerbaijan" the State party.
_PARTY_FIELD = re.compile(r"^[ \t]*(?P<role>Appellant|Applicant|Claimant|Petitioner|Respondent|Defendant|Complainant"
                          r"|State[ \t]+party|Communication[ \t]+submitted[ \t]+by|Submitted[ \t]+by)[ \t]*:[ \t]*"
                          r"(?P<value>[^\n]{2,120}?)[ \t]*$", re.MULTILINE)
_FIELD_TERMS = {"communication submitted by": "author", "submitted by": "author"}


def head_parties(doc) -> dict[str, str]:
    """What "the appellant" and "the respondent" stand for in a decision whose head names its parties in
    fields: the party the field names (a registered one by its id, "The Minister for Justice" as "Minister for
    Justice"), and an anonymised one as the text calls it ("the appellant"). Empty when the head has no such field."""
    from detentio.framing import actors as registry_module

    found: dict[str, str] = {}
    for m in _PARTY_FIELD.finditer(doc.text, 0, min(len(doc.text), 2000)):
        role = re.sub(r"\s+", " ", m.group("role").lower())
        role = _FIELD_TERMS.get(role, role)
        value = re.split(r",[ \t]|;|[ \t]*\(", m.group("value"))[0].strip().rstrip(".")
        value = re.sub(r"^(?:The|the)[ \t]+", "", value)
        if not value[:1].isupper():  # "[anonymised]": no name the text speaks by
            found.setdefault(role, f"the {role}")
            continue
        party = registry_module.resolve(registry_module.short_style(value), doc.published, doc.registry, strict=True)
        # initials alone ("A.B.") are as anonymous as brackets: the party as the text calls it
        found.setdefault(role, party or (f"the {role}" if re.fullmatch(r"(?:[A-Z]\.[ \t]*){1,4}", value) else value))
    return found


def interstate_parties(doc, title: str | None = None) -> dict[str, str]:
    """What "the Applicant" and "the Respondent" stand for in a pleading or any other text filed in an inter-State
    case its heading names ("... (Armenia v. Azerbaijan)"): the two States, as in the case's judgment. Empty when
    the heading names no case between two registered States."""
    m = _CASE.search(title or "") or _CASE.search(doc.text, 0, min(len(doc.text), 600))
    applicant, respondent = (_party_state(doc, m.group("applicant")), _party_state(doc, m.group("respondent"))) \
        if m else (None, None)
    if not (applicant and respondent):
        return {}
    return {"applicant": applicant, "applicant state": applicant, "applicant government": applicant,
            "respondent": respondent, "respondent state": respondent, "respondent government": respondent}


# An application's number in a heading: "Application no. 40517/21", "Applications nos. 1/21 and 2/21", and as a
# citation gives it ("App no 43512/21", OSCOLA's form).
_APPLICATION = re.compile(r"\b(?:[Aa]pplications?|[Aa]pps?\.?|[Aa]ppl\.)\s+(?:no|nos|No|Nos)\.?\s*\d")


def parties_of_submission(doc, title: str | None = None) -> dict[str, str]:
    """What "the Government" and "the Applicant" stand for in a text filed in a case its heading names by
    application number ("Application no. 40517/21, Avagyan and Others v. Azerbaijan: observations in reply", a
    lawyer's letter to the Registry, an expert's report): the parties, as in the case's judgment. Empty when the
    heading names no such case."""
    if not (_APPLICATION.search(title or "") or _APPLICATION.search(doc.text, 0, 1500)):
        return {}
    case = _CASE.search(title or "") or _CASE.search(doc.text, 0, 600)
    return parties(doc, title) if case else {}


# "Opinion No. 12/2024 concerning Davit Sargsyan (Azerbaijan)": a UN opinion or decision on one State.
# "concerning Armen Galoyan, Davit Hambardzumyan and Gor Ohanyan (Azerbaijan)": one or more people, then the State.
_CONCERNING = re.compile(rf"\bconcerning\s+(?:(?:{NAME_WORD}|and|,)[ \t]*){{1,16}}\((?P<state>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})\)")


def concerned_state(doc, title: str | None = None) -> dict[str, str]:
    """What "the Government" stands for in an opinion on one State ("Opinion No. 12/2024 concerning X
    (Azerbaijan)"): that State, as the respondent is in a judgment; and "the source", the other party.
    Empty when the heading is no such opinion's."""
    m = _CONCERNING.search(title or "") or _CONCERNING.search(doc.text, 0, min(len(doc.text), 400))
    if not m:
        return {}
    from detentio.framing import actors as registry_module

    state = registry_module.resolve(m.group("state"), doc.published, doc.registry, strict=True)
    # "the source" the opinion never names is a party all the same: the text's own term (a named source,
    # "X (the source)", is set by defined_terms and comes first)
    found = {"source": "the source"}
    return {"government": state, **found} if state and doc.registry[state].office == "state" else found


# "the Yerevan Legal Aid Centre (the source)", "Ms Petrosyan (“the applicant”)": a term a text defines.
_DEFINES = re.compile(rf"(?P<name>{NAME_WORD}(?:[ \t]+(?:of[ \t]+|for[ \t]+|the[ \t]+)?{NAME_WORD}){{0,6}})[ \t]*\("
                      r"(?:hereinafter[ \t]+)?[\"“]?the[ \t]+(?P<term>[A-Za-z][a-z]+(?:[ \t][a-z]+)?)[\"”]?\)")


# "the submissions of the complainant, the Legal Path Foundation, dated ...": a party's term with its name in
# apposition (the party terms of a complaint or a communication only: any noun so followed is no definition).
_APPOSED = re.compile(rf"\b[Tt]he[ \t]+(?P<term>complainants?|source|petitioners?|claimants?),[ \t]+"
                      rf"(?P<name>(?:the[ \t]+)?{NAME_WORD}(?:[ \t]+(?:of[ \t]+|for[ \t]+|the[ \t]+|and[ \t]+)*{NAME_WORD}){{0,6}})"
                      r"[ \t]*[,;.)]")

# "Caller: Karine Avetyan (mother), Vanadzor" among a file's head fields: the party's role word, her name after it
# ("Caller says her son ..." is hers).
_FIELD_DEFINES = re.compile(rf"(?m)^[ \t]*(?P<term>Caller|Client|Interviewee|Complainant|Applicant|Petitioner|Declarant)"
                            rf"[ \t]*:[ \t]*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})(?=[ \t]*[,(;\n]|[ \t]*$)")


# A relative the writer names in apposition: "my grandmother, Zhenya Poghosyan (born 1956)", "my father, Aram
# Sargsyan,". The words the writer calls her by after it: the kin word and its familiar forms.
_KIN = re.compile(rf"\b[Mm]y[ \t]+(?P<term>grandmother|grandfather|mother|father)[ \t]*,[ \t]+"
                  rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})\b")
_FAMILIAR = {"grandmother": ("grandmother", "grandma", "granny", "nana"), "grandfather": ("grandfather", "grandpa"),
             "mother": ("mother", "mum", "mom", "mama"), "father": ("father", "dad", "papa")}


def defined_terms(doc) -> dict[str, str]:
    """The terms a text defines for a speaker in brackets ("the Yerevan Legal Aid Centre (the source)"), in
    apposition ("the complainant, the Legal Path Foundation,") or in a file's head field ("Caller: Karine
    Avetyan"): the term stands for that speaker wherever the text uses it ("The source submits that ..."), as a
    judgment's "the Government" stands for the respondent."""
    from detentio.framing import actors as registry_module

    found: dict[str, str] = {}
    for m in _KIN.finditer(doc.text, 0, min(len(doc.text), 4000)):
        # "my grandmother, Zhenya Poghosyan": she is "Grandma" and "my grandmother" in the rest of the text
        name = clean_name(m.group("name"), doc.words)
        for term in _FAMILIAR[m.group("term").lower()] if name else ():
            found.setdefault(term, name)
    for m in [*_DEFINES.finditer(doc.text, 0, min(len(doc.text), 4000)),
              *_APPOSED.finditer(doc.text, 0, min(len(doc.text), 4000)),
              *_FIELD_DEFINES.finditer(doc.text, 0, min(len(doc.text), 1500))]:
        name = re.sub(r"^(?:The|the)[ \t]+", "", m.group("name"))
        speaker = registry_module.resolve(name, doc.published, doc.registry, strict=True) \
            or clean_name(name, doc.words)
        if speaker and m.group("term").lower() not in found:
            found[m.group("term").lower()] = speaker
    return found


# "the Republic of Arzen ("Arzen")", "the Caspian Rights Monitor (CRM)", "... (hereinafter “CRM”)": a short name a
# text gives a party after its full name, to speak of it by from then on.
_SHORT = re.compile(rf"(?P<name>{NAME_WORD}(?:[ \t]+(?:(?:of|for|on|and|the)[ \t]+)*{NAME_WORD}){{1,8}})[ \t]*\("
                    r"(?:hereinafter[ \t]+(?:referred[ \t]+to[ \t]+as[ \t]+)?)?"
                    rf"(?:[\"“](?P<quoted>{NAME_WORD}(?:[ \t]+{NAME_WORD})?)[\"”]|(?P<acronym>[A-Z]{{2,8}}))\)")
# a text may scan this far for its short names (a definition comes before its use, and a long text is bounded)
_SHORT_SCAN = 60_000


def short_names(doc) -> dict[str, str]:
    """The short names a text defines for its parties, and the full names they stand for, each mapped to the
    speaker it is: a registered actor by its id; else the name the text goes on to use ("Arzen" for "the
    Republic of Arzen ("Arzen")"), except an acronym, which stands for the full name ("CRM" and "Caspian Rights
    Monitor" are "Caspian Rights Monitor"). A short name that is a common word of the text's own ("the
    Committee", "the State") is left to the description rules."""
    from detentio.framing import actors as registry_module

    found: dict[str, str] = {}
    for m in _SHORT.finditer(doc.text, 0, min(len(doc.text), _SHORT_SCAN)):
        full = clean_name(re.sub(r"^(?:The|the)[ \t]+", "", m.group("name")), doc.words)
        short = m.group("quoted") or m.group("acronym")
        if not full or " " not in full or short in found or short.lower() in doc.words.institution_words \
                or short.lower() in doc.words.not_names:
            continue
        speaker = registry_module.resolve(full, doc.published, doc.registry, strict=True) \
            or registry_module.resolve(short, doc.published, doc.registry, strict=True) \
            or (full if m.group("acronym") or short.isupper() else short)
        found.setdefault(short, speaker)
        found.setdefault(full, speaker)
    for short, speaker in abbreviations(doc).items():
        found.setdefault(short, speaker)
    return found


# A list of abbreviations, one a line, each before the name it stands for: a summary's annex of the stakeholders it
# cites ("AI      Amnesty International, London (United Kingdom)", "JS7     Joint submission 7 submitted by: ..."),
# a report's list of abbreviations.
_ABBREVIATION_LINE = re.compile(r"(?m)^[ \t]*(?P<short>[A-Z][A-Z0-9]{1,7})[ \t]+(?P<full>[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+)+)"
                                r"[^\n]*$")


def abbreviations(doc) -> dict[str, str]:
    """Each abbreviation a list of three or more (one a line) defines, mapped to the registered actor its full name
    is ("AI": amnesty), else to itself: the text speaks of an unregistered stakeholder by it ("JS7", "CLDC")."""
    from detentio.framing import actors as registry_module

    lines = list(_ABBREVIATION_LINE.finditer(doc.text))
    runs, run = [], []
    for m in lines:  # consecutive lines only: a list, not a paragraph that opens with an acronym
        if run and doc.text[run[-1].end():m.start()].count("\n") > 1:
            runs.append(run)
            run = []
        run.append(m)
    runs.append(run)
    found: dict[str, str] = {}
    for m in (m for run in runs if len(run) >= 3 for m in run):
        full = re.split(r"\s*(?:,|\(|\bsubmitted\b)", m.group("full"))[0]
        found.setdefault(m.group("short"), registry_module.resolve(full, doc.published, doc.registry, strict=True)
                         or registry_module.resolve(m.group("short"), doc.published, doc.registry, strict=True)
                         or m.group("short"))
    return found
