"""Write a synthetic news corpus for the benchmarks: seeded and deterministic.

    python benchmarks/generate.py --docs 10000 [--seed 0] [--out DIR]

Writes ``DIR/<shard>/<id>.md`` (default ``benchmarks/corpus/<docs>/``, 1000
files per shard folder) with the front matter ``detentio.corpus.sources`` requires,
and bodies built like the seed sources: a headline, sometimes page chrome
("3 minute read", "All news"), a dateline, paragraphs of reported speech,
direct quotes in straight and curly quotes, count claims with qualifiers,
dates, percentages, legal background and unrelated noise. About three documents
in ten are of another genre (an interview, a briefing, a debate record, a
treaty body's summary record, a court's ruling, a live blog, a report with a
plain-text or Markdown table, a signed op-ed, an NGO's own report, a radio
phone-in, Hansard, a rapporteur's memorandum, a review's recommendations, a
witness statement, a talk page's signed comments, a judge's separate opinion, a
trial's transcript: :data:`GENRES`), each with the front matter that makes it that genre (the
publisher, kind and author) and the counts, denials and nested quotations of
those genres; :data:`GENRE_LAYOUTS` says which layout each is read as.

Besides hand-written vocabulary, every concrete phrase of the codebook
(``detentio.framing.codebook.phrases``, ignore list included) is quoted in a carrier
sentence: document ``i`` carries phrase ``i mod n`` as written, and random
sentences carry random phrases in variant forms (hyphenated, capitalised,
upper-case), so that the agreement check exercises every phrase.

Each document draws from its own ``random.Random`` seeded by (seed, index),
so the same seed gives byte-identical files, and the first 1000 documents of
the 10k corpus are the 1k corpus. ``.generated.json`` in the folder records
seed, size and a fingerprint of this file and the codebook phrases; an
existing corpus with the same stamp is reused instead of being written again.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARD = 1000  # files per folder: keeps directory listings fast at 100k
STAMP = ".generated.json"  # hidden, so source_files() never reads it as a source

# Label noun phrases by grammatical number, covering every label code of the
# codebook in the inflections and spellings the real sources use.
LABELS_PLURAL = [
    "prisoners of war", "prisoners of war", "POWs", "POWs", "PoWs", "prisoners-of-war",
    "Armenian prisoners of war", "captives", "Armenian captives", "hostages", "Armenian hostages",
    "detainees", "detained persons", "prisoners", "Armenian prisoners", "persons held in custody",
    "people held in custody", "individuals held in custody", "political prisoners",
    "civilians", "civilian detainees", "terrorists and saboteurs", "terrorist-saboteurs",
    "saboteurs", "war criminals", "illegally detained persons", "forcibly disappeared persons",
    "missing persons", "servicemen", "members of a sabotage group", "war prisoners",
    "prisoners of conscience", "civilian prisoners", "people detained in relation to the conflict",
    "those deprived of their liberty",
]
LABELS_SINGULAR = [
    "prisoner of war", "POW", "prisoner-of-war", "captive", "hostage", "detainee",
    "person held in custody", "political prisoner", "civilian", "terrorist", "saboteur",
    "war criminal", "prisoner",
]
# What each side says instead: used in contrast and negation sentences.
AZ_TERMS = ["terrorists and saboteurs", "saboteurs", "persons held in custody",
            "members of illegal armed groups", "war criminals", "criminals", "terrorists"]
AM_TERMS = ["prisoners of war", "POWs", "hostages", "captives", "political prisoners",
            "illegally detained persons"]
REGIMES = ["prisoner-of-war status", "the protection of the Third Geneva Convention",
           "the guarantees of Article 75 of Additional Protocol I",
           "the protection of the Fourth Geneva Convention", "a fair trial"]
ILLEGAL = ["illegally held", "held illegally", "illegally detained", "unlawfully detained",
           "arbitrarily detained", "illegaly held", "unlawfully held"]
RELEASED = ["released", "freed", "repatriated", "handed over", "returned", "swapped", "exchanged"]
CLAUSE = ["the \"all for all\" principle", "the 'all for all' formula", "the all-for-all exchange",
          "an exchange on an \"all for all\" basis", "the exchange of all for all",
          "the “all for all” clause", "a prisoner exchange", "the swap",
          "the exchange of mine maps", "the handover of minefield maps", "the release",
          "the repatriation", "the return of detainees", "paragraph 8 of the trilateral statement"]

SPEAKERS = [
    ("Prime Minister Nikol Pashinyan", "Pashinyan"), ("Nikol Pashinyan", "Pashinyan"),
    ("the Prime Minister", "the Prime Minister"), ("Foreign Minister Ara Aivazyan", "Aivazyan"),
    ("the Foreign Ministry", "the ministry"), ("Armenian Foreign Ministry", "the ministry"),
    ("President Ilham Aliyev", "Aliyev"), ("Ilham Aliyev", "Aliyev"), ("Hikmet Hajiyev", "Hajiyev"),
    ("Russian Ambassador to Armenia Sergey Kopyrkin", "Kopyrkin"), ("Vladimir Putin", "Putin"),
    ("Maria Zakharova", "Zakharova"), ("Human Rights Watch", "HRW"),
    ("the International Committee of the Red Cross", "the ICRC"), ("the ICRC", "the ICRC"),
    ("Siranush Sahakyan", "Sahakyan"), ("Anna Melikyan", "Melikyan"),
    ("Yeghishe Kirakosyan", "Kirakosyan"), ("Armenia's Human Rights Defender", "the ombudsman"),
    ("Kristinne Grigoryan", "Grigoryan"), ("Lilit Avetisyan", "Avetisyan"),
    ("Azerbaijani authorities", "Baku"), ("official Baku", "Baku"), ("the Armenian side", "Yerevan"),
    ("Amnesty International", "Amnesty"), ("a lawyer for the families", "the lawyer"),
    ("Leyla Abdullayeva", "Abdullayeva"), ("Mr. Tigran Sargsyan", "Sargsyan"),
]
VERBS_PAST = ["said", "stated", "told journalists", "noted", "stressed", "claimed", "insisted",
              "added", "recalled", "wrote on Facebook", "told reporters", "emphasized",
              "said in a statement", "explained", "declared", "reiterated"]
VERBS_INVERTED = ["said", "noted", "added", "stressed", "explained"]  # '"...," said X.'
PLACES = ["Baku", "Azerbaijan", "Azerbaijani prisons", "the Baku pre-trial detention centre",
          "Azerbaijani custody", "the Gobustan prison"]
CITIES = ["YEREVAN", "BAKU", "MOSCOW", "STEPANAKERT", "STRASBOURG", "GENEVA", "TBILISI"]
OUTLETS = ["Armenpress", "CivilNet", "TASS", "Azatutyun", "News.am", "APA", "Trend", "Report.az",
           "OC Media", "Eurasianet", "JAMnews", "Hetq", "Asbarez", "Interfax", "Mediamax"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
               "Oct.", "Nov.", "Dec."]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten", 12: "twelve",
                15: "fifteen", 17: "seventeen", 19: "nineteen", 23: "twenty-three",
                32: "thirty-two", 40: "forty", 62: "sixty-two", 100: "a hundred"}
QUALIFIERS = ["at least", "more than", "over", "about", "around", "some", "up to", "fewer than",
              "less than", "nearly", "at most", "exactly", "", "", "", "", "a total of", "only"]
LEGAL = [
    "Under Article 118 of the Third Geneva Convention, prisoners of war shall be released and "
    "repatriated without delay after the cessation of active hostilities.",
    "Paragraph 8 of the trilateral statement of 9 November 2020 provides for an exchange of "
    "prisoners of war, hostages and other detained persons and bodies of the dead.",
    "The European Court of Human Rights indicated interim measures under Rule 39 of the Rules of Court.",
    "On 7 December 2021 the International Court of Justice ordered provisional measures in the "
    "case concerning the Application of the CERD.",
    "Common Article 3 of the Geneva Conventions prohibits the taking of hostages.",
    "Article 4 of the Third Geneva Convention defines who is entitled to prisoner-of-war status.",
    "Article 5 requires a competent tribunal to decide when there is doubt about status.",
    "The ICRC has visited detainees held in connection with the conflict since December 2020.",
]
NOISE = [
    "The weather in Yerevan was unusually warm for the season.",
    "Traffic on the Yerevan-Sevan highway was restored by evening.",
    "The dram strengthened slightly against the US dollar on Tuesday.",
    "Tickets for the concert at the Opera House sold out within an hour.",
    "The national team will play its next qualifier in October.",
    "Parliament also discussed amendments to the tax code.",
    "Wine exports rose by {pct} compared with the previous year.",
    "Inflation stood at {pct} in {month}, the statistics committee reported.",
    "Construction of the new school in Gyumri is expected to finish by {month}.",
    "The minister also met representatives of the diaspora in Los Angeles.",
    "Gas prices remain unchanged until the end of the year.",
    "About {n} people attended the book fair on Saturday.",
    "The museum will be closed for renovation until {month}.",
    # phrases the codebook ignores: they look like codes and are not
    "The exchange rate of the dram was stable in {month}.",
    "According to a press release of the ministry, the meeting lasted two hours.",
    "The ministers held an exchange of views on regional transport links.",
    "Trading on the stock exchange resumed in {month}.",
    "Life in the border villages has yet to return to normal.",
    "In return, the company promised {n} new jobs.",
]
# Lines that stand alone between paragraphs: captions and cross-links.
ASIDES = ["Photo: Hrant Sargsyan / Photolure", "Photo: PAN Photo",
          "Read also: Armenia and Georgia sign agreement on border crossings",
          "READ MORE: Talks in Washington end without a date for the next round"]
CHROME_TOP = ["3 minute read", "2 min read", "5-minute read", "All news", "Latest news", "Menu"]
CHROME_BOTTOM = ["Share this:", "Share on Facebook", "Advertisement", "Related articles",
                 "Subscribe", "Print", "You can find the full version of the interview here:",
                 "Read more here:", "Back to top"]


def _pick(rng: random.Random, items):
    return items[rng.randrange(len(items))]


def _count(rng: random.Random) -> str:
    """A count phrase: a qualifier and a number in digits or words."""
    n = _pick(rng, [2, 3, 4, 5, 6, 10, 12, 15, 17, 19, 23, 32, 40, 44, 62, 80, 100, 105, 200, 300, 1500])
    number = NUMBER_WORDS[n] if n in NUMBER_WORDS and rng.random() < 0.3 else f"{n:,}"
    qualifier = _pick(rng, QUALIFIERS)
    return f"{qualifier} {number}" if qualifier else number


def _date(rng: random.Random, year: int | None = None) -> str:
    year = year or rng.randint(2020, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    form = rng.randrange(4)
    if form == 0:
        return f"{day} {MONTHS[month - 1]} {year}"
    if form == 1:
        return f"{MONTHS[month - 1]} {day}, {year}"
    if form == 2:
        return f"{MONTHS_ABBR[month - 1]} {day}"
    return f"{MONTHS[month - 1]} {year}"


def _pct(rng: random.Random) -> str:
    value = _pick(rng, ["12", "70", "100", "3.5", "45", "0.8", "27"])
    return f"{value}%" if rng.random() < 0.5 else f"{value} percent"


def _quote(rng: random.Random, text: str) -> str:
    """Wrap in straight or curly double quotes, as different outlets do."""
    return f"“{text}”" if rng.random() < 0.5 else f'"{text}"'


def _quoted_words(rng: random.Random) -> str:
    lp, lp2 = _pick(rng, LABELS_PLURAL), _pick(rng, LABELS_PLURAL)
    return _pick(rng, [
        f"We demand the immediate return of all {lp}",
        f"These people are {lp} and must be treated as such",
        f"There are no {lp} in Azerbaijan, only {_pick(rng, AZ_TERMS)}",
        f"The {_pick(rng, ['all for all', 'all-for-all'])} principle has not been implemented",
        f"They are not {lp}, they are {lp2}",
        f"Every one of the {lp} is entitled to {_pick(rng, REGIMES)}",
        f"We will continue to raise the issue of the {lp} in all negotiations",
        f"I am {_pct(rng)} sure that such statements would only cause harm",
        "Sentiments are sentiments, but we must also act strategically",
        f"As of today, {_count(rng)} {lp} remain in {_pick(rng, PLACES)}",
    ])


def _sentence(rng: random.Random) -> str:
    """One body sentence from a weighted mix of templates."""
    speaker, short = _pick(rng, SPEAKERS)
    verb = _pick(rng, VERBS_PAST)
    lp, ls = _pick(rng, LABELS_PLURAL), _pick(rng, LABELS_SINGULAR)
    roll = rng.random()
    if roll < 0.14:  # reported speech with a label
        return _pick(rng, [
            f"{speaker} {verb} that {_count(rng)} Armenian {lp} remain in {_pick(rng, PLACES)}.",
            f"{speaker} {verb} the {lp} must be returned without delay.",
            f"According to {speaker}, {_count(rng)} {lp} were released on {_date(rng)}.",
            f"{speaker} {verb} that each {ls} should be granted {_pick(rng, REGIMES)}.",
            f"{speaker} called them {lp}, not {_pick(rng, AZ_TERMS)}.",
            f"{short} also {verb} that the issue of the {lp} was raised in Brussels.",
            f"{speaker} {verb} that the {lp} are {_pick(rng, ILLEGAL)} in {_pick(rng, PLACES)}.",
        ])
    if roll < 0.30:  # direct quote, attribution before or after
        words = _quoted_words(rng)
        form = rng.randrange(3)
        if form == 0:
            return f"{speaker} {verb}: {_quote(rng, words + '.')}"
        if form == 1:
            return f"{_quote(rng, words + ',')} {speaker} {verb}."
        return f"{_quote(rng, words + ',')} {_pick(rng, VERBS_INVERTED)} {short}."
    if roll < 0.40:  # count claims
        return _pick(rng, [
            f"At least {rng.randint(2, 300)} {lp} are still held in {_pick(rng, PLACES)}, {short} {verb}.",
            f"In total, {_count(rng)} people have been returned since {_date(rng)}.",
            f"Azerbaijan {_pick(rng, RELEASED)} {_count(rng)} {lp} on {_date(rng)}.",
            f"The list includes {_count(rng)} {lp} and {_count(rng)} {_pick(rng, LABELS_PLURAL)}.",
            f"Of the {rng.randint(20, 300)} {lp}, only {rng.randint(1, 19)} have been tried.",
            f"{short} put the number of {lp} at {_count(rng)}.",
        ])
    if roll < 0.48:  # contrast and negation: the framing disputes
        return _pick(rng, [
            f"Baku insists the men are {_pick(rng, AZ_TERMS)} rather than {_pick(rng, AM_TERMS)}.",
            f"The detained men are not {_pick(rng, AM_TERMS)}, {speaker} {verb}.",
            f"Azerbaijan does not consider them {_pick(rng, AM_TERMS)}.",
            f"Yerevan rejects the label of {_pick(rng, AZ_TERMS)} and calls them {_pick(rng, AM_TERMS)}.",
            f"No {ls} has been released since {_date(rng)}.",
        ])
    if roll < 0.56:  # the clause
        return _pick(rng, [
            f"{speaker} {verb} that {_pick(rng, CLAUSE)} had not been carried out.",
            f"Under {_pick(rng, CLAUSE)}, all {lp} should have been returned.",
            f"{_pick(rng, CLAUSE).capitalize()} took place on {_date(rng)}.",
            f"In exchange for {_count(rng)} {lp}, Baku received {_pick(rng, ['mine maps', 'maps of minefields'])}.",
        ])
    if roll < 0.64:
        return _pick(rng, LEGAL)
    if roll < 0.72:  # percentages and dates without labels
        return _pick(rng, [
            f"Turnout was {_pct(rng)}, the Central Electoral Commission said on {_date(rng)}.",
            f"A poll found that {_pct(rng)} of respondents support the talks.",
            f"The talks resumed on {_date(rng)} in {_pick(rng, ['Brussels', 'Moscow', 'Washington', 'Almaty'])}.",
            f"Families of the {lp} gathered outside the government building on {_date(rng)}.",
        ])
    # unrelated news, as in every real article
    return _pick(rng, NOISE).format(pct=_pct(rng), month=_pick(rng, MONTHS), n=rng.randint(50, 5000))


def _carrier(rng: random.Random, phrase: str) -> str:
    """A sentence quoting ``phrase``: quotes keep it from merging with a neighbouring word."""
    _, short = _pick(rng, SPEAKERS)
    open_, close = _pick(rng, [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'")])
    quoted = f"{open_}{phrase}{close}"
    return _pick(rng, [
        f"The statement used the words {quoted} {rng.randint(2, 9)} times.",
        f"{short} objected to the term {quoted}.",
        f"In the English version the phrase reads {quoted}.",
        f"{quoted} was the term {short} chose.",
    ])


def _variant(rng: random.Random, phrase: str) -> str:
    """A phrase as a text may print it: hyphenated, capitalised or in capitals."""
    roll = rng.random()
    if roll < 0.25 and " " in phrase:
        return phrase.replace(" ", "-")
    if roll < 0.4:
        return phrase[0].upper() + phrase[1:]
    if roll < 0.45:
        return phrase.upper()  # a case-sensitive "PoWs" in capitals is no longer that phrase
    return phrase


def _headline(rng: random.Random) -> str:
    _, short = _pick(rng, SPEAKERS)
    lp = _pick(rng, LABELS_PLURAL)
    title = _pick(rng, [
        f"{short} says {_count(rng)} {lp} still held in Baku",
        f"Azerbaijan hands over {_count(rng)} {lp} to Armenia",
        f"Families of {lp} protest in Yerevan",
        f"Return of {lp} is a priority, says {short}",
        f"Baku calls detained Armenians {_pick(rng, AZ_TERMS)}",
        f"What happened to the {_pick(rng, ['all for all', 'all-for-all'])} exchange?",
        "Parliament debates new budget",
    ]).strip()
    title = title[0].upper() + title[1:]
    return title.upper() if rng.random() < 0.05 else title


# The genres of the framing engine's layout stage (issue 13), each a few turns around ordinary sentences,
# and the counts and denials of those genres' forms. The layout each genre's text is recognised as (a test
# checks it on generated documents) is in GENRE_LAYOUTS: the throughput then reflects the structures the
# engine reads before attribution, not only news prose.
GENRES = ("interview", "briefing", "debate", "summary_record", "court", "live_blog", "table",
          "op_ed", "report", "call_in", "hansard", "memorandum", "recommendations",
          "witness_statement", "talk_page", "separate_opinion", "trial", "cable", "reader_qa", "survey",
          "explanations_of_vote", "asylum_decision", "interpreted_press_conference", "homily", "abstracts",
          "channel", "list_of_issues", "written_statement", "motion", "paired_pieces", "slide_deck", "views",
          "aggregator_thread", "acceptance_speech", "questionnaire_reply", "audio_room", "agency_translation",
          "travel_blog", "published_remarks")
GENRE_LAYOUTS = {"interview": "interview", "briefing": "briefing", "debate": "debate",
                 "summary_record": "summary_record", "court": "court", "live_blog": "live_blog",
                 "op_ed": "op_ed", "report": "report", "call_in": "interview", "hansard": "debate",
                 "memorandum": "report", "recommendations": "statement", "witness_statement": "testimony",
                 "talk_page": "news", "separate_opinion": "separate_opinion", "trial": "debate",
                 "cable": "statement", "reader_qa": "interview", "survey": "statement",
                 "explanations_of_vote": "debate", "asylum_decision": "court",
                 "interpreted_press_conference": "briefing", "homily": "statement", "abstracts": "news",
                 "channel": "live_blog", "list_of_issues": "statement", "written_statement": "signed_statement",
                 "motion": "statement", "paired_pieces": "op_ed", "slide_deck": "signed_statement",
                 "views": "summary_record", "aggregator_thread": "news", "acceptance_speech": "signed_statement",
                 "questionnaire_reply": "statement", "audio_room": "news", "agency_translation": "news",
                 "travel_blog": "op_ed", "published_remarks": "statement"}
PEOPLE = ["Vardan Melkonyan", "Leyla Aliyeva", "Ruth Lindqvist", "Anna Karapetyan", "Elnur Mammadov"]
RAPPORTEURS = ["Ruth Lindqvist", "Ingrid Hallvard", "Sigrid Aalto"]
CALLERS = [("GOHAR", "Gyumri"), ("VAHE", "Kapan"), ("ARMEN", "Vanadzor"), ("NARINE", "Goris")]
TRAVELLERS = ["Kari Nystad", "Espen Lunde", "Marte Aasheim"]
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PEERS = ["Baroness Ashgrove (CB)", "Lord Penhallow (Con)", "Baroness Tarrant (Lab)", "Lord Fenwick (LD)"]
RECOMMENDERS = ["France", "Armenia", "Canada", "Uruguay", "Norway", "Germany"]
EDITORS = ["Mnemosyne-7", "Tigranakert88", "Kestrel Row", "CaspianLedger", "Vardan.K"]
JUDGES = ["KOVÁCS", "LINDQVIST", "OKAFOR", "MORETTI"]
MEMBERS = ["Marek Sobczak (PPE)", "Ioana Dumitrescu (Renew)", "Greta Holm (Verts/ALE)", "Jordi Ferrer Puig (S&D)"]
READERS = [("Davit_M", "Gyumri"), ("guest_4410", "Vanadzor"), ("hrant1979", "Yerevan"), ("Ani_K", "Glendale")]
# Registered organisations that publish their own reports (``data/actors.yml``): their text is their voice.
NGOS = ["Human Rights Watch", "Amnesty International"]
GENRE_SENTENCES = [
    "Not one of the men is a POW.", "Baku would never regard them as prisoners of war.",
    "The ministry rejected the idea that they were hostages.", "They are anything but captives.",
    "Azerbaijan holds no prisoners of war and no hostages.", "The minister avoided the words \"hostages\".",
    "Yerevan no longer calls them captives.", "Seventeen Armenian prisoners were released.",
    "A dozen soldiers were captured; three dozen civilians are missing.", "Hundreds of Armenians are held.",
    "Some 25 of them were captured in 2023.", "As many as 70 of the missing are believed dead.",
    "The ministry confirms 31.", "Forty-one Armenian detainees remain held in Baku.",
    "Six of the 23 detainees were released in 2024.", "The ombudsman put the number held at 55.",
    "We do not speak of hostages.", "I do not call them terrorists.",
    # a nested quotation: the innermost speaker owns the innermost words
    "Her lawyer said: \"The mother told me, 'my son is a hostage, not a criminal'.\"",
]


def _genre_paragraphs(rng: random.Random, genre: str) -> list[str]:
    """The body paragraphs of a document of ``genre`` (see :data:`GENRES`)."""
    def said() -> str:
        return _pick(rng, GENRE_SENTENCES) if rng.random() < 0.4 else _sentence(rng)

    guest, other = rng.sample(PEOPLE, 2)
    turns = rng.randint(3, 9)
    if genre == "interview":
        out = [f"Our correspondent {other} spoke with {guest}, a lawyer in Yerevan."]
        for _ in range(turns):
            out += [f"Q: {said()}", f"A: {said()} {said()}"]
    elif genre == "briefing":
        out = ["Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow"]
        for _ in range(turns):
            out += [f"Question ({other}, Reuters): {said()}", said(), said()]
    elif genre == "debate":
        out = [f"The PRESIDENT: I call Mr. {guest}."]
        for _ in range(turns):
            name = rng.choice([guest, other])
            out += [f"Mr. {name.split()[-1].upper()} ({rng.choice(['Armenia', 'Azerbaijan'])}): {said()}", said()]
    elif genre == "summary_record":
        out = ["The Committee against Torture considered the report of Azerbaijan."]
        for _ in range(turns):
            out += [f"A Committee member asked whether {said()[0].lower()}{said()[1:]}",
                    f"Ms. {guest} (Country Rapporteur) noted that {said()}", f"The delegation said that {said()}"]
    elif genre == "court":
        out = ["The International Court of Justice today delivered its Order."]
        for _ in range(turns):
            out += [f"Armenia contended that {said()}", f"Azerbaijan submitted that {said()} It denied that {said()}",
                    f"The Court observed that {said()}"]
    elif genre == "live_blog":
        out = []
        for number in range(turns):
            out.append(f"{9 + number % 12:02d}:{rng.randint(0, 59):02d} — {said()} {said()}")
    elif genre == "op_ed":  # signed (the author is in the front matter): the author's own words are hers
        out = [f"I have followed the fate of the detainees since 2020. {said()}"]
        for _ in range(turns):
            out += [f"In my view, {said()[0].lower()}{said()[1:]}", said()]
    elif genre == "report":  # an NGO's own report (the outlet is the NGO): the organisation's voice
        out = ["Summary", f"We documented the cases of {_count(rng)} detainees. {said()}"]
        for number in range(turns):
            out += [f"{number + 1}. {said()} {said()}"]
    elif genre == "call_in":  # a radio phone-in: clock times, the host named once, callers by name and town
        out = ["EVENING LINE", f"[19:05] HOST ({guest}): Good evening. {said()}"]
        for number in range(turns):
            caller, town = _pick(rng, CALLERS)
            out += [f"[19:{10 + 4 * number:02d}] {caller} ({town}): {said()}",
                    f"[19:{12 + 4 * number:02d}] HOST: {said()}"]
    elif genre == "hansard":  # Hansard on the web: the member's name and party alone above her words
        out = ["Armenian Detainees in Azerbaijan", "Question"]
        for _ in range(turns):
            out += [_pick(rng, PEERS), f"{said()} {said()}"]
    elif genre == "memorandum":  # a resolution, then its rapporteur's memorandum by name below its heading
        out = [f"1. The Assembly calls for the release of all {_pick(rng, LABELS_PLURAL)}.", said(),
               "EXPLANATORY MEMORANDUM", f"by Ms. {_pick(rng, RAPPORTEURS)}, Rapporteur"]
        out += [f"{number + 1}. {said()}" for number in range(turns)]
    elif genre == "recommendations":  # a review's recommendations, each closed by the State that made it
        out = ["Conclusions and recommendations", said()]
        out += [f"119.{number + 1} Release without delay all Armenian {_pick(rng, AM_TERMS)} "
                f"({_pick(rng, RECOMMENDERS)});" for number in range(turns)]
    elif genre == "witness_statement":  # "I, NAME, of ..., say as follows:", numbered paragraphs in her voice
        out = ["WITNESS STATEMENT", f"I, {guest.upper()}, of 14 Tumanyan Street, Goris, say as follows:"]
        out += [f"{number + 1}. {said()} {said()}" for number in range(turns)]
        out += ["STATEMENT OF TRUTH", "I believe that the facts stated in this witness statement are true."]
    elif genre == "talk_page":  # signed comments, indented replies, each closed by "Name (talk) time, date (UTC)"
        out = ["Requested move 2 March 2026"]
        for number in range(turns):
            out.append(f"{':' * (number % 3)}{_pick(rng, ['Support.', 'Oppose.', 'Comment.'])} {said()} {said()} "
                       f"{_pick(rng, EDITORS)} (talk) {10 + number % 12}:{rng.randint(10, 59)}, "
                       f"{2 + number % 20} March 2026 (UTC)")
    elif genre == "separate_opinion":  # a judge's opinion, by name, quoting the parties
        out = ["CASE OF ARMENIA v. AZERBAIJAN", f"PARTLY DISSENTING OPINION OF JUDGE {_pick(rng, JUDGES)}"]
        for number in range(turns):
            out += [f"{number + 1}. I voted against point {number + 1}. {said()}",
                    f"The respondent Government submitted that {said()}"]
    elif genre == "trial":  # a trial's transcript: the detaining State's officers by function, counsel by name
        out = ["BAKU MILITARY COURT", "Transcript of the hearing (English translation)", "[The hearing opens.]"]
        for _ in range(turns):
            out += [f"PRESIDING JUDGE: {said()}", f"STATE PROSECUTOR: {said()}",
                    f"DEFENCE COUNSEL ({other}): {said()}"]
    elif genre == "cable":  # a declassified cable: its handling fields, then numbered paragraphs in the embassy's voice
        out = ["CONFIDENTIAL", "SUBJECT: AZERBAIJAN: FURTHER RELEASES TIED TO MINEFIELD MAPS",
               "Classified By: Ambassador, for reasons 1.4 (b) and (d)"]
        for number in range(turns):
            out.append(f"{number + 1}. ({_pick(rng, ['C', 'SBU'])}) The head of the ICRC delegation in Baku told "
                       f"PolOff that {said()[0].lower()}{said()[1:]} {said()}")
    elif genre == "reader_qa":  # an online Q&A: readers by handle and town, the correspondent answering by name
        out = [f"Live Q&A: our correspondent {guest} answers your questions",
               f"Moderator: Welcome. {guest} is with us for the next hour."]
        for _ in range(turns):
            handle, town = _pick(rng, READERS)
            out += [f"{handle} ({town}): {said()}", f"{guest}: {said()} {said()}"]
    elif genre == "survey":  # a polling release: shares of a public, which are no speakers, and the institute's voice
        out = ["PRESS RELEASE", f"A national survey finds that {rng.randint(10, 80)}% of adults in Armenia describe "
               f"the men held in Azerbaijan as {_pick(rng, AM_TERMS)}."]
        out += [f"Most Armenians call them {_pick(rng, AM_TERMS)}. {said()}" for _ in range(turns)]
    elif genre == "explanations_of_vote":  # a parliament's verbatim report: each member's entry headed by her name
        out = ["Explanations of vote", "President. – We now come to the explanations of vote."]
        for _ in range(turns):
            out.append(f"{_pick(rng, MEMBERS)}, in writing. – {said()} {said()}")
    elif genre == "asylum_decision":  # a tribunal's decision: the appellant and the respondent by their head fields
        out = ["THE INTERNATIONAL PROTECTION APPEALS TRIBUNAL", "Appellant: [anonymised], national of Azerbaijan",
               "Respondent: The Minister for Justice", "DECISION"]
        for number in range(turns):
            out += [f"{number + 1}.1 The appellant's evidence is that {said()[0].lower()}{said()[1:]}",
                    f"{number + 1}.2 The respondent submits that {said()[0].lower()}{said()[1:]}",
                    f"{number + 1}.3 The Tribunal finds that {said()[0].lower()}{said()[1:]}"]
    elif genre == "interpreted_press_conference":  # ministers' turns with the interpretation noted in brackets
        out = ["Transcript of the joint press conference of the foreign ministers",
               "MODERATOR: Good afternoon. The ministers will take questions."]
        for _ in range(turns):
            out += [f"MR. MIRZOYAN (Interpretation from Armenian): {said()}",
                    f"QUESTION (Armenpress): {said()}", f"MR. LAVROV (Interpretation from Russian): {said()} {said()}"]
    elif genre == "homily":  # a diocese's note, then the homily printed in full under its heading
        out = [f"On Sunday Bishop {guest} led a service of intercession for the captives.", f"Homily of Bishop {guest}",
               "Dear brothers and sisters,"]
        out += [f"{said()} {said()}" for _ in range(turns)]
        out.append("After the service the faithful prayed for the families.")
    elif genre == "abstracts":  # a book of abstracts: each abstract under its title and its author's line
        out = ["Book of Abstracts", f"Chair: {other}, Tbilisi Institute of Public Law", "Chair's introduction", said()]
        for number in range(turns):
            out += [f"{number + 1}. Naming the detainees, part {number + 1}\n{_pick(rng, PEOPLE)}, Yerevan Centre for "
                    f"Humanitarian Law", said(), f"{said()}\nKeywords: prisoners of war; diplomatic language"]
    elif genre == "channel":  # a messaging channel's posts under their times, some forwarded from another channel
        out = ["Border News", "News from the border. 12,400 subscribers"]
        for number in range(turns):
            forwarded = f"Forwarded from {_pick(rng, ['Caspian Pulse', 'Armenian MFA'])}\n" if rng.random() < 0.4 else ""
            out.append(f"[14.01.2026 {8 + number % 12:02d}:{rng.randint(0, 59):02d}]\n{forwarded}{said()} {said()}\n"
                       f"{rng.randint(2, 60)}.{rng.randint(0, 9)}K views")
    elif genre == "list_of_issues":  # a treaty body's numbered questions, each with the State's reply under its heading
        out = ["Committee against Torture", "List of issues in relation to the fifth periodic report of Azerbaijan"]
        for number in range(turns):
            out += [f"{number + 12}. Please comment on reports that {said()[0].lower()}{said()[1:]}",
                    f"Reply of Azerbaijan to paragraph {number + 12}\n(a) {said()}\n(b) {said()}"]
    elif genre == "written_statement":  # a minister's written statement to a parliament, made by its author
        out = ["Statement made on 20 January 2026", "Release of detainees", "Foreign, Commonwealth and Development Office",
               "Made by: the Minister for Europe"]
        out += [f"{said()} The Government {_pick(rng, ['welcomes', 'notes'])} this. {said()}" for _ in range(turns)]
    elif genre == "motion":  # a parliament's motion page: its sponsor's text, each amendment its mover's
        out = [f"Early day motion {rng.randint(100, 999)}", "Armenian prisoners held in Azerbaijan",
               f"Primary sponsor: {guest} (Hartwell and Dene)",
               f"That this House {said()[0].lower()}{said()[1:-1]}; notes that {said()[0].lower()}{said()[1:-1]}; "
               f"calls on the Government to {_pick(rng, ['press for', 'seek'])} the release of all captives."]
        for number in range(turns):
            out += [f"Amendment {number + 1}\nTabled by: {_pick(rng, MEMBERS)} (Fenwick Moor)",
                    f"At end add \u2018; notes that {said()[0].lower()}{said()[1:-1]}\u2019."]
        out += ["Signatures", f"{rng.randint(5, 60)} Members had signed the motion."]
    elif genre == "paired_pieces":  # a paper's question, then two signed answers and a reply headed by a surname
        out = ["Point / Counterpoint", f"Are they prisoners of war? {said()}", f"POINT: Yes\nBy {guest}, a lawyer in Yerevan"]
        out += [said() for _ in range(turns)]
        out += [f"COUNTERPOINT: No\nBy {other}, a former diplomat"] + [said() for _ in range(turns)]
        out += [f"{guest.split()[-1]} replies", said()]
    elif genre == "slide_deck":  # a presenter's slides: bullets led by their speakers, a table with inner bars, notes
        table = "\n".join(f"{_date(rng)} | {rng.randint(2, 44)} | {_pick(rng, ['minefield maps', '2 servicemen', '-'])}"
                          for _ in range(3))
        out = ["Slide 1\nDetention after the 2020 war",
               "Slide 2\nWho says what\n- Armenia (2020-2024): \"prisoners of war\", \"hostages\"\n"
               "- Azerbaijan: \"terrorists and saboteurs\"",
               f"Slide 3\nReleases to Armenia\nDate | Armenians released | Given in return\n{table}"]
        out += [f"Speaker notes: {said()} {said()}" for _ in range(turns)]
    elif genre == "views":  # a treaty body's Views: the head's fields, then the author's, the State's, the body's parts
        out = [f"{guest.split()[-1]} v. Azerbaijan", f"Communication submitted by: {guest} (represented by counsel)",
               "State party: Azerbaijan", "The facts as submitted by the author"]
        out += [f"2.{number + 1} {said()} {said()}" for number in range(turns + 1)]
        out += ["State party's observations on admissibility and the merits"]
        out += [f"4.{number + 1} The State party submits that {said()[0].lower()}{said()[1:]} It states that "
                f"{said()[0].lower()}{said()[1:]}" for number in range(turns)]
        out += ["Author's comments on the State party's observations", f"5.1 {said()} {said()}",
                "Issues and proceedings before the Committee", f"7.1 The Committee notes that {said()[0].lower()}{said()[1:]}"]
    elif genre == "aggregator_thread":  # a link aggregator's thread: the opening post, comments under handles and points
        handles = ["gor_from_goris", "yerevan_lawstudent", "caspian_watcher", "skeptic_baku"]
        out = [f"r/SouthCaucasus - Posted by u/{handles[0]} - {rng.randint(2, 9)} days ago", said(), said()]
        for number in range(turns):
            handle = _pick(rng, handles[1:]) if number % 2 == 0 else f"{handles[0]} (OP)"
            out.append(f"u/{handle} - {rng.randint(5, 900)} points\n{said()}")
        out.append(f"Mod note (u/mod_tatev): {said()}")
    elif genre == "acceptance_speech":  # a prize's acceptance speech, its jury chair's introduction above it
        out = [f"Bergen Prize {rng.randint(2021, 2025)}: acceptance speech by {guest}",
               f"Introduction by {other}, Chair of the Jury", said(), f"Ladies and gentlemen, {guest}.", "[Applause]"]
        out += [said() for _ in range(turns + 1)]
    elif genre == "questionnaire_reply":  # a State's reply to a special procedure's questionnaire, question by question
        out = ["Reply of the Republic of Armenia to the questionnaire of the Working Group on Enforced or Involuntary "
               "Disappearances on persons deprived of liberty"]
        for number in range(turns + 1):
            out += [f"Question {number + 1}. Please indicate {said()[0].lower()}{said()[1:]}", f"Reply: {said()}"]
    elif genre == "audio_room":  # a live audio room: time codes, each speaker's name before her handle, then the handle
        handles = [f"@{name.split()[0].lower()}_{rng.randint(10, 99)}" for name in (guest, other)]
        out = ["Live audio room: what do we call them?", "Recorded live. Speakers appear as they joined the room.",
               f"[00:00:41] {guest} ({handles[0]}, host): {said()}", f"[00:02:05] {other} ({handles[1]}): {said()}"]
        out += [f"[00:{3 + number:02d}:{rng.randint(10, 59)}] {handles[number % 2]}: {said()}" for number in range(turns)]
    elif genre == "agency_translation":  # a translation of another agency's report, the translator's notes in brackets
        out = [f"[Translated from Russian by Caucasus Press Translations. Original report by the YugInform agency, "
               f"published on {rng.randint(1, 28)} December 2021.]", f"MOSCOW, December 4. /YugInform/. {said()}"]
        for _ in range(turns):
            out += [said(), "[Translator's note: the agency's word is rendered as \"captives\".]"]
    elif genre == "travel_blog":  # a delegation's blog, each dated entry under its writer's name (all three sign it)
        out = ["Delegation in Armenia: our travel blog", f"Each of us writes one entry a day. {said()}"]
        for number in range(turns + 1):
            writer = TRAVELLERS[number % len(TRAVELLERS)]
            out += [f"{WEEKDAYS[number % 7]}, {9 + number} February - {writer}", said(), said()]
    elif genre == "published_remarks":  # a speech its publisher prints under a note naming who delivered it
        out = ["Commencement address to the Class of 2026",
               f"Sevan Law School publishes the remarks delivered by {guest} at the graduation ceremony. {said()}",
               "Dean Harutyunyan, members of the faculty, parents, and graduates,"]
        out += [said() for _ in range(turns + 1)]
    else:  # a report with a plain-text table, or a Markdown one headed "Number"
        out = [said(), "Armenian prisoners in Azerbaijan"]
        rows = ("Held at the end of 2022", "Released in 2023", "Missing", "Convicted")
        if rng.random() < 0.5:
            out += [f"{label} ......... {rng.randint(1, 90)}" for label in rows]
        else:
            out += ["| Category | Number |\n|---|---|\n" + "\n".join(f"| {label} | {rng.randint(1, 90)} |"
                                                               for label in rows)]
    return out


def _genre_front(rng: random.Random, genre: str) -> dict[str, str]:
    """Front-matter fields a document of ``genre`` carries: its publisher, kind and author."""
    if genre == "op_ed":
        return {"kind": "opinion", "author": _pick(rng, PEOPLE)}
    if genre == "separate_opinion":
        return {"outlet": "European Court of Human Rights", "kind": "judgment"}
    if genre == "talk_page":  # an encyclopedia's discussion page: published as news is, each comment its signer's
        return {"outlet": "Openpedia", "kind": "news"}
    if genre == "cable":  # an embassy's cable: an organ of its State abroad, speaking for it
        return {"outlet": "Embassy of the United States of America in Baku", "kind": "statement"}
    if genre == "survey":
        return {"outlet": "Ararat Centre for Social Research", "kind": "statement"}
    if genre == "reader_qa":
        return {"outlet": "The Caucasus Courier", "kind": "news"}
    if genre == "explanations_of_vote":
        return {"outlet": "European Parliament", "kind": "statement"}
    if genre == "asylum_decision":
        return {"outlet": "International Protection Appeals Tribunal", "kind": "judgment"}
    if genre == "interpreted_press_conference":
        return {"outlet": "Ministry of Foreign Affairs of Armenia", "kind": "statement"}
    if genre == "homily":
        return {"outlet": "Diocese of Goris", "kind": "statement"}
    if genre == "abstracts":
        return {"outlet": "Caucasus Law and Society Association", "kind": "panel"}
    if genre == "channel":
        return {"outlet": "Border News", "kind": "news"}
    if genre == "list_of_issues":
        return {"outlet": "Committee against Torture", "kind": "statement"}
    if genre == "written_statement":
        return {"outlet": "UK Parliament", "kind": "statement", "author": _pick(rng, PEOPLE)}
    if genre == "motion":
        return {"outlet": "House of Commons Early Day Motions", "kind": "statement"}
    if genre == "paired_pieces":  # both authors in the front matter; the paper's question is the paper's
        return {"kind": "opinion", "author": " and ".join(rng.sample(PEOPLE, 2))}
    if genre == "slide_deck":
        return {"outlet": "Geneva Academy", "kind": "statement", "author": _pick(rng, PEOPLE)}
    if genre == "views":
        return {"outlet": "Human Rights Committee", "kind": "judgment"}
    if genre == "aggregator_thread":
        return {"outlet": "Forum Archive", "kind": "news"}
    if genre == "acceptance_speech":
        return {"outlet": "Bergen Foundation", "kind": "statement"}
    if genre == "questionnaire_reply":  # a State's mission abroad: an organ of its State, speaking for it
        return {"outlet": "Permanent Mission of the Republic of Armenia to the United Nations Office at Geneva",
                "kind": "statement"}
    if genre == "audio_room":
        return {"outlet": "Open Mic Caucasus", "kind": "panel"}
    if genre == "agency_translation":
        return {"outlet": "Caucasus Press Translations", "kind": "news"}
    if genre == "travel_blog":
        return {"outlet": "Storting Delegation to Armenia (blog)", "kind": "opinion",
                "author": f"{TRAVELLERS[0]}, {TRAVELLERS[1]} and {TRAVELLERS[2]}"}
    if genre == "published_remarks":
        return {"outlet": "Sevan Law School", "kind": "statement"}
    publisher = {"report": _pick(rng, NGOS), "hansard": "Hansard", "call_in": "Radio Ararat Valley",
                 "memorandum": "Parliamentary Assembly of the Council of Europe",
                 "recommendations": "Human Rights Council"}.get(genre)
    return {"outlet": publisher, "kind": "statement"} if publisher else {}


def codebook_phrases() -> tuple[str, ...]:
    """Every concrete phrase of the workspace codebook, ignore list included, in codebook order."""
    from detentio import codebook

    return tuple(phrase for phrase, _ in codebook.phrases(ignored=True))


def document(seed: int, index: int, phrases: tuple[str, ...] = (), genre: str | None = None) -> tuple[str, str]:
    """(id, file text) of document ``index``; depends only on (seed, index, phrases). ``genre`` (one of
    :data:`GENRES`) makes it a document of that genre, as the tests need; by default about three in ten
    documents draw one."""
    rng = random.Random(f"detentio-bench:{seed}:{index}")
    doc_id = f"bench-{seed}-{index:06d}"
    headline = _headline(rng)
    year = rng.randint(2020, 2025)
    # The corpus is about the aftermath: nothing is published before November 2020.
    month, day = rng.randint(11 if year == 2020 else 1, 12), rng.randint(1, 28)
    precision = rng.choices(["day", "month", "year", "approximate"], [80, 10, 4, 6])[0]
    published = {"day": f"{year}-{month:02d}-{day:02d}", "month": f"{year}-{month:02d}",
                 "year": f"{year}"}.get(precision, f"{year}-{month:02d}-{day:02d}")
    outlet = _pick(rng, OUTLETS)
    # json.dumps gives valid YAML double-quoted scalars and is much faster than yaml.dump.
    front = [
        f"id: {doc_id}",
        f"title: {json.dumps(headline, ensure_ascii=False)}",
        f"outlet: {json.dumps(outlet)}",
        f"published: '{published}'",
        f"date_precision: {precision}",
        f"kind: {rng.choices(['news', 'statement', 'opinion', 'panel'], [80, 10, 7, 3])[0]}",
        "language: en",
    ]
    with_url = rng.random() < 0.5

    lines = [headline]
    if rng.random() < 0.35:
        lines.append(_pick(rng, CHROME_TOP))
    if rng.random() < 0.1:
        lines.append(headline)  # repeated headline: chrome too
    paragraphs = []
    genre = genre or (_pick(rng, GENRES) if rng.random() < 0.3 else None)
    if genre:
        fields = _genre_front(rng, genre)  # who publishes a genre decides whose voice its text is
        outlet = fields.pop("outlet", outlet)
        front = [line for line in front if line.split(":")[0] not in ("outlet", *fields)]
        front += [f"outlet: {json.dumps(outlet)}"] + [f"{k}: {json.dumps(v)}" for k, v in fields.items()]
        paragraphs += _genre_paragraphs(rng, genre)
        if phrases:  # document i carries phrase i mod n exactly as written, whatever its genre
            paragraphs.append(_carrier(rng, phrases[index % len(phrases)]))
    elif rng.random() < 0.1:
        front.append(f"author: {json.dumps(_pick(rng, PEOPLE))}")  # a signed piece: kind opinion gives an op-ed
    if with_url:
        slug = "".join(c if c.isalnum() else "-" for c in outlet.lower())
        front.append(f"url: https://example.org/{slug}/{index}")
    for number in range(rng.randint(4, 22) if not genre else rng.randint(0, 4)):
        sentences = [_carrier(rng, _variant(rng, _pick(rng, phrases)))
                     if phrases and rng.random() < 0.03 else _sentence(rng)
                     for _ in range(rng.choices([1, 2, 3, 4, 5], [3, 4, 3, 2, 1])[0])]
        # Templates may start with a lower-case speaker ("the ministry"); sentences never do.
        sentences = [s[0].upper() + s[1:] for s in sentences]
        if number == 0 and rng.random() < 0.5:
            sentences[0] = f"{_pick(rng, CITIES)}, {_date(rng, year)}. /{outlet}/. {sentences[0]}"
        paragraphs.append(" ".join(sentences))
        if number == 0 and phrases and not genre:  # document i carries phrase i mod n exactly as written
            paragraphs.append(_carrier(rng, phrases[index % len(phrases)]))
        if rng.random() < 0.04:
            paragraphs.append(_pick(rng, ASIDES))
    if rng.random() < 0.3:
        paragraphs.append(_pick(rng, CHROME_BOTTOM))
    # Some outlets separate paragraphs with blank lines, some with one line break.
    separator = "\n\n" if rng.random() < 0.5 else "\n"
    body = "\n".join(lines) + "\n\n" + separator.join(paragraphs) + "\n"
    return doc_id, "---\n" + "\n".join(front) + "\n---\n" + body


def fingerprint(phrases: tuple[str, ...] = ()) -> str:
    """Hash of this generator and the phrases: a change to either invalidates stored corpora."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update("\n".join(phrases).encode("utf-8"))
    return digest.hexdigest()[:16]


def default_folder(docs: int) -> Path:
    return HERE / "corpus" / str(docs)


def generate(docs: int, out: Path | None = None, seed: int = 0) -> Path:
    """Write ``docs`` documents under ``out``; reuse the folder if its stamp matches."""
    out = Path(out) if out else default_folder(docs)
    phrases = codebook_phrases()
    wanted = {"seed": seed, "docs": docs, "generator": fingerprint(phrases)}
    stamp = out / STAMP
    if stamp.exists():
        recorded = json.loads(stamp.read_text())
        if {k: recorded.get(k) for k in wanted} == wanted:
            return out
        stamp.unlink()
    total = 0
    for index in range(docs):
        doc_id, text = document(seed, index, phrases)
        folder = out / f"{index // SHARD:03d}"
        if index % SHARD == 0:
            folder.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (folder / f"{doc_id}.md").write_bytes(data)
        total += len(data)
    # The stamp is written last, so an interrupted run is redone, not reused.
    stamp.write_text(json.dumps({**wanted, "bytes": total}, indent=1) + "\n")
    return out


def corpus_bytes(folder: Path) -> int:
    """Total size of the generated files, as recorded in the stamp."""
    return int(json.loads((Path(folder) / STAMP).read_text())["bytes"])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, required=True, help="number of documents (1000, 10000, 100000)")
    p.add_argument("--seed", type=int, default=0, help="same seed -> byte-identical files (default 0)")
    p.add_argument("--out", type=Path, help="folder (default benchmarks/corpus/<docs>)")
    args = p.parse_args(argv)
    folder = generate(args.docs, args.out, args.seed)
    print(f"{args.docs} documents, {corpus_bytes(folder):,} bytes in {folder}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
