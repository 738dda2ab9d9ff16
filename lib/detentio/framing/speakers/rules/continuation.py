"""The continuation rule: reported speech runs on past the sentence that names its speaker."""
from __future__ import annotations

import bisect
import re

from detentio.framing.negation import reported_nonuse
from detentio.framing.speakers.cleaning import clean_name
from detentio.framing.speakers.grammar import NAME_WORD, NAMING_VERB, QUOTED_SPAN, TERM_SUBJECT

# Rules whose speaker holds every later sentence until someone else is named.
_RUNS_ON = ("speaker_label", "issuer", "outlet", "interview_turn", "briefing_turn", "debate_turn", "blog_entry",
            "social_post", "recommended_by", "signed_comment", "forum_post", "abstract_entry", "petition",
            "reply_section", "author_voice", "report_voice", "sourced_item", "signed_letter")


# The rules that give a turn of a transcript or record its speaker (and a statement's section its issuer).
_TURNS = ("interview_turn", "briefing_turn", "debate_turn", "speaker_label", "issuer", "social_post", "signed_comment",
          "forum_post", "abstract_entry", "petition", "reply_section", "signed_letter")


def continuation(doc, who) -> None:
    """Later sentences of a paragraph while still plausibly reported (a quotation, "He also", "And",
    "In this regard", a question, or a paragraph led by the speaker's words with no new actor as
    subject; in a summary record, every later sentence of the paragraph); a quotation paragraph or a
    paragraph opening "In this regard" after a speaker's paragraph.

    Example:
        Pashinyan said that talks would resume. He also hopes for an early release.
    Yields: pashinyan
    Not:
        Pashinyan said that talks would resume. Ilham Aliyev rejected the offer on Monday.
    """
    text, sentences = doc.text, doc.sentences
    self_named = {sentences[a.sentence][0] for a in doc.top_cues}
    # "X said so", "X stated this", and "you say" in a question put to X: the sentences after are not X's
    looking_back = {a.sentence for a in doc.top_cues if a.said_this or a.via == "addressee"}
    quote_starts = set(doc.quote_starts)
    by_end = sorted((q.end, qi) for qi, q in enumerate(doc.quotes))
    end_keys = [e for e, _ in by_end]
    turn_starts = doc.layout.starts if doc.layout else set()
    record = bool(doc.layout) and doc.layout.name == "summary_record"
    running: tuple[str | None, str] | None = None
    last_para, led, para_span = -1, False, None  # led: the paragraph opens with someone's words
    numbered = False
    for index, (para, s_start, s_end) in enumerate(sentences):
        first_in_para = para != last_para
        if first_in_para:
            carried, running = running, who.labelled.get(para)
            para_span = doc.paragraphs[para]
            opening = text[para_span.start:min(para_span.end, para_span.start + 80)]
            # a new turn (an answer, a debater, a blog entry) never inherits the speaker before it
            if carried and carried[0] and not carried[0].startswith("outlet:") and para not in turn_starts \
                    and (doc.words.connective.match(opening) or para_span.start in quote_starts and para not in self_named):
                running = (carried[0], "continuation")
            elif para not in turn_starts and _about_the_speaker(doc, para, opening):
                quoted = _last_quoted(doc, who, para - 1)  # "She also remembers ... “...”": the one just quoted
                running = (quoted, "continuation") if quoted else running
            elif record and carried and carried[0] and not carried[0].startswith("outlet:") \
                    and _reported_on(doc, para):
                # "2. A representative of the State party said ... 3. All prisoners of war had been repatriated
                # ...": a record's numbered paragraph in reported tense, with no voice of its own, goes on
                running = (carried[0], "continuation")
            elif para not in turn_starts and para_span.start in quote_starts \
                    and (witness := _introduced_before(doc, para)):
                running = (witness, "continuation")
            elif para not in turn_starts and _unattributed_quote(doc, para):
                # "At home, the words changed around Astghik too. “...”"; "Karen Sahakyan waited six hours. “...”"
                named = _person_in_narration(doc, who, para) or _introduced_person(doc, para)
                running = (named, "continuation") if named else running
            last_para = para
        own = who.sentence_speakers.get(index)
        regions = None if index in who.partial else who.sentence_regions.get(index)
        if own and index in looking_back:
            # "X said so" looks back: the sentences after it are not X's, but the turn's or the author's
            label = who.labelled.get(para)
            running = label if label and label[0] and label[1] in _RUNS_ON else None
        elif own:
            running = own
        elif regions:
            running = (regions[-1].speaker, regions[-1].rule, regions[-1].phrase)
        elif index in who.narrated:
            # a fronted lead before a named speaker is the narrator's, or in a turn the turn speaker's
            label = who.labelled.get(para)
            if label and label[0] and label[1] in _RUNS_ON:
                who.decide_sentence(index, *label)
            named = who.sentence_regions.get(index)  # none when the speaker's rule is switched off
            running = (named[-1].speaker, named[-1].rule, named[-1].phrase) if named else running
        elif running and running[0]:
            if running[1] in _RUNS_ON or record and not running[0].startswith("outlet:") and not first_in_para:
                # a summary record is reported speech throughout: its paragraph is its speaker's
                who.decide_sentence(index, *running)  # a transcript answer or a statement runs on
            elif first_in_para or _still_reported(doc, who, s_start, s_end, running, led):
                who.decide_sentence(index, running[0], "continuation")
            else:
                # the author speaks again, until someone is named; in a turn, the turn's speaker does
                label = who.labelled.get(para)
                running = label if label and label[0] and label[1] in _RUNS_ON else None
                if running:
                    who.decide_sentence(index, *running)
        if first_in_para or numbered:
            body = text[s_start:s_end]
            spoken = who.at(s_start + len(body) - len(body.lstrip()))
            led = bool(spoken.speaker) and spoken.rule not in _RUNS_ON and not _framed(doc, index, s_start) \
                or para_span.start in quote_starts
            # "39." alone: the paragraph's number; its first sentence says who leads it
            numbered = first_in_para and bool(_NUMBER_ONLY.fullmatch(body))
        _fill_quotes(doc, who, s_start, s_end)
        # the last quotation closing in this sentence sets who speaks next
        closing = [who.quote_speakers[qi] for _, qi in by_end[bisect.bisect_right(end_keys, s_start):
                                                              bisect.bisect_right(end_keys, s_end)]
                   if qi in who.quote_speakers]
        if closing and not own and not regions and index not in who.partial:
            running = closing[-1]


def _fill_quotes(doc, who, s_start: int, s_end: int) -> None:
    """A quotation no rule decided is said by whoever speaks where it opens (never the outlet)."""
    for qi in range(bisect.bisect_left(doc.quote_starts, s_start), bisect.bisect_left(doc.quote_starts, s_end)):
        if qi not in who.quote_speakers and doc.outer[qi] is None:
            q = doc.quotes[qi]
            # the speaker where it opens, not one its own words report ("“The government now talks about ...")
            nested = any(q.start < r.start <= q.start + 1 < r.end for r in who.regions)
            said = who.at(q.start if nested else q.start + 1)
            if said.rule != "outlet" and said.speaker:
                who.decide_quote(qi, said.speaker, said.rule, phrase=said.phrase)


_SHE_OPENS = re.compile(r"\W*(?:She|He)\s+(?:also\s+|still\s+|now\s+)?[a-z]+")


def _last_quoted(doc, who, para: int) -> str | None:
    """Who the last outermost quotation opening in paragraph ``para`` is said by (never the outlet), else None."""
    if para < 0:
        return None
    span = doc.paragraphs[para]
    for qi in range(len(doc.quotes) - 1, -1, -1):
        q = doc.quotes[qi]
        if span.start <= q.start < span.end and doc.outer[qi] is None:  # a quotation, not one quoted inside it
            said = who.at(q.start + 1)
            return said.speaker if said.speaker and not said.speaker.startswith("outlet:") else None
    return None


# A record's numbered paragraph in the tense of reported speech: "3. All prisoners of war had been repatriated".
_REPORTED_TENSE = re.compile(r"\s*\d{1,3}\.\s+[^.;:!?]{0,120}?\b(?:had|would|could|was|were)\b")


def _reported_on(doc, para: int) -> bool:
    """Whether a summary record's paragraph continues the speech before it: numbered, in reported tense, and
    opening with no cue of its own (no one else is named as speaking in its number's sentence or the next)."""
    opening_sentences = set(doc.sentences_in.get(para, [])[:2])
    return bool(_REPORTED_TENSE.match(doc.text, doc.paragraphs[para].start, doc.paragraphs[para].end)) \
        and not any(a.sentence in opening_sentences for a in doc.cues)


def _about_the_speaker(doc, para: int, opening: str) -> bool:
    """A paragraph that opens with "She" or "He" and holds a quotation no verb of saying attributes ("She also
    remembers when the words changed. “On television ...”"): the quotation is the person just quoted."""
    return bool(_SHE_OPENS.match(opening)) and _unattributed_quote(doc, para)


def _unattributed_quote(doc, para: int) -> bool:
    """Whether paragraph ``para`` holds a quotation and no cue at all (no verb of saying names anyone)."""
    if any(doc.sentences[a.sentence][0] == para and a.quote is None for a in doc.cues):
        return False  # (a cue inside the quotation reports what others said, within it)
    span = doc.paragraphs[para]
    # (words said, not a word quoted: "sentenced him as a "terrorist"" quotes a label, no one's speech)
    return any(span.start < q.start < span.end and len(doc.text[q.start:q.end].split()) >= 4 for q in doc.quotes)


def _person_in_narration(doc, who, para: int) -> str | None:
    """The one person who has spoken before (an unregistered name of two words or more) whom the narration
    before a paragraph's first quotation names, by full name, first name or surname ("... around Astghik
    too. “...”"), else None."""
    span = doc.paragraphs[para]
    first = min((q.start for q in doc.quotes if span.start < q.start < span.end), default=span.start)
    narration = doc.text[span.start:first]
    if para <= doc.body_paragraphs[0] or not narration.strip():
        return None  # a headline, or a paragraph that opens with the quotation
    spoken = {a.speaker for a in doc.cues if a.speaker and a.np_start < span.start}
    spoken |= {speaker for qi, (speaker, *_) in who.quote_speakers.items() if doc.quotes[qi].start < span.start}
    people = {name for name in spoken if name and name not in doc.registry.actors and " " in name
              and not name.startswith("outlet:")}
    found = {full for full in people
             if not any(w.lower() in doc.words.institution_words for w in full.split()) and any(re.search(rf"(?<![\w’'-]){re.escape(part)}(?![\w’'-])", narration) for part in (full, *full.split()))}
    return found.pop() if len(found) == 1 else None


# "Karen Sahakyan waited ...", "3.1 Sevinj Guliyeva's son ...", "Lilit Avetisyan, whose brother ...": a paragraph
# whose narration opens with a person's name (two or three words), the name followed by a verb, a comma or a
# possessive.
_OPENS_WITH_NAME = re.compile(rf"[\W\d.]*?(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})(?:\s|,)")
# A quotation that is speech, not a label in scare quotes: four words or more.
_SPEECH_WORDS = 4


def _introduced_person(doc, para: int) -> str | None:
    """The person whose name opens the narration before a paragraph's first quotation, when that quotation is
    speech of four words or more and no verb of saying names anyone in the paragraph ("Karen Sahakyan waited
    at the checkpoint. “I saw the exchange on television.”"): a news feature's convention, as hard case 1
    gives a quotation paragraph to the one just reported. None when the name is no unregistered person's (an
    institution, a place, a time, a registered official) or the paragraph opens with its quotation."""
    span = doc.paragraphs[para]
    quotes = [q for q in doc.quotes if span.start < q.start < span.end]
    if para <= doc.body_paragraphs[0] or not quotes \
            or len(doc.text[quotes[0].start:quotes[0].end].split()) < _SPEECH_WORDS:
        return None
    return _opening_person(doc, span.start, quotes[0].start)


def _introduced_before(doc, para: int) -> str | None:
    """The person the paragraph before introduces, when paragraph ``para`` is a quotation of speech alone with no
    verb of saying, and the paragraph before is narration that opens with her name and quotes no one ("Hayk
    Hovsepyan was captured near Hadrut ... ¶ “In the first weeks the guards beat us ...”"): a report's testimony
    under its witness's introduction, as hard case 1 gives a quotation paragraph to the one just reported; or the
    one the paragraph before says issued a statement ("The Human Rights Defender has issued a statement.")."""
    body = doc.body_paragraphs
    k = bisect.bisect_left(body, para)
    if k < 2 or body[k] != para:
        return None  # a headline, or nothing before it but the headline
    span, before = doc.paragraphs[para], doc.paragraphs[body[k - 1]]
    quotes = [q for q in doc.quotes if span.start <= q.start < span.end]
    if not quotes or quotes[0].start != span.start or len(doc.text[quotes[0].start:quotes[0].end].split()) < _SPEECH_WORDS \
            or any(before.start <= q.start < before.end for q in doc.quotes) \
            or any(before.start <= doc.sentences[a.sentence][1] < before.end for a in doc.cues) \
            or any(doc.sentences[a.sentence][0] == para and a.quote is None for a in doc.cues):
        return None  # (a verb of saying in either paragraph names the speaker itself)
    issued = _ISSUED_STATEMENT.match(doc.text, before.start, before.end)
    if issued:  # "The Human Rights Defender of Armenia has issued a statement to mark the ceremony. ¶ “...”"
        return doc.namer.speaker_of(issued.start("who"), issued.end("who"))
    return _opening_person(doc, before.start, before.end)


# A paragraph that opens with who issued a statement, the statement in the paragraph under it: "The Human Rights
# Defender of Armenia has issued a statement to mark the ceremony.", "Azerbaijan's Foreign Ministry released a
# statement on Monday."
_ISSUED_STATEMENT = re.compile(r"[ \t]*(?P<who>(?:[Tt]he[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'-]*){0,7})"
                               r"[ \t]+(?:has[ \t]+|have[ \t]+|just[ \t]+)*(?:issued|released|published|put[ \t]+out)[ \t]+"
                               r"(?:a|an|its|their|the[ \t]+following)[ \t]+(?:[\w-]+[ \t]+)?(?:statement|declaration|communiqu[ée]"
                               r"|appeal|message|comment)\b[^.!?\"“”]{0,80}[.:][ \t]*$")


def _opening_person(doc, start: int, end: int) -> str | None:
    """The unregistered person whose name opens the narration ``text[start:end]``, else None."""
    m = _OPENS_WITH_NAME.match(doc.text, start, end)
    if not m:
        return None
    name = re.sub(r"['’]s$", "", m.group("name"))  # "Sevinj Guliyeva's son": the possessor speaks
    cleaned = clean_name(name, doc.words)
    if cleaned != name or any(w.lower() in doc.words.institution_words | doc.words.not_names
                                         for w in cleaned.split()):
        return None  # "In Gyumri", "The Commission", "Human Rights Watch": no person's name
    found = doc.namer.unregistered(cleaned, m.start("name"))  # (a match at pos: its offsets are the text's)
    # a registered official is quoted with a verb of saying; "Nikol Pashinyan spoke to journalists after the
    # meeting. “...”" names an occasion, not whose words follow
    return None if found in doc.registry.actors else found


_I_BEFORE = re.compile(r"(?<![\w’'-])(?:I|we|We)(?![\w’'-])")


def _framed(doc, index: int, s_start: int) -> bool:
    """Whether the sentence's first speaker is framed by the writer's own "I" or "we" before it ("For three
    years I have watched Baku describe them as ...") or by naming a position ("Baku's answer is that ..."):
    the paragraph is then led by the writer, not by the one she reports."""
    cues = [a for a in doc.top_cues if a.sentence == index]
    if cues and min(cues, key=lambda a: a.np_start).clause:
        return True  # "Baku's answer is that ...": the writer states whose position it is
    starts = [a.np_start for a in cues]
    return bool(starts) and any(doc.quote_at(m.start()) is None
                                for m in _I_BEFORE.finditer(doc.text, s_start, min(starts)))


# A sentence answering what was reported: the writer's, and the writer speaks on.
_REBUTS = re.compile(r"\b(?:shows?|showed|proves?|proved|suggests?)\s+otherwise\b|\b(?:is|are|was|were)\s+(?:simply\s+|plainly\s+)?"
                     r"(?:untrue|false|incorrect|not\s+true|not\s+so|wrong|unfounded|baseless)\b|\b(?:[Tt]his|[Tt]hat|[Tt]hese"
                     r"|[Tt]hose)\s+(?:claims?|assertions?|allegations?|statements?|figures?|numbers?|counts?|totals?)\s+(?:is|are|was|were"
                     r"|do|does|did|cannot)\b"
                     r"|\b[Tt]here\s+(?:is|are)\s+no\s+such\b")
# "He is not a war criminal", "They are not terrorists": a denial of what the one before was called.
_DENIAL = re.compile(r"\W*(?:He|She|They|It|My\s+\w+|Our\s+\w+)\s+(?:is|are|was|were)\s+(?:not|no)\s+(?:an?\s+)?"
                     r"(?P<word>[a-z][\w-]+(?:\s+[a-z][\w-]+){0,2})")


def _denies_named(doc, s_start: int, body: str) -> bool:
    """Whether the sentence at ``s_start`` denies, with a pronoun subject, the word the sentence before it named
    ("Baku now calls him a war criminal. He is not a war criminal, he is a bus driver.")."""
    m = _DENIAL.match(body)
    if not m:
        return False
    k = doc.sentence_of(s_start)
    if k <= 0:
        return False
    _, p_start, p_end = doc.sentences[k - 1]
    return re.search(rf"\b{re.escape(m.group('word'))}\b", doc.text[p_start:p_end]) is not None


_NUMBER_ONLY = re.compile(r"\s*(?:\d{1,3}|[a-z]|[ivxl]{1,5})[.)]\s*")

# A sentence in the tense of reported speech, or one that says whose submission it is: "He had been held",
# "It would have been", "In his submission he had been kept as a hostage".
_BACKSHIFTED = re.compile(r"\W*(?:In\s+(?:his|her|its|their)\s+(?:submission|view|opinion)\b|[^.;:!?]{0,80}?\b(?:had|would|could)"
                          r"\s+(?:not\s+|never\s+|also\s+|already\s+|only\s+)?(?:been|have|[a-z]+ed|[a-z]+en)\b)")
_FIRST_PERSON = re.compile(r"\W*(?:I|My|We|Our|For\s+me|In\s+my\s+view|To\s+me)\b")
# ... and the first person singular anywhere in a sentence, outside its quotations.
_AUTHOR_I = re.compile(r"(?<![\w’'-])I(?:['’](?:m|ve|ll|d))?(?![\w’'-])")


def _asking(doc, offset: int) -> bool:
    """Whether ``offset`` lies in the paragraph of a question turn (an interviewer's, a journalist's)."""
    if not doc.layout:
        return False
    para = doc.para_of(offset)
    return any(t.kind == "question" and t.paragraph == para for t in doc.layout.turns)


# A sentence that states the law: it names a provision or a convention, or opens as a legal test ("Whether
# a person is a hostage depends on ...", "If they are civilians, ...").
_STATES_THE_LAW = re.compile(r"^\W*(?:Whether\b|If\s+(?:they|he|she|the\s+\w+)\s+(?:are|were|is|was)\b|Under\s+(?:[Aa]rticle|the)\b)"
                             r"|\b(?:[Aa]rticles?|[Aa]rts?\.)\s+\d+|\b(?:Geneva|Hostages|Third|Fourth)\s+Convention\b")

# The verbs of the law stated in the past tense, as reported speech states it ("prisoners of war were to be
# released", "the prohibition applied"), and those of the writer's own present ("is", "applies", "requires").
_LAW_PAST = re.compile(r"\b(?:were|was|had|did|applied|required|provided|remained|meant)\b")
_LAW_PRESENT = re.compile(r"\b(?:is|are|does|do|has|have|applies|apply|requires|provides|remains|means|depends)\b")


def _law_in_past(body: str) -> bool:
    """Whether a sentence stating the law has a verb in the past tense and none in the present."""
    return bool(_LAW_PAST.search(body)) and not _LAW_PRESENT.search(body)


def _named_only(doc, s_start: int, speaker: str | None) -> bool:
    """Whether the running speaker's last cue before ``s_start`` in its paragraph is a verb of naming ("calls
    them", "describes them as"): it reported the speaker's word for the people, not a proposition."""
    para = doc.para_of(s_start)
    last = None
    for a in doc.top_cues:
        if a.verb_end <= s_start and doc.para_of(a.verb_start) == para and a.speaker == speaker:
            last = a if last is None or a.verb_start > last.verb_start else last
    verb = doc.text[last.verb_start:last.verb_end].lower() if last else ""
    return NAMING_VERB.get(verb) in ("call", "describe")


def _still_reported(doc, who, s_start: int, s_end: int, running: tuple, led: bool) -> bool:
    """Whether a sentence with no verb of saying plausibly still reports the running speaker.

    Conservative: the author's voice resumes (always after a sentence that answers the report: "The record
    shows otherwise", "This claim is false") unless the sentence opens
    inside a quotation, with a continuation marker ("He also", "And",
    "In this regard"), is a question (free indirect speech), or lies in a
    paragraph led by the speaker's words without a new actor as its
    subject ("The court declined ..." is narration of the court).
    """
    speaker, rule = running[:2]
    body = doc.text[s_start:s_end]
    lead = s_start + len(body) - len(body.lstrip())
    if TERM_SUBJECT.match(body):
        return False  # ""Held in custody" is not neutral": the author discusses a word
    if reported_nonuse(body.rstrip(" \t\n.!?\"”’'")) and doc.quote_at(lead + 1) is None \
            and doc.text[lead:lead + 1] not in "\"\u201c\u2018'\u00ab":
        return False  # "He did not use the words ...": the reporter says what he did not say (inside her own
        # quotation, the one quoted reports it: "“The government no longer says captives.”")
    if _REBUTS.search(body) and doc.quote_at(lead + 1) is None:
        return False  # "Azerbaijan asserts that .... The record shows otherwise.": the writer answers it
    if _denies_named(doc, s_start, body) and doc.quote_at(lead + 1) is None:
        return False  # "Baku calls him a war criminal. He is not a war criminal": the writer denies the word
    if _FIRST_PERSON.match(body) and doc.quote_at(lead + 1) is None:
        return False  # "They told me ... . My problem is different.": the speaker's own voice again
    if doc.layout is not None and doc.layout.name == "op_ed" and doc.quote_at(lead + 1) is None \
            and _AUTHOR_I.search(QUOTED_SPAN.sub("", body)):
        return False  # a signed piece's "Words matter, ... and I will keep pressing": its author's, whoever spoke before
    if doc.quote_at(lead + 1) is not None or doc.text[lead:lead + 1] in "\"\u201c\u2018'\u00ab":
        return True
    if body.rstrip().endswith("?"):
        # free indirect speech, except in a questioner's turn or any transcript turn: there the question is
        # the turn's own ("Mr Deputy Minister, ... What did Azerbaijan get in exchange?")
        label = who.labelled.get(doc.para_of(s_start))
        return not (_asking(doc, s_start) or label and label[1] in _TURNS)
    if doc.words.continues.match(body):
        return True
    if not led or rule == "according_to":
        return False  # "according to X" sources one sentence's figure, not what follows
    if _named_only(doc, s_start, speaker):
        return False  # "Azerbaijan calls them terrorists. They are prisoners of war.": a verb of naming reports a
        # word, not an argument that goes on; the next sentence is whoever spoke before the name was reported
    if _STATES_THE_LAW.search(body) and doc.quote_at(lead + 1) is None \
            and not (doc.layout and doc.layout.name == "court") and not _law_in_past(body):
        return False  # "The Defender has called them hostages. Whether a person is a hostage depends on article 1
        # of the Hostages Convention ...": a sentence that states the law is the writer's analysis (not so the law
        # in the past tense of reported speech: "Under article 118, prisoners of war were to be released ...")
    if doc.layout and doc.layout.name == "court" and _BACKSHIFTED.match(body):
        return True  # "The Government argued that .... He had been detained as a suspect.": a party's submission
        # goes on in the tense of reported speech, as judgments write it
    label = who.labelled.get(doc.para_of(s_start))
    if label and label[1] in _TURNS:
        return False  # "Mr. X (Armenia): the delegate of Azerbaijan says that ... They are prisoners of war.": a
        # turn that reports its opponent goes on in its own voice
    subject = doc.namer.subjects.at(s_start, s_end)
    return subject is None or subject[1] == speaker
