"""A section under a heading that names whose it is (``reply_section``): a State's reply in a body's list of
questions ("Reply of Azerbaijan to paragraph 12"), a party's information in a decision ("Considering the following
information on file from the complainant:"), the parts of a treaty body's Views ("The facts as submitted by the
author", "State party's observations on admissibility and the merits").

Like the entries of :mod:`.entries`, a section needs no layout: its heading says whose it is.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers import organs
from detentio.framing.speakers.participants import state_party


# A reply set under its own heading in a body's list of questions: "Reply of Azerbaijan to paragraph 12", "Replies
# of the State party", "Response of the Government of Armenia to question 3", "Information provided by Azerbaijan";
# and a government's own account of a meeting printed beside the other side's: "Readout of the Office of the Deputy
# Prime Minister of the Republic of Armenia".
_REPLY = r"(?:Reply|Replies|Response|Responses|Answers?|Information[ \t]+provided|Readout)[ \t]+(?:of|from|by)"
# ... or a letter's reply printed after it, numbered and dated: "2. The reply of the Ministry of Foreign Affairs of
# Azerbaijan, 3 November 2025".
_THE_REPLY = r"(?:\d{1,2}\.[ \t]+)?[Tt]he[ \t]+(?:reply|response)[ \t]+(?:of|from)"
_ANY_REPLY = re.compile(rf"\b{_REPLY}\b|{_THE_REPLY}")
_REPLY_HEAD = re.compile(rf"[ \t]*(?:{_REPLY}|{_THE_REPLY})[ \t]+"
                         r"(?P<who>(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|the)[ \t]+)*[A-Z][\w’'-]*){0,7}"
                         r"|the[ \t]+State[ \t]+party|the[ \t]+Government)"
                         r"(?:[ \t]+(?:to|on)[ \t]+(?:the[ \t]+)?(?:paragraph|question|issue|list|item)s?\b[^\n]{0,60})?"
                         r"(?:,[ \t]*(?:dated[ \t]+)?\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4})?[ \t]*:?[ \t]*$")
# What ends a reply: the body's next numbered question ("13. Please provide ...") or a heading of a new part
# ("Articles 2 and 11"), and the next reply's own heading.
# ... or the publisher's own note after it ("Note from Caucasus Brief", "Editor's note").
_QUESTION_OPENS = re.compile(r"[ \t]*(?:\d{1,3}\.[ \t]+[A-Z]|(?:Articles?|Part|Section|Question|Issue)[ \t]+\w"
                             r"|Note[ \t]+(?:from|by)[ \t]+[A-Z]|Editor['’]s[ \t]+note)")


# A decision's section of one party's information, as the Inter-Parliamentary Union's committee prints it:
# "Considering the following information on file from the complainant:", "Considering the information provided by
# the authorities of Azerbaijan:". It runs over numbered paragraphs to the next heading of its own line.
_ON_FILE_HEAD = re.compile(r"[ \t]*(?:Considering|Having[ \t]+considered|Noting)[ \t]+(?:the[ \t]+)?(?:following[ \t]+)?"
                           r"information[ \t]+(?:on[ \t]+file[ \t]+)?,?[ \t]*(?:from|provided[ \t]+by|submitted[ \t]+by"
                           r"|received[ \t]+from)[ \t]+(?P<who>[^\n:]{2,100}?)[ \t]*:[ \t]*$")
# The parts of a treaty body's Views or decision that are one party's: "The facts as submitted by the author", "The
# complaint", "State party's observations on admissibility and the merits", "Author's comments on the State party's
# observations", "Complainant's further comments".
# ... and an inter-State application's summary: "The facts as submitted by the applicant Government", "The
# complaints", "The position of the respondent Government" (the States its heading names, terms.interstate_parties).
_PARTY_WORDS = r"authors?|complainants?|petitioners?|State[ \t]+party|applicant(?:[ \t]+Government)?|respondent[ \t]+Government"
_VIEWS_HEAD = re.compile(r"[ \t]*(?:[A-Z]\.[ \t]+)?(?:(?:The[ \t]+)?facts[ \t]+as[ \t]+(?:submitted|presented)[ \t]+by[ \t]+the[ \t]+"
                         rf"(?P<term>{_PARTY_WORDS})|(?P<complaint>The[ \t]+complaints?)|(?P<own>{_PARTY_WORDS})['’]s?[ \t]+"
                         r"(?:(?:additional|further)[ \t]+)?(?:observations|submissions|comments|reply|response)\b[^\n.]{0,100}"
                         rf"|(?:The[ \t]+)?(?:position|observations|submissions)[ \t]+of[ \t]+the[ \t]+(?P<of>{_PARTY_WORDS}))"
                         r"[ \t]*$", re.IGNORECASE)
# A party's line introducing its list: "The applicant Government allege:" (a heading's groups, for _views_party).
_PARTY_LEAD = re.compile(rf"[ \t]*The[ \t]+(?P<term>{_PARTY_WORDS})[ \t]+[a-z]+[ \t]*:[ \t]*(?P<complaint>)(?P<own>)(?P<of>)",
                         re.IGNORECASE)

# What ends such a section: an unnumbered heading ("The Committee,", "Considering ... :", "Issues and proceedings
# before the Committee").
_SECTION_HEADING = re.compile(r"[ \t]*[A-Z][^\n]{0,160}[:,][ \t]*$|[ \t]*(?:[A-Z]\.[ \t]+)?[A-Z][^\n.:;]{0,100}$")
# "the authorities of Azerbaijan", "the parliamentary authorities of Armenia": that State.
_AUTHORITIES_OF = re.compile(r"(?:the[ \t]+)?(?:[a-z]+[ \t]+)?(?:authorities|Government)[ \t]+of[ \t]+(?:the[ \t]+)?"
                             r"(?:Republic[ \t]+of[ \t]+)?(?P<state>[A-Z][\w-]+)")


def reply_section(doc, who) -> None:
    """A reply printed under its own heading in a body's list of questions ("Reply of Azerbaijan to paragraph
    12") is the State's, from its heading to the body's next numbered question (hard case 16: a State party's
    written reply is its speech, as its delegation's words are in a summary record); "the State party" and "the
    Government" in the heading are the State the text reviews; a letter's reply printed after it ("2. The reply of
    the Ministry of Foreign Affairs of Azerbaijan, 3 November 2025") is the replier's; a government's readout of a
    meeting ("Readout of the Office of the Deputy Prime Minister of the Republic of Armenia") is its State's, up to
    the next readout or the publisher's note. A decision's section of a party's information
    ("Considering the following information on file from the complainant:") is that party's, to the next heading,
    and so is each part of a treaty body's Views ("The facts as submitted by the author": the author the head's
    "Communication submitted by:" names; "State party's observations ...": the State its "State party:" names).
    An extract set out for study under its label ("Source B. Hikmet Hajiyev, Assistant to the President of
    Azerbaijan, on ...") is the speaker its label names first, up to a blank line; a body's question that a
    reply to its questionnaire reprints ("Question 3. Please indicate ...") is that body's; an article a record
    reprints under its source's line ("[From the Valley Sentinel, Jan. 16, 2026]") is that source's. A rebuttal's
    items quoting the report it answers ("Claim 1: "..."", "Allegation:") are that report's author's, whom its head
    names ("Response of the Ministry ... to the report of the Caucasus Justice Initiative").

    Example:
        List of issues in relation to the report of Azerbaijan

        12. Please comment on reports that the detainees are prisoners of war.

        Reply of Azerbaijan to paragraph 12
        The State party holds no prisoners of war; the persons concerned are terrorists.
    Yields: azerbaijan
    Not:
        List of issues in relation to the report of Azerbaijan

        12. Please comment on reports that the detainees are prisoners of war.

        The State party holds no prisoners of war; the persons concerned are terrorists.
    """
    text, paragraphs = doc.text, doc.body_paragraphs
    if "report" in text and _REBUTTED_ITEM.search(text):  # (most texts answer no report point by point)
        _rebuttal(doc, who)
    if "information" in text or "party" in text or "Government" in text:
        _information_sections(doc, who)
    if "Source" in text or "Extract" in text or "Document" in text:
        _extracts(doc, who)
    if "Testimony" in text or "Account" in text or "Witness" in text:
        _testimonies(doc, who)
    if "Question" in text:
        _questionnaire(doc, who)
    if "[From" in text or "[Reprinted" in text:
        _reprints(doc, who)
    if not _ANY_REPLY.search(text):
        return  # no reply under a heading: most texts, read no further
    replier = None
    for n in paragraphs[1:]:
        para = doc.paragraphs[n]
        line_end = text.find("\n", para.start, para.end)
        head = _REPLY_HEAD.match(text, para.start, line_end if line_end >= 0 else para.end)
        if head:
            replier = _replier(doc, head.group("who"))
        elif replier and _QUESTION_OPENS.match(text, para.start, para.end):
            replier = None
        if replier:
            who.decide_paragraph(n, replier, "reply_section")


# An article a record reprints under its source's line in brackets, as the Congressional Record prints what a member
# enters: "[From the Valley Sentinel, Jan. 16, 2026]". It runs to the next such line, a letter's head (a salutation, an
# address block whose first line ends with a comma) or the member's own words again ("Mr. Speaker, ...").
_REPRINT_HEAD = re.compile(r"[ \t]*\[(?:From|Reprinted[ \t]+from)[ \t]+(?:the[ \t]+)?(?P<who>[A-Z][^,\]\n]{1,80}?)"
                           r"(?:,[^\]\n]{0,60})?\][ \t]*")
_REPRINT_ENDS = re.compile(r"[ \t]*(?:Dear[ \t]|(?:Mr|Madam|Mister)\.?[ \t]+(?:Speaker|President|Chairman)\b|\[|Hon\.[ \t])"
                           r"|[^\n]{2,80},[ \t]*\n")


def _reprints(doc, who) -> None:
    """Each reprinted article under its source's bracketed line is that source's (the registered actor, else the
    name as printed), up to the next item of the record."""
    source = None
    for n in doc.body_paragraphs[1:]:
        para = doc.paragraphs[n]
        head = _REPRINT_HEAD.fullmatch(doc.text, para.start, para.end)
        if head:
            name = head.group("who").strip()
            source = registry_module.resolve(name, doc.published, doc.registry, strict=True) or name
            continue
        if source and _REPRINT_ENDS.match(doc.text, para.start, para.end):
            source = None
        if source:
            who.decide_paragraph(n, source, "reply_section")


def _information_sections(doc, who) -> None:
    """Each party's section of a decision under "Considering the following information ... from X:" or of a
    treaty body's Views under "The facts as submitted by the author": that party's, up to the next unnumbered
    heading; a party the text does not let us name leaves its section alone."""
    party = None
    for n in doc.body_paragraphs[1:]:
        para = doc.paragraphs[n]
        line_end = doc.text.find("\n", para.start, para.end)
        line_end = line_end if line_end >= 0 else para.end
        head = _ON_FILE_HEAD.match(doc.text, para.start, line_end)
        views = None if head else _VIEWS_HEAD.match(doc.text, para.start, line_end)
        if head or views:
            party = _party_named(doc, head.group("who")) if head else _views_party(doc, views)
            continue
        lead = _PARTY_LEAD.fullmatch(doc.text, para.start, line_end)
        if lead and "applicant government" in doc.namer.defined:
            party = _views_party(doc, lead)  # "The applicant Government allege:", its numbered complaints below
        elif party and _SECTION_HEADING.match(doc.text, para.start, line_end):
            party = None
        if party:
            who.decide_paragraph(n, party, "reply_section")


# A document's extract set out for study under its label, as teaching materials and examination papers print them:
# "Source B. Hikmet Hajiyev, Assistant to the President of Azerbaijan, on ...", "Document 2: ICRC news release",
# "Extract C – European Parliament resolution of 20 May 2021"; the extract is on the lines under it.
_EXTRACT_HEAD = re.compile(r"[ \t]*(?:Source|Document|Extract)[ \t]+(?:[A-Z]|\d{1,2})[ \t]*[.:–—-][ \t]+(?P<who>\S[^\n]{1,200})")
# An unregistered person the label names before her post: "Anna Petrosyan, teacher in Goris".
_LABEL_PERSON = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})[ \t]*,")


def _extracts(doc, who) -> None:
    """Each extract under its label ("Source B. Hikmet Hajiyev, ...") is the speaker the label opens with (a
    registered actor, else a person's name before her post), up to a blank line; a label that names nobody
    ("Source F. A mother in Goris") leaves its extract alone."""
    speaker, previous = None, None
    for n in doc.body_paragraphs:
        para = doc.paragraphs[n]
        head = _EXTRACT_HEAD.match(doc.text, para.start, para.end)
        if head:
            start = head.start("who")
            speaker = next((actor for s, _e, actor, _ in doc.namer.actor_spans if start <= s <= start + 4), None)
            person = None if speaker else _LABEL_PERSON.match(head.group("who"))
            if person and not any(w.lower() in doc.words.not_names | doc.words.institution_words
                                  for w in person.group("name").split()):
                speaker = person.group("name")
        elif speaker and previous is not None and "\n\n" in doc.text[doc.paragraphs[previous].end:para.start]:
            speaker = None  # a blank line ends the extract
        elif speaker:
            who.decide_paragraph(n, speaker, "reply_section")
        previous = n


# A collection's testimony under its label: "Testimony 3. A.K., 21 at the time of capture. Captured near ...",
# "Account 2: Gohar Simonyan, mother of a detainee." (initials, or a name of two or three words, then a comma).
_TESTIMONY_HEAD = re.compile(r"[ \t]*(?:Testimony|Account|Witness)[ \t]+(?:No\.?[ \t]*)?\d{1,3}[ \t]*[.:–—-][ \t]+"
                             r"(?P<who>(?:[A-Z]\.[ \t]*){1,3}|[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2})[ \t]*,")


def _testimonies(doc, who) -> None:
    """Each testimony a collection prints under its label ("Testimony 3. A.K., 21 at the time of capture. ...") is
    the witness's the label names, over the paragraphs after it in the first person (the label is the editor's,
    and so is the first paragraph in the third person after it)."""
    witness = None
    for n in doc.body_paragraphs:
        para = doc.paragraphs[n]
        head = _TESTIMONY_HEAD.match(doc.text, para.start, para.end)
        if head:
            witness = " ".join(head.group("who").split())
        elif witness and _FIRST_PERSON.search(doc.text, para.start, para.end):
            who.decide_paragraph(n, witness, "reply_section")
        else:
            witness = None


_FIRST_PERSON = re.compile(r"(?<![\w’'-])(?:I|me|my|we|us|our)(?![\w’'-])")


# The body whose questionnaire a reply answers, as the reply's heading names it: "Reply of the Republic of Armenia to
# the questionnaire of the Working Group on Enforced or Involuntary Disappearances on persons deprived of liberty".
_QUESTIONNAIRE_OF = re.compile(r"\b(?:questionnaire|list[ \t]+of[ \t]+issues|request[ \t]+for[ \t]+information)[ \t]+"
                               r"(?:of|from|by)[ \t]+(?:the[ \t]+)?(?P<body>[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|on|or|and|for|the)[ \t]+)*"
                               r"[A-Z][\w’'-]*){0,8})")
# A question the reply reprints before its answer: "Question 3. Please indicate ...", "Question 2: Have any ...".
_QUESTION_LINE = re.compile(r"[ \t]*Question[ \t]+\d{1,2}[ \t]*[.:)]")


def _questionnaire(doc, who) -> None:
    """The questions a reply to a body's questionnaire reprints ("Question 3. Please indicate ...") are the body's
    (the reply's heading names it), each in its own paragraph; the replies under them stay the replier's."""
    head = " ".join(doc.text[doc.paragraphs[n].start:doc.paragraphs[n].end] for n in doc.body_paragraphs[:3])
    m = _QUESTIONNAIRE_OF.search(head)
    if not m:
        return
    body = registry_module.resolve(m.group("body"), doc.published, doc.registry, strict=True) or m.group("body")
    for n in doc.body_paragraphs:
        para = doc.paragraphs[n]
        if _QUESTION_LINE.match(doc.text, para.start, para.end):
            who.decide_paragraph(n, body, "reply_section")


def _views_party(doc, head) -> str | None:
    """The party a Views heading names: "the author" (or the complainant) as the text defined it, "State
    party" as the State the communication is against; "The complaint" is the author's."""
    term = head.group("term") or head.group("own") or head.group("of")
    if head.group("complaint"):
        # (an inter-State application's complaints, "Armenia v. Azerbaijan", are the applicant's)
        term = next((t for t in ("author", "complainant", "petitioner", "applicant government")
                     if t in doc.namer.defined), None)
    if not term:
        return None
    term = re.sub(r"\s+", " ", term.lower()).rstrip("s") if not term.lower().startswith("state") else "state party"
    return doc.namer.defined.get(term) or (state_party(doc) if term == "state party" else None)


def _party_named(doc, phrase: str) -> str | None:
    """The speaker a section heading's party phrase names: a term the text defined ("the complainant, the
    Legal Path Foundation"), a registered actor, or a State's authorities; None when none of these."""
    bare = re.sub(r"^the\s+", "", phrase.strip(), flags=re.IGNORECASE)
    defined = doc.namer.defined.get(bare.lower())
    if defined:
        return defined
    state = _AUTHORITIES_OF.fullmatch(phrase.strip())
    if state:
        return registry_module.resolve(state.group("state"), doc.published, doc.registry, strict=True)
    return registry_module.resolve(bare, doc.published, doc.registry, strict=True)


def _replier(doc, name: str) -> str | None:
    """The State a reply's heading names: registered by its name, else "the State party" or "the Government" as
    the State the text reviews; an unregistered name as given."""
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    if bare.lower() in ("state party", "government"):
        return state_party(doc)
    found = registry_module.resolve(name, doc.published, doc.registry, strict=True) \
        or registry_module.resolve(registry_module.short_style(name), doc.published, doc.registry, strict=True)
    # "the Office of the Deputy Prime Minister of the Republic of Armenia": an unregistered organ speaks for its
    # State (hard case 15), read as a publisher's name is
    organ = None if found else organs.organ_of(doc, bare)
    return found or (organ[0] if organ else bare)


# A rebuttal's item quoting what it answers ("Claim 1: "...", "Allegation 2:", "Myth:", "The report says:"), and
# whose report the head says it answers ("... to the report of the Caucasus Justice Initiative", "the report by X").
_REBUTTED_ITEM = re.compile(r"(?m)^[ \t]*(?:(?:Claim|Allegation|Assertion|Accusation|Myth)(?:[ \t]+(?:no\.[ \t]*)?\d{1,3})?"
                            r"|The[ \t]+report[ \t]+(?:says|claims|states|alleges))[ \t]*:")
_REPORT_OF = re.compile(r"\breport[ \t]+(?:of|by|from)[ \t]+(?:the[ \t]+)?(?P<who>[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|for|on|and|the)"
                        r"[ \t]+)*[A-Z][\w’'-]*){0,7})")


def _rebuttal(doc, who) -> None:
    """A rebuttal that answers a report point by point: each item quoting the report ("Claim 1: "...") is the
    report's author's, whom the text's head names; its answers ("Fact: ...") stay the rebutting body's. Only with
    two items or more, and an author named before the first."""
    items = [n for n in doc.body_paragraphs if _REBUTTED_ITEM.match(doc.text, doc.paragraphs[n].start)]
    if len(items) < 2:
        return
    named = _REPORT_OF.search(doc.text, 0, doc.paragraphs[items[0]].start)
    if not named:
        return
    name = named.group("who")
    author = registry_module.resolve(name, doc.published, doc.registry, strict=True) or name
    for n in items:
        who.decide_paragraph(n, author, "reply_section")
