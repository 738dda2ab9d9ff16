"""What counts as a name: an unregistered name as the text gives it, without its title.

>>> clean_name("Deputy Minister Lilit Avetisyan")   # "Lilit Avetisyan"
>>> clean_name("the Third Geneva Convention")        # None: a document is not a speaker (hard case 8)
"""
from __future__ import annotations

import re

from detentio.framing.speakers.grammar import RETIRED, SURNAME_NAMED
from detentio.framing.speakers.vocabulary import Vocabulary, current

TIME_WORDS = {"yesterday", "today", "tonight", "earlier", "later", "meanwhile", "then", "now", "since", "last"}
_DOCUMENTS = {"Convention", "Conventions", "Protocol", "Statement", "Agreement", "Treaty", "Resolution", "Charter",
              "Covenant", "Code", "Constitution", "Law", "Rules", "Regulations", "Declaration",
              # ... and a provision of one: "they like to quote Article 118"
              "Article", "Articles", "Paragraph", "Paragraphs"}
# The words a ministry's name ends with ("Minister of Foreign Affairs Aram Baghdasaryan"): never a first name. A
# short list by hand, as no lexicon of portfolios exists.
PORTFOLIO_WORDS = frozenset({"foreign", "internal", "home", "interior", "affairs", "justice", "defence", "defense",
                             "health", "emergency", "situations", "labour", "social", "protection", "education",
                             "culture", "economy", "finance", "territorial", "administration"})
_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"}
CONJUNCTIONS = {"when", "while", "whereas", "although", "though", "because", "unless", "once", "if", "as", "instead",
                 "whatever", "whoever", "whenever", "wherever"}
_ENUMERATOR = re.compile(r"(?:[A-Z]|\d{1,3}|[IVX]{1,4})[.)]")
NOT_NAME_OPENERS = {"this", "that", "these", "those", "another", "each", "every", "some", "any", "no", "other", "by",
                     # "In Gyumri, Narine Arzumanyan waits": a place or time before the subject, never a name
                     "in", "at", "from", "on", "after", "before", "outside", "inside", "during", "since", "near",
                     "under", "with", "without", "for", "to", "until", "across", "within",
                     # "Does the Secretary-General consider ...": a question's auxiliary, never a name's first word
                     "does", "did", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could",
                     "should", "would", "shall", "might", "will", "must", "may",
                     # "WHAT THE JOINT STATEMENT SAYS": a question word opens a heading, never a name
                     "what", "why", "how", "who", "which", "where",
                     # "Thank God for the four.": thanks open a sentence, never a name
                     "thank", "thanks",
                     # "Hayk_TO » Wed Jan 14, 2026": a day's short name opens a date ("Sun" may be a surname)
                     "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat"}
# "1. Information on Armenians held in Azerbaijan", "Situation of ...": an agenda item's heading, never a name; nor
# is a teaching extract's label ("does Source B deny ...", "Extract C").
_HEADING_OPENERS = {"information", "situation", "miscellaneous", "agenda", "item", "annex", "minutes", "transcript",
                    "briefing", "summary", "report", "consideration", "review", "follow-up", "adoption", "source",
                    "extract"}
# Institutions' initials, which a name in capitals keeps ("OSCE PA", "ICRC Baku").
_ACRONYMS = {"ICRC", "OSCE", "PACE", "EEAS", "MFA", "NGO", "ECHR", "ICJ", "CERD", "CEDAW", "OHCHR", "UNHCR", "NATO",
             "CSTO", "USA", "CPT", "WGAD", "HRW", "BBC", "CNN", "RFE", "TASS", "APA"}
# "Forty-four Armenians", "Nineteen prisoners": a count opens the phrase, never a name.
_NUMBER_WORD = re.compile(r"(?i)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                          r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
                          r"|hundreds?|thousands?|dozens?)(?:-[a-z]+)?")


def clean_name(name: str, words: Vocabulary | None = None) -> str | None:
    """An unregistered name as the text gives it, without its title ("Deputy Minister X Y" -> "X Y").

    Only a title followed by a name is dropped, so an institution keeps its
    words ("State Security Service").
    """
    vocab = words or current()
    # "Colonel (retired) Vazgen Arzumanyan", "Gen. (ret.) X": a rank's bracketed retirement is no part of the name
    words = [w for w in name.split() if not _RETIRED.fullmatch(w)]
    while words and _ENUMERATOR.fullmatch(words[0]):
        words = words[1:]  # "B. The Court", "10. The Government": a heading's or paragraph's number
    while words and (words[0].lower() in TIME_WORDS or words[0] in _WEEKDAYS and len(words) > 2):
        words = words[1:]  # "Yesterday Armenia handed over", "Last Sunday Anahit Mkrtchyan came": a time, the name
    if len(words) > 2 and words[0] in _MONTHS and words[1] == "the":
        words = words[1:]  # "On 15 January the Ministry of Foreign Affairs said": the date's month, then the body
    # "Thank you, Ana Lucía. With the ICRC gone": a sentence ends inside the run; the name is after it
    ends = [i for i, w in enumerate(words[:-1]) if w.endswith(".") and len(w) > 3 and w[:-1].isalpha()
            and w[:-1].lower() not in vocab.title_words]
    if ends:
        words = words[ends[-1] + 1:]
    if words and words[-1].rstrip(".,’'").capitalize() in _DOCUMENTS:
        return None  # "the Third Geneva Convention says": a document is not a speaker (hard case 8)
    # "When Gurgen Tevanyan ... referred to": a clause's conjunction before the name, never part of it; nor a
    # focusing adverb ("Only Nairi Hovsepyan's study ... adopts it")
    while words and (words[0].lower() in CONJUNCTIONS or words[0].lower() in ("only", "even", "just")):
        words = words[1:]
    # "I'm Nora Avetisyan", "I am Nora Avetisyan": a host introducing herself
    if words and words[0].lower() in ("i'm", "i’m"):
        words = words[1:]
    elif len(words) > 1 and words[0] == "I" and words[1] == "am":
        words = words[2:]
    # "This Assembly said so", "Another Committee member asked": a determiner that points or picks
    # out one of a group opens a description, never a name
    if words and (words[0].lower() in NOT_NAME_OPENERS or _NUMBER_WORD.fullmatch(words[0])
                  or words[0].lower() in _HEADING_OPENERS and len(words) > 1):
        return None
    # "Armenia's Human Rights Defender Anahit Manasyan": drop the possessive and the title
    while words and _ENUMERATOR.fullmatch(words[0]):
        words = words[1:]  # "B. The Court", "10. The Government": a heading's or paragraph's number
    if words and words[0].lower() in ("both", "all", "each", "either", "neither"):
        return None  # "Both Ministers stressed", "All Members agreed": several people, no one's name
    while words and (words[0].lower() in ("the", "a", "an") or words[0].endswith(("'s", "’s", "-based"))):
        words.pop(0)
    if len(words) == 3 and words[1] == "and" and " ".join(words) not in vocab.state_names \
            and not any(w.lower() in vocab.institution_words for w in words):
        return None  # "Sona and Elen said nothing": two people by their first names, no one's name
    titled = [i for i, w in enumerate(words) if w.lower().rstrip(".,") in vocab.title_nouns]
    if titled and titled[-1] < len(words) - 1:
        post, words = words, words[titled[-1] + 1:]
        # "Deputy Justice Minister of Armenia Arpine Sargsyan": the place the title is of, then the name
        while len(words) > 2 and words[0].lower() in ("of", "for", "to", "at", "the"):
            words.pop(0)
            if len(words) > 2 and words[0].lower() not in ("of", "for", "to", "at", "the"):
                words.pop(0)
            while len(words) > 2 and words[0].lower() in PORTFOLIO_WORDS:  # "... of Foreign Affairs Aram X"
                words.pop(0)
        if words[0].lower() in ("of", "for", "to", "at"):
            words = post  # "The Public Defender of Georgia stated": a post and its place, no name after them
    while words and words[-1].lower() in vocab.title_words | vocab.not_names \
            and not (words[-1] == "Rights" and len(words) > 1):  # "Center for Detainee Rights": a body's own word
        words.pop()
    if len(words) > 1 and all(w.lower().rstrip(".,") in vocab.title_nouns | vocab.title_words for w in words):
        return None  # "The Deputy Director said": a post, no name
    while len(words) > 2 and words[-1].lower().rstrip(".,") in _POST_NOMINALS:
        words.pop()  # "JANE CORRIGAN MP", "Anna Berg MEP": letters after a name are no part of it
    if not words:
        return None
    if len(words) == 1 and (words[0].lower() in vocab.not_names or len(words[0]) < 3 or words[0].isupper()
                            and len(words[0]) < 3):
        return None
    if len(words) > 1 and all(w.isupper() and len(w) > 2 and w.replace("-", "").isalpha() for w in words) \
            and not _ACRONYMS.intersection(words) and any(len(w) > 4 for w in words):
        # "MARTA OYELARAN-VOSS, Director, ..., said": a meetings summary prints speakers' names in capitals
        words = [normal_name(w) for w in words]
    if len(words) > 1 and any(w[:1].isupper() and not w.isupper() for w in words):
        # "Vahagn TADEVOSYAN": a record's surname in capitals is the same name as "Vahagn Tadevosyan"
        words = [w.capitalize() if w.isupper() and len(w) > 3 and w.isalpha() else w for w in words]
    name = " ".join(words)
    # "Ms S.K.", "Witness A.M.", "Karine A.": a name of initials, or ending with one, keeps its last full stop
    return name.rstrip(",’'") if _INITIALS.search(name) else name.rstrip(".,’'")


# A rank's retirement in brackets, after it.
_RETIRED = re.compile(RETIRED)


# Letters after a name: a member's seat, a silk, an honour, a degree.
_POST_NOMINALS = frozenset({"mp", "mep", "msp", "mla", "td", "qc", "kc", "obe", "cbe", "mbe", "phd", "esq", "frs"})


# A name given by its initials only, or ending with them ("A.M.", "S.K.", "Karine A.").
_INITIALS = re.compile(r"(?:^|\s)(?:[A-Z]\.){1,4}$")


# A word in capitals ("ALIYEVA", "TER-PETROSYAN"): a record prints surnames so.
CAPS_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+")
_AUDIENCE_MEMBER = re.compile(r"\bAudience Member\b")
_SMALL_WORD = re.compile(r"(?<=[\w.][ \t])(?:Of|For|The|And|On|To|In|At)(?=[ \t]+[A-Z])")
# (after a first name only: "Mr Van Dijkhuizen", a surname after an honorific, keeps its capital)
_PARTICLE = re.compile(r"(?<![\w’'-])((?!(?:Mr|Ms|Mrs|Dr|Sir|Mme|Minister|Member|Deputy|Senator|Judge)\b)[A-Z][\w’'-]+[ \t]+)"
                       r"(De|Van|Von|Der|Den|Du|La|Le|Di|Da|Del|Ter|Ten)(?=[ \t]+[A-Z])")


def without_possessive(name: str) -> str:
    """A name written in the possessive, without it: "Karine Mkrtchyan's" -> "Karine Mkrtchyan"."""
    return _POSSESSIVE_END.sub("", name)


_POSSESSIVE_END = re.compile(r"['’]s$")


def normal_name(label: str) -> str:
    """A name as a record prints it, in ordinary case: "Ms. Leyla ALIYEVA" -> "Ms. Leyla Aliyeva"."""
    # (an institution's initials stay as they are: "ICRC SPOKESPERSON" is the ICRC's spokesperson, not "Icrc")
    normal = CAPS_WORD.sub(lambda m: m.group() if m.group() in _ACRONYMS else
                           "-".join(p.capitalize() for p in m.group().split("-")), label)
    # "Mr Pieter DE VRIES": a surname's particle stays in lower case after a first name ("Pieter de Vries")
    normal = _PARTICLE.sub(lambda m: m.group(1) + m.group(2).lower(), normal)
    # "DELEGATE OF FRANCE", "MINISTER FOR FOREIGN AFFAIRS": a role's small words in lower case inside it; "AUDIENCE
    # MEMBER", an unnamed voice from the floor, is a description, "Audience member"
    normal = _SMALL_WORD.sub(lambda m: m.group().lower(), normal)
    return _AUDIENCE_MEMBER.sub("Audience member", normal)


def surname_named(line: str):
    """The :data:`~.grammar.SURNAME_NAMED` match of a label whose brackets give the full name of the surname before
    them ("BALASANYAN (NAREK BALASANYAN, INTERNATIONAL LAWYER):"), else None."""
    m = SURNAME_NAMED.match(line)
    return m if m and normal_name(m.group("name")).split()[-1] == normal_name(m.group("short")) else None
