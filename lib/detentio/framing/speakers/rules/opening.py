"""Rules read from a document's layout: its headline and transcript labels (a statement's heading: :mod:`.issuers`)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from detentio.framing import actors as registry_module
from detentio.framing.speakers.grammar import (HEADLINE_COLON, HEADLINE_LEAD, HEADLINE_QUOTE, LABEL, LABEL_LINE,
                                              NAME_WORD, QUESTION_NUMBER, QUOTED_SPAN, TIME_CODE)
from detentio.framing.speakers import affiliations, brackets, heads, organs, participants, posts
from detentio.framing.speakers.cleaning import normal_name, surname_named
from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.initials import INITIALS, named_by_initials
from detentio.framing.speakers.rules.issuers import issued_by


def headline_says(doc, who) -> None:
    """A headline "..., says X", "...: X" or "X: ..." (registered names only for the colon forms), and an item
    heading "3. Baku: "not prisoners of war"" or a slide's bullet "- Armenia (2020-2024): "prisoners of war",
    "hostages"" or a ticker's item "14 JAN 11:10 | Pashinyan: "..."" further down (its quotations only),
    is X's, whatever another rule decided for it; in "'...': Azerbaijani MP on ..." only the quotation is,
    and the MP is the interviewee when the text is an interview.

    Example:
        We will bring our prisoners home, says Pashinyan

        The Prime Minister spoke in Yerevan.
    Yields: pashinyan
    Not:
        Pashinyan visits Goris

        The Prime Minister spoke in Yerevan.
    """
    if not doc.body_paragraphs:
        return
    if "headline_says" not in who.disabled:
        _item_headings(doc, who)
    headline = doc.paragraphs[doc.body_paragraphs[0]]
    described = _described_quote(doc, headline) or _named_quote(doc, headline) or _dashed_quote(doc, headline) \
        or _pull_quote(doc, headline)
    if described and "headline_says" not in who.disabled:
        # "'We hold no prisoners of war': Azerbaijani MP on ...": the quotation is hers, the rest the outlet's
        qi, speaker = described
        who.decide_quote(qi, speaker, "headline_says")
        return
    speaker = _headline_speaker(doc, headline)
    if speaker and "headline_says" not in who.disabled:
        for i in doc.sentences_in.get(doc.para_of(headline.start), []):
            who.decide_sentence(i, speaker, "headline_says")
            who.sentence_regions.pop(i, None)


# A digest's or a live blog's item heading, "3. Baku: "not prisoners of war"", on a line of its own: the
# quotation is the heading's speaker's, a registered actor, one the text describes, or a person's full name.
# ... or a slide's bullet, a period in brackets after the speaker ("- Armenia (2020-2024): "prisoners of war""),
# or a ticker's item after its date and time ("14 JAN 11:10 | Pashinyan: "..."", "11:30 — Gayane Arzumanyan,
# mother of one of the 19: "..."": who she is after her name).
_ITEM_HEADING = re.compile(rf"[ \t]*(?:\d{{1,2}}[.)][ \t]+|[-•*][ \t]+"
                           r"|(?:\d{1,2}[ \t]+[A-Z][A-Za-z]{2,8}\.?[ \t]+)?\d{1,2}[:.]\d{2}[ \t]*[|—–-][ \t]*)?"
                           rf"(?P<who>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})"
                           r"(?:[ \t]+\([^()\n]{1,40}\)|,[ \t]+[a-z][^:\"“”\n]{2,60})?[ \t]*:[ \t]*(?=[\"“‘'])")
# Between the quotations of one item: a comma, "and", "or" ("prisoners of war", "hostages").
_BETWEEN_QUOTES = re.compile(r"[ \t]*(?:,|;|/|\band\b|\bor\b)[ \t]*(?:(?:and|or)[ \t]+)?")


def _item_headings(doc, who) -> None:
    """Give the quotation of each item heading after the headline ("5. Defender: "captives, not custody"")
    to the speaker the heading names."""
    for number, after in zip(doc.body_paragraphs[1:], doc.body_paragraphs[2:] + [None]):
        para = doc.paragraphs[number]
        newline = doc.text.find("\n", para.start, para.end)
        end = para.end if newline == -1 else newline
        # (a heading of a line, or an item whose quotation closes on its line however long it runs)
        m = _ITEM_HEADING.match(doc.text, para.start, end) if end - para.start <= 400 else None
        qi = bisect.bisect_left(doc.quote_starts, m.end()) if m else len(doc.quotes)
        if qi == len(doc.quotes) or doc.quotes[qi].start != m.end() or doc.quotes[qi].end > end:
            continue  # no heading, or no quotation right after its colon closing on its line
        item_end = doc.paragraphs[after].end if after is not None else para.end  # the item the heading opens
        phrase = m.group("who")
        name = clean_name(phrase, doc.words)
        speaker = registry_module.resolve(phrase, doc.published, doc.registry, strict=True) \
            or doc.namer.describe(phrase, item_end) \
            or (name if name == phrase and len(phrase.split()) > 1
                and not any(w.lower() in doc.words.institution_words for w in phrase.split()) else None)
        while speaker and qi < len(doc.quotes) and doc.quotes[qi].end <= end:
            who.decide_quote(qi, speaker, "headline_says")  # ... and each quotation listed after it on its line
            qi += 1
            if qi == len(doc.quotes) or not _BETWEEN_QUOTES.fullmatch(doc.text, doc.quotes[qi - 1].end, doc.quotes[qi].start):
                break


# "'We hold no prisoners of war': Azerbaijani MP on the four released": a quotation, then its speaker
# described (not named), then what about.
_QUOTE_DESCRIBED = re.compile(r"[ \t]*[\"“‘'].+?[\"”’']\s*:\s*(?:(?:an?|the)\s+)?(?P<who>(?:[A-Z][a-z][\w-]*\s+)?"
                              r"(?:[a-z][\w-]*|[A-Z]{2,4}))\s+(?:on|about|over|after)\s")


def _opening_quote(doc, headline) -> int | None:
    """The index of the quotation a headline opens with, else None."""
    return next((i for i, q in enumerate(doc.quotes) if headline.start <= q.start < headline.start + 5), None)


def _described_quote(doc, headline) -> tuple[int, str] | None:
    """``(quote index, speaker)`` for a headline "'...': Azerbaijani MP on ...": the described speaker is the
    registered actor the description names, else an interview's interviewee; None when the headline is not
    of this form or neither is known."""
    m = _QUOTE_DESCRIBED.match(doc.text, headline.start, headline.end)
    qi = _opening_quote(doc, headline)
    if not m or qi is None or doc.quotes[qi].end > m.start("who"):
        return None
    phrase = m.group("who")
    found = registry_module.resolve(phrase, doc.published, doc.registry, strict=True)
    if not found and doc.layout is not None and doc.layout.name == "interview":
        found = doc.layout.answerer
    return (qi, found) if found else None


# "Vahe Ghazaryan: “I was a prisoner of war, not a criminal”": a name, a colon, then the named person's words.
_NAME_THEN_QUOTE = re.compile(rf"[ \t]*(?P<who>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,5}})[ \t]*:[ \t]*[\"“‘']")


def _pull_quote(doc, headline) -> tuple[int, str] | None:
    """``(quote index, speaker)`` for an interview headed by a quotation and nothing else ("“I never saw a
    prisoner of war released on time”"): the interviewee's words, pulled out; None otherwise."""
    if doc.layout is None or doc.layout.name != "interview" or not doc.layout.answerer:
        return None
    qi = _opening_quote(doc, headline)
    rest = doc.text[doc.quotes[qi].end:headline.end] if qi is not None else ""
    if qi is None or rest.strip(" \t\n.!?\"”’'") and not _INTERVIEW_WITH.fullmatch(rest):
        return None  # (... or by a quotation and what the piece is: "“...”: an interview with Henrik Solvang")
    return qi, doc.layout.answerer


_INTERVIEW_WITH = re.compile(r"[\"”’']?\s*[:—–-]\s*(?:(?:an?|our)\s+)?(?:interview|conversation)\s+with\s+[^\n]{2,120}",
                             re.IGNORECASE)


def _named_quote(doc, headline) -> tuple[int, str] | None:
    """``(quote index, speaker)`` for a headline "Name: '...'": the quotation is the named person's (a registered
    actor by id); None when the headline is not of this form or the lead is no person's name."""
    m = _NAME_THEN_QUOTE.match(doc.text, headline.start, headline.end)
    qi = next((i for i, q in enumerate(doc.quotes) if m and m.end() - 1 <= q.start <= m.end()), None) if m else None
    if qi is None:
        return None
    name = clean_name(m.group("who"), doc.words)
    office = doc.namer._office_of_holder(m.group("who")) if name and name != m.group("who") else None
    if office:  # "Human Rights Defender Araksya Melkonyan: “...”": she and her one-person office are one speaker
        return qi, office
    if not name or name != m.group("who") or any(w.lower() in doc.words.institution_words for w in name.split()):
        return None
    return qi, registry_module.resolve(name, doc.published, doc.registry, strict=True) or name


# "'Hostages, not prisoners' – Armenian ombudsperson", "'...' — Lilit Avetisyan": a quotation, a dash, its speaker.
_QUOTE_DASHED = re.compile(r"[ \t]*[\"“‘'].+?[\"”’'][ \t]*[—–-][ \t]*(?P<who>[^\"“”‘’\n]{2,60}?)[ \t]*")


def _dashed_quote(doc, headline) -> tuple[int, str] | None:
    """``(quote index, speaker)`` for a headline "'...' – X": the registered actor X names or describes, else a
    person's name as the headline gives it; None for any other headline."""
    m = _QUOTE_DASHED.fullmatch(doc.text, headline.start, headline.end)
    qi = _opening_quote(doc, headline) if m else None
    if qi is None or doc.quotes[qi].end > m.start("who"):
        return None
    phrase = re.sub(r"^(?:the|a|an)\s+", "", m.group("who").strip(), flags=re.IGNORECASE)
    found = registry_module.resolve(phrase, doc.published, doc.registry, strict=True) \
        or doc.namer.describe(phrase, len(doc.text))
    if not found:
        name = clean_name(phrase, doc.words)
        found = name if name and name == phrase and " " in name else None
    return (qi, found) if found else None


_HEADLINE_SAYS_AFTER = re.compile(r",\s*(?P<who>[^,:;\"“”]{2,60}?)\s+(?:says|said|claims|warns|insists|confirms)\s*$")


def _headline_speaker(doc, headline) -> str | None:
    line = doc.text[headline.start:headline.end]
    published, registry = doc.published, doc.registry
    m = doc.words.headline_says.search(line)
    if m:
        # "..., says rapporteur Lena Holmqvist": a lower-case office before the name
        office = re.match(r"(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])", m.group("after"))
        skip = office.end() if office and office.group().split()[0] not in ("he", "she", "it", "they") else 0
        got = doc.namer.after(headline.start + m.start("after") + skip, headline.end)
        if got and got[2] != "pronoun" and got[0] >= headline.end - 1:
            return got[1]
    m = _HEADLINE_SAYS_AFTER.search(line)
    if m:  # "23 Armenians still held in Baku, ombudsperson says": the speaker the body names
        phrase = re.sub(r"^(?:the|a|an)\s+", "", m.group("who").strip(), flags=re.IGNORECASE)
        speaker = registry_module.resolve(phrase, published, registry, strict=True) \
            or doc.namer.describe(phrase, len(doc.text))
        if speaker:
            return speaker
    m = HEADLINE_COLON.search(line)
    if m:
        speaker = registry_module.resolve(m.group("after"), published, registry, strict=True)
        if speaker:
            return speaker
    m = HEADLINE_LEAD.match(line)
    if m:  # "ICRC in Baku: ...": the speaker, wherever it speaks from
        before = re.sub(r"\s+(?:in|at|from)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$", "", m.group("before"))
        found = registry_module.resolve(before, published, registry, strict=True)
        if found and registry[found].office == "state" and line[m.end():m.end() + 1] not in "\"“‘'":
            return None  # "Azerbaijan: ICRC closes its delegation": a release's country tag, not a speaker
        return found
    return None


# A minute's list of who attended, by body: "Ministry of Foreign Affairs: Mr Tigran Hakobyan, Head of the Consular
# Department; Ms Lilit Sargsyan, legal adviser.", "Arax Legal Aid: the undersigned; ...": no turn of the body's.
_ATTENDANCE = re.compile(r"[ \t]*[A-Z][^:\n]{1,80}:[ \t]*(?:the[ \t]+undersigned\b|(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+[A-Z][\w’'-]*"
                         r"(?:[ \t]+[A-Z][\w’'-]*){0,3},[ \t]+[^;.\n]{2,80}(?:;|\.?[ \t]*$))")


def speaker_label(doc, who) -> None:
    """A transcript paragraph "Maria Zakharova: ..." and the paragraphs after it, until the next
    label, are hers; "Question: ..." (or the outlet's name) is the unnamed journalist, the outlet. A live
    chat's turn gives its time after the name ("Narek V., 13:07: ..."), a reader's handle as printed and the
    paper's moderator the outlet's; a messenger's export gives its date and time and the sender's name on a line of
    their own ("[13 Jan, 21:14] Gohar V.:"), the message under it; a helpline chat's "ADVISER (Lilit):" is Lilit's,
    its anonymised "CLIENT:" the client's, as the transcript names him. A record's interjection in brackets inside a
    turn ("(BARSEGHYAN, from his seat: “Hostages!”)") is that member's, an unnamed voice from the benches the
    house's; the turn runs on.

    Example:
        Briefing in Moscow

        Maria Zakharova: The humanitarian issues are being resolved.
    Yields: zakharova
    Not:
        Briefing in Moscow

        Maria Zakharova spoke about humanitarian issues at length.
    """
    current, turns_seen, excerpt = None, False, False
    headline = doc.body_paragraphs[0] if doc.body_paragraphs else -1
    # "Armenia: UN expert urges access to ..." under a release's first lines: a headline's topic, no turn (a
    # turn's words end as sentences do)
    headings = {n for n in doc.body_paragraphs[:4] if doc.paragraphs[n].end - doc.paragraphs[n].start <= 160
                and not heads.REACTION_AFTER.sub("", doc.text[doc.paragraphs[n].start:doc.paragraphs[n].end]).rstrip()
                .endswith(_SENTENCE_END)}
    for number, para in enumerate(doc.paragraphs):
        if heads.STAGE_NOTE.fullmatch(doc.text, para.start, para.end):
            current = None  # "[Crowd: "Free them now!"]": the crowd's words end the turn before them, and are nobody's
            continue
        interjected = interjection(doc, para) if current is not None else None
        if interjected:  # "(BARSEGHYAN, from his seat: "Hostages!")": his, and the turn runs on after it
            who.labelled[number] = (interjected, "speaker_label")
            continue
        if number != headline and number not in headings and not doc.in_chrome(para.start) \
                and not (number in doc.body_paragraphs[:3] and HEADLINE_QUOTE.fullmatch(doc.text, para.start, para.end)):
            # (a headline's "Tigran Aslanyan: “Nobody told us ...”" under a rubric is no turn: headline_says reads it)
            if doc.words.broadcast_cue.match(doc.text, para.start, para.end) \
                    or heads.MESSAGE_TAG.match(doc.text, para.start, para.end):
                current = None  # "NAT SOUND: applause": a script's direction ends the turn before it, and is nobody's
                continue
            label = transcript_label(doc, who, doc.text[para.start:para.end], para.start) \
                if not _ATTENDANCE.match(doc.text, para.start, para.end) else None
            if label is not None:
                turns_seen = True
            if label == "question":
                current = (who.fallback, who.fallback_rule)
            elif label is not None:
                current = (label, "speaker_label")
                # (a turn of an excerpt, not a signed section's heading: the author speaks again after it)
                excerpt = not _SECTION_KIND.match(doc.text, para.start, para.end)
            elif current is not None and _CLOSING_FIELD.match(doc.text, para.start, para.end):
                current = None  # "Tags: ...", "Filed under: ...", a slide's "Speaker notes:": no longer the turn's
            elif current is not None and excerpt and doc.layout.name == "op_ed" and _FIRST_PERSON.search(
                    QUOTED_SPAN.sub("", doc.text[para.start:para.end])):
                current = None  # a signed piece's "Here I made my first choice" after the excerpt's turns: its author's
            elif turns_seen and para.end - para.start <= 160:
                heading = doc.text[para.start:para.end].strip().strip("*_").strip()
                issued = issued_by(doc, heading) if heading and not heading.endswith((".", ",")) else None
                if issued:  # "STATEMENT BY THE DELEGATION OF ARMENIA" (an annex after a journal's turns): its issuer's
                    current = (issued, "issuer")
                elif heads.NUMBERED_HEADING.fullmatch(heading) or ":" not in heading and len(heading) <= 60 \
                        and " " in heading and heads.CAPS_HEADING.fullmatch(heading):
                    # "4. Exercises", "OUR POSITION" after a list of the parties' words: a section of the text's own
                    current = None
                elif _SUMMARISED_TURN.match(doc.text, para.start, para.end):
                    # "Russian Federation, United States of America, Türkiye: welcomed the release.": a journal's
                    # turn of several delegations; no one speaker, and not the speaker before
                    current = None
        if current is not None:
            who.labelled[number] = current


# An interjection a record sets in brackets on a line of its own, inside a turn: "(BARSEGHYAN, from his seat: “Then
# say it: hostages!”)", "(Mr. HAKOBYAN: “Nonsense!”)", "(A voice from the opposition benches: “And the ‘all for
# all’?”)", "[Hon. Members: Hear, hear!]".
_INTERJECTION = re.compile(r"[ \t]*[(\[][ \t]*(?:(?P<name>(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+)?)"
                           r"|(?P<house>(?:An?|One|Several|Some)[ \t]+(?:hon\.?[ \t]+)?(?:voices?|[Mm]embers?|deputies|deputy)"
                           r"(?:[ \t]+(?:from|on|in)[ \t]+[^:()\[\]\n]{1,60})?|(?:Hon\.?[ \t]+)?Members|Voices))"
                           r"(?:,[ \t]*[^:()\[\]\n]{1,60})?[ \t]*:[ \t]*[^\n]{1,400}[)\]][ \t]*")


def interjection(doc, para) -> str | None:
    """Who a bracketed interjection inside a record's turn is: the member its label names, the house for an
    unnamed voice from the benches (hard case 16); None when the line is no interjection."""
    m = _INTERJECTION.fullmatch(doc.text, para.start, para.end)
    if not m:
        return None
    if m.group("house"):
        return doc.namer.defined.get("house")
    return label_speaker(doc, label=normal_name(m.group("name")), offset=para.start)


# A live chat's turn: a name or a reader's handle, a comma, the time, a colon ("Narek V., 13:07:",
# "@karabakh_mom, 13:13:", "Moderator (Hasmik Danielyan), 13:00:").
_CHAT_LABEL = re.compile(r"[ \t]*(?P<label>@?[A-Za-z][\w’'.-]*(?:[ \t][A-Z][\w’'.-]*){0,3})(?:[ \t]*\([^()\n]{2,50}\))?,"
                         r"[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:am|pm|a\.m\.|p\.m\.))?[ \t]*:[ \t]+(?=\S)")
_CLOSING_FIELD = re.compile(r"[ \t]*(?:Tags|Topics|Keywords|Filed[ \t]+under|Categories|Category|Related|Read[ \t]+more"
                            r"|Share|Credits?|Photo|Speaker[ \t]+notes)[ \t]*:", re.IGNORECASE)
_SENTENCE_END = (".", "?", "!", "…", '"', "”", "’", "'", ")", ":")
# "CALLER (Gayane, Gyumri):", "GUEST (Anna Smith):": a role with the speaker's name in brackets.
# ... or a voice from an audience ("AUDIENCE MEMBER (Tomasz, journalism student):", "QUESTION FROM THE FLOOR (Tatevik
# Sargsyan, mother of a detained serviceman):", a debate's "POINT OF INFORMATION (Leyla Hasanova, opposition):").
# ... and a helpline's or a chat's ("ADVISER (Lilit):", "OPERATOR (Anna):").
ROLE_NAMED = re.compile(r"[ \t]*(?:CALLER|Caller|LISTENER|Listener|GUEST|Guest|VOICE|Voice|PARTICIPANT|Participant"
                        r"|ADVISER|Adviser|ADVISOR|Advisor|OPERATOR|Operator|COUNSELLOR|Counsellor|VOLUNTEER|Volunteer"
                        r"|CLIENT|Client"
                        r"|(?i:audience[ \t]+member|member[ \t]+of[ \t]+the[ \t]+audience|(?:question|comment|speaker)[ \t]+from"
                        r"[ \t]+the[ \t]+floor|questioner|point[ \t]+of[ \t]+information))"
                        r"[ \t]*\((?P<name>[^,()\n]{2,40}|(?:an?|the)[ \t][^,()\n]{2,100})(?:,[^()\n]*)?\)[ \t]*:")
# An anonymised participant's turn with no name, her role alone and the letter or number a transcript gives her:
# "CLIENT:", "CALLER:", "Caller D:", "Respondent 3:"; never a form's field ("Caller: Karine Avetyan (mother), ...").
_ROLE_ALONE = re.compile(r"[ \t]*(?:(?P<role>CLIENT|CALLER|LISTENER|VIEWER|PATIENT|RESPONDENT|INTERVIEWEE)"
                         r"(?:[ \t]+(?P<code>[A-Z]|\d{1,3}))?|(?P<titled>Client|Caller|Listener|Viewer|Patient|Respondent"
                         r"|Interviewee)[ \t]+(?P<titled_code>[A-Z]|\d{1,3}))[ \t]*:[ \t]+\S")
# A live audio room's turn: the speaker's name, then her handle ("Sona Abrahamyan (@sona_reports, host):"); later turns
# may give the handle alone ("@sona_reports:"), which stands for the name it first came with.
_HANDLE_NAMED = re.compile(rf"[ \t]*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})[ \t]*\((?P<handle>@[\w.]+)(?:,[^()\n]*)?\)[ \t]*:")
_HANDLE_LABEL = re.compile(r"[ \t]*(?P<handle>@[\w.]{2,40})[ \t]*:[ \t]+(?=\S)")


@lru_cache(maxsize=256)
def _joined(handle: str) -> re.Pattern:
    """The turn in which ``handle`` first came with a name ("Sona Abrahamyan (@sona_reports, host):")."""
    return re.compile(rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})[ \t]*\({re.escape(handle)}\b")


# "HOST:", "MODERATOR:", "INTERVIEWER:": the person the introduction names in that role ("presented by Tatevik
# Melkonyan", an archive's "Interviewer: Lena Vartanian").
_HOSTS = ("host", "presenter", "moderator", "anchor", "interviewer", "chair")
_HOSTED = re.compile(rf"\b(?:(?:presented|hosted|moderated|chaired|anchored|interviewed)\s+by|host|presenter|moderator|anchor"
                     rf"|interviewer|Host|Presenter|Moderator|Anchor|Interviewer)"
                     rf"[ \t:]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD})+)")  # "Presenter: Mariam X"


def named_turn(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` opens with a label that names its speaker in brackets or by
    handle ("CALLER (Gayane, Gyumri):", "AUDIENCE MEMBER (Tomasz):", "[00:02:05] Vahe K. (@vahe_k):",
    "@sona_reports:"): a turn of its own, whatever layout the text has."""
    code = TIME_CODE.match(text, start, end)
    start = code.end() if code else start
    return any(p.match(text, start, end) for p in (ROLE_NAMED, _HANDLE_NAMED, _HANDLE_LABEL, _ROLE_ALONE))


def named_turn_speaker(doc, para) -> str | None:
    """The speaker a paragraph's :func:`named_turn` label names (after the recording's time code, if any)."""
    code = TIME_CODE.match(doc.text, para.start, para.end)
    start = code.end() if code else para.start
    return role_named(doc, doc.text[start:para.end], start)


def role_named(doc, line: str, offset: int) -> str | None:
    """The speaker a "CALLER (Gayane, Gyumri):" label at ``offset`` names: the person, by her name as the
    transcript gives it; None for a line that opens with no such label."""
    named = ROLE_NAMED.match(line) or _HANDLE_NAMED.match(line)
    alone = _ROLE_ALONE.match(line) if not named else None
    if alone:  # "CLIENT:", "Caller D:": an anonymised participant, as the transcript names her
        role = (alone.group("role") or alone.group("titled")).capitalize()
        return " ".join(filter(None, (role, alone.group("code") or alone.group("titled_code"))))
    handle = _HANDLE_LABEL.match(line) if not named else None
    if handle:  # "@sona_reports:": the name the handle came with, else the handle as printed
        first = _joined(handle.group("handle")).search(doc.text, 0, offset)
        return first.group("name") if first else handle.group("handle")
    if not named:
        # "BALASANYAN (NAREK BALASANYAN, INTERNATIONAL LAWYER):": a surname, then the full name it stands for
        full = surname_named(line)
        if full:
            name = normal_name(full.group("name")).strip()
            return doc.namer.unregistered(name, offset) or name
        return None
    name = named.group("name").strip()
    member = _MEMBER_OF.fullmatch(name)
    if member:
        # "(a representative of the Permanent Mission of Azerbaijan)": the State whose organ the person speaks for
        # (hard case 12), or the registered body; else the description as the label gives it
        organ = member.group("organ").strip()
        state = organs.organ_of(doc, organ)
        return state[0] if state else registry_module.resolve(organ, doc.published, doc.registry, strict=True) or name
    return doc.namer.unregistered(name, offset) or name


# A description in a turn's brackets: "a representative of the Permanent Mission of Azerbaijan", "an official from
# the ICRC".
_MEMBER_OF = re.compile(r"(?:an?|the)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:representative|member|official|delegate|officer"
                        r"|spokesperson|diplomat)[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?(?P<organ>[A-Z][^()\n]{1,90})")


# "Russian Federation, Türkiye: welcomed ...", "Armenia (Annex 1): welcomed ...": a journal's summary of a turn, its
# label any list of names, a verb in the past after it.
_SUMMARISED_TURN = re.compile(r"[ \t]*[A-Z][^:\n]{1,160}?:[ \t]+(?:welcomed|stated|said|noted|recalled|called|expressed|urged"
                              r"|reiterated|regretted|condemned|supported|thanked|informed|underlined|stressed|emphasized"
                              r"|emphasised|rejected|referred|raised)\b")
# A label with a note in brackets, a journal's: "Armenia (Annex 1): welcomed ..."; or a transcript's note of how
# the words were interpreted: "MR. LAVROV (Interpretation from Russian): ...", "(through an interpreter)".
_NOTED_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][\w’'.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'.-]*){0,4})[ \t]*\((?:Annex|annex|in\s+alignment"
                          r"|also\s+on\s+behalf|on\s+behalf|[Ii]nterpretation\s+from|[Ii]nterpreted\s+from|[Tt]ranslated\s+from"
                          r"|(?:through|via)\s+(?:an?\s+)?interpreter|[Ss]poke\s+in|[Ss]peaking\s+in)[^()\n]{0,80}\)[ \t]*:[ \t]+(?=\S)")
# "**[00:01:02] Hikmet Hajiyev:** ...": a label and its time code set in bold, as web transcripts print them.
# Her affiliation may follow her name: "**[00:00:41] Yeghishe Kirakosyan, Yerevan State University:**".
_BOLD_TIMED_LABEL = re.compile(r"[ \t]*(\*\*|__)\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*(?P<label>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})"
                               r"(?:[ \t]*,[ \t]*[^:*\n]{2,60})?[ \t]*:[ \t]*\1[ \t]+(?=\S)")


def transcript_label(doc, who, line: str, offset: int):
    """The speaker a transcript paragraph opens with, "question", or None."""
    code = TIME_CODE.match(line)
    if code:  # "[00:12:05] NORA: ...": the label after the recording's time code
        line, offset = line[code.end():], offset + code.end()
    number = QUESTION_NUMBER.match(line)
    if number:  # "Q15 Priya Mandal: ...": the label after a committee's question number
        line, offset = line[number.end():], offset + number.end()
    named = role_named(doc, line, offset)
    if named:
        return named
    # the interviewer's questions may be labelled with the outlet's name
    outlet = who.fallback[len("outlet:"):] if who.fallback and who.fallback.startswith("outlet:") else None
    if outlet and line.lstrip().lower().startswith(outlet.lower() + ":"):
        return "question"
    chat = _CHAT_LABEL.match(line)
    if chat:  # "Lilit_from_Gyumri, 13:02: Why only four?": a live chat's turn, its time after the name
        if chat.group("label").lower() in _HOSTS:
            return "question"  # "Moderator (Hasmik Danielyan), 13:00:": the paper's moderator, its own voice
        label = chat.group("label")
        if "_" in label or label.startswith("@") or re.search(r"\s[A-Z]\.$", label):
            return label  # a reader's handle or first name and initial, as the chat prints it: "Narek V."
        return label_speaker(doc, label=label, offset=offset)
    if heads.SUBTITLE.match(line):
        return None  # "SUBTITLE: ..." under a clip's caption: the clip's turn runs on
    if heads.PUBLISHERS_NOTE.match(line):
        return None  # "EDITOR'S NOTE: An earlier version ...": the publisher's note on its story, no one's turn
    note = heads.OWN_NOTE.match(line)
    if note:  # "TW note: we regard him as a political prisoner" among a trial calendar's lines: the monitor's own
        by = note.group("by")
        return by.isupper() and registry_module.resolve(by, doc.published, doc.registry, strict=True) or "question"
    if _SECTION_KIND.match(line):
        # "GUEST CONTRIBUTION: “We are told to choose our words”, by Aram Tadevosyan, chair of ...": his piece; with no
        # author's name after its title, a heading, no speaker's turn
        signed = _SIGNED_SECTION.match(line)
        name = signed.group("name") if signed else None
        return (registry_module.resolve(name, doc.published, doc.registry, strict=True) or name) if name else None
    m = LABEL.match(line) or _BOLD_TIMED_LABEL.match(line) or _NOTED_LABEL.match(line)
    bracketed = None if m else brackets.speaker(doc, line, offset, label_speaker)
    if bracketed:  # "DEFENCE COUNSEL (N. Rzayeva):", "DEFENDANT MANUKYAN (through the interpreter):"
        return bracketed
    if not m and code and heads.MESSAGE_UNDER.match(doc.text, offset + len(line)):
        m = LABEL_LINE.match(line)  # "[13 Jan, 21:14] Gohar V.:", her message on the lines under it
    alone = None
    if not m and "\n" not in line:
        m = alone = heads.CAPS_LABEL_ALONE.fullmatch(line)  # "ANI DANIELYAN, her daughter:" over her words
    office = affiliations.OFFICE_LABEL.match(line) if not m else None
    if office:  # "Minister of Foreign Affairs Ararat Mirzoyan: ...": the holder, or the post she speaks for
        return affiliations.office_holder(doc, who, office.group("post"), office.group("name"), offset)
    if not m and (read := heads.READ_BY.match(line)):  # "Read by Armen Davtyan:" over an intercession: his words
        return label_speaker(doc, label=read.group("name"), offset=offset)
    if not m or _SALUTATION_LABEL.match(line):
        return None  # ("Dear Congressman Kessler: We write ...": a letter's salutation, no speaker's turn)
    if heads.heading_or_field(line, m) and not (alone and heads.names_alone(doc, m.group("label"))):
        return None  # "TAKE ACTION: WRITE AN APPEAL ...", "Index Number: EUR 55/0412/2026": no speaker's turn
    holder = heads.ROLE_HOLDER.fullmatch(line)  # "The Officiant: Rev. Fr. Mesrop Ayvazyan" over her words: hers
    label = holder.group("name") if holder else m.group("label")  # "VAHE:" is Vahe
    if label.lower() in _NARRATORS:
        return "question"  # "NARRATOR:" in a documentary's script: the programme's own voice, the publisher's
    archive = _ARCHIVE_SOURCE.search(doc.text, max(0, offset - 160), offset)
    if archive and label.lower() in _READERS:
        # "[ARCHIVE: Armenian Public Television, evening news, 14 December 2020]" over "NEWSREADER:": the broadcaster
        source = archive.group("source").strip()
        return registry_module.resolve(source, doc.published, doc.registry, strict=True) or source
    return label_speaker(doc, label=normal_name(label) if label.isupper() else label, offset=offset)


_SALUTATION_LABEL = re.compile(r"[ \t]*Dear[ \t]")
# The author's own first person, outside quotation marks, in a signed piece's paragraph.
_FIRST_PERSON = re.compile(r"(?<![\w’'-])(?:I|my|me|I['’]m|I['’]ve)(?![\w’'-])")
# A signed piece set into a newsletter or a page under its kind, its title and its author: "GUEST CONTRIBUTION: “We are
# told to choose our words”, by Aram Tadevosyan, chair of ...", "Viewpoint: ‘...’ by Anna Petrosyan". Its words, up to
# the next label, are the author's.
_SECTION_KIND = re.compile(r"[ \t]*(?i:guest[ \t]+(?:contribution|column|post|piece|essay|comment|view)|viewpoint|opinion"
                           r"|comment|essay|column)[ \t]*:[ \t]*[\"“‘']")
_SIGNED_SECTION = re.compile(rf"{_SECTION_KIND.pattern}[^\"“”‘’\n]{{2,160}}[\"”’'],?[ \t]+by[ \t]+"
                             rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})\b")
# A script's own voice, and the readers of an archive clip's news.
_NARRATORS = frozenset({"narrator", "voice-over", "voiceover", "voice over", "commentary"})
_READERS = frozenset({"newsreader", "announcer", "anchor", "presenter", "news anchor", "newscaster"})
# An archive clip's cue line right above its first turn: "[ARCHIVE: Armenian Public Television, evening news, 2020]".
_ARCHIVE_SOURCE = re.compile(r"\[(?:ARCHIVE|Archive|CLIP|Clip)[ \t]*:[ \t]*(?P<source>[^,\]\n]{2,80})[^\]\n]*\][ \t]*\n\s*$")


def _host(doc) -> str | None:
    """The host or moderator the first paragraphs of a transcript name, if any (a head of one field per line,
    as an archive prints "Interviewee: ...", "Interviewer: ...", takes up to six)."""
    body = doc.body_paragraphs[:6]
    if not body:
        return None
    m = _HOSTED.search(doc.text, doc.paragraphs[body[0]].start, doc.paragraphs[body[-1]].end)
    if not m:
        return None
    name = clean_name(re.split(r"\.\s", m.group("name"))[0], doc.words)  # "Tatevik Melkonyan. Callers ..."
    return (registry_module.resolve(name, doc.published, doc.registry, strict=True)
            or doc.namer.unregistered(name, m.start("name"))) if name else None


# The title of a State's official before a name in a label (a deputy of the house is no official).
_STATE_OFFICIAL = re.compile(r"\b(?:Minister|Prosecutor|Procurator|Ambassador|Head\s+of|Director|Chief\s+of)\b")


# The words that may stand before an agent's noun in a transcript's role label ("PRESIDING JUDGE:", "STATE
# PROSECUTOR:", "THE INVESTIGATOR:").
_AGENT_LABEL = re.compile(r"(?:the\s+)?(?:(?:presiding|state|public|chief|senior|military|deputy|assistant|lead|duty)\s+)*"
                          r"(?P<agent>[a-z]+)", re.IGNORECASE)


def agent_label(doc, label: str) -> str | None:
    """The detaining State a transcript's role label stands for, when the label names an agent of that State by
    her function and not by name ("PRESIDING JUDGE:", "STATE PROSECUTOR:" at a trial in Baku: hard case 12,
    held-out 4 decision 7); None for any other label."""
    m = _AGENT_LABEL.fullmatch(label.strip())
    return doc.words.agents.get(m.group("agent").lower()) if m else None


def label_speaker(doc, label: str, offset: int):
    """The speaker a transcript label ("Maria Zakharova", "Grigoryan", "Question") names, "question", or
    None."""
    agent = agent_label(doc, label)
    if agent:
        return agent
    if label.lower() in _HOSTS:
        host = _host(doc)
        if host:
            return host
    if label.lower() in doc.words.question_labels:
        return "question"
    initials = INITIALS.fullmatch(label.strip())
    if initials:  # "G.R.:", "O.T.:": the one person the text names with those initials
        named = named_by_initials(doc, "".join(initials.groups(default="")))
        if named or "." in label:  # "S. A.:" with no such name in the text: the initials, as a record anonymises
            return named or label.strip()
    found = registry_module.resolve(label, doc.published, doc.registry, strict=True)
    if found:
        return found
    official = participants.unnamed_official(doc, label)
    if official:  # "SENIOR STATE DEPARTMENT OFFICIAL:": the body she serves (hard case 12)
        return official
    cleaned = clean_name(label, doc.words)
    if cleaned and cleaned != label:  # "Minister Mirzoyan:", "Minister de Vries:": the name after the title
        found = registry_module.resolve(cleaned, doc.published, doc.registry, strict=True)
        if found:
            return found
        house = doc.layout.house if doc.layout is not None and doc.layout.parliament else None
        title = label[:label.rfind(cleaned)].strip() if cleaned in label else ""
        if house and _STATE_OFFICIAL.search(title):
            # "Deputy Prosecutor General Gevorg Hakobyan:" at a hearing of the Armenian parliament: an official of
            # the house's State in office speaks for it, its ministry where registered (hard case 12)
            post = doc.namer.descriptions.government_post(title, house) or house
            doc.namer._hold(cleaned, post)  # his later "TIGRAN AVAGYAN:" turns too
            return post
        mission = doc.namer.defined.get("embassy") or doc.namer.defined.get("mission")
        if mission and re.search(r"\bAmbassador\b", title, re.IGNORECASE):
            # "AMBASSADOR HRACHYA POGHOSYAN:" in his embassy's own transcript: he speaks for its State (hard case 12)
            doc.namer._hold(cleaned, mission)
            return mission
        owner = posts.institution_post(doc.published, doc.registry, doc.words, title)
        if owner:  # "EU Special Representative Henrik Vassberg:": the Union's (hard case 12)
            doc.namer._hold(cleaned, owner)
            return owner
        full = re.search(rf"\b[A-Z][\w’'-]+[ \t]+{re.escape(cleaned)}\b", doc.text[:offset]) \
            if cleaned[:1].islower() else None  # "de Vries" after "Sanne de Vries"
        return full.group() if full else doc.namer.unregistered(cleaned, offset)
    if len(label.split()) >= 2 and cleaned == label:
        # "DEFENCE COUNSEL:" where the record once gives "DEFENCE COUNSEL (Ms Sabina Karimova):": hers, not a
        # person called "Defence Counsel"
        return brackets.named_in_brackets(doc, label) or doc.namer.unregistered(label, offset)
    # An interview labels answers with the surname of the person its
    # introduction named in full ("Grigoryan:" after "Tatevik Grigoryan has ...").
    if len(label.split()) == 1 and clean_name(label, doc.words) == label:
        full = doc.namer.unregistered(label, offset)
        if full and (" " in full or full in doc.registry.actors):  # a full name, or the office she speaks for
            return full
    if len(label.split()) == 1:
        # "WITNESS:", a role word and no name, where the record once gives "WITNESS (Major Elvin Mammadli):": hers
        return brackets.named_in_brackets(doc, label)
    return None
