"""Bylines: who signs a piece of opinion, read from its heading's lines or from the lines that close it.

A signed op-ed, column or analysis is its author's voice (GUIDELINES hard case 14); the front matter's
``author`` says so when it is filled, else one of these lines does ("By Marta Lindqvist", "Johanna Reinholt |
20 February 2026", "— Johanna Reinholt", "Johanna Reinholt is Professor of ...").

>>> byline(doc, doc.body_paragraphs[:4])   # "Johanna Reinholt"
"""
from __future__ import annotations

import itertools
import re

from detentio.core.calendar import MONTH
from detentio.framing import actors as registry_module
from detentio.framing.speakers import posts
from detentio.framing.speakers.cleaning import clean_name, normal_name
from detentio.framing.speakers.grammar import NAME_WORD

# An honorific a byline may give its author ("By Dr Marta Lindqvist"), and the author's name.
_HONOURED = r"(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?[ \t]+)?"
# (never a rubric in capitals over the byline: "THE LAST WORD", "THE BACK PAGE" is no one's name)
_AUTHOR = rf"{_HONOURED}(?!(?i:the)[ \t])(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})"

# "By Marta Lindqvist", "By Dr Marta Lindqvist, senior fellow at ...", "Guest post by X", "Author: X": a signed
# piece's byline paragraph (it may run on after the name); "BY THE NUMBERS" is a newsletter's rubric, no byline.
BYLINE = re.compile(rf"[ \t]*(?:(?:Guest[ \t]+post|Written|Posted|Words|Text|Commentary|Analysis)[ \t]+by|By|BY|Authors?:)"
                    rf"[ \t]+(?!(?i:the)\b){_AUTHOR}[ \t]*(?:[,|—–-]|\bon\b|$)")

# An agency's dateline before the byline in one paragraph: "Baku, 16 January (KhazarInform). ", "YEREVAN, 3 March
# 2026 — ".
_DATELINE = re.compile(rf"[ \t]*[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?,[ \t]+(?:\d{{1,2}}[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}})"
                       r"(?:,?[ \t]+\d{4})?[ \t]*(?:\([^()\n]{2,40}\))?[ \t]*(?:[.—–-]+|\([^()\n]{2,40}\)\.)[ \t]+")

# A page's credit field among its head's fields: "17 January 2026 | Text and photographs: Tamar Vos | Filed under:
# Caucasus", "Words: Anna Berg · 5 min read".
# ... or a log's head field naming who keeps it: "Chaplain: Fr. Ashot Mkhitaryan · Log book 2026/1".
_CREDIT_FIELD = re.compile(rf"(?:^|(?<=[|·•])|(?<=[|·•][ \t]))[ \t]*(?:Text|Words|Author|Written|Chaplain|Kept[ \t]+by)"
                           rf"(?:[ \t]+(?:and|&)[ \t]+(?:photographs|photos|pictures|images))?[ \t]*:[ \t]*"
                           rf"(?:(?:Fr|Father|Rev|Revd)\.?[ \t]+)?{_AUTHOR}[ \t]*(?=$|[|·•,])", re.MULTILINE)

# Lines that are a byline as a whole:
# "Elena Varga, 20 October 2025": a name and a date.
_DATED = re.compile(rf"[ \t]*{_AUTHOR},?[ \t]+(?:\d{{1,2}}[ \t]+)?{MONTH}[ \t]+(?:\d{{1,2}},[ \t]+)?\d{{4}}[ \t]*")
# "Johanna Kivelä*": a name with the mark of the note that says who she is.
_MARKED = re.compile(rf"[ \t]*{_AUTHOR}[ \t]*[*†‡¹²³⁴⁵⁶⁷⁸⁹]+[ \t]*")
# "Johanna Reinholt, Professor of International Law, Northbridge University": a name, her post and affiliation
# (no sentence: no verb's full stop, no quotation).
_TITLED = re.compile(rf"[ \t]*{_AUTHOR},[ \t]+(?:an?[ \t]+|the[ \t]+)?[A-Za-z][^\n.!?\"“”]{{2,140}}?[ \t]*")
# "Johanna Reinholt", "JOHANNA REINHOLT", "Johanna Reinholt | 20 February 2026", "Johanna Reinholt — Professor of
# International Law": a name alone, or before a separator and a short note.
_ALONE = re.compile(rf"[ \t]*{_AUTHOR}[ \t]*(?:[|—–][^\n]{{0,120}})?")
# "Johanna Reinholt is Professor of International Law at Northbridge University.": an author's note.
_NOTE = re.compile(rf"[ \t]*[*_]?{_AUTHOR}[ \t]+(?:is|was)[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:[\w’'-]+[ \t]+){{0,3}}?"
                   r"(?i:professor|lecturer|fellow|researcher|director|lawyer|journalist|analyst|editor|scholar|expert"
                   r"|adviser|advisor|diplomat|ambassador|member|head|chair|author|founder|partner|associate|student"
                   r"|candidate)\b[^\n]{0,200}")
# "— Johanna Reinholt": a signature closing the piece.
_SIGNED = re.compile(rf"[ \t]*[—–-]+[ \t]*{_AUTHOR}[ \t]*(?:,[^\n]{{0,120}})?")

# "Analysis | Henrik Aalto | 25 February 2026", "Opinion · Anna Berg": a rubric, then the name among the head's fields.
_RUBRIC = re.compile(rf"[ \t]*(?:Analysis|Opinion|Commentary|Comment|Essay|Column|Perspective|Viewpoint|Op-[Ee]d)"
                     rf"[ \t]*[|·•][ \t]*{_AUTHOR}[ \t]*(?:[|·•][^\n|·•]{{0,80}})?")

# "Facsimile edition with an introduction and notes by Lilit Hambardzumyan": an edition's editor, whose voice its
# introduction and notes are.
_EDITED = re.compile(rf"[ \t]*[A-Z][^\n.!?]{{0,60}}?\bwith[ \t]+(?:an[ \t]+)?introduction(?:[ \t]+and[ \t]+notes)?[ \t]+by[ \t]+"
                     rf"{_AUTHOR}[ \t]*")

_HEADING_LINES = (_DATED, _MARKED, _TITLED, _ALONE, _NOTE, _RUBRIC, _EDITED)
_CLOSING_LINES = (_SIGNED, _NOTE)


def byline(doc, paragraphs: list[int], closing: bool = False) -> str | None:
    """The author a byline among ``paragraphs`` names (the piece's own voice when it is signed); ``closing``
    paragraphs end the piece, where a signature or an author's note names her."""
    for n in paragraphs:
        para = doc.paragraphs[n]
        m = None if closing else BYLINE.match(doc.text, para.start, para.end)
        dated = _DATELINE.match(doc.text, para.start, para.end) if not closing and m is None else None
        if dated:  # "Baku, 16 January (KhazarInform). By Rashad Aliyarli, political observer": a wire's dateline first
            m = BYLINE.match(doc.text, dated.end(), para.end)
        if m is None and not closing and para.end - para.start <= 200:
            m = _CREDIT_FIELD.search(doc.text, para.start, para.end)  # "17 January 2026 | Text and photographs: X"
        for form in _CLOSING_LINES if closing else _HEADING_LINES:
            m = m or form.fullmatch(doc.text, para.start, para.end)
        if m is None:
            continue
        raw = m.group("name")
        name = clean_name(normal_name(raw) if raw.isupper() else raw, doc.words)
        if name in doc.registry.actors:
            if doc.registry[name].type == "person":
                return name
        elif name and " " in name and not any(w.lower() in doc.words.institution_words for w in name.split()):
            return name
    return None


# "I, ANAHIT BABAYAN, of 14 Tumanyan Street, Goris, say as follows:", "I, Gor Babayan, born on 2 April 2001, state
# that": a sworn statement's opening names who makes it, before the verb of declaring.
_DECLARES = re.compile(rf"[ \t]*I,[ \t]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}),[^\n]{{0,300}}?\b"
                       r"(?:say|state|declare|depose|affirm|make\s+(?:this|the\s+following)\s+statement)"
                       r"(?:\s+(?:as\s+follows|that))?\b")


def declarant(doc, paragraphs: list[int]) -> str | None:
    """Who makes a witness statement, an affidavit or a declaration, as its opening "I, NAME, ... say as follows"
    among ``paragraphs`` names her: the statement is in her voice, and signed by her (GUIDELINES hard case 14, as
    a signed piece of her own)."""
    name = _named_in(doc, paragraphs, _DECLARES.match)
    return clean_name(name, doc.words) if name else None


def _named_in(doc, paragraphs: list[int], read) -> str | None:
    """The ``name`` group of the first of ``paragraphs`` that ``read`` (a pattern's match or fullmatch) accepts, in
    ordinary case ("ANAHIT BABAYAN" -> "Anahit Babayan"), else None."""
    for n in paragraphs:
        m = read(doc.text, doc.paragraphs[n].start, doc.paragraphs[n].end)
        if m:
            return normal_name(m.group("name")) if m.group("name").isupper() else m.group("name")
    return None


# An honorific or a title of office before a speaker's name in a heading ("Judge Anna Berg", "Ambassador X").
HONORIFIC = r"(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|Judge|Justice|Ambassador|Sir|Dame|H\.[ \t]?E)\.?[ \t]+)?"

# A speech's heading names who gives it: "Nordhavn Prize 2025: acceptance speech by Tatevik Ghazaryan", "Keynote
# address by Judge Anna Berg, Bergen, 3 May 2025", "Remarks of Ambassador Lena Holm at the opening"; so does a
# witness's testimony to a hearing.
_SPOKEN = (r"(?i:(?:(?:acceptance|keynote|opening|closing|inaugural|welcome|commemorative|memorial|anniversary)[ \t]+)?"
           r"(?:speech|remarks|address|lecture|oration|keynote)"
           # ... and a witness's own words to a hearing: "Testimony of Dr. Lena Marcoux", "Prepared statement of X"
           r"|(?:(?:written|prepared|oral)[ \t]+)?testimony|(?:written|prepared)[ \t]+(?:statement|evidence))")
# ... with the speaker's post first ("Speech by the Chairman of the Board, Colonel (ret.) Hrachya Mnatsakanyan, at
# ..."): the post in capitals up to a comma, and a military rank, retired or not, before the name.
_POST_FIRST = r"(?:the[ \t]+[A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|of|the|and|for)){0,8},[ \t]+)?"
_RANK = (r"(?:(?:Colonel|Col|General|Gen|Major|Maj|Captain|Capt|Lieutenant|Lt|Brigadier|Admiral|Sergeant|Sgt)\.?"
         r"(?:[ \t]+\((?:ret|retd|retired|res)\.?\))?[ \t]+)?")
_SPEECH_TAIL = (rf"{_SPOKEN}[ \t]+(?:(?:delivered|given)[ \t]+)?(?i:by|of)[ \t]+{_POST_FIRST}{_RANK}{HONORIFIC}"
                rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})(?=[ \t]*(?:[,(–—]|\bat\b|\bon\b|\bin\b|$))")
_SPEECH_OF = re.compile(rf"(?:^|(?<=[:|–—-])|(?<=[:|–—-][ \t]))[ \t]*{_SPEECH_TAIL}", re.MULTILINE)
# ... with its article, a heading's line alone: "The speech of Sergeant (res.) Avetik Manukyan at the reunion".
_THE_SPEECH_OF = re.compile(rf"^[ \t]*[Tt]he[ \t]+{_SPEECH_TAIL}(?=[^\n.!?]*$)", re.MULTILINE)

# ... or gives it the speaker's own: "Transcript: Pashinyan's video address on the return of four citizens".
_SPEECH_OWN = re.compile(rf"(?:^|(?<=[:|–—-])|(?<=[:|–—-][ \t]))[ \t]*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})['’]s[ \t]+"
                         rf"(?:(?:video|televised|television|radio|recorded|online|live|New[ \t]+Year)[ \t]+)?{_SPOKEN}\b",
                         re.MULTILINE)

# The post after the speaker's name in a speech's heading: ", Ambassador of the Republic of Armenia to Ireland".
_POST_AFTER = re.compile(r"[ \t]*,[ \t]*(?P<post>[^,\n]{3,120}?)[ \t]*$")

# An editor's note over a speech's text that names who gave it: "The following is the text of the keynote lecture
# delivered on 23 October 2025 by Judge Annika Solheim, who served ...".
_TEXT_OF_SPEECH = re.compile(rf"\b(?:text|transcript)[ \t]+of[ \t]+(?:the|her|his|a)[ \t]+{_SPOKEN}[ \t]+(?:(?:delivered|given)"
                             rf"[ \t]+)?(?:(?:on|at|in)[ \t]+[^,;.\n]{{1,60}}?[ \t]+)?by[ \t]+"
                             rf"{HONORIFIC}(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})\b")


# A witness's own words to a hearing, under a heading of their own after the hearing's head ("WRITTEN TESTIMONY OF
# LILIT GASPARYAN" below the witness list).
TESTIMONY = re.compile(r"(?i:(?:(?:written|prepared|oral)[ \t]+)?testimony|(?:written|prepared)[ \t]+(?:statement|evidence))\b")


# A deck's or a handout's head field naming who gives the lecture: "Lecturer: Dr Hanna Korhonen · exported with
# speaker notes", "Presenter: Anna Berg | 3 March 2026". Her slides and notes are her own words, as a speech's are.
_LECTURER = re.compile(rf"^[ \t]*(?:Lecturer|Presenter)[ \t]*:[ \t]*{_AUTHOR}[ \t]*(?=$|[|·•,])", re.MULTILINE)


def speech_headings(text: str):
    """Every place in ``text`` that names a speech and its speaker as a heading does ("Remarks by X", "Keynote address
    by Y"), as matches: a quick test before reading paragraphs one by one."""
    return itertools.chain(_SPEECH_OF.finditer(text), _THE_SPEECH_OF.finditer(text))


def speech_maker(doc, paragraphs: list[int]) -> str | None:
    """Who gives the speech a statement's heading among ``paragraphs`` announces ("... acceptance speech by Tatevik
    Ghazaryan", "Keynote address by Judge Anna Berg", "Pashinyan's video address") or an editor's note introduces
    ("The following is the text of the keynote lecture delivered on 23 October 2025 by Judge Annika Solheim") or a
    deck's head field names ("Lecturer: Dr Hanna Korhonen"): a
    transcript of a speech is its speaker's voice, as a signed piece is its author's (GUIDELINES hard case 14); None
    when neither does. No other sentence that mentions a speech counts ("The speech by Aliyev drew protests.")."""
    for n in paragraphs:
        para = doc.paragraphs[n]
        line = doc.text[para.start:para.end]
        one_line = not ("\n" in line.strip() or len(line) > 200)
        heading = one_line and not line.rstrip().endswith((".", "?", "!"))
        # a heading is one short line, no sentence; an editor's note says "the text of the lecture ... by X"; a
        # dateline that opens with the speech's name is one too ("Keynote address by Judge X (retired) at the Y
        # Forum, 19 November 2025. As delivered.")
        m = (_SPEECH_OF.search(line) or _SPEECH_OWN.search(line) or _THE_SPEECH_OF.match(line)) if heading else \
            (_SPEECH_OF.match(line) if one_line else None) or _TEXT_OF_SPEECH.search(line)
        m = m or (_LECTURER.search(line) if len(line) <= 300 else None)
        if not m:
            continue
        raw = m.group("name")
        name = clean_name(normal_name(raw) if raw.isupper() else raw, doc.words)
        if name and " " not in name:  # one word is a registered person's own name ("Pashinyan's"), or no one's
            name = registry_module.resolve(name, doc.published, doc.registry, strict=True)
        post = _POST_AFTER.match(line, m.end()) if heading else None
        office = posts.office_named(doc.published, doc.registry, post.group("post")) if post else None
        if office:  # "Remarks by H.E. Karine Harutyunyan, Ambassador of the Republic of Armenia to Ireland": her
            return office  # State's, as her signature over that post would say (hard case 12)
        if name in doc.registry.actors:
            return name if doc.registry[name].type == "person" else None
        if name and " " in name and not any(w.lower() in doc.words.institution_words for w in name.split()):
            return name
    return None


# "I write as the Human Rights Defender of Armenia", "As Armenia's Human Rights Defender, I": an author's own office.
_WRITES_AS = re.compile(r"(?:\bI[ \t]+(?:write|speak|am[ \t]+writing)[ \t]+as[ \t]+|(?:^|(?<=[.!?][ \t]))As[ \t]+)"
                        r"(?:the[ \t]+)?(?P<post>[A-Z][\w’'-]*(?:[ \t]+(?:of|for|the|[A-Z][\w’'-]*)){1,8})"
                        r"(?=[ \t]*(?:,[ \t]*I\b|[,.;]))", re.MULTILINE)


def author_in_office(doc, paragraphs: list[int], author: str) -> str | None:
    """The registered institution an unregistered author says she writes for, in office, in the first of
    ``paragraphs`` ("I write as the Human Rights Defender of Armenia": hrd_armenia): an official speaking in
    office is her institution (GUIDELINES hard case 12), in her signed piece too; None when she says no such
    thing, or is registered herself (a registered person keeps her id)."""
    if author in doc.registry.actors:
        return None
    for n in paragraphs:
        para = doc.paragraphs[n]
        for m in _WRITES_AS.finditer(doc.text, para.start, para.end):
            office = posts.office_named(doc.published, doc.registry, m.group("post").rstrip(" ,"))
            if office and doc.registry[office].office != "state":
                return office
    return None


# "(Signed) Aurelio MORETTI.", "(signed) Anna Lindqvist": a signature at an opinion's or a letter's foot.
_SIGNATURE_LINE = re.compile(rf"[ \t]*\((?i:signed)\)[ \t]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*\.?[ \t]*")


def full_name(doc, surname: str, author: str | None) -> str:
    """The full name a heading's bare surname ("JUDGE MORETTI") stands for: the front matter's author or the
    text's signature ("(Signed) Aurelio MORETTI.") when its last word is that surname, else the surname itself
    (one person, one speaker: the heading and the signature name the same judge)."""
    if " " in surname:
        return surname
    # "Aurelio MORETTI": a signature sets the surname in capitals
    signed = [" ".join(normal_name(w) if w.isupper() else w for w in name.rstrip(".").split())
              for name in (_named_in(doc, [n], _SIGNATURE_LINE.fullmatch) for n in doc.body_paragraphs[-3:]) if name]
    for name in [author] + signed:
        if name and " " in name and name.split()[-1].lower() == surname.lower():
            return name
    return surname


# "PARTLY DISSENTING OPINION OF JUDGE KOVÁCS", "Separate opinion of Judge Anna Lindqvist", "JOINT CONCURRING OPINION
# OF JUDGES X AND Y" (not one author: none): a judge's opinion appended to a judgment, headed by its author's name.
_JUDGES_OPINION = re.compile(rf"[ \t]*(?:\*\*)?(?i:(?:partly|partially)[ \t]+)?"
                             r"(?i:dissenting|separate|concurring)[ \t]+(?i:opinion)"
                             rf"[ \t]+(?i:of)[ \t]+(?:JUDGE|Judge)[ \t]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})"
                             r"(?:\*\*)?[ \t]*")


def judge_of_opinion(doc, paragraphs: list[int]) -> str | None:
    """The judge whose separate or dissenting opinion the text is, as its heading names her ("PARTLY DISSENTING
    OPINION OF JUDGE KOVÁCS"): her own words, by name, not the court's (GUIDELINES hard case 16; ICJ Statute art
    57, ECHR art 45(2)); None for a joint opinion or any other heading."""
    return _named_in(doc, paragraphs, _JUDGES_OPINION.fullmatch)
