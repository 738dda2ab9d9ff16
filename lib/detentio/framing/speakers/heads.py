"""A document's head: the lines above its text that say what it is, not who speaks in it.

>>> from detentio.framing.speakers import heads
>>> heads.heading_or_field("Distr.: General", LABEL.match("Distr.: General"))    # True: a field, no turn
>>> heads.cast(doc, doc.body_paragraphs)   # ({"KS": "Karen Simonyan"}, {"karen simonyan"}) for a cast in the head
>>> heads.spokesperson_of(doc, "mfa_armenia", paragraph)   # "the Spokesperson of the Ministry ..." in its own text

The layout stage (:mod:`.layout`) and the opening rules (:mod:`.rules.opening`) read them before any turn.
"""
from __future__ import annotations

import re
from functools import lru_cache

from detentio.framing import actors as registry_module


# A document's reference field, not a turn: "Index Number: EUR 55/0412/2026", "Date: 19 February 2026",
# "Ref: S/2026/41" (a value of codes and dates alone, the whole line).
FIELD = re.compile(r"[^:\n]{1,40}:[ \t]+(?=[^\n]*\d)[A-Z]{0,6}[ \t]*[\d/.\-]+(?:[ \t]*[/.\-(]?[ \t]*[A-Za-z]{0,9}"
                   r"[ \t]*[\d/.\-)]+)*[ \t]*$|[^:\n]{1,40}:[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}[ \t]*$"
                   # ... or a field a document's head names, whatever its value: "Distr.: General", "Original:
                   # English", "Agenda item: 4", "Subject: ...", "Keywords: ..."
                   r"|[ \t]*(?:Distr|Original|Agenda(?:[ \t]+item)?|Item|Subject|Re|From|To|Cc|Date|Dated|Ref|Reference"
                   r"|Symbol|Keywords|Tags|Language|Languages|Contact|Index|Classification|Session|Page|Pages|Format"
                   r"|Reading[ \t]+time|Category|Topic|Topics|Filed[ \t]+under|Source|Sources|Photo|Credit|Embargo"
                   # ... and a record's attendance: "Present: 9 of the 12 members", "Invited: X, Deputy Minister"
                   r"|Present|Absent|Invited|Attendance|In[ \t]+attendance|Also[ \t]+present|Participants|Attending"
                   r"|Witness(?:es)?"
                   # ... and a record's handling, a cable's or a memo's: "Classified By: Ambassador, for reasons 1.4
                   # (b)", "Drafted by: PolOff", "Cleared by: ..." (who handled the paper, not a speaker's turn)
                   r"|(?:Classified|Declassified|Drafted|Cleared|Approved|Reviewed|Prepared|Compiled|Released)[ \t]+[Bb]y"
                   # ... and a case summary's: "Court: Baku Court of Appeal, Criminal Chamber", "Appellants: V.A. (22)",
                   # "Charges: ...", "Outcome: appeals dismissed" (the case's particulars, no one's turn)
                   r"|Court|Chamber|Ruling|Judgment[ \t]+appealed|Appellants?|Applicants?|Respondents?|Charges?"
                   r"|Sentences?(?:[ \t]+at[ \t]+first[ \t]+instance)?|Outcome|Panel|Composition|Counsel"
                   r")\.?[ \t]*:")


# A transcript's cast in its head: "Interviewer: Karen Simonyan (KS)", "Guest: Levon Petrosyan (LP), lawyer" (the
# initials, if any, are the labels of the turns that follow).
CAST = re.compile(r"[ \t]*(?P<role>Interviewer|Interviewee|Host|Guest|Presenter|Moderator|Panell?ist)s?[ \t]*:[ \t]*"
                  r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+)(?:[ \t]*\((?P<initials>[A-Z]{2,4})\))?"
                  r"(?:[ \t]*,[^\n:]{1,80})?[ \t]*")


# A heading set in capitals, a colon or dash inside it and no sentence's closing stop: "PART ONE: AGREED STATEMENT OF
# FACTS", "PART THREE: CLARIFICATIONS", "LINES TO TAKE - ARMENIA/AZERBAIJAN: RELEASE OF FOUR DETAINEES" (a script's
# capitals turn ends with its stop: "REPORTER: THE MEN WERE FREED TODAY.").
CAPS_HEADING = re.compile(r"[ \t]*[^a-z\n]{3,160}?(?<![.!?\"”])[ \t]*")


# A transcript's note of the crowd's words, set apart in square brackets on a line of its own ("[Crowd: "Free them
# now!"]", "[Chanting: "All for all!"]"): nobody's turn, and the end of the one before it. (A note of what happens,
# "[Applause]", "[The hearing resumes at 11:40.]", leaves the turn running.)
# A publisher's note on its own story: "EDITOR'S NOTE:", "Editors' note:" (no one's turn: its words are no "Note"'s).
PUBLISHERS_NOTE = re.compile(r"[ \t]*(?i:editor(?:['’]?s|s['’])[ \t]+note)[ \t]*:")
# A monitor's own note among a record's labelled lines: "TW note:" (the publisher's initials), "Watch note:",
# "Observer's note:", "Our note:". Its words are the publisher's, or a registered body's by its initials.
OWN_NOTE = re.compile(r"[ \t]*(?P<by>[A-Z]{2,6}|Watch|Monitor(?:['’]s)?|Monitors['’]|Observer(?:['’]s)?|Observers['’]|Our"
                      r"|Trial[ \t]+watch|Monitoring)[ \t]+note[ \t]*:[ \t]+(?=\S)")
# A clip's words on screen or in translation under its caption ("CLIP: Hikmet Hajiyev, ..." / "SUBTITLE: "They are
# not prisoners of war.""): the clip's speaker's words still, no turn of a "Subtitle".
SUBTITLE = re.compile(r"[ \t]*(?:SUBTITLES?|Subtitles?|TRANSLATION|Translation|VOICE-?OVER[ \t]+TRANSLATION)[ \t]*:")
# A message service's tag opening each message ("HRD ALERT: ...", "REMINDER: ..."): the sender's message, no one's turn.
MESSAGE_TAG = re.compile(r"[ \t]*(?:[A-Z]{2,8}[ \t]+)?(?:ALERT|REMINDER|NOTICE|URGENT|INFO)[ \t]*:[ \t]")
# A record's line before a motion's text ("Motion debated,", the Scottish Parliament's): it ends the chair's turn.
MOTION_DEBATED = re.compile(r"[ \t]*Motion[ \t]+debated,?[ \t]*$")


def turn_cue(line: str):
    """A line that ends the turn before it and opens no one's (a message's tag, a debated motion's line), else None."""
    return MESSAGE_TAG.match(line) or MOTION_DEBATED.match(line)


STAGE_NOTE = re.compile(r"[ \t]*\[[ \t]*(?:[Cc]rowds?|[Aa]udience|[Pp]rotesters|[Dd]emonstrators|[Cc]hants?|[Cc]hanting|[Vv]oices?"
                        r"|[Ss]houts?|[Ss]houting)\b[^\[\]\n]{0,300}\][ \t]*")
# The message right under a timed label on a line of its own.
MESSAGE_UNDER = re.compile(r"\n[ \t]*\S")
# An audience's reaction closing a turn: "... it's a fire drill. [laughter]", "[applause]". A paragraph whose sentence
# ends before it is no heading.
REACTION_AFTER = re.compile(r"[ \t]*\[[ \t]*[a-z][a-z ,-]{1,30}\][ \t]*$")
# A reader's line over the words she reads out: "Read by Armen Davtyan:", "Read by Narine Simonyan".
READ_BY = re.compile(r"[ \t]*(?:Read|Sung|Spoken)[ \t]+by[ \t]+(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})[ \t]*:?"
                     r"[ \t]*(?:\n|$)")
# A role's line that names its holder and nothing else, over her words: "The Officiant: Rev. Fr. Mesrop Ayvazyan".
ROLE_HOLDER = re.compile(r"[ \t]*The[ \t]+[A-Z][a-z]+[ \t]*:[ \t]*(?:(?:Rev\.|Revd|Reverend|Fr\.|Father|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)"
                         r"[ \t]+)*(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})[ \t]*")


# A status a data page or a glossary defines ("Held: persons reported ...", "Returned: persons released ..."): a
# term's entry, never a speaker's turn.
_STATUS_TERMS = frozenset({"held", "returned", "released", "missing", "detained", "exchanged", "convicted", "sentenced",
                           "deceased", "dead", "repatriated", "transferred", "pending", "unconfirmed", "disputed"})


# A government's lines to take for its spokesperson direct their use under headings of their own ("IF ASKED: Are they
# prisoners of war?", "AGREED WORDING (use verbatim)", "DO NOT SAY:"): the ministry's own text, no one's turn.
DIRECTION = re.compile(r"[ \t]*(?i:if[ \t]+(?:asked|pressed|raised)|agreed[ \t]+(?:wording|text|lines?)|lines?[ \t]+to[ \t]+take"
                       r"|top[ \t]+lines?|key[ \t]+messages?|do[ \t]+not[ \t]+(?:say|use))[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*[:\n]?")


def heading_or_field(line: str, label) -> bool:
    """Whether a line that opens like a turn's label (``label``: a :data:`LABEL` match) is a heading in capitals
    ("AZERBAIJAN: QUASH UNFAIR CONVICTIONS ...", "TAKE ACTION: WRITE AN APPEAL", "PART THREE: CLARIFICATIONS"), a
    reference field ("Index Number: EUR 55/0412/2026") or a status's definition ("Held: persons reported ...")."""
    after = re.findall(r"[A-Za-z][\w’'-]*", line[label.end() - 1:label.end() + 60])[:3]
    return len(after) == 3 and all(w.isupper() and len(w) > 1 for w in after) or bool(FIELD.match(line)) \
        or bool(CAPS_HEADING.fullmatch(line.rstrip("\n"))) or label.group("label").strip().lower() in _STATUS_TERMS


def cast(doc, body: list[int]) -> tuple[dict[str, str], set[str]]:
    """The cast the head of a transcript prints: its initials by name ("KS" -> "Karen Simonyan" for "Interviewer:
    Karen Simonyan (KS)"), and the lower-cased names of those who ask (interviewer, host, presenter, moderator)."""
    names, asking = {}, set()
    for n in body[:8]:
        m = CAST.fullmatch(doc.text, doc.paragraphs[n].start, doc.paragraphs[n].end)
        if m:
            if m.group("initials"):
                names[m.group("initials")] = m.group("name")
            if m.group("role").lower() in ("interviewer", "host", "presenter", "moderator"):
                asking.add(m.group("name").lower())
    return names, asking


# A speech's head that names who delivers it: "Speaker: Ararat Mirzoyan, Minister of Foreign Affairs", "Delivered by:
# Anna Smith". Only a name of two words or more, and its post after a comma: "Speaker: Order, order." is no field.
SPEAKER_FIELD = re.compile(r"(?:Speaker|Delivered\s+by|Presented\s+by)\s*:\s*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)"
                           r"(?:\s*,\s*[^\n]{2,120})?")
# ... and a briefing head's "Speakers:" that names one, her post after her name ("Speakers: Elena Marchetti, United
# Nations Resident Coordinator in Armenia. Moderated by ..."; a list has semicolons), or its "Briefing:" line
# ("Briefing: Tamar Lomidze, Head of the Press Service of the Government of Georgia").
_ONE_SPEAKER = re.compile(r"[ \t]*(?:Speakers|Briefing|Briefer)\s*:\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+\s*,[^;\n]{2,250}")


def one_speaker(doc, number: int) -> bool:
    """Whether paragraph ``number`` is a briefing head's "Speakers:" line naming one speaker (no turn of hers)."""
    return _ONE_SPEAKER.fullmatch(doc.text, doc.paragraphs[number].start, doc.paragraphs[number].end) is not None


# A numbered section's heading: "4. Exercises", "4.4 Replies of the authorities", "II. The parties' positions": a
# title, not a sentence (no full stop after the number's own).
NUMBERED_HEADING = re.compile(r"(?:\d{1,2}\.(?:\d{1,2}\.?)*|[IVX]{1,5}\.)[ \t]+[A-Z][^\n.:;!?]{0,80}")


# "Weekly press briefing by the Spokesperson, Leyla Abdullayeva": a post that names no institution of its own.
# ... or a press secretary, whose post is the same ("PRESS BRIEFING BY PRESS SECRETARY DANA WHITCOMB"), in capitals too
BARE_SPOKESPERSON = re.compile(r"\b(?:the\s+)?(?i:spokes(?:person|man|woman)|press\s+secretary)\b(?!\s+(?:of|for|at)\b)")


# "Weekly briefing of the Spokesperson of the Ministry of Foreign Affairs, Tatevik Minasyan": the body the post is of.
_SPOKESPERSON_OF = re.compile(r"[Ss]pokes(?:person|man|woman)\s+(?:of|for|at)\s+(?:the\s+)?(?P<body>[A-Z][^,\n]{2,80}?)"
                              r"(?=,|\n|$)")


# ... and the run of capitalised words (with "of", "the", "and") after the post, which may run on into her name.
_SPOKESPERSON_OF_RUN = re.compile(r"[Ss]pokes(?:person|man|woman)\s+(?:of|for|at)\s+(?:the\s+)?"
                                  r"(?P<body>[A-Z][\w’'-]*(?:[ \t]+(?:of|the|and|[A-Z][\w’'-]*)){1,10})")


def spokesperson_of(doc, voice: str, para) -> bool:
    """Whether the heading paragraph ``para`` names a spokesperson of ``voice``, the registered body publishing
    (by one of its names, or the start of one: "the Ministry of Foreign Affairs" in the ministry's own text)."""
    actor = doc.registry[voice]
    names = [n.lower() for n in (actor.name, *actor.aliases)]
    for m in _SPOKESPERSON_OF.finditer(doc.text, para.start, para.end):
        body = m.group("body").lower()
        if any(n.startswith(body) for n in names) \
                or registry_module.resolve(m.group("body"), doc.published, doc.registry) == voice:
            return True
    for m in _SPOKESPERSON_OF_RUN.finditer(doc.text, para.start, para.end):
        # "Spokesperson of the Ministry of Foreign Affairs Elnur Mammadli": the start of one of its names (three
        # words or more), then the holder's name
        words = m.group("body").split()
        for n in names:
            k = next((i for i, (a, b) in enumerate(zip(words, n.split())) if a.lower() != b),
                     min(len(words), len(n.split())))
            if 3 <= k < len(words) and words[k][:1].isupper() and words[k - 1].lower() not in ("of", "the", "and"):
                return True
    return False


# A speaker's name in capitals on a line of its own, who she is after a comma: a transcript of addresses.
CAPS_LABEL_ALONE = re.compile(r"[ \t]*(?P<label>[A-Z][A-Z’'.-]+(?:[ \t]+[A-Z][A-Z’'.-]+){1,4})(?:,[ \t]+[a-z][^\n:]{1,60})?"
                              r"[ \t]*:[ \t]*")


def names_alone(doc, label: str) -> bool:
    """Whether ``label``, in capitals on a line of its own, is a speaker's name rather than a heading in capitals: the
    text has two such lines or more (a transcript of several addresses: "FATHER GHEVOND SARGSYAN:", "TIGRAN
    GRIGORYAN, who served with Arman:"), and no word of any of them is one the lexicon says is no name or an
    institution's ("OUR POSITION:" makes every such line of its text a heading)."""
    stop = doc.words.not_names | doc.words.institution_words
    alone = _labels_alone(doc.text, tuple((doc.paragraphs[n].start, doc.paragraphs[n].end) for n in doc.body_paragraphs))
    return label in alone and len(alone) >= 2 and not any(w.lower() in stop for a in alone for w in a.split())


@lru_cache(maxsize=8)
def _labels_alone(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[str, ...]:
    """The labels of the paragraphs (``spans``) that are a name in capitals on a line of its own, read once per text
    (a transcript asks for each of its turns)."""
    return tuple(m.group("label") for start, end in spans
                 if "\n" not in text[start:end] and (m := CAPS_LABEL_ALONE.fullmatch(text, start, end)))
