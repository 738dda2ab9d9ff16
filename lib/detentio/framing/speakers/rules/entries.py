"""Rules read from a document's entries whose author the entry itself names: a numbered recommendation closed by its
State in brackets (``recommended_by``), a list item closed by its source in brackets (``sourced_item``), a note or a
reference list's entry (``reference_entry``), a quotation set apart with its attribution line below it
(``attributed_below``), a discussion's comment closed by its signature (``signed_comment``).

Unlike the turn rules of :mod:`.genre`, these need no layout: an entry says whose it is wherever it stands.
"""
from __future__ import annotations

import bisect
import re

from detentio.core.calendar import MONTH
from detentio.framing import actors as registry_module
from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.grammar import NAME_WORD
from detentio.framing.speakers.rules import voices


# A numbered recommendation whose recommending State closes it in brackets, as the Universal Periodic Review's
# reports print them: "119.3 Ensure that all persons deprived of liberty ... are repatriated (France);". The State
# may carry its official form's own brackets: "(Netherlands (Kingdom of the))".
_RECOMMENDATION = re.compile(r"[ \t]*(?:\d{1,3}(?:\.\d{1,3})+|\d{1,3}\.|\(\w{1,4}\))[ \t]+[A-Z][^\n]*?"
                             r"\((?P<who>[A-Z][^()\n]{1,60}?)(?:[ \t]*\([^()\n]{1,30}\))?\)[ \t]*[;.]?[ \t]*")
# A State's name in such brackets: capitalised words, joined by "of", "the" and "and".
_STATE_NAME = re.compile(r"[A-Z][\w’'-]+(?:[ \t]+(?:(?:of|the|and)[ \t]+)*[A-Z][\w’'-]+){0,5}")


def recommended_by(doc, who) -> None:
    """A numbered recommendation that closes with its recommending State in brackets is that State's, as a
    report of the Universal Periodic Review prints it (hard case 16: a call made in words is its maker's
    speech): the registered State, else the name as given, without its official form's brackets.

    Example:
        Conclusions and recommendations

        119.1 Release without delay all Armenian prisoners of war (Armenia);
    Yields: armenia
    Not:
        Conclusions and recommendations

        119.1 Release without delay all Armenian prisoners of war (2021);
    """
    for number in doc.body_paragraphs:
        para = doc.paragraphs[number]
        m = _RECOMMENDATION.fullmatch(doc.text, para.start, para.end)
        if not m:
            continue
        name = m.group("who").strip()
        found = registry_module.resolve(name, doc.published, doc.registry, strict=True)
        if found and doc.registry[found].type != "person":
            who.decide_paragraph(number, found, "recommended_by")
        elif not found and _STATE_NAME.fullmatch(name) and not name.isupper() and not any(
                w.lower() in doc.words.institution_words | doc.words.not_names for w in name.split()):
            # (an abbreviation in capitals, "(GC III)", "(ICRC)", is a document's or a body's short name, no State)
            who.decide_paragraph(number, name, "recommended_by")


# A list item that closes with its source in brackets, as a data story's chart or a factbox prints its figures:
# "- November 2023: 55, including former leaders detained that autumn (Armenian government)." or "(source: ICRC)".
_SOURCED_ITEM = re.compile(r"[ \t]*[-•*][ \t]+[^\n]*?[ \t]\((?P<source>[Ss]ources?[ \t]*:[ \t]*)?(?P<who>[A-Za-z][^()\n]{1,60}?)\)"
                           r"[ \t]*[.;]?[ \t]*")


# ... or that opens with its source and the source's date before a colon, as a newsletter lists each side's figure:
# "- Government of Armenia, 15 January: 19 held.", "- Azerbaijan's State Commission on ..., 14 January: 4 persons".
_SOURCE_FIRST = re.compile(rf"[ \t]*[-•*][ \t]+(?:[A-Z][\w-]+['’]s[ \t]+)?(?P<who>[A-Z][^:\n]{{1,120}}?),[ \t]*"
                           rf"(?:\d{{1,2}}[ \t]+{MONTH}(?:[ \t]+\d{{4}})?|{MONTH}[ \t]+\d{{1,2}}(?:,[ \t]+\d{{4}})?|\d{{4}})"
                           r"[ \t]*:[ \t]+\S")


def sourced_item(doc, who) -> None:
    """A list item closing with its source in brackets is that source's (hard case 16: a figure a text gives
    on someone's authority is theirs), and so is one that opens with its source and the source's date before a
    colon ("- Government of Armenia, 15 January: 19 held."): the registered actor the brackets (or the opening)
    name, never a name as given (a bracketed name may be anyone the item mentions) nor an abbreviation in capitals
    unless "source:" opens the brackets (a short name, "(ICRC)", often follows the full name it shortens).

    Example:
        Armenians held in Azerbaijan, as reported

        - November 2023: 55 detainees, including former leaders (Armenian government).
    Yields: armenia
    Not:
        Armenians held in Azerbaijan, as reported

        - November 2023: 55 detainees, including former leaders (aged 60 to 75).
    """
    for number in doc.body_paragraphs:
        para = doc.paragraphs[number]
        first = _SOURCE_FIRST.match(doc.text, para.start, para.end)
        found = registry_module.resolve(first.group("who").strip(), doc.published, doc.registry, strict=True) \
            if first else None
        if found:  # "- Government of Armenia, 15 January: 19 held.": the source named first, with its date
            who.decide_paragraph(number, found, "sourced_item")
            continue
        m = _SOURCED_ITEM.fullmatch(doc.text, para.start, para.end)
        if not m or m.group("who").isupper() and not m.group("source"):
            continue
        found = registry_module.resolve(m.group("who").strip(), doc.published, doc.registry, strict=True)
        if found:
            who.decide_paragraph(number, found, "sourced_item")


# A note or a reference list's entry: "[12] Human Rights Watch, ‘Title’, date", "4 Interview with Hikmet Hajiyev,
# ‘Title’", "15 Address of the Prime Minister of Armenia to the UN General Assembly, 2025 (‘words’)".
# ... or an extract a case study or a reader lists under a small roman numeral or a letter: "(iv) Prime Minister Nikol
# Pashinyan, address to the General Assembly, September 2025: “persons deprived of liberty ...”".
_REFERENCE = re.compile(r"[ \t]*(?:\[\d{1,3}\]|\d{1,3}\.?|\^\d{1,3}|\((?:[ivxl]{1,5}|[a-h])\))[ \t]+"
                        r"(?P<who>[^,\n\"“‘'’”]{2,100}?),[^\n]*?[\"“‘']")
# ... or an entry that gives a piece's title first and its publisher after it in brackets, with the date: "[6] ‘15
# Armenian detainees handed over in exchange for minefield maps’ (Caspian Wire, 12 June 2021)."
_TITLE_FIRST = re.compile(r"[ \t]*(?:\[\d{1,3}\]|\d{1,3}\.?|\^\d{1,3})[ \t]+[\"“‘'][^\n]{2,200}?[\"”’'],?[ \t]*"
                          rf"\((?P<who>[A-Z][^,()\n]{{1,60}}),[ \t]*(?:\d{{1,2}}[ \t]+)?{MONTH}\b[^()\n]{{0,20}}\)[ \t]*\.?[ \t]*")
# What a reference names before its author: "Interview with X", "Statement by X", "Address of X".
_WORK_OF = re.compile(r"(?:(?:interview|conversation)\s+with|(?:statement|speech|address|remarks|letter|post|comment"
                      r"|declaration|note)s?\s+(?:by|of|from)|(?:letter|message)\s+from)\s+", re.IGNORECASE)


def reference_entry(doc, who) -> None:
    """A note or a reference list's entry: a quoted title or quoted words in it are its author's, a registered
    speaker named before the entry's first comma (held-out 3 decision 2; hard case 11 for titles).

    Example:
        Notes

        [12] Human Rights Watch, ‘Armenian Prisoners of War Badly Mistreated’, 19 March 2021.
    Yields: hrw
    Not:
        Notes

        [12] Caucasus Review, ‘Armenian Prisoners of War Badly Mistreated’, 19 March 2021.
    """
    for number in doc.body_paragraphs:
        para = doc.paragraphs[number]
        m = _REFERENCE.match(doc.text, para.start, para.end)
        if not m:
            _title_first(doc, who, para)
            continue
        author = _reference_author(doc, m.group("who"))
        if not author:
            continue
        first = bisect.bisect_left(doc.quote_starts, m.end("who"))
        for qi in range(first, bisect.bisect_left(doc.quote_starts, para.end)):
            who.decide_quote(qi, author, "reference_entry")


def _title_first(doc, who, para) -> None:
    """A note giving a piece's title first ("[6] ‘15 Armenian detainees handed over ...’ (Caspian Wire, 12 June
    2021)."): its quoted title is the publisher's in brackets, the registered one by its id, else by its name."""
    titled = _TITLE_FIRST.fullmatch(doc.text, para.start, para.end)
    if not titled:
        return
    name = titled.group("who").strip()
    source = registry_module.resolve(name, doc.published, doc.registry, strict=True) or name
    for qi in range(bisect.bisect_left(doc.quote_starts, para.start),
                    bisect.bisect_left(doc.quote_starts, titled.start("who"))):
        who.decide_quote(qi, source, "reference_entry")


def _reference_author(doc, phrase: str) -> str | None:
    """The registered actor a reference's author phrase names: the whole phrase after "Interview with" and the
    like, or its longest opening that is a name or a title ("the Prime Minister of Armenia to the UN ...")."""
    work = _WORK_OF.match(phrase)
    words = phrase[work.end() if work else 0:].split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for k in range(min(len(words), 8), 0, -1):
        found = registry_module.resolve(" ".join(words[:k]), doc.published, doc.registry, strict=True)
        if found:
            return found
    return None


# An attribution line under a quotation set apart, as epigraphs, pull quotes, exhibition panels and cards print it:
# "— Hasmik Arakelyan, sister of a serviceman, 2023", "– International Committee of the Red Cross, 2022".
_ATTRIBUTION = re.compile(r"[ \t]*(?:[—–―]|--)[ \t]*(?P<who>[^,\n(]{2,80}?)[ \t]*(?:[,(][^\n]*)?")


# ... and the attribution on the quotation's own line, after a spaced dash (a hyphen too, spaced on both sides).
_SAME_LINE = re.compile(r"[ \t]+(?:[—–―]|--|-(?=[ \t]))[ \t]*(?P<who>[^,\n(]{2,80}?)[ \t]*(?:[,(][^\n]*)?")


# ... or a blurb's endorser right under it, no dash ("Martin Ekdahl, Professor of International Law"), with no quotation
# mark or figure (a roundup's "Maria Zakharova, Telegram, "On the exchange", 13 December 2023" heads the next one).
_ENDORSER = re.compile(rf"[ \t]*(?P<who>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}),[ \t]+[A-Za-z][^\n\d\"“”]{{2,160}}")
# ... or a card's signature inside it, after its last sentence: a (first) name and a place ("... Sofia, Uppsala”").
_SIGNED_INSIDE = re.compile(rf"[.!?][ \t]+(?P<who>{NAME_WORD}(?:[ \t]+{NAME_WORD})?),[ \t]+[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?"
                            r"[ \t]*[\"”]$")


def attributed_below(doc, who) -> None:
    """A paragraph that is one quotation, with a line under it that opens with a dash and names someone, is that
    person's or body's words: the registered actor the line names, else the name as the line gives it; so is one
    whose attribution follows it on its own line after a spaced dash ("“...” - Lilit Asatryan, mother"), or right
    under it with no dash as an endorser's name and post ("Martin Ekdahl, Professor of International Law"), or
    signed inside it after its last sentence ("... Send them home. Sofia, Uppsala”").

    Example:
        A note on words

        “They are prisoners of war, and I will keep saying it.”
        — Hasmik Arakelyan, sister of a serviceman, 2023
    Yields: Hasmik Arakelyan
    Not:
        A note on words

        “They are prisoners of war, and I will keep saying it.”
        — in the words of a sister, 2023
    """
    text = doc.text
    for qi, q in enumerate(doc.quotes):
        if q.kind != "double" or doc.outer[qi] is not None:
            continue
        if text[text.rfind("\n", 0, q.start) + 1:q.start].strip():
            continue  # the quotation does not open its line: it is part of prose
        end = _line_end(text, q.end)
        if text[q.end:end].strip():
            # words after the quotation on its last line: only its attribution after a dash ("“...” - Lilit
            # Asatryan, mother", a press kit's or a poster's pull quote)
            m = _SAME_LINE.fullmatch(text, q.end, end)
            speaker = _attributed(doc, m.group("who")) if m else None
            if speaker:
                who.decide_quote(qi, speaker, "attributed_below")
            continue
        signed = _SIGNED_INSIDE.search(text, q.start, q.end)
        if signed and clean_name(signed.group("who"), doc.words) == signed.group("who"):  # a card's own signature
            who.decide_quote(qi, signed.group("who"), "attributed_below")
            continue
        below = end + 1  # the attribution: the next line, or the one after a blank line
        if below < len(text) and not text[below:_line_end(text, below)].strip():
            below = _line_end(text, below) + 1
        m = _ATTRIBUTION.fullmatch(text, below, _line_end(text, below)) if below < len(text) else None
        if m is None and end + 1 < len(text):  # ... or an endorsement's, right under it with no dash
            m = _ENDORSER.fullmatch(text, end + 1, _line_end(text, end + 1))
        speaker = voices.organ_official(doc, who, text[m.end("who"):m.end()]) or _attributed(doc, m.group("who")) if m \
            else None  # (an official of the publishing organ speaks for its State: "Armen Hakobyan, Director")
        if speaker:
            who.decide_quote(qi, speaker, "attributed_below")


def _line_end(text: str, offset: int) -> int:
    """Where the line holding ``offset`` ends (its newline, or the end of the text)."""
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _attributed(doc, phrase: str) -> str | None:
    """The registered actor an attribution names, else a person's name as given (two words or more)."""
    found = registry_module.resolve(phrase.strip(), doc.published, doc.registry, strict=True)
    if found:
        return found
    name = clean_name(phrase.strip(), doc.words)
    return name if name and " " in name and name == phrase.strip() else None


# A discussion page's signature closing a comment: the user's name after the comment's last sentence, the
# "(talk)" link, then the time and date in UTC ("... in the lead. Kestrel Row (talk) 19:55, 5 March 2026 (UTC)").
_SIGNATURE = re.compile(rf"(?:^|(?<=[.!?…\"”’')\]:][ \t])|(?<=^[:*#]))[ \t]*(?:[—–-]{{1,2}}[ \t]*)?"
                        rf"(?P<who>[\w][\w.’'-]*(?:[ \t][\w][\w.’'-]*){{0,3}})[ \t]*"
                        rf"\((?:talk|Talk|talk[ \t]*[·|][ \t]*contribs)\)[ \t]+\d{{1,2}}:\d{{2}},[ \t]+\d{{1,2}}[ \t]+{MONTH}"
                        rf"[ \t]+\d{{4}}[ \t]+\(UTC\)[ \t]*$", re.MULTILINE)


# A reader's question closed by her first name (or name) and town in brackets: "... or not? (Gayane, Gyumri)".
_SIGNED_QUESTION = re.compile(r"\?[^?\n]{0,200}?\((?P<who>[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'.-]+){0,2}),[ \t]*[A-Z][a-z’'-]+"
                              r"(?:[ \t]+[A-Z][a-z’'-]+)?\)[ \t]*$")


def _signed_questions(doc, who) -> None:
    """Each question a reader signs at its end in brackets with her name and town is hers, as a newsletter's or a
    column's readers' questions print them."""
    if "?" not in doc.text:
        return
    for number in doc.body_paragraphs:
        para = doc.paragraphs[number]
        m = _SIGNED_QUESTION.search(doc.text, para.start, para.end)
        if m and m.group("who").split()[0].lower() not in doc.words.not_names:
            who.decide_paragraph(number, m.group("who"), "signed_comment")


def signed_comment(doc, who) -> None:
    """A discussion page's comment that closes with its signature ("... Kestrel Row (talk) 19:55, 5 March 2026
    (UTC)") is the signer's: an encyclopedia's talk page prints each comment so, indented under the one it answers,
    and a closing administrator's summary the same way. What the comment quotes keeps its own speaker. A reader's
    question signed at its end with her name and town ("Are our sons prisoners of war? (Gayane, Gyumri)") is hers.

    Example:
        Requested move

        :Oppose. They are prisoners of war under the Convention. Tigranakert88 (talk) 13:40, 2 March 2026 (UTC)
    Yields: Tigranakert88
    Not:
        Requested move

        :Oppose. They are prisoners of war under the Convention. The talk page was archived on 2 March 2026.
    """
    _signed_questions(doc, who)
    if "(UTC)" not in doc.text:
        return  # (every document passes here: most are no discussion page)
    for number in doc.body_paragraphs:
        para = doc.paragraphs[number]
        if para.end - para.start < 20 or doc.text.find("(UTC)", para.start, para.end) < 0:
            continue
        signed = _SIGNATURE.search(doc.text, para.start, para.end)
        if not signed:
            continue
        name = signed.group("who").strip()
        speaker = registry_module.resolve(name, doc.published, doc.registry, strict=True) or name
        who.decide_paragraph(number, speaker, "signed_comment")


# A forum post's date: "14 Jan 2026, 11:02", "Jan 14, 2026 11:02 am", "2026-01-14 11:02", "Today at 11:02".
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_FORUM_DATE = (rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?"
               rf"(?:\d{{1,2}}[ \t]+{_MON},?[ \t]+\d{{4}}|{_MON}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
               rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|[Tt]oday|[Yy]esterday"
               # a thread's time ago: "2 days ago", "5 hr. ago"
               rf"|\d{{1,3}}[ \t]*(?:min|mins|minutes?|h|hr|hrs|hours?|d|days?|weeks?|months?|years?|mo|y)\.?[ \t]+ago)"
               rf"(?:,?[ \t]+(?:at[ \t]+)?\d{{1,2}}[:.]\d{{2}}(?:[ \t]*(?:am|pm|AM|PM))?(?:[ \t]+[A-Z]{{2,4}})?)?")
# A forum post's head, on a line of its own: "#3 Karabakh_Vet_Davit - 14 Jan 2026, 12:15", "Narine.K » Wed Jan 14,
# 2026 1:02 pm". The handle is one word (no spaces), as forums print it.
# ... a link aggregator's: "r/SouthCaucasus - Posted by u/gor_from_goris - 2 days ago", "u/caspian_watcher - 290 points"
# (the handle printed without its "u/", the thread's "(OP)" mark dropped).
# ... and a news site's comments: "Anahit K. · 15 Jan 2026, 10:20" (a first name and an initial), and a reply under
# one, "Narine_H replied to Davit_M · 10:55", whose head gives only the time and is the replier's.
_HANDLE = r"@?[A-Za-z][\w.-]{1,39}(?:[ \t][A-Z]\.)?"
_FORUM_HEAD = re.compile(rf"[ \t]*(?:#\d{{1,5}}[ \t]+|Post[ \t]+#?\d{{1,5}}:?[ \t]+|r/\w{{2,40}}[ \t]+[-–—|·•][ \t]+)?"
                         rf"(?:Posted[ \t]+by[ \t]+)?(?:u/)?(?P<who>{_HANDLE})(?:[ \t]+\(OP\))?[ \t]+"
                         rf"(?:(?:[-–—|»·•][ \t]+|on[ \t]+|posted[ \t]+(?:on[ \t]+)?)"
                         rf"(?:{_FORUM_DATE}|\d[\d,.]*[kK]?[ \t]+points?(?:[ \t]+[-–—|·•][ \t]+{_FORUM_DATE})?)"
                         rf"|replied[ \t]+to[ \t]+{_HANDLE}[ \t]+[-–—|·•][ \t]+(?:{_FORUM_DATE}|\d{{1,2}}:\d{{2}}))[ \t]*")
# ... a course forum's, its role between dots: "Miriam Okafor · Instructor · 2 March 2026, 09:00", "X · Learner · ...".
_ROLE_HEAD = re.compile(rf"[ \t]*(?P<who>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){{1,3}}|{_HANDLE})"
                        rf"(?:[ \t]+·[ \t]+[^\n·]{{1,40}}){{1,3}}[ \t]+·[ \t]+{_FORUM_DATE}[ \t]*")
# A moderator's note signed with the handle inside a thread: "Mod note (u/mod_tatev): ..." is that moderator's.
_MOD_NOTE = re.compile(r"[ \t]*(?:Mod(?:erator)?(?:['’]s)?[ \t]+note|Note[ \t]+from[ \t]+the[ \t]+mods?)[ \t]*"
                       r"\((?:u/)?(?P<who>[A-Za-z][\w.-]{1,39})\)[ \t]*:")
# The line that opens a quoted reply inside a post: "ararat_in_lyon wrote:", "Quote from: Hayk_TO on ...",
# "Originally Posted by Narine.K", "Hayk_TO said:".
_QUOTED_REPLY = re.compile(r"[ \t]*(?:Quote[ \t]+from:?[ \t]+|Originally[ \t]+[Pp]osted[ \t]+by[ \t]+)?"
                           r"(?P<who>[A-Za-z][\w.-]{1,39})(?:[ \t]+(?:wrote|said)[ \t]*:|(?<=\S)(?=[ \t]+on[ \t])[^\n]*|)[ \t]*")
_QUOTE_OPENER = re.compile(r"[ \t]*(?:Quote[ \t]+from|Originally[ \t]+[Pp]osted[ \t]+by)\b|.*\b(?:wrote|said)[ \t]*:[ \t]*$")
# "Started by ararat_in_lyon, 14 Jan 2026": who opened the thread, under its title.
_STARTED_BY = re.compile(rf"[ \t]*(?:Started[ \t]+by|Thread[ \t]+starter:?)[ \t]+(?P<who>[A-Za-z][\w.-]{{1,39}})"
                         rf"(?:,?[ \t]+(?:on[ \t]+)?{_FORUM_DATE})?[ \t]*")
# A forum's own staff post for the forum: its words are the publisher's.
_STAFF_HANDLES = frozenset({"moderator", "moderators", "mod", "admin", "administrator", "forum_team", "staff"})
# A page's own dated post ("Update · 15 December 2023" on a fundraiser): its signed author's, else the publisher's.
_PAGE_POSTS = frozenset({"update", "edit", "news", "note", "announcement"})
# A supporter's comment under a fundraiser, headed by her gift: "Karen Petrosyan donated €100 · 3 days ago".
_DONATION_HEAD = re.compile(r"[ \t]*(?P<who>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){0,3})[ \t]+(?:donated|gave|pledged|contributed)"
                            r"[ \t]+(?:[€$£][ \t]*[\d.,]+|[\d.,]+[ \t]*(?:€|EUR|USD|GBP|AMD|drams?|dollars|euros|pounds))"
                            r"(?:[ \t]*[·|•–—-][ \t]*[^\n]{1,30})?[ \t]*")


def forum_post(doc, who) -> None:
    """A forum thread's post, headed by its poster's handle and time ("#3 Karabakh_Vet_Davit - 14 Jan 2026, 12:15"),
    is the poster's up to the next post's head; a reply it quotes ("sevan_girl_88 wrote:" and the lines under it, up
    to a blank line) is the quoted poster's; the title line above "Started by X" is X's; a moderator's post the
    forum's. Read alike: a fundraising page (a comment under "Karen Petrosyan donated €100" hers, the page's own
    "Update · 15 December 2023" its author's), a link aggregator ("u/Y - 412 points", by the handle without "u/"),
    a video page's comments ("@lilit_h_yvn · 16 Jan 2026"; the channel's own handle is the publisher's) and a
    course forum. Only a text with two posts' heads or more is a thread.

    Example:
        Thread: Four released

        #1 ararat_in_lyon - 14 Jan 2026, 11:02
        They are prisoners of war.

        #2 sevan_girl_88 - 14 Jan 2026, 11:40
        Thank God for the four.
    Yields: ararat_in_lyon
    Not:
        Thread: Four released

        #1 ararat_in_lyon - 14 Jan 2026, 11:02
        They are prisoners of war.
    """
    text, paragraphs = doc.text, doc.body_paragraphs
    heads = {number: m.group("who") for number in paragraphs for p in [doc.paragraphs[number]]
             if (m := _FORUM_HEAD.fullmatch(text, p.start, p.end) or _DONATION_HEAD.fullmatch(text, p.start, p.end)
                 or _ROLE_HEAD.fullmatch(text, p.start, p.end))}
    if len(heads) < 2:
        return
    author = who.front.get("author") or who.outlet
    own_handle = "@" + re.sub(r"\W", "", (who.outlet or "").removeprefix("outlet:")).lower()
    poster = quoting = None
    previous = None
    for number in paragraphs:
        para = doc.paragraphs[number]
        started = _STARTED_BY.fullmatch(text, para.start, para.end)
        if started and previous is not None and not heads.get(previous):
            who.decide_paragraph(previous, started.group("who"), "forum_post")  # the thread's title line
        note = _MOD_NOTE.match(text, para.start, para.end)
        if note:
            who.decide_paragraph(number, note.group("who"), "forum_post")
        elif number in heads:
            handle = heads[number]
            # (the channel's own handle, "@CaucasusExplained" under "Caucasus Explained"'s video, is the outlet)
            poster = who.outlet if handle.lower() in _STAFF_HANDLES | {"anonymous", own_handle} \
                else author if handle.lower() in _PAGE_POSTS else handle
            quoting = None
        elif poster:
            gap = previous is not None and "\n\n" in text[doc.paragraphs[previous].end:para.start]
            if gap:
                quoting = None  # a blank line ends a quoted reply
            opener = _QUOTE_OPENER.match(text, para.start, para.end)
            reply = _QUOTED_REPLY.fullmatch(text, para.start, para.end) if opener else None
            if reply:
                quoting = reply.group("who")
            elif quoting:
                who.decide_paragraph(number, quoting, "forum_post")
            else:
                who.decide_paragraph(number, poster, "forum_post")
        previous = number


# A conference programme's abstract: its title, then its author and affiliation on the line right below ("Anahit
# Sargsyan, Yerevan Centre for Humanitarian Law", "Dr Jonas Weber and Lara Kessler (University of Northmarsh)").
_PERSON = r"(?:(?:Dr|Prof|Professor)\.?[ \t]+)?[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3}"
_AUTHOR_LINE = re.compile(rf"[ \t]*(?:[Bb]y[ \t]+)?(?P<who>{_PERSON}(?:(?:[ \t]+and[ \t]+|[ \t]*&[ \t]*){_PERSON})*)"
                          r"[ \t]*(?:,|\(|[—–|-])[ \t]*[A-Z][^\n]{2,120}")
# The line that closes an abstract: "Keywords: prisoners of war; diplomatic language".
_KEYWORDS = re.compile(r"[ \t]*(?:Keywords|Key[ \t]+words|Key[ \t]+terms)[ \t]*:")
_KEYWORDS_ANYWHERE = re.compile(r"(?:Keywords|Key[ \t]+words|Key[ \t]+terms)[ \t]*:")
# What a book of abstracts calls itself in its head: "Book of Abstracts", "Panel abstracts".
_ABSTRACTS = re.compile(r"\b[Aa]bstracts?\b|\bABSTRACTS?\b")
# The panel's chair in the programme's head ("Chair: Elene Kapanadze, ...") and the heading of her introduction.
_CHAIR = re.compile(rf"[ \t]*(?:Chair|Chairperson|Convenor|Convener)[ \t]*:[ \t]*(?P<who>{_PERSON})")
_CHAIR_INTRODUCTION = re.compile(r"[ \t]*(?:(?:Chair|Chairperson|Convenor|Convener)['’]s[ \t]+(?:introduction|foreword|note"
                                 r"|remarks)|Introduction[ \t]+by[ \t]+the[ \t]+(?:chair|convenor|convener))[ \t]*:?[ \t]*",
                                 re.IGNORECASE)


def abstract_entry(doc, who) -> None:
    """A book of abstracts: each abstract, from its title to its "Keywords:" line, is the author the line under
    its title names ("Anahit Sargsyan, Yerevan Centre for Humanitarian Law"); an abstract by several authors is
    no one speaker's (hard case 9) and is left to the other rules; the chair's introduction, under its heading,
    is the chair's the programme names ("Chair: Elene Kapanadze"). Only a text with two abstracts or more, that
    says "abstracts" in its head or closes each abstract with its keywords, is a book of abstracts. A symposium's
    proceedings summarise each paper under its head ("1.1 Dr. Tamar Lomidze (Ilia Institute of Law), “Title”"):
    the summary, to the next heading, is the presenter's.

    Example:
        1. From Prisoners of War to Persons Held in Custody
        Anahit Sargsyan, Yerevan Centre for Humanitarian Law

        Officials spoke of captives in 2020. I argue that they remain prisoners of war.
        Keywords: prisoners of war; diplomatic language

        2. Hostage-Taking without Hostages?
        Rauf Mammadli, Caspian Institute of Law

        The word hostages is easy to understand.
        Keywords: hostage-taking
    Yields: Anahit Sargsyan
    Not:
        1. From Prisoners of War to Persons Held in Custody
        Anahit Sargsyan, Yerevan Centre for Humanitarian Law

        Officials spoke of captives in 2020. I argue that they remain prisoners of war.
    """
    _paper_summaries(doc, who)
    text, paragraphs = doc.text, doc.body_paragraphs
    if not (_ABSTRACTS.search(text) or _KEYWORDS_ANYWHERE.search(text)):
        return  # no book of abstracts: most texts, read no further
    entries: dict[int, str | None] = {}  # title paragraph -> its one author (None: several)
    for i, number in enumerate(paragraphs[:-1]):
        below = paragraphs[i + 1]
        title, under = doc.paragraphs[number], doc.paragraphs[below]
        if under.start - title.end > 3 or title.end - title.start > 220 \
                or text[title.start:title.end].rstrip().endswith((".", ",", ";", ":")):
            continue
        m = _AUTHOR_LINE.fullmatch(text, under.start, under.end)
        people = [clean_name(p, doc.words) for p in re.split(r"[ \t]+and[ \t]+|[ \t]*&[ \t]*", m.group("who"))] if m else []
        if people and all(p and " " in p and not any(w.lower() in doc.words.institution_words for w in p.split())
                          for p in people):
            entries[number] = (registry_module.resolve(people[0], doc.published, doc.registry, strict=True)
                               or people[0]) if len(people) == 1 else None
    if len(entries) < 2:
        return
    # a book of abstracts says so in its head, or closes each abstract with its keywords
    head = text[:doc.paragraphs[min(entries)].start]
    keyworded = sum(1 for n in paragraphs if _KEYWORDS.match(text, doc.paragraphs[n].start, doc.paragraphs[n].end))
    if not (_ABSTRACTS.search(head) or keyworded >= len(entries)):
        return
    chair = next((m.group("who") for n in paragraphs[:paragraphs.index(min(entries))]
                  if (m := _CHAIR.match(text, doc.paragraphs[n].start, doc.paragraphs[n].end))), None)
    chair = clean_name(chair, doc.words) if chair else None
    speaker, introducing = None, False
    for number in paragraphs:
        para = doc.paragraphs[number]
        if number in entries:
            speaker, introducing = entries[number], False
        elif chair and _CHAIR_INTRODUCTION.fullmatch(text, para.start, para.end):
            introducing = True
            continue
        if introducing:
            who.decide_paragraph(number, chair, "abstract_entry")
        elif speaker:
            who.decide_paragraph(number, speaker, "abstract_entry")
            if _KEYWORDS.match(text, para.start, para.end):
                speaker = None  # the abstract ends with its keywords


# A petition's page: its text above "Created by Mariam Torosyan" (or "Started by", "Launched by") is the petitioner's.
# ... or "This petition was created by Ruth Galstyan." as a parliament's petitions site prints it.
_CREATED_BY = re.compile(rf"[ \t]*(?:(?:Created|Started|Launched|Submitted)|This[ \t]+petition[ \t]+was[ \t]+(?:created"
                         rf"|started|launched|submitted))[ \t]+by[ \t]+(?P<who>{_PERSON})[ \t]*(?:,[^\n]{{0,80}}|\.)?")
_CREATED_ANYWHERE = re.compile(r"\b(?:Created|Started|Launched|Submitted|petition[ \t]+was[ \t]+(?:created|started"
                               r"|launched|submitted))[ \t]+by[ \t]+[A-Z]")
# The page's heading over the petition ("Petition"), and over the government's answer ("Government responded").
_PETITION_HEAD = re.compile(r"[ \t]*(?:e-)?[Pp]etition[ \t]*:?[ \t]*")
_RESPONSE_HEAD = re.compile(r"[ \t]*(?:(?:The[ \t]+)?Government[ \t]+(?:responded|response|has[ \t]+responded)|Response[ \t]+"
                            r"(?:from|by)[ \t]+[^\n]{2,80}|Official[ \t]+response)[ \t]*:?[ \t]*", re.IGNORECASE)
# The body that signs the answer, alone on its line under it ("Foreign, Commonwealth and Development Office").
_SIGNING_BODY = re.compile(r"[ \t]*(?:[A-Z][\w’'-]*,?[ \t]+(?:(?:and|of|for|the|&)[ \t]+)*){0,6}(?:Office|Ministry|Department"
                           r"|Government|Secretariat|Commission)(?:[ \t]+(?:of|for)[ \t]+[A-Z][^\n]{1,60})?[ \t]*")


def petition(doc, who) -> None:
    """A petition's page: the petition's title and text, above "Created by X", are X's (hard case 16: a call made
    in words is its maker's speech); the government's answer under "Government responded" is the body that signs
    it on its own line at its end ("Foreign, Commonwealth and Development Office"), up to that line.

    Example:
        Petition
        Press Azerbaijan to release all Armenian prisoners of war

        We ask the Government to press Azerbaijan to free all detainees.

        Created by Mariam Torosyan
    Yields: Mariam Torosyan
    Not:
        Petition
        Press Azerbaijan to release all Armenian prisoners of war

        We ask the Government to press Azerbaijan to free all detainees.
    """
    text, paragraphs = doc.text, doc.body_paragraphs
    if not _CREATED_ANYWHERE.search(text):
        return  # no petition's creator: most texts, read no further
    created = [(i, m.group("who")) for i, n in enumerate(paragraphs)
               if (m := _CREATED_BY.fullmatch(text, doc.paragraphs[n].start, doc.paragraphs[n].end))]
    if len(created) != 1:
        return
    at, name = created[0]
    name = clean_name(name, doc.words)
    if not name or " " not in name:
        return
    heads = [i for i in range(at) if _PETITION_HEAD.fullmatch(text, doc.paragraphs[paragraphs[i]].start,
                                                               doc.paragraphs[paragraphs[i]].end)]
    petitioner = registry_module.resolve(name, doc.published, doc.registry, strict=True) or name
    for i in range(heads[-1] + 1 if heads else 0, at):
        who.decide_paragraph(paragraphs[i], petitioner, "petition")
    for i in range(at + 1, len(paragraphs)):
        para = doc.paragraphs[paragraphs[i]]
        if not _RESPONSE_HEAD.fullmatch(text, para.start, para.end):
            continue
        answer = paragraphs[i + 1:i + 16]
        signed = next((j for j, n in enumerate(answer)
                       if _SIGNING_BODY.fullmatch(text, doc.paragraphs[n].start, doc.paragraphs[n].end)), None)
        if signed is None:
            return
        line = doc.paragraphs[answer[signed]]
        body = text[line.start:line.end].strip()
        body = registry_module.resolve(body, doc.published, doc.registry, strict=True) or body
        for n in answer[:signed + 1]:
            who.decide_paragraph(n, body, "petition")
        return


# A symposium's proceedings head each paper with its number, its presenter and her affiliation in brackets, and its
# title in quotation marks: "1.1 Dr. Tamar Lomidze (Ilia Institute of Law), “The Afterlife of Paragraph 8”".
_PAPER_HEAD = re.compile(rf"[ \t]*\d{{1,2}}\.\d{{1,2}}\.?[ \t]+(?P<who>{_PERSON})[ \t]*\([^()\n]{{2,100}}\),[ \t]*"
                         r"[\"“‘'][^\n]{3,200}[\"”’'][ \t]*")

_PAPER_NUMBER = re.compile(r"(?m)^[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]+[A-Z]")


def _paper_summaries(doc, who) -> None:
    """The editors' summary of a paper, under the paper's head in a symposium's proceedings, is the presenter's (her
    paper, in the third person), up to the next heading."""
    if not _PAPER_NUMBER.search(doc.text):
        return  # no paper numbered "1.1": most texts, read no further
    presenter = None
    for number in doc.body_paragraphs:
        para = doc.paragraphs[number]
        head = _PAPER_HEAD.fullmatch(doc.text, para.start, para.end) if para.end - para.start <= 320 else None
        if head:
            name = clean_name(head.group("who"), doc.words)
            presenter = registry_module.resolve(name, doc.published, doc.registry, strict=True) or name \
                if name and " " in name else None
        elif presenter and para.end - para.start <= 200 \
                and not doc.text[para.start:para.end].rstrip().endswith((".", "?", "!", "\"", "”")):
            presenter = None  # "Session 2: Discussion": the next heading ends the summary
        elif presenter:
            who.decide_paragraph(number, presenter, "abstract_entry")
