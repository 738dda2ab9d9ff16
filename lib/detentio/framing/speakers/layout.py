"""Document structure before attribution: the layout of a body and its turns.

>>> found = recognise(doc, kind="news", author=None)
>>> found.name          # "interview", "briefing", "debate", "summary_record", "court", "live_blog",
...                     # "op_ed", "testimony", "separate_opinion", "signed_statement", "report", "statement",
...                     # "news" or "unrecognised"
>>> found.turns         # [Turn(paragraph, kind, label, who), ...]: who speaks from which paragraph on

A turn is a paragraph that opens with its speaker: a transcript's "Q:" or
"A:", a debate record's "Mr. HAKOBYAN (Armenia):" or "The PRESIDENT:", a live
blog's timestamp ("14:05"). The layout stage (:func:`detentio.framing.speakers.rules.genre.structure`)
records what is recognised here; the turn rules then give each turn its
speaker, so that sentence rules only refine what the structure says.
"""
from __future__ import annotations

import re
from dataclasses import replace

from detentio.framing import actors as registry_module
from detentio.framing.speakers import brackets, bylines, dialogue, heads, houses, participants
from detentio.framing.speakers.grammar import HEADLINE_QUOTE, LABEL, NAME_WORD, NOTED_HEAD, QUESTION_NUMBER, TIME_CODE
from detentio.framing.speakers.turns import Layout, Turn, carried
from detentio.framing.speakers.cleaning import CAPS_WORD as _CAPS_WORD, clean_name, normal_name, surname_named

# "14:05", "14.05 GMT", "9:30 am", "10:32 (AMT) —": a live blog's entry opens with its time.
# ... and a messaging channel's post under its date and time in brackets: "[14.01.2026 08:15]".
# ... and an observer's notes' time with no separator when whom the note reports follows it ("15:19 Armenia (Deputy
# Foreign Minister). Said that ...", grammar.NOTED_HEAD): a colon's time only, never a section's "4.12 The ...".
TIMESTAMP = re.compile(rf"[ \t]*(?:\d{{1,2}}:\d{{2}}[ \t]+(?=(?-i:{NOTED_HEAD}))"
                       r"|(?:\[\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[ \t,]+\d{1,2}:\d{2}(?::\d{2})?\]"
                       r"|\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.))"
                       r"(?:\s*(?:GMT|UTC|CET|CEST|EET|EEST|MSK|AMT|AZT|BST|local\s+time|\([A-Za-z ]{2,12}\)))?"
                       # ... its separator, and a thread's post number after it ("14:11 · 3/ Amb. ...")
                       r"[ \t]*(?:[—–|:·•-]+[ \t]*(?:\d{1,2}/(?:\d{1,2})?[ \t]+)?|\n+|$))", re.IGNORECASE)
# A time and a range opening a line of notes: "16:20 ", "15:33-16:02 ".
_BARE_TIME = re.compile(r"[ \t]*\d{1,2}:\d{2}(?:[-–]\d{1,2}:\d{2})?[ \t]+(?=[A-Z])")
# "Q:", "A:", "Question (Anna Smith, Reuters):", "Question 2 (Anna Smith, Reuters):", "Answer:"
# ... and "Question from Azatutyun:", "Reporter (Anna Smith, Reuters):", "Journalist from TASS:"
QA = re.compile(r"[ \t]*(?P<label>Q|A|Question|Answer|QUESTION|ANSWER|Journalist|Reporter|Correspondent)"
                r"(?:[ \t]+(?:No\.?[ \t]*)?\d{1,3})?"  # "Question 1 (Yerevan Daily Courier):": numbered questions
                r"(?:[ \t]*\((?P<who>[^)\n]{2,80})\)|[ \t]+from[ \t]+(?P<from>[^:\n]{2,80}?))?"
                # ... closed by a colon, or a full word's or a number's by a full stop (a written record's "Question
                # 1. ...", "Answer. ..."; never "A. The facts", a section's letter; see ``_qa``)
                r"(?:[ \t]*:|(?:(?<=Question)|(?<=Answer)|(?<=QUESTION)|(?<=ANSWER)|(?<=\d))(?P<stop>\.))"
                # ... and "Q: (Armenpress) ...": the asker's outlet in brackets after the colon
                r"(?:[ \t]*\((?P<after>[A-Z][^)\n]{1,60})\))?[ \t]*")
_HONORIFIC = r"(?:Mr|Ms|Mrs|Dr|Sir|Lord|Lady|Baroness|Baron|Mme|MR|MS|MRS|DR)\.?"
# "Mr. HAKOBYAN (Armenia):", "Ms. Leyla ALIYEVA (Azerbaijan):", "The PRESIDENT:", "RUBEN HAKOBYAN:"
# A record may close the speaker's name with a dash instead of a colon ("Mr GRIGORYAN (Armenia, SOC) –"),
# and give the speaker's office in the debate after it ("Ms OSTERMANN (Austria, SOC), rapporteur –",
# "Anja Vollmer, on behalf of the PPE Group. –", the European Parliament's style).
DEBATE = re.compile(
    rf"[ \t]*(?P<label>(?:The\s+|THE\s+)?(?P<chair>[A-Za-z-]+)|(?P<honorific>{_HONORIFIC})\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}"
    rf"|{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})[ \t]*(?:\((?P<affil>[^)\n]{{2,80}}|[A-Z])\))?(?:,[ \t]*(?P<office>[A-Za-z][\w &/’'-]{{2,60}}?(?:,[ \t]*[A-Za-z][\w &/’'-]{{2,160}}?)?))?"
    rf"(?:[ \t]*\((?P<affil2>[^)\n]{{2,80}})\))?\.?"
    rf"(?:[ \t]*\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\])?"  # ... a record's time stamp ("Ingrid Haugland (SV) [10:41:12]:")
    rf"(?:[ \t]*:|[ \t]*[–—]|[ \t]+-(?=[ \t]))[ \t]+(?=\S)")
# A member's or the chair's title before a name, as a continental parliament's record translates it: "Deputy Lenka
# Horáková:", "Deputy Speaker Tomáš Vlček:" (who presides). ("President", "Chair", "Senator", "Representative" and
# "Member" are left out: read so, they lowered a held-out set's speaker figures.)
_MEMBER_TITLE = re.compile(rf"(?:(?P<presiding>(?:Deputy[ \t]+|Vice[ -])?Speaker)|Deputy)[ \t]+{NAME_WORD}[ \t]+{NAME_WORD}")
# ... never a name and her post closed by a verb of saying ("..., the coalition's lead observer, said:").
_SAID_LAST = re.compile(r"(?<![\w-])(?:said|says|added|adds|stated|states|explained|noted|wrote|writes|told\s+\w+)$")
# A question's asker on the line above it in the Lords' Hansard: "Asked by Lord Carrow", "Asked by Baroness Ashdown of
# Kew".
_ASKED_BY = re.compile(rf"[ \t]*Asked[ \t]+by[ \t]+(?P<label>(?:Lord|Baroness|Lady|Earl|Viscount|Baron|Bishop)[ \t]+"
                       rf"{NAME_WORD}(?:[ \t]+(?:of[ \t]+)?{NAME_WORD}){{0,3}})[ \t]*")
# A live entry's time in bold, alone on its line: "**16:52**", "**14:05 GMT**".
_BOLD_TIME = re.compile(r"[ \t]*(\*\*|__)(?P<time>\d{1,2}[:.]\d{2})(?:[ \t]*(?:GMT|UTC|CET|CEST|AMT|AZT)[^*_\n]{0,8})?\1[ \t]*")
# A speaker's label alone on its line, her words below: "Mr. TADEVOSYAN:", "The PRESIDENT:", "Mr Kuipers (SGP):".
_LABEL_ALONE = re.compile(rf"[ \t]*(?P<label>(?P<honorific>{_HONORIFIC})\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}"
                          r"|(?:The\s+|THE\s+)?(?P<chair>[A-Z][A-Za-z-]+))(?:[ \t]*\((?P<affil>[^)\n]{2,80})\))?[ \t]*:[ \t]*")
# A full name alone on its line before her words: "Tatevik Sargsian:".
_NAME_ALONE = re.compile(rf"[ \t]*(?P<label>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*:[ \t]*")
# A government member's post, then her name, alone on its line before her words: "Secretary of State in the Ministry
# of Foreign Affairs Piotr Zielinski:" (a translated parliament's record).
_POST_NAME_ALONE = re.compile(rf"[ \t]*(?P<office>(?:(?:First|Deputy|Vice)[ \t]+)?(?:Minister|Secretary[ \t]+of[ \t]+State"
                              rf"|State[ \t]+Secretary|Under-Secretary|Undersecretary)(?:[ \t]+(?:of|in|for|at|the|and"
                              rf"|to|[A-Z][\w-]*)){{0,10}}?)[ \t]+(?P<label>{NAME_WORD}[ \t]+{NAME_WORD})"
                              rf"(?:[ \t]*\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\])?[ \t]*:[ \t]*")  # ... and its time stamp
# A member who moves a motion, on a line of its own above its text and his speech: "Mr. Raffi Demirjian (Laval—Les
# Îles, Lib.) moved:".
_MOVED_LINE = re.compile(rf"[ \t]*(?P<label>(?:(?:Mr|Ms|Mrs|Hon|Dr)\.?[ \t]+)?{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})"
                         r"[ \t]*\((?P<affil>[^()\n]{2,80})\)[ \t]+moved[ \t]*:[ \t]*")
# A Westminster office as Hansard prints it before a member's name: "The Minister for Europe", "The Parliamentary
# Under-Secretary of State for Foreign, Commonwealth and Development Affairs".
_WESTMINSTER_OFFICE = (r"[ \t]*(?:The|THE)[ \t]+(?P<office>(?:Minister|Secretary|Parliamentary|Deputy|Prime|Leader|Solicitor"
                       r"|Attorney|Chancellor|Lord|Shadow|MINISTER|SECRETARY|DEPUTY|PRIME)[\w ,&’'-]{0,120}?)[ \t]*")
# Hansard's label for a member who speaks in an office: "The Minister for Europe (Helen Marsh):".
_OFFICE_THEN_NAME = re.compile(rf"{_WESTMINSTER_OFFICE}\((?:Hon\.[ \t]+)?(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})\)"
                               r"[ \t]*:[ \t]+(?=\S)")
# The voices of a treaty body's summary record: "The delegation said", "Committee members asked", "the State
# party". The delegation speaks there ("the delegation replied"); a visiting body's own delegation is told things
# ("informed the delegation") or visits ("the delegation visited"), and makes no record; nor does the ICRC's
# delegation in a city ("the delegation of the International Committee of the Red Cross in Baku"), an office.
_RECORD = re.compile(r"\b(?:[Tt]he\s+delegation(?!\s+(?:of|from)\s+the\s+(?:International\s+Committee|ICRC|Red\s+Cross))"
                     r"(?!\s+in\s+[A-Z])(?:\s+(?:also|further|then|later|again))?\s+(?:said|stated|replied|explained|noted"
                     r"|indicated|responded|added|informed|assured|confirmed|maintained|recalled|emphasi[sz]ed|stressed"
                     r"|rejected|denied|answered|reiterated|pointed|underlined|highlighted|clarified|acknowledged|says"
                     r"|states|replies|explains|notes|informs)\b|Committee\s+(?:members?|experts?)|Country\s+(?:Co-)?Rapporteur"
                     r"|Country\s+Task\s+Force|State\s+party|[Ss]ummary\s+record"
                     # a United Nations record's replies ("speaking in exercise of the right of reply, the representative
                     # of Azerbaijan said"), the meetings coverage's symbol ("GA/SHC/4391")
                     r"|exercise\s+of\s+(?:the|a\s+second|its|his|her)\s+right\s+of\s+reply|GA/(?:SHC|SPD|L|EF|DIS|AB)/\d{3,5})\b")
_SUMMARY_RECORD = re.compile(r"\b(?:[Ss]ummary\s+record|SUMMARY\s+RECORD|/SR\.\d)")
_COURT_SPEAKS = re.compile(r"\bThe\s+Court\s+(?:observed|noted|found|considered|held|recalled|stressed|reiterated"
                           r"|concluded|decided|ruled|observes|notes|finds|considers|holds|recalls|reiterates)\b")


# Hansard as the web prints it: the member's name alone on the line above her words, with her seat or party in
# brackets ("Baroness Penhallow (CB)", "Stephen Doughty (Cardiff South and Penarth) (Lab/Co-op)"), or her office
# before her name ("The Minister of State, Foreign, Commonwealth and Development Office (Lord Tarrant) (Con)").
# The brackets are required: a name alone on a line is a signature or a byline as often as a turn.
_NAME_LINE = re.compile(rf"[ \t]*(?P<label>(?:{_HONORIFIC}[ \t]+|(?:Earl|Viscount|Dame)[ \t]+)?{NAME_WORD}(?:[ \t]+(?:of[ \t]+)?"
                        rf"{NAME_WORD}){{0,4}})[ \t]*\((?P<affil>[^()\n]{{1,60}})\)(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]*")
_OFFICE_LINE = re.compile(rf"{_WESTMINSTER_OFFICE}\((?P<name>(?:{_HONORIFIC}[ \t]+)?{NAME_WORD}(?:[ \t]+(?:of[ \t]+)?{NAME_WORD}){{0,3}})\)"
                          rf"(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]*")


def _qa(doc, line: str, offset: int = 0):
    """``QA``'s match at ``offset`` of ``line``; one closed by a full stop only in a text of written answers ("Answer.
    ..." opens a line of it), never a questionnaire's reprinted "Question 3. Please indicate ..." before its "Reply:"."""
    m = QA.match(line, offset)
    return None if m and m.group("stop") and not _WRITTEN_ANSWER.search(doc.text) else m


_WRITTEN_ANSWER = re.compile(r"(?m)^[ \t]*(?:Answer|ANSWER)\.[ \t]")


def _bracketed_turn(doc, number: int, line: str, offset: int, start: int) -> Turn | None:
    """The turn a bracketed label opens at ``offset`` of ``line`` (the paragraph starts at ``start``): a role's
    label names its holder in the brackets ("PRESENTER (TIGRAN MELKONYAN):" asks as Tigran Melkonyan); a name's
    label in capitals is hers, what the brackets say of her left out (her role, not a speaker). None when the
    label is neither."""
    if heads.FIELD.match(line):
        return None
    handle = _handle_turn(number, line, offset, start)
    if handle:
        return handle
    m = brackets.LABEL.match(line, offset)
    if not m or m.end() == len(line) and not _words_below(doc, number):
        return None  # a label alone on its line ("REPORTER (VO):", a script's) speaks in the paragraph below
    label = m.group("label").lower()
    if label in doc.words.question_labels | doc.words.answer_labels:
        kind = "answer" if label in doc.words.answer_labels else "question"
        detail = _named(doc, m.group("detail"))
        return Turn(number, kind, m.group("label"), start + m.end(),
                    normal_name(detail) if detail and detail.isupper() else detail)
    if m.group("label").isupper() and len(m.group("label").split()) >= 2:  # "ANAHIT KARAPETYAN (MOTHER OF ...):"
        return Turn(number, "label", m.group("label"), start + m.end())  # her role says who she is, not who speaks
    detail = m.group("detail") or ""
    if m.group("label").isupper() and len(m.group("label").split()) == 1 and _TOWN.fullmatch(detail) \
            and label not in doc.words.not_names | doc.words.institution_words \
            and not registry_module.state_named(detail, doc.published, doc.registry):
        # "VAHE (Kapan):": a caller by first name and town, as a phone-in prints them; never "Mr. X (Armenia):"
        return Turn(number, "caller", m.group("label"), start + m.end(), detail)
    return None


# A town in a caller's brackets: one to three capitalised words.
_TOWN = re.compile(r"[A-Z][a-z’'-]+(?:[ \t-][A-Z][a-z’'-]+){0,2}")
# A reader's handle or first name, one word, then her town in brackets (and where she lives now, or her country).
_HANDLE_LABEL = re.compile(rf"[ \t]*(?P<label>[A-Za-z][\w.]{{1,30}})[ \t]*\((?P<town>{_TOWN.pattern})"
                           rf"(?:,[ \t]*(?:now[ \t]+)?{_TOWN.pattern})?\)[ \t]*:[ \t]+(?=\S)")
# A handle's mark: a digit or an underscore ("hrant1979", "Davit_M").
_HANDLE_WORD = re.compile(r"[\d_]")


def _handle_turn(number: int, line: str, offset: int, start: int) -> Turn | None:
    """"Davit_M (Gyumri):", "guest_4410 (Vanadzor):": a reader's handle and her town, as online Q&As print them,
    a caller's turn by that handle (a handle has a digit or an underscore: no name, State or post has)."""
    handle = _HANDLE_LABEL.match(line, offset)
    if handle and _HANDLE_WORD.search(handle.group("label")):
        return Turn(number, "caller", handle.group("label"), start + handle.end(), handle.group("town"))
    return None


# The US Congress's records: "Mr. DUNMORE. The subcommittee will come to order.", "Chairman SMITH. Thank you." (an
# honorific or title, the surname in capitals, a full stop).
_CONGRESS_LABEL = re.compile(r"[ \t]*(?P<label>(?:Mr|Ms|Mrs|Dr|Chairman|Chairwoman|Senator|Representative)\.?[ \t]+"
                             r"[A-Z][A-Z’'-]{2,}(?:[ \t]+of[ \t]+[A-Z][a-z]+)?)\.[ \t]+(?=\S)")


# A label's brackets that say how the words reached the record, not whom the speaker speaks for: "MR. LAVROV
# (Interpretation from Russian):", "(through an interpreter)", "(spoke in Armenian)".
_INTERPRETED = re.compile(r"(?:[Ii]nterpretation|[Ii]nterpreted|[Tt]ranslation|[Tt]ranslated|[Ss]poke|[Ss]peaking|[Ss]poken)"
                          r"(?:\s+(?:from|in|into)\s+[A-Z][a-z]+)?|(?:through|via)\s+(?:an?\s+|the\s+)?interpreter"
                          r"|[A-Z][a-z]+\s+interpretation|in\s+[A-Z][a-z]+")


def _affiliation(m) -> str | None:
    """The State or group a debate label's brackets give its speaker, unless they note the interpretation."""
    affil = m.group("affil") or m.group("affil2")
    return None if affil and _INTERPRETED.fullmatch(affil.strip()) else affil


def _words_below(doc, number: int) -> bool:
    """Whether paragraph ``number`` has a next paragraph right below it (no blank line between)."""
    return number + 1 < len(doc.paragraphs) and doc.paragraphs[number + 1].start - doc.paragraphs[number].end < 4


def turn_of(doc, number: int) -> Turn | None:
    """The turn paragraph ``number`` opens, if it opens one; a select committee's question number is no part of
    its asker's label ("Q15 Priya Mandal:" is Priya Mandal's)."""
    turn = _turn_of(doc, number)
    numbered = QUESTION_NUMBER.match(turn.label) if turn and turn.label else None
    return replace(turn, label=turn.label[numbered.end():]) if numbered else turn


def _turn_of(doc, number: int) -> Turn | None:
    para = doc.paragraphs[number]
    line = doc.text[para.start:para.end]
    direction = heads.DIRECTION.match(line)
    if direction and (direction.group().rstrip().endswith(":") or direction.end() >= len(line.rstrip())):
        return None  # "IF ASKED: ...", "AGREED WORDING (use verbatim)": a line to take's heading, nobody's turn
    if heads.SUBTITLE.match(line):
        return None  # "SUBTITLE: ..." under a clip's caption: the clip's turn runs on
    if heads.PUBLISHERS_NOTE.match(line):
        return None  # "EDITOR'S NOTE: An earlier version ...": the publisher's note on its story, no one's turn
    if heads.CAST.fullmatch(line) or heads.SPEAKER_FIELD.fullmatch(line.strip()):
        # "Interviewer: Karen Simonyan (KS)", "Speaker: Thomas Berger, head of the ICRC delegation": who takes
        # part, printed in the head; no words of theirs
        return None
    cue = doc.words.broadcast_cue.match(line) or _NARRATOR.match(line) or heads.turn_cue(line)
    if cue:  # "NAT SOUND: crowd applauding": a script's direction ends the turn before it and opens nobody's
        return Turn(number, "cue", cue.group().strip(" \t:—–"), para.start + cue.end())
    asked = _ASKED_BY.fullmatch(line)
    if asked and houses.parliament(doc):  # the Lords' "Asked by Lord Carrow" over his question: the question is his
        return Turn(number, "debate", asked.group("label"), para.end)
    clip = _SCRIPT_CLIP.fullmatch(line)
    if clip:  # "[SOT: Hasmik Danielyan, spokesperson, Ministry of ...]" on its own line: the clip's words below
        return Turn(number, "debate", clip.group("label"), para.end, None, clip.group("office"))
    if _SCRIPT_CUE.fullmatch(line):  # "[VO - ANI MKRTCHYAN]", "[ANCHOR TAG]": the programme's own voice again
        return Turn(number, "cue", line.strip(" \t[]"), para.end)
    if heads.STAGE_NOTE.fullmatch(line):  # "[Crowd: "Free them now!"]": so does a note of the crowd's words
        return Turn(number, "cue", "[", para.start)
    code = TIME_CODE.match(line)
    if code:  # "[00:12:05] NORA: ...": a podcast's turn with its time code, not a live blog's entry
        qa, label = _qa(doc, line, code.end()), LABEL.match(line[code.end():])
        if qa:
            return _qa_turn(doc, number, qa, para.start)
        tag = _CAPTION_TAG.match(line, code.end())
        caption = _CAPTION_LINE.fullmatch(line, tag.end()) if tag and _words_below(doc, number) else None
        if caption:  # "[00:40] SOUNDBITE: Hikmet Hajiyev, adviser to the President (archive, 2021)", the clip below
            return Turn(number, "debate", caption.group("label"), para.end, None, caption.group("office"))
        if label:
            return Turn(number, "label", label.group("label"), para.start + code.end())
        bracketed = _bracketed_turn(doc, number, line, code.end(), para.start)
        if bracketed:
            return bracketed
    bold_time = _BOLD_TIME.fullmatch(line)
    if bold_time:  # "**16:52**" alone on its line, the entry below it
        return Turn(number, "entry", bold_time.group("time"), para.end)
    m = TIMESTAMP.match(line)
    if m and (m.end() == len(line) or not line[m.end():m.end() + 1].isdigit()):
        return Turn(number, "entry", m.group().strip(" \t—–|:-"), para.start + m.end())
    m = _BARE_TIME.match(line) if doc.noted else None
    if m:  # an observer's notes' "16:20 Dialogue closed.": an entry of its own, no one's words but the notes'
        return Turn(number, "entry", m.group().strip(), para.start + m.end())
    m = _qa(doc, line)
    if m:
        return _qa_turn(doc, number, m, para.start)
    m = LABEL.match(line)
    if m and m.group("label").lower() in doc.words.question_labels | doc.words.answer_labels:  # "INTERVIEWER:"
        kind = "answer" if m.group("label").lower() in doc.words.answer_labels else "question"
        return Turn(number, kind, m.group("label"), para.start + line.index(":", m.end("label")) + 1)
    office = _OFFICE_THEN_NAME.match(line)
    if office:  # "The Minister for Europe (Helen Marsh):": Hansard gives a minister's office, her name in brackets
        return Turn(number, "debate", office.group("name"), para.start + office.end(), None, office.group("office"))
    above = _words_below(doc, number)
    office = _OFFICE_LINE.fullmatch(line) if above else None
    if office:  # Hansard online: "The Minister of State, ... (Lord Tarrant) (Con)" on the line above his words
        return Turn(number, "debate", office.group("name"), para.end, None, office.group("office"))
    role = brackets.role_line(doc, line) if above else None
    if role:  # "THE MAYOR (Arsen Babayan, Mayor of Goris)" over his printed speech: his words below
        return Turn(number, "debate", role[0], para.end, None, role[1])
    named = _NAME_LINE.fullmatch(line) if above else None
    if named and not heads.FIELD.match(line) and not any(w.lower() in doc.words.not_names
                                                         for w in named.group("label").split()) \
            and (" " in named.group("label") or not named.group("affil")[:1].islower()):  # no "Gata (sweet bread)"
        # "Baroness Penhallow (CB)" on the line above her words
        return Turn(number, "debate", named.group("label"), para.end, named.group("affil"))
    continental = houses.continental_turn(doc, number, line, para.start, para.end, bool(above))
    if continental:
        return continental
    alone = _LABEL_ALONE.fullmatch(line) if above else None
    if alone:  # "Mr. TADEVOSYAN:" alone on its line, his numbered paragraphs below (the ICJ's verbatim records)
        chair = alone.group("chair")
        if chair and chair.lower() in doc.words.chair_labels and chair.isupper():
            return Turn(number, "chair", alone.group("label"), para.end)
        if not chair:
            return Turn(number, "debate", alone.group("label"), para.end, alone.group("affil"))
    named_alone = _NAME_ALONE.fullmatch(line) if above else None
    if named_alone:  # "Tatevik Sargsian:" alone on its line, her words on the lines below (an event's transcript)
        name = named_alone.group("label")
        cleaned = clean_name(name, doc.words) or ""
        if " " in cleaned and name.endswith(cleaned) and not any(  # "Professor Jonas Ekstrom:" too
                w.lower() in doc.words.institution_words | doc.words.not_names for w in cleaned.split()):
            return Turn(number, "debate", name, para.end)
    posted = _POST_NAME_ALONE.fullmatch(line) if above else None
    if posted:
        return Turn(number, "debate", posted.group("label"), para.end, None, posted.group("office"))
    posted = _POST_NAME_ALONE.match(line)
    if posted and posted.end() < len(line) and houses.parliament(doc):  # ... or before her words on its line in a
        # parliament's record
        return Turn(number, "debate", posted.group("label"), para.start + posted.end(), None, posted.group("office"))
    moved = _MOVED_LINE.fullmatch(line) if above else None
    if moved:  # "Mr. Raffi Demirjian (Laval—Les Îles, Lib.) moved:": the motion below, and his speech for it, are his
        return Turn(number, "debate", moved.group("label"), para.end, moved.group("affil"))
    full = surname_named(line)
    if full:
        # "BALASANYAN (NAREK BALASANYAN, INTERNATIONAL LAWYER): ...": the speaker by her full name
        return Turn(number, "label", full.group("name"), para.start + full.end())
    congress = _CONGRESS_LABEL.match(line)
    if congress:  # "Mr. DUNMORE. The subcommittee will come to order."
        return Turn(number, "debate", congress.group("label"), para.start + congress.end())
    clip = _CAPTION_BRACKETS.match(line, code.end() if code else 0)
    if clip:  # "[00:38] SOT (Hikmet Hajiyev, adviser to the President):": the clip's words below or after it
        return Turn(number, "debate", clip.group("label"), para.end if clip.end() == len(line) else para.start + clip.end(),
                    None, clip.group("office"))
    tag = _CAPTION_TAG.match(line)
    caption = _CAPTION_LINE.fullmatch(line, tag.end()) if tag and above else None
    if caption:  # "SOT - HIKMET HAJIYEV, ASSISTANT TO THE PRESIDENT (archive):" on the line above the clip
        return Turn(number, "debate", caption.group("label"), para.end, None, caption.group("office"))
    handle = _handle_turn(number, line, 0, para.start)
    if handle:  # before a debate's "Name (Country):", which a handle's brackets would pass for
        return handle
    m = DEBATE.match(line, tag.end()) if tag else DEBATE.match(line)
    if m and not tag and heads.CAPS_HEADING.fullmatch(line):
        m = None  # "PART ONE: AGREED STATEMENT OF FACTS": a heading in capitals, no speaker's label
    if m and m.group("office") and _SAID_LAST.search(m.group("office")):
        m = None  # "Marta Kowalczyk, the coalition's lead observer, said: "..."": narration before a quotation
    if m and tag and not m.group("chair"):
        # "SOUNDBITE — AYKHAN HAJIZADA, SPOKESMAN, AZERBAIJANI FOREIGN MINISTRY:": a broadcast's captioned clip
        label = m.group("label")
        return Turn(number, "debate", label, para.start + m.end(), _affiliation(m), m.group("office"))
    if m:
        chair = m.group("chair")
        if chair and chair.lower() in doc.words.chair_labels and (chair.isupper() or m.group().lstrip()[:3] in ("The", "THE")
                                                                  or re.search(r"\.[ \t]*[–—]", m.group())  # "President. –"
                                                                  # "President:" in a parliament's record
                                                                  or chair.istitle() and m.group().rstrip().endswith(":")
                                                                  and houses.parliament(doc)):
            return Turn(number, "chair", m.group("label"), para.start + m.end(), m.group("affil") or m.group("affil2"))
        titled = _MEMBER_TITLE.match(m.group("label")) if not chair else None
        titled = titled if titled and houses.parliament(doc) else None
        if titled:  # a translated record's "Deputy Speaker Tomáš Vlček:" presides, "Deputy Lenka Horáková:" speaks
            kind = "chair" if titled.group("presiding") else "debate"
            return Turn(number, kind, m.group("label"), para.start + m.end(), _affiliation(m), m.group("office"))
        if not chair and (m.group("honorific") or m.group("affil") or m.group("office")
                          or _CAPS_WORD.search(m.group("label"))):
            # "Ilse Raudsepp, invited expert (University of Tartu). –": the brackets after the post
            return Turn(number, "debate", m.group("label"), para.start + m.end(), _affiliation(m), m.group("office"))
    if LABEL.match(line) and not heads.heading_or_field(line, LABEL.match(line)):
        return Turn(number, "label", LABEL.match(line).group("label"), para.start)
    bracketed = _bracketed_turn(doc, number, line, 0, para.start)
    if bracketed:
        return bracketed
    m = _BOLD_LABEL.match(line)
    if m:  # "**TMR:** In January ...", "**Ohanyan**: ...": a label set in bold, as print interviews are
        return Turn(number, "label", m.group("label"), para.start)
    return None


def _cast_initials(doc, body: list[int], turns: list[Turn]) -> list[Turn]:
    """The turns as the head's cast names them (:func:`.heads.cast`): a label of initials by its name ("KS:" for
    "Interviewer: Karen Simonyan (KS)"), and the turns of the one who asks as questions."""
    names, asking = heads.cast(doc, body)
    if not names and not asking:
        return turns
    cast = []
    for t in turns:
        label = names.get(t.label, t.label)
        kind = "question" if t.kind in ("label", "debate") and normal_name(label).lower() in asking else t.kind
        cast.append(Turn(t.paragraph, kind, label, t.start, t.detail, t.office))
    return cast


# A label in bold (markdown's asterisks or underscores), its colon inside or after the emphasis.
# A time code may open it inside the emphasis: "**[00:01:02] Hikmet Hajiyev:** ...".
_BOLD_LABEL = re.compile(r"[ \t]*(\*\*|__)(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?(?P<label>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})"
                         r"[ \t]*:?[ \t]*\1[ \t]*:?"
                         r"[ \t]+(?=\S)")


def _qa_turn(doc, number: int, m, start: int) -> Turn:
    """The question or answer turn a "Q:", "Answer:" or "Question (Anna Smith, Reuters):" label opens."""
    kind = "answer" if m.group("label").lower() in doc.words.answer_labels else "question"
    # the brackets after an answer's colon are a stage direction ("A: (Laughter) ..."), after a question's its asker's
    after = m.group("after") if kind == "question" else None
    return Turn(number, kind, m.group("label"), start + m.end(), _named(doc, m.group("who")) or m.group("from") or after)


def _named(doc, detail: str | None) -> str | None:
    """A label's brackets, unless they say how a script's speaker is heard ("REPORTER (VO):"), which names no one."""
    return None if detail and detail.strip().lower() in doc.words.broadcast_directions else detail


# A broadcast transcript's tag before a captioned clip's speaker ("SOUNDBITE — ", "SOT: "), with the clip's
# language in brackets as agency video scripts print it ("SOUNDBITE (Armenian) ", "SOUNDBITE: (English) ").
# (an exhibition's audio guide plays a "RECORDED VOICE (Arsen, returned in December 2023):" as a broadcast plays a clip)
_CLIP = r"[ \t]*(?:SOUNDBITE|SOT|SYNC|CLIP|ACTUALITY|VOX\s+POP|(?:RECORDED[ \t]+)?VOICE)"
_LANGUAGE = r"\([A-Z][a-z]+\)"
_CAPTION_TAG = re.compile(rf"{_CLIP}(?:[ \t]*[—–:-][ \t]*(?:{_LANGUAGE}[ \t]*)?|[ \t]*{_LANGUAGE}[ \t]*:?[ \t]*)")
# A television script's direction in square brackets on a line of its own ("[VO - ANI MKRTCHYAN]", "[ANCHOR ON CAM]",
# "[STAND-UP - ...]", "[SUPER: ...]"): the reporter's and the anchor's words are the programme's (GUIDELINES 14);
# and a clip's cue there, its speaker and her post: "[SOT: Hasmik Danielyan, spokesperson, Ministry of ...]".
_SCRIPT_CUE = re.compile(r"[ \t]*\[[ \t]*(?:VO|V/O|ANCHOR|PRESENTER|REPORTER|STAND-?UP|PTC|TRACK|SUPER|NAT[ \t]+SOUND"
                         r"|GRAPHIC|GFX|CG|LOWER[ \t]+THIRD)\b[^\[\]\n]{0,200}\][ \t]*")
_SCRIPT_CLIP = re.compile(rf"[ \t]*\[{_CLIP}[ \t]*[:—–-][ \t]*(?P<label>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})"
                          rf"(?:[ \t]*,[ \t]*(?P<office>[^\[\]\n]{{2,160}}?))?[ \t]*\][ \t]*")
# A clip's speaker in brackets after the tag: "SOT (Hikmet Hajiyev, foreign policy adviser to the President):",
# her words on the line below or after the colon.
# (a first name alone is a name when a post follows it: "(Hasmik, mother of Davit)", never "(English)")
_CAPTION_BRACKETS = re.compile(rf"{_CLIP}[ \t]*[:—–-]?[ \t]*\((?P<label>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}|{NAME_WORD}(?=[ \t]*,))"
                               rf"(?:[ \t]*,[ \t]*(?P<office>[^()\n]{{2,120}}?))?\)[ \t]*[:—–-][ \t]*")
# A caption alone on its line, the clip's words on the next: its speaker's name, her post, a note in brackets (a
# colon after it or none).
# ... and where the clip was recorded ("CLIP: Nikol Pashinyan at the UN General Assembly, September 2025 (subtitled)")
_CAPTION_LINE = re.compile(rf"(?P<label>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})(?:[ \t]+(?:at|in|on|during)[ \t]+[^:()\n,]{{2,120}}?)?"
                           rf"(?:[ \t]*,[ \t]*(?P<office>[^:()\n]{{2,160}}?))?"
                           r"(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*:?[ \t]*")
# A script's narrator ("NARRATOR (V.O.):"): the programme's own voice again after a clip.
_NARRATOR = re.compile(r"[ \t]*(?:NARRATOR|Narrator|VOICE-?OVER|Voice-?over|COMMENTARY|Commentary)(?:[ \t]*\([^()\n]{1,20}\))?"
                       r"[ \t]*:[ \t]*")


def recognise(doc, *, kind: str | None = None, author: str | None = None, voice: str | None = None,
              publisher: str | None = None) -> Layout:
    """The layout of ``doc`` (see the module docstring); ``kind`` and ``author`` come from the front matter,
    ``voice`` is a registered organisation that published the text, ``publisher`` the outlet's name."""
    body = doc.body_paragraphs
    turns = [t for t in (turn_of(doc, n) for n in body[1:]) if t is not None
             # a headline's "Tigran Aslanyan: “Nobody told us ...”" under a rubric is no turn
             and not (t.paragraph in body[:3] and t.kind == "label"
                      and HEADLINE_QUOTE.fullmatch(doc.text, doc.paragraphs[t.paragraph].start,
                                                   doc.paragraphs[t.paragraph].end))] \
        or dialogue.printed(doc, body)
    turns = _publisher_asks(turns, publisher)
    turns = carried(_cast_initials(doc, body, turns))
    participants.hold_listed_speakers(doc, body, voice)  # "Speakers: X, Chief Spokesperson; ...": the voice's
    participants.hold_present(doc, body)  # "Present: Mr. X (Co-Chair, Armenia); ...": the State's
    participants.hold_ministers(doc, body, voice)  # "... of Foreign Minister of Finland Aino Lehtonen": Finland's
    if any(t.kind == "chair" for t in turns):  # "THE CHAIR:", then "KARAPETYAN:": a record's surname turns
        turns = [Turn(t.paragraph, "debate", t.label, t.start) if t.kind == "label" and t.label.isupper() else t
                 for t in turns]
    kinds = [t.kind for t in turns]
    head = " ".join(doc.text[doc.paragraphs[n].start:doc.paragraphs[n].end] for n in body[:3])
    # a record's time in the margin, alone on its line right before a member's turn ("15.42" / "Member Sophie
    # Lindner (Greens): ..."), dates her speech; it opens no blog entry
    opens = {t.paragraph: t.kind for t in turns}
    margin = sum(1 for t in turns if t.kind == "entry" and t.start >= doc.paragraphs[t.paragraph].end
                 and opens.get(t.paragraph + 1) in ("debate", "chair"))
    if kinds.count("entry") - margin >= 2 and kinds.count("entry") >= kinds.count("debate") + kinds.count("chair"):
        # (a record's times on their own lines, "4.30 pm", do not make its many speakers' turns a blog's entries)
        return Layout("live_blog", [t for t in turns if t.kind == "entry"])
    questions = kinds.count("question")
    if (questions or "answer" in kinds) and doc.words.briefing.search(head) and "chair" not in kinds:
        return _briefing(doc, body, turns, voice, publisher)
    if kinds.count("debate") + kinds.count("chair") >= 2 and not (questions and "chair" not in kinds):
        parliament = houses.parliament(doc) or bool(houses.unlisted_state(doc, publisher))  # (or its publisher says)
        house = houses.house_state(doc) if parliament and not houses.publisher_house(doc, publisher) else None
        first = min((t.paragraph for t in turns), default=len(doc.paragraphs))
        heading = [n for n in body[:20] if n < first] or body[:3]
        if house:  # the heading runs to the first turn ("Present: ...", "Invited: ..." lines of a committee's record)
            houses.invited(doc, heading, house)
        presiding = houses.presiding(doc, heading) if parliament else None
        if presiding:  # "Mr. DUNMORE." after "Hon. Daniel Dunmore (chairman of the subcommittee) presiding": the chair
            turns = [Turn(t.paragraph, "chair", t.label, t.start, t.detail, t.office)
                     if t.kind == "debate" and normal_name(t.label).split()[-1] == presiding else t for t in turns]
        unlisted = houses.unlisted_state(doc, publisher) if parliament and not house else None
        return Layout("debate", [t for t in turns if t.kind != "entry"], parliament=parliament, house=house,
                      unlisted=unlisted)
    if questions and ("answer" in kinds or "label" in kinds or "debate" in kinds):
        if voice and "answer" in kinds and "label" not in kinds and "debate" not in kinds:
            # a registered body's statement with "Question (outlet):" / "Answer:" after it: the body answers
            return Layout("interview", turns, answerer=voice, asker=participants.interviewer(doc, body, turns))
        return _interview(doc, body, turns)
    if not questions and kinds.count("label") >= 2:  # "Lindgren:" / "Baghdasaryan:"
        asker = participants.interviewer(doc, body, turns)
        surnames = _surname_turns(turns, asker)
        if surnames:
            return _interview(doc, body, surnames, asker)
    judge = bylines.judge_of_opinion(doc, body[:8])
    if judge:  # "PARTLY DISSENTING OPINION OF JUDGE KOVÁCS": the judge's own voice, not the court's
        return Layout("separate_opinion", turns, author=bylines.full_name(doc, judge, author))
    declarant = bylines.declarant(doc, body[:15])
    if declarant:  # "I, ANAHIT BABAYAN, of ..., say as follows:": a witness statement, its maker's voice
        return Layout("testimony", turns, author=declarant)
    ngo = voice in doc.registry.actors and doc.registry[voice].role == "ngo" if voice else False
    # (an NGO's own report that cites "the delegation" of a State is no record, unless it calls itself one)
    if _RECORD.search(doc.text) and not (ngo and not _SUMMARY_RECORD.search(doc.text)):
        return Layout("summary_record", turns, state_party=participants.state_party(doc),
                      body=participants.reviewing_body(doc, publisher))
    if kind == "judgment" or _COURT_SPEAKS.search(doc.text):
        return Layout("court", turns)
    opinion = kind == "opinion" or any(doc.words.opinion.match(doc.text[doc.paragraphs[n].start:
                                                                         doc.paragraphs[n].end]) for n in body[:2])
    # the byline under the heading, else a signature or an author's note closing the piece
    author = author or (bylines.byline(doc, body[:4]) or bylines.byline(doc, body[-2:], closing=True)
                        if opinion and body else None)
    if author and opinion:  # ... and hers in office when she writes as its holder (hard case 12)
        return Layout("op_ed", turns, author=bylines.author_in_office(doc, body[:8], author) or author)
    # (an opinion with no byline may be a speech's text: "Keynote address by Judge X" under its title)
    speaker = bylines.speech_maker(doc, body[:3]) if kind in ("statement", "panel", "opinion") and not author else None
    if speaker:  # "Acceptance speech by Tatevik Ghazaryan": a speech's transcript, its speaker's words
        return Layout("signed_statement", turns, author=speaker)
    if author and kind == "statement":
        # a statement whose front matter names its maker (a minister's written statement to a parliament, a
        # lawyer's letter): its maker's words, not its publisher's (GUIDELINES hard case 14, as for a signed piece)
        return Layout("signed_statement", turns, author=author)
    if voice:
        return Layout("report", turns)
    if kind in ("news", "statement", "panel", "opinion", "judgment", "instrument"):
        return Layout("news" if kind in ("news", "panel") else kind, turns)
    return Layout("unrecognised", turns)


def _briefing(doc, body: list[int], turns: list[Turn], voice: str | None = None, publisher: str | None = None) -> Layout:
    """A briefing: the spokesperson the heading names answers ("Spokesperson:", "Answer:", her surname);
    every other named turn asks ("Anna Smith (Reuters):" is "Anna Smith, Reuters"; "Reuters:")."""
    turns = [t for t in turns if not heads.one_speaker(doc, t.paragraph)] or turns  # "Speakers: X, her post": no turn
    answerer, heading_end = participants.spokesperson(doc, [n for n in body[:5] if n < turns[0].paragraph], voice,
                                                      publisher)
    asker = participants.interviewer(doc, body, turns)  # "answered questions from Nigar Rzayeva": her unlabelled questions
    answerer = _post_named(doc, body, turns) or answerer
    own = {name.split()[-1] for name, office in doc.namer.holders.items() if office == answerer}
    if answerer:
        own.add((doc.registry[answerer].name if answerer in doc.registry.actors else answerer).split()[-1])

    def question(t: Turn) -> Turn:
        if t.kind in ("debate", "label") and not t.detail and participants.unnamed_official(doc, normal_name(t.label)):
            # "SENIOR STATE DEPARTMENT OFFICIAL:" on a background call: the briefer, named by the body she serves
            return Turn(t.paragraph, "label", t.label, t.start)
        if participants.briefer_post(doc, body, turns[0].paragraph, t.label):  # "RESIDENT COORDINATOR:", the head's post
            return Turn(t.paragraph, "answer", t.label, t.start)
        titled = clean_name(normal_name(t.label), doc.words) if t.kind == "debate" and not t.detail else None
        if titled and titled != normal_name(t.label).strip():
            # "MINISTER MIRZOYAN:" at a joint press conference: an official the label titles answers, as a
            # transcript label names her
            return Turn(t.paragraph, "label", t.label, t.start)
        if t.kind == "debate" and not t.detail and normal_name(t.label).split()[-1:] \
                and normal_name(t.label).split()[-1] in own:
            return Turn(t.paragraph, "answer", t.label, t.start)  # "MARTIN KELLER:": the briefer the head names answers
        if t.kind == "debate":
            who = normal_name(t.label).strip()
            return Turn(t.paragraph, "question", t.label, t.start, f"{who}, {t.detail}" if t.detail else who)
        name = clean_name(normal_name(t.label), doc.words) or ""
        # "Minister Mirzoyan:", "Minister de Vries:": an official the label titles answers, as the
        # spokesperson does; any other named label asks
        if t.kind == "label" and name in doc.namer.holders:
            return t  # a minister the head names by post: she answers in it ("Armen Tadevosyan:")
        if t.kind == "label" and normal_name(t.label) not in own and name.split()[-1:] != [] \
                and name.split()[-1] not in own and name == normal_name(t.label):
            return Turn(t.paragraph, "question", t.label, t.start, t.label)
        return t
    return Layout("briefing", [question(t) for t in turns], answerer=answerer, heading_end=heading_end, asker=asker)


def _post_named(doc, body: list[int], turns: list[Turn]) -> str | None:
    """The person a turn label names in brackets after the post the briefing's heading gives its briefer ("Press
    briefing by the Special Representative ..." then "SPECIAL REPRESENTATIVE (Margit Halonen):"), else None."""
    head = " ".join(doc.text[doc.paragraphs[n].start:doc.paragraphs[n].end] for n in body[:3]
                    if n < turns[0].paragraph).lower()
    for t in turns:
        post = " ".join((normal_name(t.label) if t.label.isupper() else t.label).split())
        if len(post.split()) >= 2 and re.search(rf"\b{re.escape(post.lower())}\b", head):
            named = brackets.named_in_brackets(doc, post)
            if named:
                return named
    return None


def _interview(doc, body: list[int], turns: list[Turn], asker: str | None = None) -> Layout:
    return Layout("interview", turns, answerer=participants.interviewee(doc, body, turns),
                  asker=asker or participants.interviewer(doc, body, turns))


def _publisher_asks(turns: list[Turn], publisher: str | None) -> list[Turn]:
    """A print interview labels its questions with the publication's name or initials ("TMR:" in The Meridian
    Review, "MERIDIAN:"): those turns are questions, put by the interviewer the introduction names."""
    if not publisher or sum(t.kind == "label" for t in turns) < 2:
        return turns
    words = [w for w in re.findall(r"[\w’'-]+", publisher) if w[:1].isupper()]
    names = {publisher.lower(), "".join(w[0] for w in words).lower(),
             "".join(w[0] for w in words if w.lower() != "the").lower(), *(w.lower() for w in words[-2:])}
    return [Turn(t.paragraph, "question", t.label, t.start, None) if t.kind == "label" and t.label.lower() in names
            else t for t in turns]


def _surname_turns(turns: list[Turn], asker: str | None) -> list[Turn] | None:
    """An interview whose turns are the surnames of the two people its introduction names ("Lindgren:",
    "Baghdasaryan:"): the interviewer's turns become questions. None when it is not one."""
    named = {normal_name(t.label) for t in turns if t.kind == "label"}  # "LINDGREN:" is "Lindgren"
    if not asker or asker.split()[-1] not in named or len(named) < 2:
        return None
    return [Turn(t.paragraph, "question", t.label, t.start, None)
            if t.kind == "label" and normal_name(t.label) == asker.split()[-1] else t for t in turns]
