"""Parts of a text their author signs, heads or delivers, inside a document whose own voice is another's: a letter
between its salutation and its signature, letters printed under their headings, a signed section or a blog's dated
entries, an introduction before a speech, a speech its publisher prints under a note, the messages of an email
chain. :func:`.voices.author_voice` runs them before it reads the whole text's author.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers import bylines, posts
from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.grammar import CAPS_HEADING, ENDS_SENTENCE, NAME_WORD
from detentio.framing.speakers.subjects import DATELINE
from detentio.framing.speakers.rules import issuers
from detentio.framing.speakers.rules.dated_entries import DATED_HEAD
from detentio.framing.speakers.rules.letters import signer


# A letter: a salutation opens it ("Sir, —", "Dear Editor,") and a signature line closes it ("Armine
# Tadevosyan, Gyumri"); its paragraphs are the signer's.
# ... or an open letter's to a named addressee ("Dear Ms. Mammadli,", "Dear Commissioner,"): only when it is signed
# over a public office, whose letter it is (a private signer's letter to an official may be written for a group).
# ... or a letter to a legislator that a record prints, addressed as American letters are, with a colon ("Dear
# Congressman Kessler:", "Dear Senator Hale:"): the letter its signer enters into the record through him.
# ... or a circular's to a group in lower case ("Dear parents,", "Dear parents and guardians,", "Dear colleagues,"),
# or a translated letter's "Respected Mr Karamyan,": only when a closing line ("With respect and gratitude,") stands
# over its signature.
_SALUTATION = re.compile(r"[ \t]*(?:Sir|Madam|Dear\s+(?:Sir|Madam|Editor|editor|Editors)[^,\n]{0,30}"
                         # ... or an application's to the body it is made to: "To the Court,"
                         r"|To\s+the\s+(?:Court|Tribunal|Committee|Commission|Board|Registrar)"
                         r"|(?P<group>Dear\s+[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3}"
                         # ... or a translated letter's "Respected Mr Karamyan,", held to the same closing line
                         r"|(?:Respected|Esteemed|Honou?red)\s+(?:Mr|Ms|Mrs|Dr|Madam|Sir|colleagues|members)\b\.?[^,\n]{0,40})"
                         r"|(?P<addressed>Dear\s+(?:Mr|Ms|Mrs|Dr|Professor|Prof|Judge|Minister|Commissioner|Ambassador)\b\.?"
                         r"[^,\n]{0,40}))\s*,"
                         r"|[ \t]*Dear\s+(?:Congressman|Congresswoman|Senator|Representative|Chairman|Chairwoman)\s+[A-Z][^:\n]{0,40}:")
# (a line that opens with an article is a heading, never a name: "THE SONGS" after a composer's note)
_SIGNATURE = re.compile(rf"[ \t]*(?!(?i:the|a|an)\b)(?:[—–-][ \t]*)?(?:(?:Very|Most|Right)[ \t]+)?"
                        rf"(?:(?:Reverend|Rev\.?|Father|Fr\.|Bishop|Archbishop)[ \t]+)*"
                        rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*(?:,[ \t]*[A-Za-z][\w -]{{1,40}})?\.?[ \t]*$")


# A letter's closing line over its signature: "With respect and gratitude,", "Yours sincerely,", "Kind regards,".
_VALEDICTION = re.compile(r"[ \t]*(?:With|Yours|Kind|Best|Warm|Warmest|Sincerely|Respectfully|Faithfully|Regards|Cordially)"
                          r"\b[\w ]{0,40},[ \t]*")


def letters(doc, who) -> None:
    """Give each signed letter's paragraphs to its signer (a reader's letter in an editor's page), or to the office
    she signs for (an ombudsperson's open letter signed over her post)."""
    body = doc.body_paragraphs
    for k, number in enumerate(body):
        para = doc.paragraphs[number]
        salutation = _SALUTATION.match(doc.text, para.start, para.end) or _MESSAGE_HEAD.fullmatch(doc.text, para.start,
                                                                                                 para.end)
        if not salutation:
            continue
        for later in body[k:k + 30]:
            line = doc.paragraphs[later]
            signed = _SIGNATURE.fullmatch(doc.text, line.start, line.end) if line.end - line.start <= 70 else None
            if signed and later > number:
                if salutation.groupdict().get("group") and not (_VALEDICTION.fullmatch(
                        doc.text, doc.paragraphs[later - 1].start, doc.paragraphs[later - 1].end)
                        and not _institution_under(doc, later)):
                    continue
                name = clean_name(signed.group("name"), doc.words)
                if name:
                    # "Tatevik Harutyunyan / Human Rights Defender of the Republic of Armenia": she signs for her office
                    office = _post_under(doc, later) or _publisher_under(doc, who, later)
                    if salutation.groupdict().get("addressed") and not office:
                        break
                    name = office or name
                    for n in range(number, later + 1):
                        who.decide_paragraph(n, name, "author_voice")
                break


# A child's signature under her letter: "Ani, 9", "Gor, 15" (a first name and an age).
_CHILD_SIGNATURE = re.compile(r"[ \t]*(?P<name>[A-Z][a-z’'-]+),[ \t]*\d{1,2}[ \t]*")
# A letter's line of address on its own: "Dear Papa,", "Papa jan,", "Dad,".
_ADDRESS = re.compile(r"[ \t]*(?:Dear[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,2},[ \t]*")


def first_name_letters(doc, who) -> None:
    """Letters each signed by a first name and an age ("Ani, 9") under a line of address ("Dear Papa,", "Dad,"), as
    a collection of children's letters prints them: each letter, from its address to its signature, is its writer's.
    One such signature alone is no collection."""
    body = doc.body_paragraphs
    signed = [(k, m) for k, n in enumerate(body)
              if (m := _CHILD_SIGNATURE.fullmatch(doc.text, doc.paragraphs[n].start, doc.paragraphs[n].end))]
    for i, (k, m) in enumerate(signed if len(signed) >= 2 else []):
        for j in range(k - 1, max(signed[i - 1][0] if i else -1, k - 15), -1):
            if _ADDRESS.fullmatch(doc.text, doc.paragraphs[body[j]].start, doc.paragraphs[body[j]].end):
                for n in body[j:k + 1]:
                    who.decide_paragraph(n, m.group("name"), "author_voice")
                break


# A newsletter's message from its head, signed at its foot: "A MESSAGE FROM OUR CHAIR", "From the President",
# "Chair's letter", "MESSAGE OF THE CHIEF CHAPLAIN" (signed "Very Reverend Father X, Chief Chaplain"), a stamp
# issue's "From the designer" (signed "- X, designer"), a concert programme's "A word from the conductor".
# ... or an annual report's "## Foreword from the Director", "Preface from the Chair".
_MESSAGE_HEAD = re.compile(r"[ \t]*(?:#{1,4}[ \t]+)?(?i:(?:an?[ \t]+)?(?:message|letter|word|note|foreword|preface)[ \t]+)?"
                           r"(?i:(?:from|of)[ \t]+(?:our|the)[ \t]+(?:chief[ \t]+|head[ \t]+)?"
                           r"(?:chair|chairperson|chairman|chairwoman|president|director|founder|chaplain|bishop|rector"
                           r"|designer|producer|curator|editor|conductor|composer|artist|author|librarian)"
                           r"|(?:chair|chairperson|president|director)['’]s[ \t]+(?:message|letter|column|note))[ \t]*")


def _line_under(doc, number: int) -> str:
    """The text of the body's paragraph right under paragraph ``number`` (a signature's post line), else ""."""
    below = [n for n in doc.body_paragraphs if n > number][:1]
    return doc.text[doc.paragraphs[below[0]].start:doc.paragraphs[below[0]].end] if below else ""


def _institution_under(doc, number: int) -> bool:
    """Whether the line under a signature names an institution ("Director, Families First"): a circular so signed
    is the institution's, not its signer's."""
    line = _line_under(doc, number)
    # ("Wife of Vahe Grigoryan, prisoner in Baku": a relative's tie, whatever its comma)
    return "," in line and not _KIN_LINE.match(line) or any(w.lower() in doc.words.institution_words for w in line.split())


# A signer's tie to a detainee on the line under her name: "Wife of Vahe Grigoryan", "Mother of Davit Hakobyan".
_KIN_LINE = re.compile(r"[ \t]*(?:Wife|Husband|Widow|Mother|Father|Sister|Brother|Son|Daughter|Parents?)[ \t]+of[ \t]+[A-Z]")


def _post_under(doc, number: int) -> str | None:
    """Whom a signature speaks for by the post on the line under it: a registered office ("Human Rights Defender
    of the Republic of Armenia": hrd_armenia), else a State's public office, the State (hard case 15); else None."""
    line = _line_under(doc, number).strip()
    return posts.office_named(doc.published, doc.registry, line) if line else None


def _publisher_under(doc, who, number: int) -> str | None:
    """The publisher's voice when the line under a signature gives a post in the publishing organisation ("Chair,
    Union of Families of Detained Servicemen" under its own open letter in "we"): she signs for it (hard case 12)."""
    outlet = (who.outlet or "").removeprefix("outlet:")
    return who.fallback if outlet and outlet in _line_under(doc, number) else None


# A short text's signer on the line under it, with what she does in lower case ("Anush Petrosyan, fiction" under a
# bookseller's card, "Samvel Ohanyan, organiser" under an organiser's report, "Ani Movsisyan, coordinator").
_SIGNER_LINE = re.compile(rf"[ \t]*(?:(?:Fr|Father|Rev|Revd|Dr|Prof)\.?[ \t]+)?(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}}),"
                          r"[ \t]+[a-z][\w ’'&-]{1,40}")
# ... and the maker's line over her own words on a label: "Made by Hasmik Danielyan", "Made by Siranush Hakobyan,
# aged 15".
_MADE_BY = re.compile(rf"[ \t]*(?:Made|Sewn|Embroidered|Knitted|Woven|Painted|Drawn)[ \t]+by[ \t]+"
                      rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})(?:,[ \t]*[a-z][\w ]{{1,30}})?[ \t]*")


def _blank_before(doc, number: int) -> bool:
    """Whether an empty line stands between paragraph ``number`` and the one before it (a block's first line)."""
    return number == 0 or doc.text.count("\n", doc.paragraphs[number - 1].end, doc.paragraphs[number].start) >= 2


def signed_blocks(doc, who) -> None:
    """Short texts each signed on the line under it ("Anush Petrosyan, fiction" closing a bookseller's card): the
    text back to its heading (a line that ends no sentence) is the signer's. The line signs only when it closes its
    block of lines, or stands alone over the next heading in capitals (a name line over the words, as a
    printed speech's heading is, is no signature; nor is a reporter's name under a news story, hard case 14). A
    maker's line over her words ("Made by Hasmik Danielyan") gives her the lines of its block."""
    body = doc.body_paragraphs
    if who.front.get("kind") == "news" or sum(1 for n in body if signer(doc, n)) >= 2:
        return  # (a page of letters or tributes each so signed: :func:`.letters.signed_letter`'s)
    for k, number in enumerate(body):
        para = doc.paragraphs[number]
        made = _MADE_BY.fullmatch(doc.text, para.start, para.end) if para.end - para.start <= 80 else None
        if made and (name := clean_name(made.group("name"), doc.words)):
            for later in body[k + 1:k + 12]:
                if _blank_before(doc, later):
                    break
                who.decide_paragraph(later, name, "author_voice")
            continue
        signed = _SIGNER_LINE.fullmatch(doc.text, para.start, para.end) if k and para.end - para.start <= 70 else None
        above = doc.paragraphs[body[k - 1]] if signed else None
        if not signed or not ENDS_SENTENCE.search(doc.text, above.start, above.end):
            continue
        after = doc.paragraphs[body[k + 1]] if k + 1 < len(body) else None
        if _blank_before(doc, number) and not (after and CAPS_HEADING.fullmatch(doc.text, after.start, after.end)):
            continue
        name = clean_name(signed.group("name"), doc.words)
        if not name or any(w.lower() in doc.words.institution_words for w in name.split()):
            continue
        for earlier in reversed(body[max(0, k - 12):k]):
            line = doc.paragraphs[earlier]
            if not ENDS_SENTENCE.search(doc.text, line.start, line.end) \
                    or _SIGNER_LINE.fullmatch(doc.text, line.start, line.end):
                break  # its heading, or the signature of the text before
            who.decide_paragraph(earlier, registry_module.resolve(name, doc.published, doc.registry, strict=True)
                                 or name, "author_voice")


# A form an applicant fills in: her name in its field ("1. Applicant: Narine Ghukasyan, born 4 May 1998") and her
# signature's line closing it ("Signature of the applicant: N. Ghukasyan.").
_APPLICANT = re.compile(rf"[ \t]*(?:\d{{1,2}}[.)][ \t]+)?(?:Applicant|Name[ \t]+of[ \t]+(?:the[ \t]+)?applicant)[ \t]*:[ \t]*"
                        rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})\b")
_APPLICANT_SIGNS = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]+)?Signature[ \t]+of[ \t]+(?:the[ \t]+)?applicant\b")


def applications(doc, who) -> None:
    """A form's part the applicant fills in, from the field with her name to her signature's line: her words (the
    reasons she gives in her own words, the documents she lists), not the office's that prints the form."""
    body = doc.body_paragraphs
    for k, number in enumerate(body):
        named = _APPLICANT.match(doc.text, doc.paragraphs[number].start, doc.paragraphs[number].end)
        name = clean_name(named.group("name"), doc.words) if named else None
        close = next((j for j in range(k + 1, min(len(body), k + 40)) if _APPLICANT_SIGNS.match(
            doc.text, doc.paragraphs[body[j]].start, doc.paragraphs[body[j]].end)), None) if name else None
        if close is not None:
            for n in body[k:close + 1]:
                who.decide_paragraph(n, name, "author_voice")
            return



# A work's heading in a catalogue or a prize's citations, its maker after "by": '"The Bridge" by Aram Khachikyan
# (Armenia)'; and the fields under it that are the maker's own words: its caption (printed as supplied), her
# statement. The jury's or the curator's citation between them stays the publisher's.
_WORK_BY = re.compile(rf"[ \t]*[\"“][^\"“”\n]{{1,80}}[\"”][ \t]+by[ \t]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})"
                      r"(?:[ \t]*\([^()\n]{1,40}\))?(?:,[^\n]{0,40})?[ \t]*")
_MAKERS_FIELD = re.compile(r"[ \t]*(?:Caption|(?:Photographer|Artist|Author|Director|Maker|Filmmaker)['’]s[ \t]+"
                           r"(?:statement|note|words))[ \t]*:")


def works(doc, who) -> None:
    """Each work's caption and its maker's statement under a heading that names the work and its maker ('"The
    Bridge" by Aram Khachikyan (Armenia)' over "Caption: ..." and "Photographer's statement: ..."): the maker's,
    to the next such heading."""
    maker = None
    for number in doc.body_paragraphs:
        para = doc.paragraphs[number]
        work = _WORK_BY.fullmatch(doc.text, para.start, para.end) if para.end - para.start <= 160 else None
        if work:
            maker = clean_name(work.group("name"), doc.words)
        elif maker and _MAKERS_FIELD.match(doc.text, para.start, para.end):
            who.decide_paragraph(number, maker, "author_voice")

# A letter's heading in a collection of them: "1. Gor Avagyan to his mother, 2 March 2021 [1]", "Letter from Armen
# Tadevosyan to his wife". The letter runs to the next such heading, or to the editor's notes.
_LETTER_HEAD = re.compile(rf"[ \t]*(?:\d{{1,2}}\.[ \t]+)?(?:(?:A[ \t]+)?[Ll]etter[ \t]+from[ \t]+)?"
                          rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]+to[ \t]+(?:his|her|their|the)[ \t]+"
                          r"[a-z][\w -]{1,30}?(?:,[ \t]*[^\n]{1,30}?)?[ \t]*(?:\[\d{1,2}\])?[ \t]*")
_NOTES_HEAD = re.compile(r"[ \t]*(?:Notes|Endnotes|Editor['’]s\s+notes?|Afterword|Sources)[ \t]*:?[ \t]*"
                         r"|[ \t]*\[\d{1,2}\][ \t]+\S[^\n]*")


def headed_letters(doc, who) -> None:
    """Letters printed under headings that name their writers ("1. Gor Avagyan to his mother, 2 March 2021"): each
    letter's paragraphs, to the next heading or the editor's notes, are its writer's, however it is signed."""
    body = doc.body_paragraphs
    writer = None
    for number in body[1:]:
        para = doc.paragraphs[number]
        head = _LETTER_HEAD.fullmatch(doc.text, para.start, para.end) if para.end - para.start <= 120 else None
        if head:
            writer = clean_name(head.group("name"), doc.words)
        elif _NOTES_HEAD.fullmatch(doc.text, para.start, para.end):
            writer = None
        if writer:
            who.decide_paragraph(number, writer, "author_voice")


def signed_sections(doc, who) -> None:
    """A signed column after an unsigned piece ("Column / The men I met at the bridge / By Tigran Melkonyan"):
    the paragraphs from its byline on are its author's, until another byline or a reply headed with another
    author's name ("Avagyan replies"). Paired pieces whose front matter names both authors ("A and B") leave
    the paper's unsigned introduction to the paper. A blog several people sign writes each dated entry under its
    writer's name ("Monday, 9 February - Kari Nystad"): the entry is hers."""
    body = doc.body_paragraphs
    author, authors, first, prepared = None, [], None, False
    signed = who.front.get("author", "")
    for k, number in enumerate(body):
        para = doc.paragraphs[number]
        above = doc.paragraphs[body[k - 1]] if k else None
        section = _PREPARED.fullmatch(doc.text, para.start, para.end) if above and para.end - para.start <= 200 \
            and CAPS_HEADING.fullmatch(doc.text, above.start, above.end) else None
        if section or prepared and CAPS_HEADING.fullmatch(doc.text, para.start, para.end):
            # "MODEL ANSWER / Prepared by the examiner, Dr Helen Marsh.": hers to the next heading in capitals
            # (the name ends at its sentence's full stop: "Dr Helen Marsh. Not for circulation")
            author, prepared = (clean_name(re.split(r"\.\s", section.group("name"))[0].rstrip("."), doc.words), True) \
                if section else (None, False)
            continue
        entry = DATED_HEAD.fullmatch(doc.text, para.start, para.end) if k and signed else None
        if entry:
            # "Monday, 9 February - Kari Nystad": a dated entry of a blog its front matter says several people write
            # (an entry under a name it does not list ends the one before and stays the document's)
            author = clean_name(entry.group("name"), doc.words) if entry.group("name") in signed else None
            if author:
                authors.append(author)
                first = number if first is None else first
            continue
        if k >= 3:
            m = _section_byline(doc, para)
            if m and k + 1 < len(body) and DATELINE.match(doc.text, doc.paragraphs[body[k + 1]].start):
                m = None  # "By Narine Avetyan" over "YEREVAN, Jan 14 (...) -": a news story's byline, no section's
            reply = _REPLY_HEAD.fullmatch(doc.text, para.start, para.end) if authors and not m else None
            if m or reply:
                name = clean_name((m or reply).group("name"), doc.words) or ""
                # "Avagyan replies": the author of the pair whose surname it is
                author = next((a for a in authors if a.split()[-1] == name.split()[-1]), name) if reply else name
                authors.append(author)
                first = number if first is None else first
                continue
        if author:
            who.decide_paragraph(number, author, "author_voice")
    if first is not None and len(set(authors)) >= 2 and all(a in signed for a in set(authors)):
        for number in body:  # the paper's own question and introduction above the first byline
            if number >= first:
                break
            who.decide_paragraph(number, who.outlet or who.fallback, "author_voice")


# "Introduction by Elin Strand, Chair of the Jury", "Laudatio by Prof. Anna Berg", "Welcome by the Mayor, Jonas Ek": a
# heading over the words someone speaks before a speech's speaker takes the floor.
_INTRODUCED_BY = re.compile(r"[ \t]*(?:Introduction|Introductory[ \t]+remarks|Introductory[ \t]+words|Welcome|Laudatio"
                            r"|Laudation|Presentation|Tribute)[ \t]+(?:by|from)[ \t]+(?:the[ \t]+[A-Za-z]+,[ \t]+)?"
                            rf"{bylines.HONORIFIC}(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*(?:,[^\n.!?]{{0,80}})?[ \t]*")
# A transcript's stage line between two speakers: "[Applause]", "(Music)", "[The laureate comes to the lectern]".
_STAGE_LINE = re.compile(r"[ \t]*[\[(][A-Za-z][^\n\])]{0,60}[\])][ \t]*")


# ... and a later section's own byline, on the line under its heading: "A note for parents and carers" / "by Karine
# Melkonyan, child psychologist" (a lowercase "by", never the text's own byline among its first lines).
_SECTION_BY = re.compile(rf"[ \t]*by[ \t]+{bylines.HONORIFIC}(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})"
                         r"[ \t]*(?:,[^\n.!?]{0,80})?[ \t]*")
_SHORT_HEADING = re.compile(r"[ \t]*[A-Z][^\n]{1,80}?(?<![.!?:;,])[ \t]*")


def introductions(doc, who) -> None:
    """The words under an introduction's heading ("Introduction by Elin Strand, Chair of the Jury") are the
    introducer's, up to a transcript's stage line ("[Applause]") or another heading of the kind; the speech after
    them stays its speaker's. So are a later section's under its heading and its own byline ("A note for parents
    and carers" / "by Karine Melkonyan, child psychologist"), up to the next short heading ("About the author")."""
    introducer, section = None, False
    body = doc.body_paragraphs
    for k, number in enumerate(body):
        para = doc.paragraphs[number]
        head = _INTRODUCED_BY.fullmatch(doc.text, para.start, para.end) if para.end - para.start <= 120 else None
        above = doc.paragraphs[body[k - 1]] if k >= 4 else None
        # (a statement's kind alone over its by-line, "EXPLANATORY MEMORANDUM", is the issuer rule's)
        byline = _SECTION_BY.fullmatch(doc.text, para.start, para.end) \
            if above and not head and _SHORT_HEADING.fullmatch(doc.text, above.start, above.end) \
            and not issuers.KIND_ALONE.fullmatch(doc.text[above.start:above.end].strip()) else None
        if byline:
            introducer, section = clean_name(byline.group("name"), doc.words) or byline.group("name"), True
        elif section and _SHORT_HEADING.fullmatch(doc.text, para.start, para.end):
            introducer, section = None, False
        elif head:
            name = head.group("name")
            introducer = registry_module.resolve(name, doc.published, doc.registry, strict=True) \
                or clean_name(name, doc.words) or name
        elif introducer and _STAGE_LINE.fullmatch(doc.text, para.start, para.end):
            introducer = None
        elif introducer:
            who.decide_paragraph(number, introducer, "author_voice")


# A publisher's note over a speech it prints in full: "Sevan Law School publishes the remarks delivered by Lilit
# Vardazaryan at the graduation ceremony", "Below is the text of the address given by Dr Anna Berg".
_DELIVERED_BY = re.compile(r"\b(?:remarks|speech|address|lecture|keynote|homily|sermon|eulogy|oration)[ \t]+(?:as[ \t]+)?"
                           rf"(?:delivered|given|made|pronounced)[ \t]+by[ \t]+{bylines.HONORIFIC}"
                           rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})")


def delivered_under_note(doc, who) -> None:
    """The paragraphs after a publisher's note that names the speech it prints and who delivered it (among the
    text's first three paragraphs) are the speaker's, up to the publisher's narration resuming ("After the
    speech, ..."); the note itself stays the publisher's."""
    for number in doc.body_paragraphs[:3]:
        para = doc.paragraphs[number]
        note = _DELIVERED_BY.search(doc.text, para.start, para.end)
        if note:
            break
    else:
        return
    name = note.group("name")
    speaker = registry_module.resolve(name, doc.published, doc.registry, strict=True) or clean_name(name, doc.words)
    if not speaker:
        return
    for later in doc.body_paragraphs:
        para = doc.paragraphs[later]
        if later <= number:
            continue
        if issuers.AFTERWARDS.match(doc.text, para.start, para.end):
            break
        who.decide_paragraph(later, speaker, "author_voice")


# A section's heading in capitals over the line that says who wrote it: "MODEL ANSWER / Prepared by the examiner, Dr
# Helen Marsh. Not for circulation." (a post in lower case may come before the name).
_PREPARED = re.compile(rf"[ \t]*(?:Prepared|Written|Drafted)[ \t]+by[ \t]+(?:the[ \t]+[a-z][\w -]{{1,40}},"
                       rf"[ \t]+)?{bylines.HONORIFIC}(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})\b[^\n]{{0,120}}")

# "Mkrtchyan replies", "Hrant Avagyan responds:": the head of an author's reply in paired pieces.
_REPLY_HEAD = re.compile(rf"[ \t]*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})[ \t]+(?:replies|responds|answers)"
                         r"[ \t]*:?[ \t]*")


def _section_byline(doc, para):
    """The byline a short paragraph is: "By Tigran Melkonyan", or "By Lilit Mkrtchyan, a lawyer who ..." with
    who she is after the comma; None for any other paragraph."""
    if para.end - para.start <= 80:
        m = bylines.BYLINE.fullmatch(doc.text, para.start, para.end)
        if m:
            return m
    m = bylines.BYLINE.match(doc.text, para.start, para.end) if para.end - para.start <= 200 else None
    # (who she is in lower case: "By Philippa Rowe, Daniel Achebe" names two authors of one paper)
    return m if m and doc.text[m.end() - 1] == "," and doc.text[m.end():m.end() + 3].strip()[:1].islower() else None


# An email's header in a printed chain, at any depth of quoting ("From: Ani Zakaryan <ani.zak88@mail.am>", "> From:
# Vahagn Simonyan <v.simonyan@mfa.am>"), its "Sent:", "Date:", "To:" or "Subject:" line right under it.
_QUOTING = r"[ \t]*(?:>[ \t]?)*"
_MAIL_FROM = re.compile(rf"{_QUOTING}(?:From|FROM|Adviser|Advisor):[ \t]*{bylines.HONORIFIC}(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})"
                        r"[ \t]*(?:<[^<>\n]{3,80}>|\[mailto:[^\]\n]{3,80}\])?"
                        # ... or a memorandum's, her post after her name: "FROM: Lena Hartmann, Student Attorney (3L)"
                        # (or in lower case, a letter's: "From: Samvel Baghdasaryan, owner")
                        r"(?:,[ \t]*[A-Za-z][^\n.!?\"“”<>]{2,100})?[ \t]*")
_MAIL_FIELD = re.compile(rf"{_QUOTING}(?:Sent|Date|To|Cc|Subject|Re|SENT|DATE|TO|CC|SUBJECT|RE):[ \t]*\S")


def emails(doc, who) -> None:
    """Each message of a printed email chain, from its "From:" header to the next message's (quoted or not), is its
    sender's (a memorandum's "FROM: Lena Hartmann, Student Attorney" over its "DATE:" makes the rest hers, a case
    file's "Adviser: Nare Simonyan" over "Date:" her note), or the
    registered office she signs for by the lines under her name ("Vahagn Simonyan / Head of Division ... / Ministry
    of Foreign Affairs of the Republic of Armenia": hard case 12)."""
    if "From:" not in doc.text and "FROM:" not in doc.text:
        return  # no email or memorandum printed: most texts, read no further
    body = doc.body_paragraphs
    heads = []
    for k, number in enumerate(body[:-1]):
        para, below = doc.paragraphs[number], doc.paragraphs[body[k + 1]]
        m = _MAIL_FROM.fullmatch(doc.text, para.start, para.end) if para.end - para.start <= 160 else None
        if m and _MAIL_FIELD.match(doc.text, below.start, below.end):
            heads.append((k, m.group("name")))
    for i, (k, name) in enumerate(heads):
        numbers = body[k:heads[i + 1][0] if i + 1 < len(heads) else len(body)]
        sender = registry_module.resolve(name, doc.published, doc.registry, strict=True) \
            or _signs_for(doc, numbers, name) or clean_name(name, doc.words) or name
        for number in numbers:
            who.decide_paragraph(number, sender, "author_voice")


def _signs_for(doc, numbers: list[int], name: str) -> str | None:
    """The office a message's sender signs for on the (up to three) lines under her name at its foot, else None."""
    lines = [re.sub(rf"^{_QUOTING}", "", doc.text[doc.paragraphs[n].start:doc.paragraphs[n].end]).strip()
             for n in numbers]
    for k in range(len(lines) - 1, 0, -1):
        if lines[k] == name:
            return next(filter(None, (posts.office_named(doc.published, doc.registry, post)
                                      for post in lines[k + 1:k + 4] if post)), None)
    return None


# The last part of a speech heading's post: ", Minister of State at the Department of Foreign Affairs of Ireland".
_STATE_POST = re.compile(r",[ \t]*(?:[^,\n]*\b(?:Minister|Ambassador|Secretary|Envoy|Representative|Consul)\b[^,\n]*?"
                         r"[ \t]+(?:of|to)[ \t]+(?:the[ \t]+)?(?:Republic[ \t]+of[ \t]+)?(?P<state>[A-Z][a-z]+))[ \t]*$")


def speeches(doc, who) -> None:
    """A statement that prints several speeches, each under its own heading ("Remarks by H.E. Karine Harutyunyan,
    Ambassador of the Republic of Armenia to Ireland", then "Remarks by Declan Moriarty, T.D., Minister of State at
    the Department of Foreign Affairs of Ireland"): each is its speaker's, up to the next such heading; a State's
    minister speaks for the State, an unregistered one by its name (hard case 12). A single speech is the layout's
    (it gives the text its speaker), unless it is a witness's testimony under its own heading below a hearing's head
    ("WRITTEN TESTIMONY OF LILIT GASPARYAN" after the witness list): hers from the heading on."""
    if next(bylines.speech_headings(doc.text), None) is None:
        return  # (no speech heading anywhere: most texts, read no further)
    heads = [(n, _speech_heading(doc, n)) for n in doc.body_paragraphs]
    heads = [(n, speaker) for n, speaker in heads if speaker]
    # ... or a hearing's record that prints one witness's testimony under its heading below the hearing's head (the
    # witness list): hers from the heading on (a heading among the first three paragraphs is the layout's)
    alone = len(heads) == 1 and heads[0][0] not in doc.body_paragraphs[:3] and who.front.get("kind") in (
        "panel", "statement") and bylines.TESTIMONY.match(doc.text, doc.paragraphs[heads[0][0]].start)
    # ... or a newsletter's one speech under a heading in capitals ("I CAME BACK TO A DIFFERENT COUNTRY / The speech
    # of Sergeant (res.) Avetik Manukyan at the reunion"; its contents may name it too): his to the next such heading
    under = [(n, speaker) for n, speaker in heads if n not in doc.body_paragraphs[:3] and _caps(doc, n - 1)]
    headed = len(under) == 1 and len({speaker for _, speaker in heads}) == 1
    if len(heads) < 2 and not alone and not headed:
        return
    heads = under if headed else heads
    ends = [n for n, _ in heads[1:]] + [doc.body_paragraphs[-1] + 1]
    if headed:
        ends = [next((n for n in doc.body_paragraphs if n > heads[0][0] and _caps(doc, n)), ends[0])]
    for (start, speaker), end in zip(heads, ends):
        for number in doc.body_paragraphs:
            if start < number < end:
                who.decide_paragraph(number, speaker, "author_voice")


def _caps(doc, number: int) -> bool:
    """Whether body paragraph ``number`` is a heading in capitals ("A LETTER FROM HOVIK'S FAMILY")."""
    return number in doc.body_paragraphs and bool(CAPS_HEADING.fullmatch(doc.text, doc.paragraphs[number].start,
                                                                           doc.paragraphs[number].end))


def _speech_heading(doc, number: int) -> str | None:
    """Who speaks under a speech's heading paragraph (:func:`.bylines.speech_maker`), an unregistered State for its
    minister or ambassador ("..., Minister of State ... of Ireland": Ireland); None for any other paragraph."""
    found = bylines.speech_maker(doc, [number])
    if not found or found in doc.registry.actors:
        return found
    para = doc.paragraphs[number]
    post = _STATE_POST.search(doc.text, para.start, para.end)
    state = post.group("state") if post and post.group("state").lower() not in doc.words.institution_words else None
    return registry_module.state_named(state, doc.published, doc.registry) or state if state else found
