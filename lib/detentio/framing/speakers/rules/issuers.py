"""The issuer rule: a text printed in full speaks for the one who issues it ("Statement of the Ministry of Foreign
Affairs ...", "Letter dated ... from the Permanent Representative of Armenia ...", "Homily of Bishop X"), and
statements printed one after another each for their own (split from :mod:`.opening`, which reads the other
heads of a document: its headline and transcript labels).

>>> issuer_of(doc)        # the issuer the heading names, or None
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.grammar import NAME_AFTER, NAME_WORD
from detentio.framing.speakers import heads
from detentio.framing.speakers.cleaning import clean_name, normal_name


def issuer(doc, who) -> None:
    """A statement printed in full ("Statement of the Ministry of Foreign Affairs ...", "News release,
    ICRC", "Letter dated ... from the Permanent Representative of Armenia ...") speaks for its issuer: the
    issuer, not the outlet, says what nobody else is named for.

    Example:
        Statement of the Ministry of Foreign Affairs of Armenia

        The detainees must be released without delay.
    Yields: mfa_armenia
    Not:
        The Ministry of Foreign Affairs of Armenia

        The detainees must be released without delay.
    """
    found = doc.namer.own if doc.layout is not None else issuer_of(doc)  # the layout stage found it already
    if found:
        who.fallback, who.fallback_rule = found, "issuer"
    if "issuer" in who.disabled:
        return
    head = _instrument_head(doc) if found else None
    if head and issuer_of(doc) == found:
        # an instrument printed by another: the title and notes before its head, and the translator's bracketed
        # notes inside it ("[Translator's note: ...]"), are the publisher's
        for number in doc.body_paragraphs:
            if doc.paragraphs[number].end <= head.start():
                who.decide_paragraph(number, who.outlet, "issuer")
        for note in _TRANSLATOR_NOTE.finditer(doc.text, head.start()):
            for index in range(doc.sentence_of(note.start() + 1), doc.sentence_of(note.end() - 1) + 1):
                if doc.sentences[index][1] >= note.start():  # (never the sentence it stands inside)
                    who.decide_sentence(index, who.outlet, "issuer")
    # Statements printed one after another ("Statement by the Delegation of Armenia", then "Right of reply by
    # the Delegation of Azerbaijan"): each heading's issuer speaks its section
    sections = [(n, issued_by(doc, _heading_with_author(doc, n), doc.paragraphs[n].start))
                for n in doc.body_paragraphs[1:] if doc.paragraphs[n].end - doc.paragraphs[n].start <= 160
                or _WRITTEN_QUESTION.match(doc.text, doc.paragraphs[n].start, doc.paragraphs[n].end)]  # long heading
    sections = [(n, issuer) for n, issuer in sections if issuer]
    # one issuer throughout is the text's; a single section heading counts inside a body's own text ("B.
    # Explanatory memorandum by Ms X, rapporteur" after an Assembly's resolution), not in an outlet's report
    body_voice = {who.fallback} if who.fallback and not who.fallback.startswith("outlet:") else set()
    # ... and so does a text delivered aloud and printed in full ("Homily of Bishop X") after a publisher's note
    delivered = any(doc.words.delivered.match(doc.text, doc.paragraphs[n].start, doc.paragraphs[n].end) for n, _ in sections)
    if len({issuer for _n, issuer in sections} | body_voice) < 2 and not delivered:
        return
    for (n, issuer), following in zip(sections, [n for n, _ in sections[1:]] + [len(doc.paragraphs)]):
        for number in range(n, following):
            para = doc.paragraphs[number]
            if number > n and AFTERWARDS.match(doc.text, para.start, para.end):
                break  # "After the service, ...": the publisher's note resumes
            if number not in who.labelled:
                who.labelled[number] = (issuer, "issuer")


# The publisher's narration resuming after a text delivered aloud: "After the service, ...", "Following the speech".
AFTERWARDS = re.compile(r"[ \t]*(?:After|Following|At\s+the\s+end\s+of)\s+(?:the|his|her|their)\s+(?:service|homily|sermon"
                         r"|speech|address|remarks|lecture|liturgy|mass|ceremony|event|rally|prayer|prayers)\b")


# "by Ms. Sigrid Aalto, Rapporteur": a heading's author on the line below it.
_BY_LINE = re.compile(r"[ \t]*by[ \t]+[A-Z][^\n]{2,100}")


def _heading_with_author(doc, number: int) -> str:
    """Paragraph ``number``'s text, with the "by ..." line below it when it is a heading of a kind alone
    ("EXPLANATORY MEMORANDUM" over "by Ms. Sigrid Aalto, Rapporteur")."""
    para = doc.paragraphs[number]
    line = doc.text[para.start:para.end]
    if number + 1 < len(doc.paragraphs) and KIND_ALONE.fullmatch(line.strip()):
        below = doc.paragraphs[number + 1]
        if _BY_LINE.fullmatch(doc.text, below.start, below.end):
            # (an honorific's full stop would end the heading's issuer: "Ms. Sigrid Aalto" is "Ms Sigrid Aalto")
            by = re.sub(r"\b(Ms|Mr|Mrs|Dr)\.", r"\1", doc.text[below.start:below.end].strip())
            return f"{line.rstrip()} {by}"
    return line


# A heading that is a statement's kind alone ("EXPLANATORY MEMORANDUM", "B. Explanatory memorandum").
KIND_ALONE = re.compile(r"(?:[A-Z]\.[ \t]+)?(?:explanatory[ \t]+memorandum|statement|declaration|open[ \t]+letter)",
                         re.IGNORECASE)


def issuer_of(doc) -> str | None:
    """The issuer the heading (the first three paragraphs of the body) names for a text printed in full, or the
    organ an instrument's head names (see :data:`_INSTRUMENT_HEAD`)."""
    told = False  # whether a sentence of the publisher's came before
    for number in doc.body_paragraphs[:3]:
        para = doc.paragraphs[number]
        line = doc.text[para.start:para.end]
        # (a heading after the publisher's own sentences, "Homily of Bishop X" after its note, heads a section of
        # the text, not the text)
        found = None if told else issued_by(doc, line, para.start)
        if found:
            return found
        told = told or line.rstrip().endswith((".", "!", "?"))
    head = _instrument_head(doc)
    if head:  # a translation's title and its translator's note may come first
        organ = _OF_REPUBLIC.sub("of", " ".join(head.group("organ").split()).title())
        return registry_module.resolve(organ, doc.published, doc.registry, strict=True)
    return None


def _instrument_head(doc):
    """The match of an instrument's head in the first six paragraphs, or None."""
    body = doc.body_paragraphs[:6]
    return _INSTRUMENT_HEAD.search(doc.text, doc.paragraphs[body[0]].start, doc.paragraphs[body[-1]].end) \
        if body else None


# An instrument's head: its issuing organ in capitals on a line of its own, then its kind ("GOVERNMENT OF THE
# REPUBLIC OF ARMENIA / DECISION / No. 214-N ..."), as a decree, a decision or a resolution is printed.
_INSTRUMENT_HEAD = re.compile(r"(?m)^[ \t]*(?P<organ>[A-Z][A-Z ,’'-]{5,120}?)[ \t]*\n[ \t]*"
                              r"(?:DECISION|DECREE|RESOLUTION|ORDER|ORDINANCE|DIRECTIVE)[ \t]*$")
_TRANSLATOR_NOTE = re.compile(r"\[(?:Translator['’]s|Translation)[ \t]+note[^\]\n]{0,600}\]")
_OF_REPUBLIC = re.compile(r"\b[Oo]f\s+[Tt]he\s+Republic\s+[Oo]f\b")


# "Letter dated 9 April 2025 from the Permanent Representative of Armenia to the United Nations addressed to
# the Secretary-General", "Note verbale dated ... from the Permanent Mission of Azerbaijan ...": the State's.
_LETTER = re.compile(r"\s*(?:Identical\s+)?(?:[Ll]etters?|[Nn]ote\s+verbale)\s+dated\s+[^,.;]{3,40}?\s+from\s+the\s+"
                     r"(?:Permanent\s+Representative|Permanent\s+Mission|Charg[ée]\s+d['’]affaires(?:\s+a\.i\.)?"
                     r"|Deputy\s+Permanent\s+Representative|Minister\s+for\s+Foreign\s+Affairs|Ambassador)\s+of\s+"
                     r"(?:the\s+Republic\s+of\s+)?(?P<state>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:to|addressed)\b")


# A parliament's written question and the answer printed after it: "Question for written answer E-003512/2025
# to the Commission ... / Ingrid Falk (Renew), Tomasz Wilk (PPE)", then "Answer given by High Representative/
# Vice-President Kallas on behalf of the European Commission (2.12.2025)".
_WRITTEN_QUESTION = re.compile(r"\s*(?:Question\s+for\s+written\s+answer|Written\s+question|Parliamentary\s+question"
                               r"\s+for\s+written\s+answer)\b", re.IGNORECASE)
# Its authors, one line of names with their groups in brackets: the first named asks (the text names no other).
_AUTHORS = re.compile(rf"^[ \t]*(?P<first>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*\([^()\n]{{1,40}}\)"
                      r"(?:[ \t]*,[ \t]*[^()\n,]{2,60}\([^()\n]{1,40}\))*[ \t]*$", re.MULTILINE)
_ANSWER_GIVEN = re.compile(r"\s*Answer\s+given\s+by\s+(?P<by>[^()\n]{2,120}?)(?:\s+on\s+behalf\s+of\s+(?:the\s+)?"
                           r"(?P<body>[^()\n]{2,80}?))?\s*(?:\(|$)", re.IGNORECASE | re.MULTILINE)


def _written_question(doc, line: str) -> str | None:
    """Who a written question's heading or its answer's heading names: the first author, or the body the
    answer is given on behalf of ("the European Commission": the Union, hard case 12), else its giver."""
    authors = _AUTHORS.search(line) if _WRITTEN_QUESTION.search(doc.text, 0, min(len(doc.text), 600)) else None
    if authors and (_WRITTEN_QUESTION.match(line) or authors.start() == 0):  # its heading, or its authors' line
        return clean_name(authors.group("first"), doc.words)
    answer = _ANSWER_GIVEN.match(line)
    if not answer:
        return None
    for phrase in (answer.group("body"), answer.group("by")):
        found = registry_module.resolve(phrase, doc.published, doc.registry, strict=True) if phrase else None
        if found:
            return found
    return answer.group("body") or clean_name(answer.group("by"), doc.words)


def issued_by(doc, line: str, start: int | None = None) -> str | None:
    """Who issues the text whose head line is ``line`` (starting at ``start`` in the body, when known)."""
    asked = _written_question(doc, line)
    if asked:
        return asked
    letter = _LETTER.match(line)
    if letter:  # a State's letter circulated as a UN document speaks for that State
        found = registry_module.resolve(letter.group("state"), doc.published, doc.registry, strict=True)
        return found if found and doc.registry[found].office == "state" else letter.group("state")
    field = heads.SPEAKER_FIELD.fullmatch(line.strip())
    if field:  # "Speaker: Ararat Mirzoyan, Minister of Foreign Affairs of Armenia": the speech is his
        named = registry_module.resolve(field.group("name"), doc.published, doc.registry, strict=True)
        if named or start is None:
            return named or clean_name(field.group("name"), doc.words)
        # "Speaker: Thomas Berger, head of the ICRC delegation": an official speaks for her institution (hard case 12)
        name_end = start + line.index(field.group("name")) + len(field.group("name"))
        return doc.namer.posts.after(name_end, start + len(line)) or clean_name(field.group("name"), doc.words)
    m = doc.words.issued.match(line) or _ISSUER_FIRST.fullmatch(line.strip())
    if not m:
        return None
    phrase = re.sub(r"^(?:the)\s+", "", m.group("issuer").strip(), flags=re.IGNORECASE)
    if _NO_ISSUER.fullmatch(phrase):
        return None  # "PRESS RELEASE - UNOFFICIAL TRANSLATION": what the copy is, not who issues it
    if phrase.isupper() and " " in phrase:  # "STATEMENT BY THE DELEGATION OF ARMENIA": a heading in capitals (not "EU")
        phrase = normal_name(phrase)
    # "Ms Ingrid Hallvard, rapporteur": she issues it
    phrase = re.sub(r",\s*(?:general\s+)?rapporteur$", "", phrase, flags=re.IGNORECASE)
    # "Statement by the Delegation of Azerbaijan in response", "... in exercise of the right of reply"
    phrase = re.sub(r",?\s+(?:in\s+(?:response|reply)|in\s+exercise\s+of\s+the\s+right\s+of\s+reply)\b.*$", "", phrase)
    # "Statement by the High Representative on behalf of the EU on the release of ...": the Union speaks; the topic
    # after "on" is no part of the issuer's name. Only a registered issuer is read so: "Statement of the Presidential
    # Administration on the handover ..." stays the publisher's (an organ of its State)
    behalf = _ON_BEHALF.search(phrase)
    shorter = _TOPIC.sub("", behalf.group("for") if behalf else phrase)
    found = registry_module.resolve(shorter, doc.published, doc.registry, strict=True) if shorter != phrase else None
    if found:
        return found
    if re.search(r"\d", phrase):
        return None  # "News release, Geneva/Baku, 3 September 2025": a dateline, not an issuer
    found = registry_module.resolve(phrase, doc.published, doc.registry, strict=True) \
        or registry_module.resolve(registry_module.short_style(phrase), doc.published, doc.registry, strict=True)
    if found:
        return found
    office = _OFFICE_OF.match(phrase)
    if office:  # "the Registrar of the Court", "the Press Service of the Ministry": the body it serves speaks
        body = office.group("body").strip()
        found = registry_module.resolve(body, doc.published, doc.registry, strict=True) \
            or doc.namer.describe(body, len(doc.text))
        if found:
            return found
    organ = _ORGAN_OF_STATE.search(phrase)
    state = registry_module.state_named(organ.group("state"), doc.published, doc.registry) if organ else None
    if state:
        # "Joint information of the Prosecutor General's Office of the Republic of Azerbaijan and the State Security
        # Service": an organ of a registered State the registry does not list speaks for it (held-out 4 decision 7)
        return state
    if start is not None and _PORTFOLIO_ORGAN.fullmatch(phrase):
        # "INFORMATION OF THE MINISTRY OF DEFENSE" under "Ministry of Defense of the Republic of Azerbaijan: daily
        # bulletin": an organ named by its portfolio alone is the organ of the State the text is set in
        state = doc.namer.descriptions.context_state(start)
        if state:
            return state
    return clean_name(phrase, doc.words) if NAME_AFTER.fullmatch(phrase) else None


# What a heading says of the copy after its kind, not who issued it: "Press release - unofficial translation",
# "Statement: check against delivery", "News release - for immediate release".
_NO_ISSUER = re.compile(r"(?:(?:unofficial|official|informal|courtesy|english|working)\s+)?translation(?:\s+into\s+\w+)?"
                        r"|check\s+against\s+delivery|for\s+immediate\s+release|embargoed(?:\s+until\b.*)?", re.IGNORECASE)
_ORGAN_OF_STATE = re.compile(r"\b(?:Office|Service|Ministry|Agency|Administration|Committee|Commission|Procuracy|Court"
                             r"|Department|Directorate)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<state>[A-Z][\w-]+)")
# An organ by its portfolio, with no State: "Ministry of Defense", "State Security Service", "Ministry of Justice".
_PORTFOLIO_ORGAN = re.compile(r"(?:Ministry\s+of\s+(?:Defen[cs]e|Justice|Foreign\s+Affairs|Internal\s+Affairs"
                              r"|Emergency\s+Situations)|State\s+Security\s+Service|State\s+Border\s+Service)",
                              re.IGNORECASE)
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?P<for>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})")
_TOPIC = re.compile(r"\s+(?:on|regarding|concerning|about)\s+(?:the|a|an|recent|its)\b.*$")
# "EU Statement on the release of Armenian detainees", "United States Statement at the Permanent Council": the
# issuer's name before the kind of text, as the OSCE and the UN print delegations' statements.
_ISSUER_FIRST = re.compile(r"(?P<issuer>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+(?:Statement|Declaration)\s+(?:on|at|in"
                           r"|regarding|concerning|to|for)\b[^.!?\n]{0,140}")


# The office that issues a body's texts: "Registrar of the Court", "Press Service of the Ministry of Defence".
_OFFICE_OF = re.compile(r"(?:Registrar|Registry|Press\s+(?:Service|Office)|Information\s+Service|Secretariat|Spokesperson"
                        r"|Information\s+Department)\s+of\s+(?:the\s+)?(?P<body>.+)$", re.IGNORECASE)
