"""Rules read from a document's structure: the layout stage and the turns it finds.

``structure`` runs first (stage ``layout``): it recognises the layout
(:mod:`detentio.framing.speakers.layout`) and records it on the result; the
turn rules then give each turn's paragraphs their speaker in
``who.labelled``, which the continuation rule runs on until the next turn.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers import affiliations, brackets, heads, houses, layout as layouts, motions, namesakes, terms
from detentio.framing.speakers.grammar import NAME_WORD
from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.rules import addressees, capacity, issuers, opening, voices


def structure(doc, who) -> None:
    """Recognise the layout before any sentence is attributed (interview, briefing, debate, summary record,
    court, live blog, op-ed, report, statement, news) and record it (``Speakers.layout``); the turn rules
    and the document's voice read it.

    Example:
        Live: prisoners return

        14:05 — Pashinyan said the captives would land soon.

        14:20 — The plane has landed.
    Yields: live_blog
    Not:
        Prisoners return

        Pashinyan said the captives would land soon.
    """
    organ = voices.state_organ(doc, who)
    if organ:  # a State organ's own release: "The Office reports" is that State (its officials' posts too)
        doc.namer.defined.setdefault(organ[1], organ[0])
        # ... and "the Government" in a State organ's own paper (a parliament's research service) is that State's
        doc.namer.defined.setdefault("government", organ[0])
        if organ[1] == "court":  # the State's own court: its prosecution is the same State's (hard case 12)
            for word in ("prosecutor", "prosecution", "prosecutors"):
                doc.namer.defined.setdefault(word, organ[0])
    outlet_name = who.outlet[len("outlet:"):] if who.outlet and who.outlet.startswith("outlet:") else None
    publisher = voices.organisation(doc, who)  # a registered organisation publishing its own text, if any
    doc.layout = layouts.recognise(doc, kind=who.front.get("kind"), author=voices.maker(who, organ),
                                   voice=publisher, publisher=outlet_name)
    who.layout = doc.layout.name
    doc.namer.defined.update(terms.defined_terms(doc))  # "the Yerevan Legal Aid Centre (the source)"
    doc.namer.short = terms.short_names(doc)  # "the Republic of Arzen ("Arzen")", "the Caspian Rights Monitor (CRM)"
    if organ and doc.body_paragraphs:
        # "National Preventive Mechanism against Torture" at the head of the ombudsman's report: the organ's own unit,
        # by its name or its short name ("The NPM explained"), is the organ and so its State
        head = doc.paragraphs[doc.body_paragraphs[0]]
        masthead = doc.text[head.start:head.end] if head.end - head.start <= 120 else ""
        for short, full in doc.namer.short.items():
            if masthead and full in masthead:
                doc.namer.short[short] = organ[0]
    assembly = None if publisher else voices.public_body(who)  # a registered publisher is named by its id
    for term, speaker in voices.own_terms(doc, who, publisher, assembly).items():  # "The Office welcomes" in its text
        doc.namer.defined.setdefault(term, speaker)
    if assembly and voices.HOUSE_NOUN.search(assembly):  # "OSCE Parliamentary Assembly": its own record's house
        # a national parliament as its State (hard case 16)
        doc.namer.defined.setdefault("house", organ[0] if organ else assembly)
    if publisher == "european_parliament" or houses.european_parliament(doc):
        doc.namer.defined.setdefault("parliament", "european_parliament")  # its own "Parliament called for"
        doc.namer.defined.setdefault("house", "european_parliament")  # "this House called for"
        if "eu" in doc.registry.actors:
            doc.namer.defined.setdefault("union", "eu")  # a Commissioner's "the Union calls for"
    if doc.layout.name == "debate" and doc.layout.parliament:
        # "this House called for" in any parliament's record: the house its heading names (hard case 16)
        house = houses.record_body(doc) or doc.layout.house
        if house:
            doc.namer.defined.setdefault("house", house)
    sponsor = next(iter(motions.tabled(doc).values()), None)
    if sponsor:  # "That this House welcomes ...": a motion not yet agreed speaks for its sponsor, not the House
        doc.namer.defined.setdefault("house", sponsor)
    minister = _minister_author(doc)
    if minister:  # a minister's written statement: "the Government" and "this Government" are the one she speaks for
        doc.namer.defined.setdefault("government", minister)
        doc.namer.defined.setdefault("this government", minister)
    if doc.layout.name == "summary_record" and doc.layout.state_party:
        doc.namer.defined.setdefault("government", doc.layout.state_party)  # a record's "the Government"
    answerer = doc.layout.answerer
    if answerer in doc.registry.actors and doc.registry[answerer].type != "person":
        # a briefing by a ministry: "your ministry" in a question and "the ministry" in its answers are it
        doc.namer.addressee = answerer
        if doc.registry[answerer].role == "ministry":
            doc.namer.defined.setdefault("ministry", answerer)
    doc.namer.addressee = doc.namer.addressee or addressees.letter_addressee(doc)  # a letter's "you wrote"
    # "my Government" in a letter or statement printed in full is its issuer's
    doc.namer.own = issuers.issuer_of(doc)
    doc.namer.owned_by, doc.namer.state_voices = _turn_states(doc), voices.state_voices(doc, publisher)
    # whom each asker's turn addresses ("Minister, now you say ..."), found without touching the namer's memory
    known, holders = list(doc.namer.known), dict(doc.namer.holders)
    doc.namer.addressed = addressees.spans(doc, lambda turn: _turn_speaker(doc, turn))
    doc.namer.known[:], doc.namer.holders = known, holders
    # (a judge's separate opinion is appended to the judgment: its court and its parties are the judgment's)
    if doc.layout.name in ("court", "separate_opinion"):  # "The Court observed" in a text that never names its court
        doc.namer.implied["court"] = terms.court_of(doc, publisher, outlet_name)
        doc.namer.defined.update(terms.parties(doc, who.front.get("title")))
    else:  # a pleading, a letter or an expert's report filed in a case: the case's parties there too
        for term, speaker in terms.parties_of_submission(doc, who.front.get("title")).items():
            doc.namer.defined.setdefault(term, speaker)
        # ... and "the Applicant" and "the Respondent" of an inter-State case its heading names
        for term, speaker in terms.interstate_parties(doc, who.front.get("title")).items():
            doc.namer.defined.setdefault(term, speaker)
    # "Appellant: [anonymised]", "Respondent: The Minister for Justice": the parties a decision's head names
    for term, speaker in terms.head_parties(doc).items():
        doc.namer.defined.setdefault(term, speaker)
    if doc.layout.name == "summary_record" and not doc.layout.state_party:  # Views: "State party: Azerbaijan"
        doc.layout.state_party = doc.namer.defined.get("state party")
    # "Opinion No. 12/2024 concerning X (Azerbaijan)": "the Government" is that State, "the source" the other
    # party (a judgment's parties and a source the text names come first)
    for term, speaker in terms.concerned_state(doc, who.front.get("title")).items():
        doc.namer.defined.setdefault(term, speaker)


# "Made by: Helen Marlowe (Minister for Europe)", "Helen Marlowe, Secretary of State for ...": the maker's office
_MINISTER = r"[ \t]*(?:\(|,[ \t]*)(?:the[ \t]+)?(?:\w+[ \t]+){0,3}?(?:Minister|Secretary[ \t]+of[ \t]+State)\b"


def _minister_author(doc) -> str | None:
    """The maker of a signed statement when its head gives her a minister's office (the Government's voice in
    her statement is hers), else None. A lawyer's or a witness's statement speaks for no government."""
    author = doc.layout.author
    if doc.layout.name != "signed_statement" or not author:
        return None
    head = doc.text[:doc.paragraphs[doc.body_paragraphs[min(8, len(doc.body_paragraphs) - 1)]].end] \
        if doc.body_paragraphs else ""
    if not re.search(re.escape(author) + _MINISTER, head):
        return None
    return registry_module.resolve(author, doc.published, doc.registry, strict=True) \
        or clean_name(author, doc.words) or author


def _turn_speaker(doc, turn) -> str | None:
    """Who speaks ``turn`` by its layout's turn rule, as far as the turn alone says (for ``addressees``)."""
    found = doc.layout
    if turn.kind == "chair":
        return _chair(doc, turn)
    if turn.kind == "debate":
        return _debater(doc, turn)
    if turn.kind == "answer":
        return found.answerer
    if turn.kind == "caller":
        return _caller(doc, turn)
    if turn.kind == "question":
        return found.asker if found.name == "interview" else None
    # "Minister Mirzoyan:", "LINDGREN:": as the transcript-label rule reads the label; "CALLER (Karen, Sisian):"
    para = doc.paragraphs[turn.paragraph]
    named = opening.role_named(doc, doc.text[para.start:para.end], para.start) \
        or opening.label_speaker(doc, layouts.normal_name(turn.label), para.start)
    return None if named == "question" else named


def _turn_states(doc) -> list[tuple[int, int, str]]:
    """``(start, end, State)`` for each debate turn whose label gives its speaker's State ("Ms Anahit GRIGORYAN
    (Armenia, SOC) –"): the State a member's "my government" is (a delegate's own, not her group's)."""
    found = []
    for turn, paragraphs in turn_spans(doc, doc.layout.turns, ("debate",)):
        place = (turn.detail or "").split(",")[0].strip()
        state = registry_module.state_named(place, doc.published, doc.registry) if place else None
        if state:
            found.append((doc.paragraphs[paragraphs[0]].start, doc.paragraphs[paragraphs[-1]].end, state))
    return found


def turn_spans(doc, turns, kinds: tuple[str, ...]):
    """``(turn, paragraphs)`` for each turn of ``kinds``: its paragraph and those after it up to the next
    turn of any kind (a label the layout found, or a transcript label)."""
    # ... and a caller's turn ("CALLER (Karen, Sisian):") the transcript-label rule reads, which no layout turn is
    starts = sorted(set(doc.layout.starts) | {n for n, para in enumerate(doc.paragraphs)
                                              if opening.named_turn(doc.text, para.start, para.end)})
    for turn in turns:
        if turn.kind not in kinds:
            continue
        later = [s for s in starts if s > turn.paragraph]
        end = later[0] if later else len(doc.paragraphs)
        yield turn, range(turn.paragraph, end)


def interview_turn(doc, who) -> None:
    """An interview's turns: "A:" is the interviewee, the person the introduction names who is not the
    interviewer ("Our correspondent X spoke with Y"); "Q:" (or "INTERVIEWER:") is the interviewer the
    introduction names, else the outlet's; a turn that gives a name ("HARUTYUNYAN:") is that person's; a
    bulletin's "ANCHOR (name):" or "REPORTER (name):" that asks nothing is the programme's own narration.

    Example:
        Lawyer on the detainees

        Our correspondent Anna Karapetyan spoke with Vardan Melkonyan, a lawyer in Yerevan.

        Q: Are they prisoners of war?

        A: They are prisoners of war in every legal sense.
    Yields: Vardan Melkonyan
    Not:
        Lawyer on the detainees

        Vardan Melkonyan spoke in Yerevan. They are prisoners of war in every legal sense.
    """
    found = doc.layout
    if found.name != "interview":
        return
    for turn, paragraphs in turn_spans(doc, found.turns, ("answer", "question", "debate", "label", "caller")):
        if turn.kind == "caller":  # "VAHE (Kapan):": a phone-in's caller
            speaker = _caller(doc, turn)
        elif turn.kind == "label":  # "Petrosyan:", or the outlet's name for its interviewer
            para = doc.paragraphs[turn.paragraph]
            named = opening.transcript_label(doc, who, doc.text[para.start:para.end], para.start) \
                or opening.label_speaker(doc, layouts.normal_name(turn.label), para.start)  # "SARGSYAN:"
            speaker = found.asker if named == "question" else named
        elif turn.kind == "question" and turn.label.lower() in _BROADCAST_ROLES \
                and not any("?" in doc.text[doc.paragraphs[n].start:doc.paragraphs[n].end] for n in paragraphs):
            # a bulletin's "ANCHOR (Sevinj Huseynova):" or "REPORTER (...):" that asks nothing: the programme's own
            # narration, as a correspondent's report is the outlet's (GUIDELINES hard case 14)
            speaker = who.outlet or who.fallback
        else:
            speaker = {"answer": found.answerer, "question": found.asker or _unnamed_asker(doc, who, turn)}.get(
                turn.kind) or (_debater(doc, turn) if turn.kind == "debate" else None)
        for number in paragraphs:
            para = doc.paragraphs[number]
            # "[Fact check: ...]" between the answers: the paper's own note, not the one answering
            who.decide_paragraph(number, who.outlet if _EDITORS_NOTE.fullmatch(doc.text, para.start, para.end)
                                 else speaker, "interview_turn")


# The labels of a broadcast's own people (who narrate, unless they ask).
_BROADCAST_ROLES = frozenset({"anchor", "presenter", "reporter", "correspondent", "newsreader"})
# A publication's note set in square brackets between an interview's turns.
_EDITORS_NOTE = re.compile(r"[ \t]*\[(?:Fact[ -]?check|Editor['’]?s[ \t]+note|Ed\.|Note|Correction|Clarification|Update)"
                           r"[ \t]*:[^\n]*\][ \t]*")


def _caller(doc, turn) -> str:
    """A phone-in's caller by the first name her label gives ("VAHE (Kapan):" is Vahe), or the full name the text
    gave her before."""
    name = (layouts.normal_name(turn.label) if turn.label.isupper() else turn.label).strip()  # "Davit_M" as written
    full = doc.namer.unregistered(name, doc.paragraphs[turn.paragraph].start)
    return full if full and " " in full else name


def _unnamed_asker(doc, who, turn) -> str | None:
    """Who asks a question turn when the introduction names no interviewer: the journalist it names
    ("Question (Anna Petrosyan, Armenpress):"), the host a "HOST:" label names, else the outlet ("TMR:", the
    publication's initials, is its own)."""
    if turn.detail:
        return _journalist(doc, who, turn.detail)
    named = opening.label_speaker(doc, layouts.normal_name(turn.label), doc.paragraphs[turn.paragraph].start)
    return named if named and named != "question" else who.fallback


def briefing_turn(doc, who) -> None:
    """A briefing transcript: the spokesperson its heading names answers every paragraph after the heading
    that is not a question; a question ("Question (Anna Smith, Reuters): ...") is the journalist's, or
    her outlet's, or else the publishing outlet's.

    Example:
        Briefing by Foreign Ministry Spokeswoman Maria Zakharova

        Question: Will the detainees come home?

        The humanitarian issues are being resolved step by step.
    Yields: zakharova
    Not:
        Maria Zakharova in Moscow

        The humanitarian issues are being resolved step by step.
    """
    found = doc.layout
    if found.name != "briefing":
        return
    # with no briefer the heading names, only a journalist's labelled question is known to be a question
    questions = {t.paragraph: t for t in found.turns if t.kind == "question" and (
        found.answerer or t.label.lower() in doc.words.question_labels)}
    labelled = {t.paragraph for t in found.turns if t.kind == "label"}
    # a "Spokesperson:" turn answers to its end, whoever a transcript label before it ran on for
    answering = {n for _turn, paragraphs in turn_spans(doc, found.turns, ("answer",)) for n in paragraphs}
    # ... and a minister's the head names by post runs on to the next label, even in her own ministry's transcript
    held = {n for turn, paragraphs in turn_spans(doc, found.turns, ("label",))
            if clean_name(turn.label, doc.words) in doc.namer.holders for n in paragraphs}
    for number in doc.body_paragraphs:
        if number <= found.heading_end or number in labelled or number in held:
            continue
        if number in questions:
            turn = questions[number]
            detail = turn.detail or _introduced(doc, turn) or _called(doc, turn)
            # an unlabelled "Q:" is the journalist the heading says asks ("answered questions from X")
            asker = found.asker if not detail and found.asker else _journalist(doc, who, detail)
            who.decide_paragraph(number, asker, "briefing_turn")
        elif found.answerer and (number in answering or number not in who.labelled
                                 or who.labelled[number][0] == who.fallback):
            who.decide_paragraph(number, found.answerer, "briefing_turn")


# "Q: Narine Avagyan, Aragats TV. On 4 December ...": a journalist who gives her name and outlet first.
_SELF_INTRODUCED = re.compile(rf"[ \t]*(?P<who>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}},[ \t]*[A-Z][^.?!\n]{{1,40}})\.[ \t]")


def _introduced(doc, turn) -> str | None:
    """"Name, Outlet" when a question turn opens by introducing its journalist, else None."""
    m = _SELF_INTRODUCED.match(doc.text, turn.start, doc.paragraphs[turn.paragraph].end)
    return m.group("who") if m else None


# "MODERATOR: Let's go to the line of Daniel Okafor, Meridian Wire.", "Next, Lusine Avagyan, ...", "One more. Tom
# Reyes, Capitol Desk.": a moderator's turn that ends by calling the next questioner.
_CALLED = re.compile(r"(?:MODERATOR|Moderator|OPERATOR|Operator|HOST|Host)[ \t]*(?=:)[^\n]*?"
                     r"(?:(?:go|turn|over)[ \t]+to[ \t]+(?:the[ \t]+line[ \t]+of[ \t]+)?|Next[,:]?[ \t]+|[.!?:][ \t]+)"
                     rf"(?P<who>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}"
                     r"(?:,[ \t]*[A-Z][^.?!\n]{1,40})?)[.!]?[ \t]*")


def _called(doc, turn) -> str | None:
    """"Name, Outlet" when the paragraph before a bare "QUESTION:" is a moderator's calling the journalist."""
    if turn.paragraph == 0:
        return None
    before = doc.paragraphs[turn.paragraph - 1]
    m = _CALLED.fullmatch(doc.text, before.start, before.end)
    return m.group("who") if m else None


def _first_detail(doc, name: str) -> list[str]:
    """What the first turn naming ``name`` with more in its brackets says after the name ("MATTHIAS KELLER:" after
    "MATTHIAS KELLER (Regional Director, Eurasia):"), as parts; empty when no turn says more."""
    for turn in doc.layout.turns:
        parts = [p.strip() for p in (turn.detail or "").split(",")]
        if len(parts) > 1 and clean_name(parts[0], doc.words) == name:
            return parts[1:]
    return []


def _journalist(doc, who, detail: str | None) -> str | None:
    """Who asks: the journalist named in "Question (Anna Smith, Reuters)", else her outlet; None for a
    bare "Question:" (the transcript label rule already gives it to the publishing outlet)."""
    if not detail:
        return None
    parts = [p.strip() for p in re.sub(r"\s*\(([^()]*)\)", r", \1", detail).split(",") if p.strip()]  # "X (Outlet)"
    post = brackets.named_in_brackets(doc, parts[0]) if parts else None
    if post:  # "SPECIAL REPRESENTATIVE (Margit Halonen):" and her later "SPECIAL REPRESENTATIVE:" turns: hers
        return post
    for at, part in enumerate(parts):
        name = clean_name(part, doc.words)
        if name and " " in name and not any(w.lower() in doc.words.institution_words for w in name.split()):
            # "(Ingrid Lund, Ministry for Foreign Affairs, Sweden)": a State's or an institution's official speaks
            # for it (hard case 12); "(Anna Smith, Reuters)": a journalist keeps her name; a label naming one the
            # head placed in office ("Participants: Deputy Prosecutor General X" ... "X:") is his office's
            return registry_module.resolve(name, doc.published, doc.registry, strict=True) \
                or affiliations.speaks_for(doc, who, parts[at + 1:] or _first_detail(doc, name)) \
                or doc.namer.holders.get(name, name)
    # another outlet asking is a body the text names, not the publishing outlet's own voice
    return parts[-1] if parts else who.fallback


def debate_turn(doc, who) -> None:
    """A debate or parliamentary record: "Mr. HAKOBYAN (Armenia):", "Ms. Leyla ALIYEVA (Azerbaijan) –",
    "The PRESIDENT:" open a speaker's turn, which runs until the next; a name in capitals is the name,
    and a surname the record gave in full earlier is that full name. In an intergovernmental record
    (not a parliament's) a delegate speaks for the State in brackets: "Mr. ARAKELYAN (Armenia):" at a
    UN council is ``armenia``, even where a registered person not of that State has the surname ("Mr.
    Kirakosyan (Armenia):" is not the registered scholar); a council's president speaking "in my capacity as the representative of
    Malta" speaks for Malta until "I resume my functions". In a national parliament's record whose heading
    says whose it is, a government post in brackets speaks for the house's ministry ("Arsen Hovakimyan
    (Deputy Minister of Foreign Affairs):" at a hearing translated from Armenian is ``mfa_armenia``); an official whose
    label gave his post keeps it in his later turns under his name alone ("RUBEN ASLANOV:"). In the parliament of a
    State the registry does not list, a member of its government answers for that State by its name ("Anna Lehner,
    Minister of State at the Federal Foreign Office:" in the Bundestag is "Germany"). At a court's
    hearing ("I give the floor to the Agent of Armenia, Mr. X"), the Agent speaks for his State and counsel heard
    after him for the same party, until the other party's Agent; a judge's question is the judge's.

    Example:
        Parliamentary Assembly, sitting of 12 October 2023

        Mr. HAKOBYAN (Armenia): The prisoners of war must be released.

        Ms. Leyla ALIYEVA (Azerbaijan): These people are saboteurs.
    Yields: Leyla Aliyeva
    Not:
        Parliamentary Assembly, sitting of 12 October 2023

        Mr. Hakobyan of Armenia said nothing. The prisoners of war must be released.
    """
    if doc.layout.name != "debate":
        return
    pleading = _PARTY_AGENT.search(doc.text) is not None
    # a simulation's delegates play States they do not speak for ("Northfield University Model United Nations")
    simulated = bool(_SIMULATION.search(f"{who.outlet or ''}\n{doc.text[:600]}"))
    party = None  # at a court's hearing, the party whose Agent pleaded last
    reporters: dict[str, bool] = {}  # speaker -> whether she is the outlet's own reporter
    for turn, paragraphs in turn_spans(doc, doc.layout.turns, ("debate", "chair", "caller")):
        # (a phone-in whose host and guest print their posts in brackets reads as a record: "SUSANNA (Gyumri):" calls)
        if turn.kind == "caller" and turn.label.lower() in doc.words.role_nouns | doc.words.title_nouns:
            continue  # (never a role's: "WITNESS (Hasanli):" at a trial is read as its label names the witness)
        speaker = _chair(doc, turn) if turn.kind == "chair" else _caller(doc, turn) if turn.kind == "caller" \
            else _debater(doc, turn)
        if turn.kind == "debate" and speaker and speaker not in reporters:
            reporters[speaker] = _outlets_reporter(doc, who, speaker)  # one search of the text per speaker, not per turn
        if turn.kind == "debate" and speaker and reporters[speaker]:
            speaker = who.outlet  # "[REPORT – ARPI MANUKYAN]", "Arpi Manukyan, Radio South Caucasus, at the crossing"
        if simulated and speaker in doc.registry.actors and doc.registry[speaker].office == "state":
            speaker = layouts.normal_name(turn.label)  # a student's "DELEGATE OF ARMENIA:" at a Model UN: no State
        if pleading and turn.kind == "debate":
            if speaker in doc.registry.actors and doc.registry[speaker].office == "state":
                party = speaker
            elif party and speaker not in doc.registry.actors and not _BENCH.match(turn.label):
                # "I give the floor to Ms. Brandt": counsel the Court hears after a party's Agent plead for that
                # party (hard case 12: party counsel), until the other party's Agent takes the floor
                speaker = party
        chair = speaker
        for number in paragraphs:
            if number > turn.paragraph and _section_heading(doc, number):
                break  # "APPLICATION" after a law report's "Per Judge X (dissenting):": the turn ends at its heading
            if opening.interjection(doc, doc.paragraphs[number]):
                continue  # "(BARSEGHYAN, from his seat: ...)" inside the turn: his (rule speaker_label)
            if turn.kind == "chair":
                speaker = capacity.capacity(doc, number, chair, speaker)
                capacity.national_sentences(doc, who, number, chair)
            who.decide_paragraph(number, speaker, "debate_turn")


_SIMULATION = re.compile(r"\bModel\s+(?:United\s+Nations|UN)\b|\bMUN\b|\b[Ss]imulation\b")


def _section_heading(doc, number: int) -> bool:
    """Whether paragraph ``number`` is a heading in capitals of its own ("APPLICATION", "COMMENTARY"), or a numbered
    section's ("4.4 Replies of the authorities" after the returnees' words in a report)."""
    para = doc.paragraphs[number]
    return para.end - para.start <= 60 and ":" not in doc.text[para.start:para.end] \
        and bool(heads.CAPS_HEADING.fullmatch(doc.text, para.start, para.end)) \
        or bool(heads.NUMBERED_HEADING.fullmatch(doc.text[para.start:para.end].strip()))


def _outlets_reporter(doc, who, name: str) -> bool:
    """Whether ``name`` is the publishing outlet's own reporter in a broadcast script: her report is announced
    ("[REPORT – ARPI MANUKYAN, MARGARA]") or she signs off with the outlet's name ("Arpi Manukyan, Radio South
    Caucasus, at the Margara crossing"). Her words are the outlet's (GUIDELINES hard case 14)."""
    outlet = (who.outlet or "").removeprefix("outlet:")
    if not outlet or " " not in name or name in doc.registry.actors:
        return False
    words = r"[ \t]+".join(re.escape(w) for w in name.split())
    capitals = r"[ \t]+".join(re.escape(w.upper()) for w in name.split())
    return bool(re.search(rf"(?i:\b(?:report|package|correspondent|reporter)\b)[ \t]*[–—:-][ \t]*{capitals}\b", doc.text)
                or re.search(rf"\b{words}[ \t]*,[ \t]*{re.escape(outlet)}\b", doc.text))


# A court's hearing, where each party's Agent and counsel plead in turn ("the Agent of Armenia").
_BENCH = re.compile(r"\s*(?:Judge|JUDGE|Vice-President|VICE-PRESIDENT|The\s+REGISTRAR|Registrar)\b")
_PARTY_AGENT = re.compile(r"\b(?:Co-)?Agents?\s+(?:of|for)\s+(?:the\s+)?(?:Republic\s+of\s+)?[A-Z]")


def _debater(doc, turn) -> str | None:
    """Who speaks a turn: in an intergovernmental record ("Mr. ARAKELYAN (Armenia):" at a UN council) the
    delegate speaks for the State in brackets; in a parliament's record, and for a registered person,
    the person."""
    para = doc.paragraphs[turn.paragraph]
    if opening.named_turn(doc.text, para.start, para.end):
        # "AUDIENCE MEMBER (Tomasz, journalism student):", "POINT OF INFORMATION (Leyla Hasanova):": the person named
        return opening.named_turn_speaker(doc, para)
    name = layouts.normal_name(turn.label)
    agent = opening.agent_label(doc, name) if not turn.detail else None
    if agent:  # "PRESIDING JUDGE:", "STATE PROSECUTOR:": the detaining State's agents in their function
        return agent
    found = registry_module.resolve(name, doc.published, doc.registry)
    surname_only = len(namesakes.name_words(name)) == 1
    if found and doc.registry[found].type == "person" and surname_only and turn.detail \
            and houses.POLITICAL_GROUP.search(turn.detail) and doc.registry[found].role != "parliament":
        found = None  # "Mr HAJIYEV (Azerbaijan, EC/DA):": a member of the assembly, not the registered namesake
    if found and doc.registry[found].type == "person" and surname_only and not _serves(doc, found, turn.detail):
        found = None  # "Mr. Kirakosyan (Armenia):" at a UN council: Armenia's delegate, not the registered scholar
    if found and not namesakes.other_person(clean_name(name, doc.words) or name, doc.registry[found]):
        return found  # ("MINISTER MIRZOYAN:": his title is no first name of another Mirzoyan)
    if doc.layout.parliament and turn.detail:
        # "Arsen Hovakimyan (Deputy Minister of Foreign Affairs):" at a hearing of the Armenian parliament: an
        # official of the house's government in office speaks for its ministry (hard case 12)
        office = doc.namer.descriptions.government_post(turn.detail, doc.layout.house)
        if office:
            return office
    unlisted = doc.layout.unlisted
    # (the post in the label before the name counts too: "PRIME MINISTER NODAR KIPIANI:")
    cleaned = clean_name(name, doc.words) or ""
    title = name[:name.rfind(cleaned)] if cleaned and cleaned in name else ""
    post = " ".join(filter(None, (turn.office, turn.detail, title.strip())))
    if unlisted and _GOVERNMENT_MEMBER.search(post) and not re.search(r"\bShadow\b", post, re.IGNORECASE):
        # "The Minister for Europe (Kieran Moss):" in the House of Commons, "Anna Lehmann, Minister of State at the
        # Federal Foreign Office:" in the Bundestag: a member of the government answers for her State, by its name
        return unlisted
    if turn.office and _COMMISSIONER.search(turn.office):
        # "Katrin Aalto, Member of the Commission. –": she answers for the Commission, and so the Union
        found = registry_module.resolve("European Commission", doc.published, doc.registry, strict=True)
        if found:
            return found
    state = _delegation(doc, turn.detail)
    if state:
        return state
    office = _official_of(doc, turn.office, doc.paragraphs[turn.paragraph].start) if turn.office else None
    if office:  # "RAMIL ZEYNALOV, SPOKESMAN, AZERBAIJANI PRESIDENTIAL ADMINISTRATION:": in office (hard case 12)
        if _OFFICIAL_POST.search(turn.office):  # and in his later turns, "RAMIL ZEYNALOV:" (not "X, DATA CENTRE, YEREVAN")
            doc.namer.holders[clean_name(name, doc.words) or name] = office
        return office
    named = brackets.named_in_brackets(doc, name) if not turn.detail else None
    if named:  # "DEFENCE COUNSEL:" after "DEFENCE COUNSEL (Ms Sabina Karimova):": hers
        return named
    person = doc.namer.unregistered(name, doc.paragraphs[turn.paragraph].start)
    return doc.namer.holders.get(person) or doc.namer.descriptions.envoy_state(person)


# The post of an official in a caption or label ("SPOKESMAN, AZERBAIJANI PRESIDENTIAL ADMINISTRATION"); a
# lawyer or a relative named with an institution ("LAWYER FOR FAMILIES AT THE EUROPEAN COURT") holds none.
_OFFICIAL_POST = re.compile(r"\b(?:spokes(?:man|woman|person)|minister|official|representative|head|director"
                            r"|ambassador|envoy|adviser|advisor|prosecutor|deputy|secretary|press\s+secretary)\b",
                            re.IGNORECASE)


def _official_of(doc, office: str, offset: int) -> str | None:
    """The registered actor an official's post in a turn label speaks for: an institution it names, else the
    office of the State its adjective or name gives ("Azerbaijani Presidential Administration" is the State,
    "Armenian Foreign Ministry" the ministry), else a government's post of the State the text is set in ("Deputy
    Foreign Minister" on Armenian television); None for a post of no State or institution."""
    official = _OFFICIAL_POST.search(office)
    for part in (p.strip() for p in office.split(",")):
        words = " ".join(w if w.lower() in ("of", "for", "the", "and") else w.capitalize() if w.isupper() else w
                         for w in part.split())
        found = registry_module.resolve(words, doc.published, doc.registry, strict=True)
        if found and doc.registry[found].type != "person":
            return found  # "Pierre Lindholm, European External Action Service. –": the institution itself
        if not official:
            continue
        owner = re.match(r"(?:the\s+)?(?P<state>[A-Z][a-z]+)(?:['’]s)?\s+(?P<rest>.+)", words)
        if owner:
            state = doc.namer.descriptions.state_named(owner.group("state"))
            if state:
                return doc.namer.descriptions.state_office(state, owner.group("rest")) or state
    post = office.split(",")[0]
    return doc.namer.descriptions.unnamed_post(post, offset) if _PORTFOLIO_MINISTER.fullmatch(post.strip()) else None


# A minister's post by its portfolio, with no State: "Deputy Foreign Minister", "Minister of Justice".
_PORTFOLIO_MINISTER = re.compile(r"(?i:(?:First\s+)?(?:Deputy\s+)?(?:Foreign|Justice|Defen[cs]e|Interior)\s+Minister"
                                 r"|(?:First\s+)?(?:Deputy\s+)?Minister\s+(?:of|for)\s+(?:Foreign\s+Affairs|Justice|Defen[cs]e"
                                 r"|Internal\s+Affairs))")


# A member of a government in a parliament's record: a minister, a secretary of state, a parliamentary secretary.
_GOVERNMENT_MEMBER = re.compile(r"\b(?:Minister|Secretary\s+of\s+State|State\s+Secretary|Parliamentary\s+Secretary"
                                r"|Under-Secretary|Undersecretary|Federal\s+Councill?or)\b", re.IGNORECASE)
_COMMISSIONER = re.compile(r"\b(?:(?:Member|Vice-President|President)\s+of\s+the\s+(?:European\s+)?Commission|Commissioner"
                           r"|High\s+Representative)\b", re.IGNORECASE)


_COMPANY_POST = re.compile(r"(?i)\b(?:chief|executive|officer|director|chair(?:man|woman|person)?|treasurer"
                           r"|secretary|manager|founder|partner)\b")


def _serves(doc, person: str, detail: str | None) -> bool:
    """Whether the registered ``person`` a bare surname matched can be the delegate of the State a record's
    brackets name: true unless the brackets name a State and she is not affiliated with it (a scholar or
    an NGO's expert does not sit behind a State's nameplate; her namesake does)."""
    state = _delegation(doc, detail)
    if not state:
        return True
    country = (doc.registry[state].affiliation or "") if state in doc.registry else state
    return (doc.registry[person].affiliation or "").lower() == country.lower()


def _delegation(doc, detail: str | None) -> str | None:
    """The State a delegate's brackets name, when the record is not a parliament's ("(Armenia)" is
    ``armenia``; an unregistered State keeps its name, "France"); None for "(Armenia, SOC)"."""
    if not detail or "," in detail or doc.layout.parliament or clean_name(detail, doc.words) != detail \
            or houses.POLITICAL_GROUP.fullmatch(detail.strip()):
        # "(Armenia, SOC)", a parliament's member, "(Deputy Minister of Foreign Affairs)", a member's political
        # group ("Anna Novak (PPE), in writing. –"): no State
        return None
    found = registry_module.resolve(detail.strip(), doc.published, doc.registry, strict=True)
    if found:
        return found if doc.registry[found].office == "state" else None
    words = detail.split()
    # "(MOTHER OF A DETAINEE)", "(LAWYER)": who she is, in a script's capitals, no State; nor a company's post,
    # "Tomas Reiner (Chief Executive):" at a shareholders' meeting
    if any(w.lower() in doc.words.describing_words or w.lower() in ("a", "an") for w in words) \
            or _COMPANY_POST.search(detail):
        return None
    return detail.strip() if 1 <= len(words) <= 5 and all(w[:1].isupper() or w in ("of", "the", "and")
                                                          for w in words) else None


def _chair(doc, turn) -> str:
    """The presiding officer: the name in "The PRESIDENT (Mr. X):"; else the body whose record it is, when
    the record's heading names a registered one (the chair speaks for the Assembly), or the national
    parliament the heading names ("Milli Majlis"); else the office as the record prints it."""
    # a national parliament is its State's organ: the Milli Majlis's Speaker speaks for Azerbaijan (hard case 16)
    house = houses.record_body(doc) or doc.layout.house or houses.house_name(doc) or doc.layout.unlisted \
        or doc.namer.defined.get("house")
    if turn.detail and not (doc.layout.parliament and house):
        # "The PRESIDENT (Mr. X):" of a council speaks as herself; a parliament's chair, named or not ("Chair
        # (Annelies Vroom). –"), for the house (GUIDELINES hard case 12)
        name = clean_name(layouts.normal_name(turn.detail), doc.words)
        if name:
            return registry_module.resolve(name, doc.published, doc.registry, strict=True) or name
    return house or layouts.normal_name(turn.label)
