"""The fixed grammar of the speaker rules: patterns of English syntax, not word lists.

The words the rules look for (verbs of saying, titles, connectives) are data in
``data/lexicon.yml`` and compiled in :mod:`.vocabulary`; what stays here is the
shape of a sentence around them ("is claimed", "who said", "by the ministry"),
which a scholar adding a word never needs to touch.
"""
from __future__ import annotations

import re

WINDOW = 300  # characters searched for a speaker phrase around a verb
ADJACENT = 80  # at most this far between a quotation and its reporting verb

# A capitalised word of a name, and the small words a name may hold ("Court of Justice").
NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*"
CONNECT = r"(?:of|the|for|on|and|de|van|von|al|ul|to|against|without)"  # "Committee against Torture", "... without Borders"
# ... and a rank's retirement in brackets inside one: "Colonel (retired) Vazgen Arzumanyan".
RETIRED = r"\((?:retired|[Rr]et\.?|[Rr]td\.?|[Rr]etd\.?)\)"
NAME_BEFORE = re.compile(rf"((?:{NAME_WORD}\s+(?:{RETIRED}\s+)?(?:{CONNECT}\s+)*)*{NAME_WORD})\s*$")
NAME_AFTER = re.compile(rf"^\s*((?:{NAME_WORD})(?:\s+(?:{CONNECT}\s+)*{NAME_WORD})*)")

WORDS = re.compile(r"(?<![\w-])[A-Za-z]+")
# A person a report or a study names only by a code, to protect her: "W-12", "W3", "Witness C", "Interviewee 6",
# "Reviewer 2". A bare letter is a witness's only: "R3" or "P-2" is as often a room, a unit or a paragraph, and a
# tank ("T-72") or a road ("M4") is no one; nor is "Source B", which is as often a document as a person.
CODED = (r"(?:W-?\d{1,3}|(?:Witness|Interviewee|Respondent|Reviewer|Participant|Patient|Caller|Detainee"
         r"|Informant|Survivor|Returnee|Victim)[ \t]+(?:[A-Z]-?\d{1,3}|[A-Z]|\d{1,3}))(?![\w-])")
CODED_PERSON = re.compile(rf"[ \t]*({CODED})")  # the code opening a clause: "W-12 said that ..."
CODED_BEFORE = re.compile(rf"(?<![\w-])({CODED})[ \t,]*$")  # ... and ending one: "Interviewee 6 said"
# What may follow a closing attribution's verb to its sentence's end: "..., she said.", "..., he added."
CLOSING_END = re.compile(r"[ \t]*[.!?]?[\"”’']?[ \t\n]*")
# The unit of an institution a post or a place can follow ("the head of the ICRC delegation", "the ICRC delegation
# in Baku").
UNIT_NOUN = r"(?:delegation|office|mission|bureau|branch|team|representation)"
# A weak verb counts with a complement: that, a colon or a quotation.
# ... also after its indirect object: "informed the Court that", "told reporters that".
# ... an adjective of nation before it: "informed its French counterpart that"
COMPLEMENT = re.compile(r"\s*(?:(?:(?:him|her|them|us|me|reporters|journalists|(?:the|its|their)\s+(?:[A-Z][a-z-]+\s+)?[\w-]+(?:\s+[A-Z][\w-]+)?"
                        # "informed OHCHR that", "told Ambassador Smith that": a named addressee
                        r"|[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*){0,3})\s+)?"
                        # "answered in September that", "reported in 2021 that": a time between verb and "that"
                        r"(?:(?:in|on|last|this|earlier|later)\s+(?:[A-Z][a-z]+|week|month|year|day|\d{4})(?:\s+\d{1,4})?\s+)?"
                        # "states in its observations that", "notes in a letter of 3 May that": where it says so
                        r"(?:(?:in|at)\s+(?:its|his|her|their|the|a|an|this)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:observations|submissions?|statement|letter|reply|response|report|memorial|pleadings?|comments"
                        r"|interview|speech|remarks|address|note|communication|contribution|observation)"
                        r"(?:\s+(?:of|dated)\s+[\w ]{1,30}?)?,?\s+)?that\b"
                        r"|:|,?\s*[\"\u201c\u2018'])")
# ... or a figure: "Baku acknowledges 38", "the ministry confirmed only 23" report a count.
FIGURE_COMPLEMENT = re.compile(
    r"\s+(?:(?:only|just|some|about|around|nearly|at\s+least|no\s+more\s+than|holding|having)\s+)?(?:\d"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+dozen|dozens|hundreds)\b)",
    re.IGNORECASE)
GERUND = re.compile(r"\s+(?:having\s+)?[a-z]+ing\b")
# "call" and "describe" are speech only when they name something: "Baku calls
# them "war criminals"", "described them as ...". "called a meeting", "called
# him on Monday" and "describe the route" are not. Each verb form of the
# lexicon that is one of these takes its pattern from NAMING_VERB.
NAMING = {
    "call": re.compile(
        r"\s+(?:(?:them|him|her|it|us|these|those|this|the\s+[\w'’-]+(?:\s+[\w'’-]+)?|such\s+[\w'’-]+)\s+)?"
        r"[\"\u201c\u2018']|\s+(?:them|him|her|us|me|these\s+[\w'’-]+|those\s+[\w'’-]+)\s+(?!(?:on|at|in|to|into|back|up"
        r"|off|out|for|from|by|with|about|over|after|before|during|again|today|yesterday|and|or|but|if|when)\b)"
        r"[a-z]|\s+the\s+[\w'’-]+\s+an?\s+[a-z]"
        # "call Arman a saboteur": a person by name, then what she is called
        r"|\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?\s+an?\s+[a-z]"
        # "calls today's release "an important step"", "calls the men it put on trial in 2021 "terrorists""
        r"|\s+(?:[\w'’-]+\s+){1,9}?[\"\u201c\u2018]"
        # "call the men held here prisoners of war": the people named, then the name given them
        # ... a headline's without its article: "Pashinyan calls detainees hostages"
        # ... or owned: "called our prisoners of war terrorists"
        # ... or with one word of which ones: "calls the remaining defendants war criminals"
        r"|\s+(?:(?:the|such|these|those|our|their|its|his|her|your|all)\s+)?(?:(?:Armenian|Azerbaijani|former|remaining"
        r"|other|last|captured|released|sentenced|detained|accused)\s+)?(?:men|women|people"
        r"|detainees|prisoners|Armenians|soldiers|defendants|accused|applicants|appellants|convicts|leaders"
        r"|servicemen|captives|returnees"
        # ... or counted: "calls the nineteen war criminals", "called the 19 men terrorists"
        r"|(?:\d{1,4}|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)"
        r"(?:\s+(?:(?:Armenian|Azerbaijani)\s+)?(?:men|women|people|detainees|prisoners|Armenians|soldiers|servicemen"
        r"|captives|defendants))?)"
        # ... the people named at some length ("calls the men taken after the ceasefire saboteurs")
        r"(?:\s+[\w'’-]+){0,6}?\s+(?:prisoners|hostages|captives|terrorists|saboteurs|criminals|detainees|persons"
        r"|political|civilians|illegal|POWs|mercenaries|war)\b", re.IGNORECASE),
    # ... an aside between commas too: "described them, at various times, as captives"
    "describe": re.compile(r"\s+(?:[\w'’-]+,?\s+){0,6}?as\b", re.IGNORECASE),
    # "put the number of prisoners at 55" states a figure; "put pressure on" does not
    "put": re.compile(r"\s+the\s+(?:[\w'’-]+\s+)?(?:number|figure|total|toll|count)\b", re.IGNORECASE),
}
NAMING_VERB = {"call": "call", "calls": "call", "called": "call", "put": "put", "puts": "put",
               "describe": "describe", "describes": "describe", "described": "describe",
               "characterizes": "describe", "characterises": "describe", "characterized": "describe",
               "characterised": "describe", "characterize": "describe", "characterise": "describe"}

# "Baku has returned a hundred, but says those still held are criminals": the same subject, a second verb.
COORDINATED = re.compile(r"(?<![\w-])(?:and|but|yet)\s+(?:then\s+|also\s+|later\s+|again\s+|still\s+)?$"
                         r"|(?<![\w-])and$", re.IGNORECASE)
# ", introducing the report," ", thanking the delegation,": a participle clause between a subject and its verb.
PARTICIPLE_CLAUSE = re.compile(r",\s+[a-z]+ing\b[^,]{0,80},?\s*$")
# "whom Baku calls", "which the Government of Armenia has said": a relative pronoun, then the speaker's phrase
RELATIVE = re.compile(r"(?<![\w-])(?:whom|who|which|what)\s+(?:the\s+)?$", re.IGNORECASE)
# "whatever the indictments in Baku say", "contrary to what Baku claims": a concession names what
# others say only to set it aside; the sentence stays its own speaker's.
CONCESSIVE = re.compile(r"(?<![\w-])(?:whatever|no\s+matter\s+what|regardless\s+of\s+what|contrary\s+to\s+what"
                        r"|despite\s+what)\b[^,.;:!?\"\u201c\u201d]{0,60}$", re.IGNORECASE)
# "The ICRC does not call them ...", "he never said 'prisoner'": a verb of saying denied reports that its
# subject did NOT say the words, so they are not the subject's (the reporter's, held-out 4 decision 9).
DENIED_VERB = re.compile(r"(?<![\w-])(?:(?:does|did|do|has|have|had)\s+(?:not|never)|(?:does|did|do|has|have|had)n[’']t"
                         r"|never|nowhere|no\s+longer)\s+$", re.IGNORECASE)
# "held in Azerbaijan", "captured near Hin Tagher": a name right after one of these is a place.
PLACE_BEFORE = re.compile(r"\b(?:in|to|from|at|near|into|across|inside|via)\s+$", re.IGNORECASE)
PASSIVE = re.compile(r"(?<![\w-])(?:is|was|are|were|be|been|being)\s+$", re.IGNORECASE)
# ... "It has also been alleged", "It has repeatedly been claimed": an adverb before the participle
_ADVERB = r"(?:\s+(?:also|repeatedly|often|long|widely|since|further|again))?"
THIS_WAS = re.compile(rf"(?:^|[.!?]\s+|\n)\s*(?:this|that|it)\s+(?:(?:was|is){_ADVERB}|has{_ADVERB}\s+been{_ADVERB})\s+$",
                      re.IGNORECASE)
# ... and one agent among others: "It has been alleged, including by the Human Rights Defender, that"
BY_AGENT = re.compile(r"(?:\s+to\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?(?:,?\s+(?:including|notably|not\s+least|among\s+others))?"
                      r"\s+by\b", re.IGNORECASE)
# "by Yerevan's count", "on the ministry's own figures", "in Baku's telling": a source named by its possessive,
# which sources the sentence as "according to" does.
# ... the owner may be a government in lower case: "by the Armenian government's count", "by our government's own count"
BY_COUNT = re.compile(r"(?<![\w-])(?i:by|on|in|from)\s+(?P<who>(?:(?:the|our|their)\s+)?[A-Za-z][\w-]*"
                      r"(?:\s+(?:[A-Z][\w-]*|government|authorities)){0,4})['’]s?"
                      r"\s+(?:own\s+|official\s+|latest\s+)?(?:count|tally|figures?|reckoning|estimates?|telling"
                      r"|account|lists?|numbers|words|phrase|view|reading|opinion|interpretation|assessment)\b")
# "in the words of Hikmet Hajiyev, "not prisoners of war"": the source named after "of" says the words that follow.
WORDS_OF = re.compile(r"(?<![\w-])(?i:in)\s+the\s+(?:own\s+|exact\s+)?words\s+of\s+"
                      r"(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|the|for)){0,5})(?=\s*[,:(]|\s+[\u201c\u2018\x22'])")
# "The ombudsperson's figure of 23", "Baku's count of 38": the owner's count (a figure must follow "of").
FIGURE_OF = re.compile(r"(?<![\w-])(?P<who>(?:[Tt]he\s+)?[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,4})['’]s?"
                       r"\s+(?:own\s+|official\s+|latest\s+|current\s+)?(?:figure|count|tally|estimate|number)\s+of(?=\s)")
IN_VIEW = re.compile(r"\s*(?:(?:In|To)\s+(his|her|its|their)\s+(?:view|opinion|mind|submission|submissions|words"
                     r"|account|assessment)(?:\s*,|\s+(?=(?:the|they|it|there|this|these|such|no|none|all)\s))"
                     # ... and "According to her, ...", the source of the sentence before named again by a pronoun
                     r"|According\s+to\s+(him|her|them)\s*,)", re.IGNORECASE)
# "In the view of the Armenian delegation, ...", "In the opinion of the Ombudsman, ...": the source named after "of"
# opens a sentence of its opinion, as "according to" names one.
IN_VIEW_OF = re.compile(r"\s*(?:In|To)\s+the\s+(?:view|opinion|mind|assessment|submission)\s+of\s+"
                        r"(?P<who>[^,;:.!?\n\"“”]{2,80}?)\s*,")
# A coordinated clause, or one after a semicolon ("Yerevan puts the number at 39; Baku acknowledges 38").
CLAUSE_AND = re.compile(r"(?:[,;]\s+(?:and|but|while|whereas)\s+|;\s+)(?:the\s+)?$", re.IGNORECASE)
# A sentence whose subject is a short quoted term followed by a copula
# ("“Custody” is not neutral") talks about the word rather than reporting anyone.
TERM_SUBJECT = re.compile(r"\s*[\"\u201c\u2018\u00ab][\w’' -]{1,40}[\"\u201d\u2019\u00bb]\s+"
                          r"(?:is|are|was|were|means|meant)\b", re.IGNORECASE)
# Translated dispatches call a ministry a "department"; a state is named by its defence ministry.
SYNONYMS = {"department": ("department", "ministry"), "military": ("military", "defence", "defense"),
            "leader": ("leader", "head of state")}
PRONOUN_BEFORE = re.compile(r"(?<![\w'’])(he|she|they|it)\s*$", re.IGNORECASE)
PRONOUN_AFTER = re.compile(r"^\s*(he|she|they|it)(?![\w'’])", re.IGNORECASE)
# "X stated this", "said so": the words before; never "told this channel" (a determiner before its noun).
SAID_THIS = re.compile(r"\s+(?:this(?!\s+(?:channel|newspaper|paper|programme|program|station|agency|outlet|website"
                       r"|reporter|correspondent|journalist|magazine|radio|podcast|week|month|year|morning|evening"
                       r"|afternoon|time)\b)|so|these\s+words|the\s+above)\b", re.IGNORECASE)
HEADLINE_COLON = re.compile(r":\s*(?P<after>[^:]{2,80}?)\s*$")
HEADLINE_LEAD = re.compile(r"\s*(?P<before>[^:,.]{2,60}?)\s*:\s")
# A transcript turn's label at the start of its paragraph ("Question (Anna Smith, Reuters): ", "NORA: ").
# A particle inside a name, in lower case: "Sanne de Vries", "Maarten de Groot", "Pieter van Dam".
NAME_PARTICLE = r"(?:de|da|di|du|del|van|von|der|den|ter|la|le|al|bin|ibn)"
# A span in straight or curly double quotation marks, to leave out of the words around it.
QUOTED_SPAN = re.compile(r"[\"“][^\"“”]*[\"”]")
TURN_LABEL = re.compile(r"[ \t]*[A-Z][\w’'. -]{0,40}(?:\([^()\n]{1,80}\))?[ \t]*:[ \t]+")
# ... a name may hold a particle ("Minister de Vries:").
# The words of a label stand on one line, a space or two apart: "General Assembly      Distr.: General", a head's
# two columns, is no label.
_LABEL_NAME = (rf"(?P<label>[A-Z][\w’'.-]*(?:[ \t\u00a0]{{1,2}}(?:{NAME_PARTICLE}[ \t\u00a0])?[A-Z][\w’'.-]*){{0,4}}"
               # ... or a record's post and name in capitals: "DEPUTY MINISTER OF FOREIGN AFFAIRS TIGRAN AVAGYAN:"
               r"|[A-Z][A-Z’'.-]+(?:[ \t]+[A-Z][A-Z’'.-]*){5,7})"
               r"[ \t\u00a0]*:")
LABEL = re.compile(rf"^\s*{_LABEL_NAME}\s+\S")
# ... or a label on a line of its own, the words on the lines under it (a messenger's "[13 Jan, 21:14] Gohar V.:").
LABEL_LINE = re.compile(rf"^[ \t]*{_LABEL_NAME}[ \t]*$")
# A select committee's numbered question before its asker's label: "Q15 Priya Mandal:", "Q12 Chair:" (the number
# is the record's, no part of the label).
QUESTION_NUMBER = re.compile(r"[ \t]*Q\d{1,4}[ \t]+(?=[A-Z])")
# A time code before a transcript label: a recording's position ("[00:12:05] NORA:", "(00:12:05) NORA:",
# "00:12:05 NORA:") or a broadcast's clock time in brackets ("[19:09] MARCHAND:"). The layout takes a clock time
# for a turn's only when a speaker's label follows it; without brackets ("12:03 ...") it stays a live blog's entry.
# ... or a message's date and time in a messenger's export ("[13 Jan, 21:14] Gohar V.:", "[14/01/2026, 09:47]").
TIME_CODE = re.compile(r"[ \t]*(?:\[(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?[ \t]+)?"
                       r"\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}:\d{2}:\d{2}\)|\d{1,2}:\d{2}:\d{2})[ \t]+(?=\S)")
# "In such cases", "In this context": an opening that keeps the speaker (beside the lexicon's connectives).
# ... never the text naming itself ("In this explainer we go back to ...", "In this chapter I argue"): its own voice
IN_THIS_WORD = (r"in\s+(?:such|this|that|these|those)\s+(?!(?:explainer|video|article|report|piece|episode|story|post|series"
                r"|chapter|section|paper|book|issue|newsletter|podcast|programme|program|essay|thesis|study|briefing)\b)\w+")
# A straight double quote is an opener or a closer by what surrounds it.
OPEN_CONTEXT = set("([{—–-/") | {"\u00a0"}
CLOSE_CONTEXT = set(".,;:!?)]}—–-…")

# "BALASANYAN (NAREK BALASANYAN, INTERNATIONAL LAWYER):": a speaker's surname as a label, then the full name it
# stands for (and a post) in brackets.
SURNAME_NAMED = re.compile(r"[ \t]*(?P<short>[A-Z][A-Z’'-]{2,})[ \t]*\((?P<name>[A-Z][A-Z’'.-]*(?:[ \t]+[A-Z][A-Z’'.-]*){1,3})"
                           r"(?:[ \t]*,[^()\n]{1,80})?\)[ \t]*:")
# A headline that gives a quotation its speaker: "Tigran Aslanyan: “Nobody told us we were prisoners of war”".
HEADLINE_QUOTE = re.compile(r"[^:\n]{2,60}:[ \t]*[\"“][^\"”\n]{3,200}[\"”][ \t]*")
# "... official I interviewed", "... diplomats we spoke to": a relative clause without "that" after its noun.
CONTACT_CLAUSE = re.compile(r"(?<=[a-z])\s+(?:I|we|you|he|she|they)\s+(?:have\s+|had\s+)?(?:[a-z]+ed|met|spoke\s+to"
                            r"|spoke\s+with|saw|know|knew)\s*$")
# ", represented by Tatevik Sargsyan, a lawyer in Yerevan,": who acts with the subject, not the subject.
BY_CLAUSE = re.compile(r",\s+(?:represented|assisted|accompanied|joined|flanked|supported|advised)\s+by\s+[^.;:!?]{2,160}$")
# "... adopted on 22 January 2026", "... released on 3 March 2025": when a text was made, after its maker's name
# (a date opening with "in" reaches no further: a sentence's "In March 2025," opens a clause of its own).
DATED_CLAUSE = re.compile(r"(?<=[A-Za-z])\s+(?:adopted|issued|published|signed|released|circulated|delivered|dated)"
                          r"(?:\s+(?:on|in))?\s+(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August"
                          r"|September|October|November|December)\s+)?(?:\d{1,2},?\s+)?\d{4}\s*$")


# An observer's notes of a meeting open an entry with whom it reports and a full stop, then give her words without
# their subject: "Armenia (Deputy Foreign Minister). Said that ...", "Concluding remarks of the Special Rapporteur.
# Asked that ...". The verbs such a note opens its sentences with:
_NOTED_VERBS = (r"(?:Said|Stated|Called|Described|Recalled|Urged|Noted|Stressed|Asked|Added|Rejected|Welcomed|Referred"
                r"|Expressed|Regretted|Thanked|Reiterated|Underlined|Emphasi[sz]ed|Insisted|Denied|Argued|Maintained"
                r"|Requested|Deplored|Condemned|Reported|Confirmed|Announced|Supported|Raised|Highlighted|Praised"
                r"|Acknowledged|Presented|Voiced|Questioned|Proposed|Recommended|Observed|Declared|Reaffirmed|Warned"
                r"|Demanded|Critici[sz]ed|Appealed|Objected|Replied|Responded|Explained|Informed|Did[ \t]+not)")
NOTED_HEAD = (
    r"[ \t]*(?:(?:(?:[Cc]oncluding|[Oo]pening|[Cc]losing|[Ff]inal)[ \t]+)?(?:[Rr]emarks|[Ss]tatement|[Pp]resentation"
    r"|[Ii]ntervention|[Rr]eply|[Rr]esponse)[ \t]+(?:of|by)[ \t]+)?"
    r"(?P<head>(?:[Tt]he[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'-]*){0,5})"
    rf"(?:[ \t]*\([^()\n]{{2,80}}\))?\.[ \t]+(?={_NOTED_VERBS}\b)")


# A line that ends a sentence (a full stop, a question or exclamation mark, an ellipsis, or a closing quotation mark,
# with a bracket or quotation mark after it): a heading or a signature does not.
ENDS_SENTENCE = re.compile(r"[.!?…][\"”’)]?[ \t]*$|[\"”][ \t]*$")
# A heading in capitals, the whole line: "A LETTER FROM HOVIK'S FAMILY", "THE CHAIR BY THE DOOR".
CAPS_HEADING = re.compile(r"[ \t]*[A-Z][A-Z0-9 ’'&,:-]{2,80}[ \t]*")
