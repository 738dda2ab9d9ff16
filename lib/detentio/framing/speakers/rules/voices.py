"""Rules of a document's own voice: who speaks what no one in it is named for.

A registered organisation that publishes its own text (an NGO's report, a court's release, a treaty body's
observations) speaks it by its id (``report_voice``); an unregistered public body by its name; an organ of a
registered State, its parliament and its own courts included, as that State (GUIDELINES hard cases 15 and 16);
a signed opinion piece, a letter or a signed section is its author's (``author_voice``). The layout stage
(:func:`.genre.structure`) asks :func:`organisation`, :func:`public_body` and :func:`state_organ` who the
publisher is before it reads the turns.
"""
from __future__ import annotations

import re
from functools import lru_cache

from detentio.framing import actors as registry_module
from detentio.framing.speakers import houses, motions
from detentio.framing.speakers.rules import authored, dated_entries, fundraising, headed_notes, programmes
from detentio.framing.speakers.cleaning import clean_name, normal_name
from detentio.framing.speakers.grammar import NAME_WORD
from detentio.framing.speakers.organs import ORGAN_OF, organ_of


def organisation(doc, who) -> str | None:
    """A registered organisation that publishes the text itself (an NGO, the ICRC, a court, an
    ombudsperson, a treaty body): its report is in its own voice, not a news outlet's."""
    outlet = (who.outlet or "")[len("outlet:"):]
    for name in (outlet, who.front.get("author") or ""):
        found = _registered(name, doc.registry) if name else None
        # ... and a State's own organ that the registry lists under the State ("U.S. Department of State" is
        # usa): the State's narration (hard case 15)
        if found and (doc.registry[found].role in _OWN_VOICE or doc.registry[found].office == "state"):
            return found
        # a public body in its State's formal style ("State Commission ... of the Republic of Azerbaijan"), or the
        # State itself ("Republic of Armenia" filing a pleading)
        found = _registered(registry_module.short_style(name), doc.registry) if name and not found else found
        if found and (_own_body(doc.registry[found]) or doc.registry[found].office == "state"):
            return found
        # "ICRC in Armenia (social media)": an organisation's office in a country, or one of its accounts
        local = _LOCAL_ACCOUNT.sub("", name) if name else ""
        found = _registered(local, doc.registry) if local and local != name else None
        if found and doc.registry[found].role in _OWN_VOICE and doc.registry[found].office != "state":
            return found
        # "Government of Armenia, Family Support Hotline": a unit named after the body it belongs to is that body
        head = name.split(",")[0].strip() if "," in name else ""
        found = (_registered(head, doc.registry) or _registered(registry_module.short_style(head), doc.registry)) \
            if head else None
        if found and (doc.registry[found].role in _OWN_VOICE or doc.registry[found].office == "state"):
            return found
        # "Registry of the European Court of Human Rights": a court's registry issues its releases in the court's
        # name; "Press Service of the State Commission on ...": any registered public body's press service publishes
        # in that body's name (hard case 15)
        office = _OFFICE_OF.fullmatch(name) if name else None
        found = _registered(office.group("body"), doc.registry) if office else None
        court_only = office is not None and office.group("registry")
        if found and (doc.registry[found].role == "court" if court_only else _own_body(doc.registry[found])):
            return found
    return None


_OFFICE_OF = re.compile(r"(?:[Tt]he\s+)?(?:(?P<registry>Registry|Registrar)|Press\s+(?:Service|Office|Unit)"
                        r"|Media\s+Office)\s+of\s+(?P<body>.+)")


# What an organisation's local office or account adds to its name: a note in brackets, "(delegation) in Armenia".
_LOCAL_ACCOUNT = re.compile(r"(?:\s*\([^()\n]{1,40}\))?(?:\s+(?:delegation\s+)?in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
                            r"(?:\s*\([^()\n]{1,40}\))?\s*$")


def _own_body(actor) -> bool:
    """A registered public body that is neither a State nor a person nor the press (Azerbaijan's State
    Commission): its own statement is its own (hard case 15)."""
    return actor.type != "person" and actor.office != "state" and actor.role not in ("media", None)


# An unregistered publisher that is a public body ("Committee against Torture") speaks in its own name,
# as a registered one speaks by its id; a newspaper or an NGO stays ``outlet:<name>``.
_PUBLIC_BODY = re.compile(r"\b(?:Committee|Commission|Commissioner|Court|Council|Parliament|Assembly|Majlis|Ministry|Tribunal|Defender"
                          r"|Ombudsman|Ombudsperson|Rapporteur|Working\s+Group|Special\s+Procedures"
                          # a government's department ("Foreign, Commonwealth and Development Office", "HM Government"),
                          # not any office ("Communications Office of the Armenian Church Diocese")
                          r"|(?:Foreign|Home|Cabinet|Presidential|Prime\s+Minister['’]s)\b[\w ,&’'-]{0,60}\bOffice"
                          r"|Department|Government"
                          # a town's own body ("Alfortville Municipal Library", "Municipality of Goris")
                          r"|Municipal|Municipality"
                          # an intergovernmental organisation's office the registry does not list ("OSCE/ODIHR")
                          r"|OSCE|ODIHR|Office\s+for\s+Democratic\s+Institutions"
                          # a group of a parliament's members ("Ireland-Armenia Parliamentary Friendship Group",
                          # "All-Party Parliamentary Group on Armenia"): the house's own body
                          r"|(?:Parliamentary|All-Party)\b[\w ,&’'-]{0,40}\bGroup"
                          # a parliament's library ("House of Commons Library", "Library of Congress"): the house's
                          # own organ
                          r"|(?:House\s+of\s+(?:Commons|Lords|Representatives)|Parliamentary|Parliament|Congressional|Senate)"
                          r"\s+Library|Library\s+of\s+Congress"
                          # a house itself ("House of Lords" publishing its Hansard) and its research service, which
                          # speaks for no party but is the house's organ ("European Parliamentary Research Service")
                          r"|House\s+of\s+(?:Commons|Lords|Representatives)|Senate|Bundestag"
                          r"|(?:Parliamentary|Parliament|Congressional)\s+Research\s+Service)\b")
# (a research service's "Service" is no news service's)
_HOUSE_SERVICE = re.compile(r"\b(?:Parliamentary|Parliament|Congressional)\s+Research\s+Service\b")
# An event or a contest is no organ of anyone, whatever its name holds: "Caucasus IHL Moot Court Competition", "Yerevan
# Human Rights Film Festival", "Council of Europe Conference ...", and nor is a group that watches one ("Caucasus Court
# Watch", "Trial Watch"), nor a council of faiths ("Lakeshore Interfaith Council", "Council of Churches").
_NOT_AN_ORGAN = re.compile(r"\b(?:Moot|Competition|Festival|Conference|Prize|Award|Club|Watch|Interfaith|Inter-faith"
                           r"|Faiths?|Churches|Church|Diocese|Mosques?|Synagogues?|Religious"
                           # ... and a council or tribunal of citizens, families or veterans ("Shirak Families' Council",
                           # "Citizens' Tribunal on Conflict Detainees"): people gathered, no organ of anyone (the
                           # possessive only: a "State Committee for Family, Women and Children Affairs" is an organ)
                           r"|Families['’]|Parents['’]|Mothers['’]|Relatives['’]|Veterans['’]|Citizens['’]"
                           r"|Peoples?['’]s?"
                           # ... nor a commission of jurists or lawyers: a professional body, no State's
                           r"|Jurists|Lawyers|Advocates)(?!\w)")
# The UN's independent experts publish as "Special Procedures" and call themselves "the experts" ("UN experts
# today urged ...").
SPECIAL_PROCEDURES = re.compile(r"\bSpecial\s+(?:Procedures|Rapporteurs?)\b")


_MEDIA = re.compile(r"\b(?:Reporter|Record|Records|Review|Digest|Bulletin|News|Times|Daily|Wire|Journal|Monitor"
                    r"|Gazette|Courier|Post|Herald|Weekly|Verbatim|Archive|Press|Radio|TV|Desk|Live|Magazine|Service)\b")


# The nouns a body calls itself by in its own text ("The Office", "the Committee").
_OWN_WORDS = "Office|Committee|Commission|Organisation|Organization|Service|Assembly|Ministry"
OWN_NOUNS = re.compile(rf"\b({_OWN_WORDS})\b")
# ... and, for an unregistered publisher, the nouns its name ends its kind with as well ("European Defence Lawyers'
# Association": "The Association notes that ...", "Homeward Campaign": "the Campaign").
_PUBLISHER_NOUN = re.compile(rf"\b({_OWN_WORDS}|Association|Council|Centre|Center|Foundation|Network|Campaign|Institute"
                             r"|Society|Union|Coalition|Project|Initiative|Alliance|Federation|Movement|Chamber|Fund"
                             r"|Trust|Observatory|Clinic|Bar|Mission|Group)\b")


def state_voices(doc, publisher: str | None) -> list[tuple[int, int]]:
    """Where a State a text names alone by its short name speaks ("Germany said that ..."): outside quotations in a
    summary record, or in a meeting summary an intergovernmental organisation publishes, which gives States the
    floor (``publisher``: the registered organisation publishing, if any); nowhere else (a State named alone in a
    minister's words is her own, in a news story often a place)."""
    if doc.layout.name != "summary_record" and not (publisher and doc.registry[publisher].role
                                                    == "international_organisation"):
        return []
    edges = [0] + [edge for i, q in enumerate(doc.quotes) if doc.outer[i] is None for edge in (q.start, q.end)]
    return list(zip(edges[::2], edges[1::2] + [len(doc.text)]))


def publisher_noun(who) -> str | None:
    """The noun an unregistered publisher other than the press calls itself by in its own text (the last of
    ``_PUBLISHER_NOUN`` in its name, in lower case), else None."""
    outlet = (who.outlet or "")[len("outlet:"):]
    nouns = _PUBLISHER_NOUN.findall(outlet) if outlet and not _MEDIA.search(outlet) else []
    return nouns[-1].lower() if nouns else None


def own_terms(doc, who, publisher: str | None, assembly: str | None) -> dict[str, str]:
    """The words a publisher calls itself by in its own text, and whom they stand for: a registered body's own
    nouns ("The Office welcomes" in the Defender's text), an unregistered publisher's kind ("The Association
    notes"), the UN experts' "the experts", and the body that adopted a decision its publisher prints ("Decision
    adopted by consensus by the Committee on the Human Rights of Parliamentarians": "The Committee").
    ``assembly`` is the unregistered publisher's name when it is a public body (:func:`public_body`)."""
    if publisher:
        names = " ".join([doc.registry[publisher].name, *doc.registry[publisher].aliases])
        return {noun.lower(): publisher for noun in OWN_NOUNS.findall(names)}
    found: dict[str, str] = {}
    body = None if assembly else adopting_body(doc, who)
    if body:
        found[body.split()[0].lower()] = body
    noun = publisher_noun(who)
    if noun:  # "The Association notes that ..." in the association's own statement: its publisher's voice
        found.setdefault(noun, assembly or who.outlet)
    if assembly and SPECIAL_PROCEDURES.search(assembly):
        for term in ("experts", "un experts"):  # "UN experts today urged" in their own release
            found.setdefault(term, assembly)
    return found


# The body whose decision a publisher prints, named in its head: "Decision adopted by consensus by the Committee on
# the Human Rights of Parliamentarians at its 177th session", "Resolution adopted by the Governing Council on ...".
_ADOPTED_BY = re.compile(r"\b(?:Decision|Resolution|Recommendation|Opinion)s?[ \t]+adopted[ \t]+(?:unanimously[ \t]+|by[ \t]+"
                         r"consensus[ \t]+)?by[ \t]+the[ \t]+(?P<body>(?:Committee|Council|Commission|Working[ \t]+Group)"
                         r"(?:[ \t]+(?:on|of|for|against|the|and|[A-Z][\w-]*)){1,10}?)(?=[ \t]+(?:at|on|in|under|during)[ \t]"
                         r"|[ \t]*[,.;(\n])")


def adopting_body(doc, who) -> str | None:
    """The body its head says adopted the decision an unregistered publisher that is no public body prints (the
    Inter-Parliamentary Union's Committee on the Human Rights of Parliamentarians), else None: the decision is
    that body's voice, by its name (hard case 15)."""
    outlet = (who.outlet or "")[len("outlet:"):]
    if not outlet or public_body(who) or _MEDIA.search(outlet):
        return None
    m = _ADOPTED_BY.search(doc.text, 0, min(len(doc.text), 1500))
    return m.group("body") if m and m.group("body").split()[-1][:1].isupper() else None


def public_body(who) -> str | None:
    """The publisher's name when it is an unregistered public body ("Committee against Torture"); None for the
    press, and for a body the text itself calls a charity or an NGO ("the Canadian Armenian Rights Council, a
    registered charity"): a council of citizens is no organ of anyone (hard case 15)."""
    outlet = (who.outlet or "")[len("outlet:"):]
    if not outlet or not _PUBLIC_BODY.search(outlet) or _MEDIA.search(_HOUSE_SERVICE.sub("", outlet)) \
            or _NOT_AN_ORGAN.search(outlet):
        return None
    private = re.search(rf"{re.escape(outlet)}\)?,?\s+(?:is\s+)?(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{_PRIVATE}",
                        who.doc.text)
    return None if private else outlet


# What a text calls a private body that publishes it ("a registered charity", "an independent non-profit
# organisation", "a diaspora organisation").
_PRIVATE = (r"(?:charity|non-?profit|not-for-profit|non-governmental|NGO|association|foundation|advocacy\s+group"
            r"|diaspora\s+(?:organi[sz]ation|group)|human\s+rights\s+(?:organi[sz]ation|group)|civil\s+society)\b")


# A State's own court named as a publisher: its city or the State's adjective first, or the State after "of".
_NATIONAL_COURT = re.compile(rf"(?:[Tt]he\s+)?(?P<place>{NAME_WORD})?(?:\s+{NAME_WORD}){{0,3}}?\s*\b(?:Court|Tribunal)\b"
                             rf"(?:\s+of\s+(?:[A-Z][a-z]+\s+)?(?:of\s+)?(?:the\s+)?(?:Republic\s+of\s+)?(?P<state>{NAME_WORD}))?")


_PRESS_SERVICE_OF = re.compile(r"^(?:Press|Information|Media)[ \t]+(?:Service|Office|Centre|Center)[ \t]+of[ \t]+(?:the[ \t]+)?")


def state_organ(doc, who) -> tuple[str, str] | None:
    """``(State, the organ's noun)`` when the text's publisher is an organ of a registered State the registry
    does not list ("Prosecutor General's Office of the Republic of Azerbaijan": azerbaijan, "office"); an
    unregistered organ of a State speaks for it (held-out 3 decision 5, GUIDELINES hard case 15)."""
    outlet = (who.outlet or "")[len("outlet:"):]
    if not outlet or _registered(outlet, doc.registry):
        return None
    bare = _PRESS_SERVICE_OF.sub("", outlet)  # "Press Service of the Baku Military Court": the court's own office
    return _organ_named(doc, bare) or (_organ_named(doc, outlet) if bare != outlet else None) \
        or _under_parent(doc, outlet) or _placed(doc, outlet)


def _placed(doc, outlet: str) -> tuple[str, str] | None:
    """A State organ by its own name that names no State ("State Employment Agency, Syunik Regional Centre"), whose
    name or head lines (the text's first three) name places of one registered State only (lexicon
    ``state_places``): that State, the organ's noun; else None."""
    own = ORGAN_OF.match(outlet)
    if not own or own.group("state") or not outlet.startswith("State "):
        return None
    head = " ".join([outlet] + [doc.text[doc.paragraphs[n].start:doc.paragraphs[n].end] for n in doc.body_paragraphs[:3]])
    states = {doc.words.state_places[w] for w in re.findall(r"[A-Z][a-z]+(?:[ \t]+Dzor)?", head)
              if w in doc.words.state_places}
    return (states.pop(), own.group("noun").lower()) if len(states) == 1 else None


def _under_parent(doc, outlet: str) -> tuple[str, str] | None:
    """An office that names no State, under its State's ministry in the text's first lines ("MINISTRY OF JUSTICE OF
    THE REPUBLIC OF ARMENIA" over the "Civil Status Registration Office, Gyumri Division" that publishes): the
    ministry's State, the office's noun; else None. A place of custody counts as an office under a ministry's
    service ("Investigative Isolator No. 4, Baku" under "PENITENTIARY SERVICE OF THE MINISTRY OF JUSTICE OF THE
    REPUBLIC OF AZERBAIJAN")."""
    own = ORGAN_OF.match(outlet)
    custody = None if own else _CUSTODY_PLACE.match(outlet)
    if not (own or custody) or own and own.group("state"):
        return None
    for n in doc.body_paragraphs[:3]:
        line = doc.text[doc.paragraphs[n].start:doc.paragraphs[n].end].strip()
        name = normal_name(line) if line.isupper() else line
        parent = organ_of(doc, name) if len(line) <= 100 else None
        if parent and (parent[1] == "ministry" or custody and re.search(r"\bMinistry\s+of\b", name)):
            return parent[0], (own or custody).group("noun").lower()
    return None


# A place of custody named as a publisher: "Investigative Isolator No. 4, Baku", "Penitentiary Institution No. 12".
_CUSTODY_PLACE = re.compile(r"(?:[A-Z][\w-]*[ \t]+){0,2}(?P<noun>Isolator|Prison|Penitentiary[ \t]+Institution"
                            r"|Correctional[ \t]+Colony|Remand[ \t]+Cent(?:re|er)|Detention[ \t]+(?:Cent(?:re|er)|Facility))"
                            # (the place itself, not a body named after it: "South Caucasus Prison Watch")
                            r"(?=$|[ \t]+No\b|,)")


def _organ_named(doc, outlet: str) -> tuple[str, str] | None:
    """:func:`state_organ` for a publisher's name ``outlet``."""
    house = houses.house_state(doc, outlet) if HOUSE_NOUN.search(outlet) else None
    if house:  # "National Assembly of the Republic of Armenia": a legislative organ (hard case 16)
        return house, HOUSE_NOUN.search(outlet).group().lower()
    court = _NATIONAL_COURT.fullmatch(outlet)
    if court:  # "Baku Military Court", "Supreme Court of Azerbaijan": a judicial organ (hard case 16, ARSIWA art 4(1))
        owners = [o for o in (court.group("state"), court.group("place")) if o]
        state = next(filter(None, (registry_module.state_named(o, doc.published, doc.registry) for o in owners)), None)
        return (state, "court") if state else None
    return organ_of(doc, outlet)


# A bare post after a name under a quotation: "Director", "Head of the Fund", "Chairwoman of the Service".
_BARE_POST = re.compile(r",[ \t]*(?:[Dd]eputy[ \t]+|[Cc]hief[ \t]+)?(?:Director|Head|Chair(?:man|woman|person)?|Spokes(?:person|man"
                        r"|woman)|President)(?:[ \t]+of[ \t]+the[ \t]+(?P<noun>[A-Z][a-z]+))?[ \t]*")


def organ_official(doc, who, post: str) -> str | None:
    """The State whose unregistered organ publishes the text, when ``post`` (what follows a name under a
    quotation) is a bare post in it ("Armen Hakobyan, Director" under the Military Pension Fund's notice): its
    official speaks for it (GUIDELINES hard cases 12 and 15); None for a post in another body."""
    m = _BARE_POST.fullmatch(post)
    organ = state_organ(doc, who) if m else None
    if not organ or m.group("noun") and m.group("noun").lower() not in (who.outlet or "").lower():
        return None
    return organ[0]


def maker(who, organ: tuple[str, str] | None) -> str | None:
    """Whose own words a text is by its front matter's ``author``, as the layout stage reads it: the author, unless
    staff of a State organ write it together ("Anahit Sedrakyan and Tigran Melkumyan" for a parliament's research
    service): then the organ's paper, in its State's voice (hard cases 15 and 16), not one person's statement; nor
    is a statement its publisher's own body signs ("Board of the 44-Day War Veterans' Association"): the
    publisher's."""
    author = who.front.get("author")
    outlet = (who.outlet or "").removeprefix("outlet:")
    if author and outlet and outlet.lower() in author.lower() and author.lower() != outlet.lower():
        return None  # "Board of the 44-Day War Veterans' Association" over its association's statement: the publisher
    return None if organ and author and re.search(r"\s(?:and|&)\s|,", author) else author


# The noun a national parliament's name calls it by ("the Assembly" of the National Assembly's own release).
HOUSE_NOUN = re.compile(r"\b(?:Parliament|Assembly|Majlis|Maclis)\b")


@lru_cache(maxsize=1024)
def _registered(name: str, registry) -> str | None:
    """The actor an outlet or author field names (a name, not an office: no date needed); outlets repeat."""
    return registry_module.resolve(name, None, registry, strict=True)



# The layouts whose text is its author's own: a signed piece, a witness statement, a judge's separate opinion.
_SIGNED = ("op_ed", "testimony", "separate_opinion", "signed_statement")

_OWN_VOICE = ("ngo", "icrc", "court", "ombudsperson", "treaty_body", "parliament", "ministry",
              "international_organisation")


def author_voice(doc, who) -> None:
    """A signed op-ed or analysis: what nobody else is named for is its author's (front matter
    ``author``, else the byline "By NAME" under an opinion heading or in a text of kind opinion),
    not the outlet's; so is each child's letter signed "Ani, 9" in a collection of them. A statement headed as a
    speech ("Acceptance speech by X") is its speaker's; the words under "Introduction by Y" before it, up to a stage
    line ("[Applause]"), are Y's; a speech its publisher prints under a note ("The School publishes the remarks
    delivered by X at ...") is X's; each message of a printed email chain, from its "From:" header on, is its
    sender's; each of several speeches under its own heading ("Remarks by Declan Moriarty, T.D., Minister of State
    ... of Ireland") is its speaker's.

    Given: kind=opinion; author=Lena Holmqvist
    Example:
        Why the word matters

        These men are prisoners of war and must be treated as such.
    Yields: Lena Holmqvist
    Not:
        Why the word matters

        "These men are prisoners of war," Pashinyan said.
    """
    authored.letters(doc, who)
    authored.first_name_letters(doc, who)
    authored.signed_blocks(doc, who)
    authored.applications(doc, who)
    authored.works(doc, who)
    authored.headed_letters(doc, who)
    authored.signed_sections(doc, who)
    authored.introductions(doc, who)
    authored.speeches(doc, who)
    authored.delivered_under_note(doc, who)
    authored.emails(doc, who)
    programmes.programme_items(doc, who)
    fundraising.fundraising_pages(doc, who)
    headed_notes.headed_notes(doc, who)
    dated_entries.dated_entries(doc, who)
    for number, mover in motions.tabled(doc).items():  # a motion's text its sponsor's, an amendment its mover's
        who.decide_paragraph(number, registry_module.resolve(mover, doc.published, doc.registry, strict=True) or mover,
                             "author_voice")
    author = doc.layout.author
    if doc.layout.name not in _SIGNED or not author:
        return
    found = registry_module.resolve(author, doc.published, doc.registry, strict=True) \
        or clean_name(author, doc.words) or author
    # "Samira Huseynli / Agent of the Republic of Azerbaijan before the European Court of Human Rights" under a
    # State's observations: its Agent signs for the State (hard case 12)
    who.fallback, who.fallback_rule = _signed_for(doc, author) or _chair_signs(doc, who, author) or found, "author_voice"


# A committee's chair's post under her signature: "Chairperson of the ad hoc sub-committee", "Chair of the Committee on
# Legal Affairs and Human Rights", "Head of the delegation".
_CHAIR_POST = re.compile(r"[ \t]*(?:Chair|Chairperson|Chairman|Chairwoman|Head)[ \t]+of[ \t]+the[ \t]+[^\n]{0,80}?"
                         r"\b(?:[Cc]ommittee|[Ss]ub-?committee|[Dd]elegation|[Cc]ommission)\b[^\n]{0,80}")


def _chair_signs(doc, who, author: str) -> str | None:
    """The registered house a committee's report speaks for when its chair signs it over her post ("Edda
    Thorvaldsdottir / Chairperson of the ad hoc sub-committee" under a report the Parliamentary Assembly
    publishes): a committee's chair speaks for the house (hard case 16); else None."""
    outlet = (who.outlet or "")[len("outlet:"):]
    house = registry_module.resolve(outlet, doc.published, doc.registry, strict=True) if outlet else None
    if not house or doc.registry[house].type == "person":
        return None
    lines = doc.text[max(0, len(doc.text) - 400):].split("\n")
    return house if any(line.strip() == author.strip() and _CHAIR_POST.fullmatch(below)
                        for line, below in zip(lines, lines[1:])) else None


# A State's post on the line under its signer's name: "Agent of the Republic of Azerbaijan before the European Court
# of Human Rights", "Co-Agent of the Government of Armenia".
_AGENT_OF = re.compile(rf"[ \t]*(?:Co-)?Agents?[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:Government[ \t]+of[ \t]+(?:the[ \t]+)?)?"
                       rf"(?:Republic[ \t]+of[ \t]+)?(?P<state>{NAME_WORD})\b")


def _signed_for(doc, author: str) -> str | None:
    """The registered State a signed text's author signs for, by the post on the line under her name in its
    closing lines (an Agent before a court, a State's official post), else None."""
    lines = doc.text[doc.paragraphs[doc.body_paragraphs[-4]].start if len(doc.body_paragraphs) > 3 else 0:].split("\n")
    for k, line in enumerate(lines[:-1]):
        if line.strip() != author.strip():
            continue
        post = lines[k + 1].strip()
        agent = _AGENT_OF.match(post)
        state = registry_module.state_named(agent.group("state"), doc.published, doc.registry) if agent else None
        return state or doc.namer.descriptions.state_post(post.split(",")[0])
    return None


_OBSERVATIONS = re.compile(r"[ \t]*(?:Concluding\s+observations|Recommendations\s+of\s+the\s+Committee|Decision\s+of\s+the"
                           r"\s+Committee|Views\s+of\s+the\s+Committee)\b", re.IGNORECASE)


def _observations(doc, who) -> None:
    """A record that goes on to the body's own concluding observations: from that heading on, what no one
    else is named for is the body's."""
    inside = False
    for number in doc.body_paragraphs:
        para = doc.paragraphs[number]
        if _OBSERVATIONS.match(doc.text, para.start, para.end):
            inside = True
            continue
        if inside and number not in who.labelled:
            who.decide_paragraph(number, doc.layout.body, "report_voice")


def report_voice(doc, who) -> None:
    """An NGO's or institution's own report (its outlet or author a registered organisation): the
    organisation speaks what nobody else is named for, and its "we". A joint communique a State's ministry
    publishes is the publisher's print of a joint text, not that State's own voice. A translation of another
    publisher's report is that publisher's ("Original report by the YugInform agency"), and a translation of a State
    organ's text that the title names that organ's State ("Ministry of Defense of the Republic of Azerbaijan: daily
    bulletin", "Translated from Azerbaijani by X"). A judgment given "IN THE NAME OF THE REPUBLIC OF AZERBAIJAN" is that
    State's; a certified translation's certificate and bracketed notes are its translator's.

    Given: outlet=Human Rights Watch
    Example:
        Azerbaijan: Free the detainees

        We documented the detention of 23 prisoners of war.
    Yields: hrw
    Not:
        Azerbaijan: Free the detainees

        "The detainees must be freed," Pashinyan said.
    """
    if doc.layout.name == "summary_record" and doc.layout.body:
        _observations(doc, who)
    if doc.layout.name in _SIGNED:
        return  # a signed piece, a witness statement, a judge's opinion, is its author's, whoever publishes it
    if _translation(doc, who):
        return
    organ = state_organ(doc, who)  # "Prosecutor General's Office of the Republic of Azerbaijan": the State
    if organ and _joint_text(doc):
        # "JOINT COMMUNIQUE" of three States' ministers on one ministry's site: "The Ministers agreed" is the
        # publisher's print of a joint text, not the publishing State's own voice
        who.fallback, who.fallback_rule = who.outlet, "report_voice"
        return
    found = organisation(doc, who) or (organ[0] if organ else None) or public_body(who) or adopting_body(doc, who) \
        or _given_in_the_name(doc, who)
    if found:  # a court's decision, a treaty body's text, a State organ's release, a committee's decision: its voice
        who.fallback, who.fallback_rule = found, "report_voice"
    _certified_translation(doc, who)


# A judgment's line of its own that gives it in a State's name: "IN THE NAME OF THE REPUBLIC OF AZERBAIJAN".
_IN_THE_NAME_OF = re.compile(r"[ \t]*(?i:in[ \t]+the[ \t]+name[ \t]+of[ \t]+(?:the[ \t]+)?(?:republic[ \t]+of[ \t]+)?)"
                             r"(?P<state>[A-Za-z][A-Za-z -]{2,40}?)[ \t]*")


def _given_in_the_name(doc, who) -> str | None:
    """The registered State in whose name a judgment's head says it is given ("IN THE NAME OF THE REPUBLIC OF
    AZERBAIJAN" over a Baku court's decision): its court speaks as that State (GUIDELINES hard case 16); else None."""
    if who.front.get("kind") != "judgment":
        return None
    for n in doc.body_paragraphs[:12]:
        m = _IN_THE_NAME_OF.fullmatch(doc.text, doc.paragraphs[n].start, doc.paragraphs[n].end)
        state = registry_module.resolve(m.group("state").title(), doc.published, doc.registry, strict=True) if m else None
        if state and doc.registry[state].office == "state":
            return state
    return None


# A translation's head naming the report it renders: "[Translated from Russian by Caucasus Press Translations.
# Original report by the YugInform agency, published on 4 December 2021 ...]"; and the translator's own notes in it.
_ORIGINAL_BY = re.compile(r"\bOriginal[ \t]+(?:report|article|text|story|dispatch|interview)[ \t]+(?:by|of|from|in)[ \t]+"
                          rf"(?:the[ \t]+)?(?P<who>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})(?:[ \t]+(?:news[ \t]+)?agency)?")
_TRANSLATED = re.compile(r"\bTranslated[ \t]+(?:from|by)\b")
_TRANSLATED_BY = re.compile(r"\bTranslated[ \t]+from[ \t]+(?:the[ \t]+)?[A-Z][a-z]+[ \t]+by\b")
_TRANSLATOR_NOTE = re.compile(r"[ \t]*\[[^\]\n]*\b(?:Translated[ \t]+from|Translator['’]s[ \t]+notes?|Note[ \t]+by[ \t]+the"
                              r"[ \t]+translator)\b[^\n]*\][ \t]*")


def _translation(doc, who) -> bool:
    """A translation of another publisher's report (its head: "Translated from Russian by X. Original report by the
    YugInform agency"): the report's words are that publisher's, the translator's head and bracketed notes the
    outlet's own (hard case 14: a reprint keeps its author's voice). Whether the text is one."""
    head = doc.text[:doc.paragraphs[doc.body_paragraphs[min(3, len(doc.body_paragraphs) - 1)]].end] \
        if doc.body_paragraphs else ""
    original = _ORIGINAL_BY.search(head) if _TRANSLATED.search(head) else None
    organ = _translated_organ(doc, head) if not original else None
    if not original and not organ:
        return False
    name = original.group("who") if original else organ
    who.fallback = registry_module.resolve(name, doc.published, doc.registry, strict=True) or name
    who.fallback_rule = "report_voice"
    for number in doc.body_paragraphs:
        para = doc.paragraphs[number]
        if _TRANSLATOR_NOTE.fullmatch(doc.text, para.start, para.end) \
                or organ and _TRANSLATED_BY.match(doc.text, para.start, para.end):
            # (and the translator's own head line over an organ's text: "Translated from Azerbaijani by X. ...")
            who.decide_paragraph(number, who.outlet, "report_voice")
    return True


# A sworn translator's certificate: "I, Nino Beridze, sworn translator ..., certify that ... the above is a true and
# complete translation of ...".
_CERTIFIES = re.compile(rf"[ \t]*I,[ \t]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}),[^\n]{{0,200}}?\bcertify\b"
                        r"[^\n]*\btranslation\b")


def _certified_translation(doc, who) -> None:
    """A certified translation: the translator's certificate ("I, Nino Beridze, sworn translator ..., certify that
    ... the above is a true translation"), from it to the end, and her notes set apart in brackets ("[Translator's
    note: ...]") are hers; the text she renders keeps its own voice."""
    cert, m = next(((n, m) for n in doc.body_paragraphs
                    if (m := _CERTIFIES.match(doc.text, doc.paragraphs[n].start, doc.paragraphs[n].end))), (None, None))
    name = clean_name(m.group("name"), doc.words) if m else None
    for number in doc.body_paragraphs if name else []:
        if number >= cert or _TRANSLATOR_NOTE.fullmatch(doc.text, doc.paragraphs[number].start,
                                                        doc.paragraphs[number].end):
            who.decide_paragraph(number, name, "report_voice")


def _translated_organ(doc, head: str) -> str | None:
    """The registered State whose organ issued the text a translator renders, when the head says who translated
    it ("Translated from Azerbaijani by the South Caucasus Translation Digest.") and the title opens with the
    organ ("Ministry of Defense of the Republic of Azerbaijan: daily information bulletin"); else None."""
    if not _TRANSLATED_BY.search(head) or not doc.body_paragraphs:
        return None
    title = doc.paragraphs[doc.body_paragraphs[0]]
    issuer = doc.text[title.start:title.end].split(":", 1)
    organ = organ_of(doc, issuer[0].strip()) if len(issuer) == 2 else None
    return organ[0] if organ else None


# The heading of a text several States issue together.
_JOINT = re.compile(r"[ \t]*(?:Text[ \t]+of[ \t]+the[ \t]+)?Joint[ \t]+(?:communiqu[eé]|statement|declaration|press[ \t]+statement)\b",
                    re.IGNORECASE)


def _joint_text(doc) -> bool:
    """Whether the text opens as a joint communique, statement or declaration (its first three paragraphs)."""
    return any(_JOINT.match(doc.text, doc.paragraphs[n].start, doc.paragraphs[n].end) for n in doc.body_paragraphs[:3])
