"""Subjects: the actor a clause opens with, which the pronoun and continuation rules read.

>>> subjects = Subjects(namer)
>>> subjects.at(sentence_start, sentence_end)  # (end, "Lilit Avetisyan", True) for "Lilit Avetisyan noted ..."
>>> subjects.clause(floor, verb_start)          # the subject of "..., saying" or "... and said"

They read the text, the registry and the namer's index of registered names, never the namer's memory
(``at`` keeps a pure cache of its answers).
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module

from detentio.framing.speakers.cleaning import TIME_WORDS as _TIME_WORDS, clean_name
from detentio.framing.speakers.grammar import CODED_PERSON as _CODED, NAME_AFTER as _NAME_AFTER, WINDOW as _WINDOW

# What may stand before a sentence's subject: a blog entry's time, a place ("14:05 In Gyumri, ...").
_SUBJECT_LEAD = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*(?:[—–|-]\s*)?)?"
                           # a decision's or a report's paragraph number: "4.3 It states ...", "12. The Committee"
                           r"(?:(?:\d{1,3}(?:\.\d{1,3})*\.?|\([a-z]\))[ \t]+(?=[A-Z]))?"
                           # a transcript's turn label: "ANCHOR: The ICRC has never ..."
                           r"(?:[A-Z][A-Z’'.-]*(?:[ \t]+[A-Z][A-Z’'.-]*){0,3}(?:[ \t]*\([^()\n]{1,60}\))?:[ \t]+)?"
                           r"(?:(?:In|At|From|Outside|Inside|Near)\s+[A-Z][\w-]*"
                           r"(?:\s+[A-Z][\w-]*)?,\s+"
                           # ... or a time or occasion: "In his final word, ", "On Monday, ", "After the verdict, "
                           r"|(?:In|On|At|After|Before|During|Later|Earlier)\s+(?:his|her|their|the|its)\s+[a-z]+(?:\s+[a-z]+)?,\s+"
                           # ... or a party's pleading and its date: "In its Counter-Memorial, filed on 23 January 2025, "
                           r"|In\s+(?:its|their|his|her)\s+(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*(?:,\s+(?:filed|submitted|lodged|dated)"
                           r"\s+(?:on|in)\s+[\w ]{4,30})?,\s+"
                           # ... or a place described: "On the Armenian side of the bridge, ", "Outside the court, "
                           r"|(?:In|On|At|Outside|Inside|Near|Across|Beside|Behind|Along)\s+(?:the|a|an)\s+"
                           r"(?:[A-Za-z-]+\s+){0,5}?[A-Za-z-]+,\s+"
                           r"|(?:On|By|Since)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+"
                           # ... or a point in a work: "Halfway through The Other Side of the Bridge, ", "Early in the film, "
                           r"|(?:Halfway|Midway|Partway|Early|Late|Later|Deep|Well)\s+(?:through|into|in)\s+[^,;:.\n]{1,80},\s+"
                           # ... or a focus word: "Even the ICRC never used ...", "Only Baku calls them ..."
                           r"|(?:Even|Only|Also|Now|Today|Yesterday)\s+)?")
# A judge by her title and surname, as a court's release names her: "Judge Haraldsen", "Judge ad hoc Keller".
_JUDGE_NAMED = re.compile(r"(?:Judge|Justice)(?:[ \t]+ad[ \t]+hoc)?[ \t]+([A-Z][\w’'-]+)(?=[ \t]+[a-z]|[ \t]*,)")
# A State's name after a body's ("Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan"): the body
# is that State's organ.
_OF_STATE = re.compile(r"(?:[ \t]+(?:for|on)[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})?(?:[ \t]*\([^()\n]{1,40}\))?"
                       r"[ \t]+of[ \t]+(?:the[ \t]+Republic[ \t]+of[ \t]+)?(?P<place>[A-Z][\w-]+)")
# The small words that join a body's or a title's name, never a person's ("de", "van" and "al" do).
_CONNECTOR = re.compile(r"\s(?:the|of|for|on|and|to|against|without)\s")
# "The government in Yerevan", "the authorities of Azerbaijan": a governing description and the State's place.
_GOVERNING = {"government", "authorities", "leadership", "side"}
_GOVERNMENT_IN = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?([A-Z][\w-]+)")
# A wire story's dateline: "BAKU/YEREVAN, May 17 (SCW) - ", "YEREVAN, Jan 14 (Wire) — "; a press release's:
# "GENEVA (10 July 2025) – ".
DATELINE = re.compile(r"\s*(?P<place>[A-Z][A-Z/ .-]+)(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^()\n]{1,40}\))?"
                      r"|\s*\(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\))\s*[-–—]+\s*")
_DATELINE = DATELINE
# 'The International Committee of the Red Cross ("ICRC") has visited': a short name the subject is given in brackets.
_DEFINITION = re.compile(r"[ \t]*\((?:hereinafter[ \t]+(?:referred[ \t]+to[ \t]+as[ \t]+)?)?(?:the[ \t]+)?[\"“]?"
                         r"[A-Z][\w .’'-]{0,40}?[\"”]?\)")
# ", 24, was returned": a first name with an age after it is a person (testimonies name people so).
# ... or "Arman was 19 when he was captured", "Davit is 24 years old": a first name given an age is a person's.
_AGED = re.compile(r",[ \t]*\d{1,3}[ \t]*,|[ \t]+(?:was|is)[ \t]+(?:only[ \t]+|just[ \t]+)?(?:\d{1,2}|eighteen|nineteen"
                   r"|twenty(?:-[a-z]+)?|thirty(?:-[a-z]+)?|forty(?:-[a-z]+)?|fifty(?:-[a-z]+)?|sixty(?:-[a-z]+)?)[ \t]+"
                   r"(?:when|years?[ \t]+old)\b")


class Subjects:
    """The subjects of clauses in one document (see the module docstring)."""

    def __init__(self, namer):
        self.namer = namer
        self._cache: dict[tuple[int, int], tuple | None] = {}

    def at(self, start: int, ceiling: int):
        """The actor a clause opens with as its subject: ``(end, actor id or name, is_person)`` or None.

        Only a registered actor, a name of two words or more ("Siranush
        Sahakyan", not "Relatives") or a description ("The court") followed by a
        verb or an appositive comma counts; a possessive ("Baku's position") is
        a topic, not a subject. No side effects: nothing is added to the names.
        """
        key = (start, ceiling)
        if key not in self._cache:
            self._cache[key] = self._at(start, ceiling)
        return self._cache[key]

    def _at(self, start: int, ceiling: int):
        text = self.namer.text
        ceiling = min(ceiling, start + _WINDOW)  # a subject is short; keeps long sentences cheap
        start += len(text[start:ceiling]) - len(text[start:ceiling].lstrip(" \t\u00a0"))
        lead = _SUBJECT_LEAD.match(text, start, ceiling)
        if lead:  # "14:05 In Gyumri, Narine Arzumanyan waits": a time and a place before the subject
            start = lead.end()
        lead = re.match(r"(?:the\s+)?", text[start:ceiling], re.IGNORECASE).end()
        found = self.namer._registered_starting(start + lead, ceiling) or self.namer._registered_starting(start, ceiling)
        if found:
            end, actor = found
            person = self.namer.words.office_then_name.match(text, end, ceiling)
            if person:  # "Foreign Ministry spokeswoman Nare Avetisyan": the person
                named = self.namer._registered_starting(person.start(1), ceiling)
                end, actor = named if named else (person.end(1), clean_name(person.group(1), self.namer.words))
        elif (coded := _CODED.match(text, start, ceiling)) is not None:
            end, actor = coded.end(1), coded.group(1)  # "W-12 said that ...": a witness named by a code, a person
        elif (judge := _JUDGE_NAMED.match(text, start, ceiling)) is not None:
            # "Judge ad hoc Keller appends a declaration. He stresses ...": a judge by her surname, a person
            end, actor = judge.end(1), self.given_in_full(judge.group(1), start) or judge.group(1)
        else:
            name = _NAME_AFTER.match(text[start:ceiling])  # anchored patterns: match a slice
            cleaned = clean_name(name.group(1), self.namer.words) if name else None
            description = self.namer.words.description_after.match(text[start:ceiling])
            initial = re.fullmatch(r"(?:Mr|Ms|Mrs|Dr)\.?[ \t]+([A-Z]\.)", name.group(1)) if name and not cleaned else None
            if initial:  # "Mr D. appeared thin": the one the text named "Mr Sevan D." before
                cleaned = initial.group(1)
            full = self.given_in_full(cleaned, start) if cleaned and " " not in cleaned else None
            delegate = self.namer.descriptions.state_described(name.group(1)) if name else None
            if delegate:  # "The Armenian Co-Chair stated ... She recalled": one person, who speaks for her State
                end = start + name.end(1)
                return (end, delegate, True) if re.match(r"\s*,|\s+[a-z]", text[end:end + 3]) else None
            if cleaned and " " in cleaned and not cleaned.endswith(("'s", "’s")):
                end, actor = start + name.end(1), cleaned
            elif full:  # "Ghazaryan himself is less interested": a surname the text gave in full before
                end, actor = start + name.end(1), full
            elif cleaned and cleaned in self.namer.short:  # "JS3 stated ... It considered": a short name defined
                end, actor = start + name.end(1), self.namer.short[cleaned]
            elif cleaned and self.namer.state_speaks(cleaned, start):  # "Germany said ... It called": a State
                end, actor = start + name.end(1), cleaned
            elif cleaned and _AGED.match(text, start + name.end(1)):  # "Vahe, 24, was returned": a person
                end, actor = start + name.end(1), cleaned
            elif description:
                end = start + description.end()
                more = re.match(r"\s+(?:Government|State|Party)\b", text[end:ceiling], re.IGNORECASE)
                phrase = description.group(1) + (more.group() if more else "")  # "The applicant Government"
                end += more.end() if more else 0
                actor = self.namer.describe(phrase, start) or phrase.lower()
                place = _GOVERNMENT_IN.match(text, end, ceiling) if phrase.lower().split()[-1] in _GOVERNING else None
                state = registry_module.resolve(place.group(1), self.namer.date, self.namer.registry, strict=True) \
                    if place else None
                if state and self.namer.registry[state].office == "state":  # "The government in Yerevan": Armenia
                    end, actor = place.end(), state
            else:
                return None
        of = _OF_STATE.match(text, end, ceiling) if actor in self.namer.registry.actors else None
        state = registry_module.state_named(of.group("place"), self.namer.date, self.namer.registry) if of else None
        if state and state != actor and self.namer.registry[actor].affiliation != self.namer.registry[state].name:
            # "The Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan": that State's organ, not
            # the registered body the description first reads
            end, actor = of.end(), state
        defined = _DEFINITION.match(text, end, ceiling)
        if defined:  # the subject's short name in brackets, then its verb
            end = defined.end()
            actor = self.namer.short.get(actor, actor)
        if not actor or not re.match(r"\s*,|\s+[a-z]", text[end:end + 3]):
            return None
        registered = self.namer.registry.actors.get(actor)
        # "Forwarding the ICRC notification below": a name holding "the", "of" or "for" is a body's or a thing's
        # ... and so is one the text gives a short name ("the Caspian Rights Monitor (CRM)"), as it gives no person
        is_person = registered.type == "person" if registered else \
            actor[:1].isupper() and not any(w.lower() in self.namer.words.institution_words for w in actor.split()) \
            and not _CONNECTOR.search(actor) and not defined and actor not in self.namer.short.values() \
            and not self.namer.state_speaks(actor, start)
        return end, actor, is_person

    def given_in_full(self, surname: str, offset: int) -> str | None:
        """The full name a surname stands for, when the text gave it in full before ``offset`` ("Hovik
        Ghazaryan ... Ghazaryan himself"); read from the text alone, so answers never depend on the order
        the rules ask in."""
        initial = re.fullmatch(r"[A-Z]\.", surname)  # "Mr D." after "Mr Sevan D.": a name of an initial
        if len(surname) < 3 and not initial or not surname[:1].isupper() or surname.lower() in self.namer.words.not_names:
            return None
        for m in re.finditer(rf"\b([A-Z][a-z’'-]+)[ \t]+{re.escape(surname)}(?!\w)", self.namer.text[max(0, offset - 20000):offset]):
            if m.group(1).lower() not in self.namer.words.title_words | self.namer.words.not_names | _TIME_WORDS:
                return f"{m.group(1)} {surname}"  # the first so named: a family's relatives come after its subject
        return None

    def clause(self, floor: int, ceiling: int):
        """The subject of a participle ("The Prime Minister used ..., saying"): the clause-initial speaker,
        as ``(offset, end, speaker, via)``, or None."""
        text = self.namer.text
        dateline = _DATELINE.match(text, floor, ceiling)
        if dateline:  # "BAKU/YEREVAN, May 17 (SCW) - Azerbaijan's Foreign Ministry ...": the place is no subject
            floor = dateline.end()
        head = text[floor:min(ceiling, floor + _WINDOW)]
        # "In Baku, ...", and a time without a comma: "Every morning a guard would open the door and say"
        # ... and a fronted phrase of time without a comma: "In the first weeks the guards beat us and told us"
        lead = re.match(r"\s*(?:(?:Every|Each|That|This|One|Some)\s+(?:morning|day|night|evening|week|time|days|mornings"
                        r"|nights)\s+|(?:In|On|At|For|During|After|Before|Within|Over)\s+(?:the\s+|those\s+|these\s+)?"
                        r"(?:[\w-]+\s+){0,2}?(?:weeks?|days?|months?|years?|mornings?|nights?|evenings?|hours?|time|\d{4})\s+"
                        r"(?=(?:the|a|an|our|my|his|her|their|two|three|some|several)\s|[A-Z])"
                        r"|[A-Z][\w\s’',-]{0,60}?,\s+)?", head)
        for offset in sorted({floor + len(head) - len(head.lstrip()), floor + (lead.end() if lead else 0)}):
            got = self.namer.after(offset, ceiling)
            if got and got[2] != "pronoun":
                speaker = got[1]
                if isinstance(speaker, str) and re.search(r"['’]s$", speaker) and speaker not in self.namer.registry.actors:
                    # "Only Nairi Hovsepyan's study ... adopts it, arguing": the work's author argues (hard case 8)
                    speaker = clean_name(re.sub(r"['’]s$", "", speaker), self.namer.words) or speaker
                return offset, got[0], speaker, got[2]
        return None
