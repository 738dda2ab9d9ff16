"""Rules that assign text to the speaker a cue names: sentences, clauses and direct quotations."""
from __future__ import annotations

import bisect
import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers import forwarded, leads, readouts
from detentio.framing.speakers.participants import named_in
from detentio.framing.speakers.grammar import (ADJACENT, CLAUSE_AND, CLOSING_END, COMPLEMENT, FIGURE_COMPLEMENT, RELATIVE,
                                             WINDOW)
from detentio.framing.speakers.result import Region


def outlet(doc, who) -> None:
    """Nobody named: the outlet speaks (``outlet:<outlet>``, or ``outlet:<source id>`` when the
    outlet is unknown). The fallback every other rule overrides.

    Example:
        The hearing was adjourned until March.
    Yields: outlet:TASS
    Not:
        The hearing was adjourned until March, Pashinyan said.
    """
    who.fallback, who.fallback_rule = who.outlet, "outlet"


def _rule(cue, default: str) -> str:
    return cue.rule or default


def reported_speech(doc, who) -> None:
    """"Sahakyan noted that ...", "Baku argues that ...", "..., X told reporters", "described them as
    ... and said ...": the sentence of a reporting verb is its speaker's. A relative clause ("whom X
    call ...") is X's from the relative pronoun on; inside a quotation, the nested speech is the
    named speaker's from the verb on. A phrase fronted before the speaker ("After the release of 32 men,
    Baku acknowledged 23") and an earlier clause of the sentence stay with whoever speaks there otherwise; a
    motion's next clause on its own verb ("...; calls on the Government to ...") is the motion's maker's again.

    Example:
        Lena Holmqvist noted that the detainees had no access to lawyers.
    Yields: Lena Holmqvist
    Not:
        The detainees had no access to lawyers.
    """
    inner_cues = [a for a in doc.cues if a.quote is not None and (a.via != "pronoun" or a.speaker)]
    # nested speech inside a quotation: "..., saying that ..." is the subject's (a pronoun too, once resolved)
    for i, a in enumerate(inner_cues):
        q = doc.quotes[a.quote]
        _, _, s_end = doc.sentences[a.sentence]
        start = a.verb_start if a.form == "participle" else min(a.np_start, a.verb_start)
        end = min(s_end, q.end)
        # "... called him a prisoner of war, the Red Cross called him a detainee, and Baku ...": the next
        # speaker of the same quoted sentence starts a clause of its own
        following = next((b for b in inner_cues[i + 1:] if b.quote == a.quote and b.sentence == a.sentence
                          and b.form == "before" and b.speaker != a.speaker and b.np_start > a.verb_end
                          and (CLAUSE_AND.search(doc.text, max(0, b.np_start - 20), b.np_start)
                               or _ASYNDETIC.search(doc.text, max(0, b.np_start - 6), b.np_start))), None)
        if following is not None:
            end = min(end, following.np_start)
        resumed = _RESUMED_CLAUSE.search(doc.text, a.verb_end, end)
        if resumed:  # a quoted motion's next clause: "‘; notes that the ICRC refers to ...; further notes that ...’"
            end = resumed.start()
        # 'The investigator said to me, "You are not ... . You came after ..."': the inner quotation
        # it opens is the inner speaker's to its close, over sentence ends
        # (in the cue's own sentence: "Baku told him he was a terrorist. Now our government says ‘...’" is not)
        inner = next((j for j in range(a.quote + 1, len(doc.quotes)) if doc.outer[j] == a.quote
                      and 0 <= doc.quotes[j].start - a.verb_end <= ADJACENT and doc.quotes[j].start < s_end), None)
        if inner is not None:
            end = max(end, doc.quotes[inner].end)
        who.add_region(Region(start, end, a.speaker, _rule(a, "reported_speech"), a.phrase))
    by_sentence: dict[int, list] = {}
    for a in doc.top_cues:
        by_sentence.setdefault(a.sentence, []).append(a)
    for index, items in by_sentence.items():
        _sentence(doc, who, index, items)


def _sentence(doc, who, index: int, items: list) -> None:
    """The decision for one sentence from its cues (the first cue leads)."""
    text = doc.text
    _, s_start, s_end = doc.sentences[index]
    owned = next((a for a in items if a.clause and a.speaker), None)
    if owned is not None:
        # "The Committee notes the State party's position that ...": the clause is the owner's, the rest
        # the speaker of the other cue (or whoever speaks there otherwise)
        start = owned.verb_start if owned.from_verb else owned.np_start
        others = [a for a in items if a is not owned and a.np_start < start and a.verb_start < start]
        end = owned.clause_end or s_end
        regions = [Region(start, end, owned.speaker, _rule(owned, "reported_speech"), owned.phrase)]
        if others:
            regions.insert(0, Region(s_start, start, others[0].speaker, _rule(others[0], "reported_speech"),
                                          others[0].phrase))
        else:
            who.partial.add(index)
        who.decide_regions(index, regions)
        return
    first = items[0]
    rule = _rule(first, "reported_speech")
    closing = items[-1] if len(items) > 1 else None
    if closing and closing.form == "before" and closing.speaker and closing.speaker != first.speaker \
            and first.form == "before" and doc.quote_at(s_start) is None \
            and CLOSING_END.fullmatch(text, closing.verb_end, s_end) and text[s_start:closing.np_start].rstrip().endswith(","):
        # "Azerbaijan's President had called them "terrorists" before any trial, she said.": the one named inside
        # says her clause; the closing "she said" reports the whole sentence, and she speaks on after it
        who.decide_regions(index, [Region(s_start, closing.np_start, first.speaker, rule, first.phrase),
                                   Region(closing.np_start, s_end, closing.speaker, _rule(closing, "reported_speech"),
                                          closing.phrase)])
        return
    if first.form == "according" and len(items) == 1:
        # "In summary: four released; 19 still held, according to Yerevan; two returned": a source named
        # inside one of a sentence's clauses between semicolons sources that clause alone
        start = text.rfind(";", s_start, first.verb_start)
        end = text.find(";", first.np_end, s_end)
        if start >= 0 or end >= 0:
            who.decide_regions(index, [Region(start + 1 if start >= 0 else s_start, end if end >= 0 else s_end,
                                              first.speaker, rule, first.phrase)])
            who.partial.add(index)
            return
    if first.form == "participle":
        who.decide_regions(index, [Region(first.verb_start, s_end, first.speaker, rule, first.phrase)])
        return
    if first.form == "before" and text[first.verb_start:first.verb_end].lower().endswith("ing") \
            and _WITH_BEFORE.search(text, max(s_start, first.np_start - 12), first.np_start):
        # "The trial resumed, with the prosecution describing them as X and Armenia calling them Y": each absolute
        # clause is its subject's, from the subject on; the main clause is whoever speaks there otherwise
        more = [a for a in items[1:] if a.form == "before" and a.np_start > first.verb_end
                and text[a.verb_start:a.verb_end].lower().endswith("ing")
                and _AND_BEFORE.search(text, max(s_start, a.np_start - 12), a.np_start)]
        bounds = [first.np_start] + [a.np_start for a in more] + [s_end]
        said = [(first.speaker, rule, first.phrase)] + [(a.speaker, _rule(a, "reported_speech"), a.phrase) for a in more]
        who.decide_regions(index, [Region(a, b, *x) for (a, b), x in zip(zip(bounds, bounds[1:]), said)])
        who.partial.add(index)
        return
    intro_end = min(first.np_start, first.verb_start)
    intro = text[max(s_start, intro_end - WINDOW):intro_end]
    relative = RELATIVE.search(text, max(s_start, intro_end - 20), intro_end) \
        or _RELATIVE_COORDINATED.search(text, max(s_start, intro_end - 50), intro_end)
    if first.form == "before" and _THAT_BEFORE.search(text, max(s_start, intro_end - 12), intro_end) \
            and next(doc.words.verbs(text[s_start:intro_end]), None) is not None:
        # "Two of them said that guards had told them ...": the speaker inside a complement clause of a
        # verb no rule could attribute says only that clause
        who.decide_regions(index, [Region(first.np_start, s_end, first.speaker, rule, first.phrase)])
        who.partial.add(index)
        return
    if first.form == "before" and first.via == "pronoun" and _CONTACT.search(text, max(s_start, intro_end - 30), intro_end):
        # "the minefields it says Armenian forces laid": a contact clause; the speaker says only it
        who.decide_regions(index, [Region(first.np_start, s_end, first.speaker, rule, first.phrase)])
        who.partial.add(index)
        return
    if relative and first.form == "before":
        # "the captives, whom Armenian rights groups call "hostages"": the
        # speaker says only the relative clause; the rest of the sentence is
        # whoever speaks there otherwise, and who speaks next is unchanged.
        end = s_end
        if _FRONTED_PART.match(text, s_start, relative.start()):
            # "Of the 23 persons whom Baku acknowledged holding, four have now been released": the relative clause
            # inside a fronted phrase ends at its comma; the main clause after it is not the speaker's
            comma = text.find(",", first.verb_end, s_end)
            end = comma if comma >= 0 and doc.quote_at(comma) is None else s_end
        who.decide_regions(index, [Region(relative.start(), end, first.speaker, rule, first.phrase)])
        who.partial.add(index)
    elif doc.words.question_intro.search(intro) and doc.quote_at(s_start) is None \
            or first.form == "before" and doc.quote_at(s_start) is None and _NARRATED_LEAD.match(text, s_start, intro_end):
        # "When asked whether ..., the minister responded": the question is not the minister's; "When I started
        # writing about the men, roughly 60 of them, every official called them ...": the lead is the writer's.
        who.decide_regions(index, [Region(s_start, intro_end, who.fallback, who.fallback_rule),
                                   Region(intro_end, s_end, first.speaker, rule, first.phrase)])
    else:
        # "Its officials speak of X, and the Prime Minister told ... of Y":
        # a coordinated clause with its own speaker is that speaker's.
        later = [a for a in items[1:] if a.form == "before" and a.speaker != first.speaker
                 and a.np_start > first.verb_end and (CLAUSE_AND.search(text, max(s_start, a.np_start - 20), a.np_start)
                                                     or _WHEN.search(text, max(s_start, a.np_start - 8), a.np_start)
                                                     or _ASYNDETIC.search(text, max(s_start, a.np_start - 6), a.np_start)
                                                     and a.via != "pronoun")]
        # "He recalled that the President had referred to them as "terrorists"": the innermost speaker
        # owns the words from her name on
        # ... and so does a source the clause names ("She noted that, according to the Armenian authorities, 19
        # ..."), where no speaker inside it speaks
        inner = [a for a in items[1:] if a.speaker and a.speaker != first.speaker and a.np_start > first.verb_end
                 and _THAT.search(text, first.verb_end, a.np_start) and a.via != "pronoun"]
        nested = [a for a in inner if a.form == "before"] or [
            a for a in inner if a.form == "according" and _THAT_ACCORDING.search(text, max(first.verb_end, a.np_start - 40),
                                                                                 a.np_start)]
        if first.form == "before" and nested and not later:
            # ... to the motion's next clause ("That this House ... notes that Baku calls them X; calls on ..."),
            # which is the first speaker's again
            resumed = _resumed(doc, nested[0].verb_end, s_end) or _outer_again(doc, nested[0], s_end)
            if nested[0].form == "according":  # a source sources its own clause: "..., 19 remain, and she called them"
                bound = _CLAUSE_BOUNDARY.search(text, nested[0].np_end + 1, resumed or s_end)
                resumed = bound.start() if bound else resumed
            regions = [Region(s_start, nested[0].np_start, first.speaker, rule, first.phrase),
                       Region(nested[0].np_start, resumed or s_end, nested[0].speaker,
                              _rule(nested[0], "reported_speech"), nested[0].phrase)]
            gap = _RELATIVE_GAP.search(text, first.np_start, first.verb_start)
            if gap:  # "Mr X, who was among the 32 returned in 2023, told us that guards had ...": the narrator's clause
                regions[:1] = _around_gap(who, s_start, gap, nested[0].np_start, first, rule)
            if resumed:
                regions.append(Region(resumed, s_end, first.speaker, rule, first.phrase))
            who.decide_regions(index, regions)
            return
        semicolon = _clause_start(text, s_start, intro_end) if first.form == "before" else -1
        if first.form in ("before", "according") and later:
            # "The government called him X, the Red Cross called him Y, and Baku called him Z": each clause its own
            end = _figure_clause_end(doc, first, items, s_end)  # "Baku acknowledged 72, when Yerevan spoke of 200; ..."
            bounds = [s_start] + [a.np_start for a in later] + [end]
            speakers = [(first.speaker, rule, first.phrase)] + [(a.speaker, _rule(a, "reported_speech"), a.phrase)
                                                                for a in later]
            resumed = _resumed(doc, later[-1].verb_end, end) or _outer_again(doc, later[-1], end, conclusion=False)
            if resumed:  # "...; notes that Baku calls them X; calls on ...", "..., and that 23 ...": the first's again
                bounds[-1:] = [resumed, end]
                speakers.append((first.speaker, rule, first.phrase))
            who.decide_regions(index, [Region(a, b, *said) for (a, b), said in zip(zip(bounds, bounds[1:]), speakers)])
            if end < s_end:
                who.partial.add(index)
        elif semicolon >= 0 and doc.quote_at(semicolon) is None and _reports_something(text[first.verb_end:s_end]) \
                and not text[s_start:first.np_start].rstrip().endswith(","):  # "...; ..., Baku says" is all Baku's
            # "... 200 alleged captives; by March the Government had acknowledged 72", "... have been called
            # X, and the government mostly says Y": the speaker named in a later clause says only that
            # clause; the clause before is whoever speaks there
            start = first.np_start if _FRONTED.match(text, semicolon + 1, first.np_start) else semicolon + 1
            # ... up to a motion's next clause ("...; notes that Baku calls them X; calls on ...")
            end = _resumed(doc, first.verb_end, s_end) or s_end
            who.decide_regions(index, [Region(start, end, first.speaker, rule, first.phrase)])
            who.partial.add(index)
        elif first.form == "before" and doc.quote_at(s_start) is None and _FRONTED.match(text, s_start, first.np_start) \
                and not _PARENTHETICAL.match(text, first.verb_end, s_end):
            # "After the release of 32 men in December, Baku acknowledged 23": a phrase of time, place or topic
            # fronted before the speaker is the narrator's framing; the speaker's words begin at her name
            who.decide_regions(index, [Region(first.np_start, _figure_clause_end(doc, first, items, s_end), first.speaker,
                                              rule, first.phrase)])
            who.partial.add(index)
            who.narrated.add(index)
        elif first.form == "before" and _AS_SAYS.search(text, max(s_start, first.np_start - 6), first.np_start):
            # "whether he was ..., as the Government maintain, a saboteur": their word is what follows
            who.decide_regions(index, [Region(first.np_start, s_end, first.speaker, rule, first.phrase)])
            who.partial.add(index)
        elif first.form == "before" and (gap := _RELATIVE_GAP.search(text, first.np_start, first.verb_start)):
            # "The ICRC, which had visited the detainees, said ...", "Gor, freed on 14 January after five years in
            # captivity, said ...": the relative or participle clause is the narrator's
            who.decide_regions(index, _around_gap(who, s_start, gap, s_end, first, rule))
        elif first.form == "before" and (own := _FIRST_PERSON_CLAUSE.search(text, first.verb_end, s_end)
                                         or _RESUMED_CLAUSE.search(text, first.verb_end, s_end)) \
                and doc.quote_at(own.start()) is None:
            # "Baku calls them terrorists and saboteurs; we found no evidence ...": the writer answers in a
            # clause of her own (or a motion goes on in its next clause: "...; calls on the Government ...")
            who.decide_regions(index, [Region(s_start, own.start(), first.speaker, rule, first.phrase)])
            who.partial.add(index)  # the writer's clause: whoever speaks there otherwise (a turn, the voice)
        elif first.form == "before" and (end := min(_figure_clause_end(doc, first, items, s_end),
                                                    _coordinated_clause_end(doc, first, items, s_end))) < s_end:
            # "Baku acknowledges 23; after January's release of four, nineteen remain": a figure reported ends
            # its clause; the clause after the semicolon is whoever speaks there otherwise; so does "In 2021
            # officials spoke of 200 people, and the Court received requests for 249": a clause of another subject
            who.decide_regions(index, [Region(s_start, end, first.speaker, rule, first.phrase)])
            who.partial.add(index)
        else:
            who.decide_sentence(index, first.speaker, rule, first.phrase)


def _resumed(doc, start: int, end: int) -> int | None:
    """Where a motion's or resolution's next clause opens on its own verb ("...; calls on the Government"),
    outside any quotation, between ``start`` and ``end``; None when none does."""
    m = _RESUMED_CLAUSE.search(doc.text, start, end)
    return m.start() if m and doc.quote_at(m.start()) is None else None


def _outer_again(doc, cue, end: int, conclusion: bool = True) -> int | None:
    """Where the outer speaker's report goes on after an inner speaker's phrase or figure: "She said that Azerbaijan
    had acknowledged holding 72, and that 23 were still detained" (a second "that" is the outer verb's, when the
    inner verb took no clause of its own), "..., so that nearly 180 remained" (her ``conclusion``, where the inner
    speaker is nested in hers, not one of a list of speakers); None otherwise."""
    if COMPLEMENT.match(doc.text, cue.verb_end, end):
        return None  # "Baku acknowledged that ..., and that ...": both clauses may be Baku's
    m = _OUTER_AGAIN.search(doc.text, cue.verb_end, end)
    return m.start() if m and doc.quote_at(m.start()) is None and (conclusion or "so" not in m.group().lower()) \
        else None


_OUTER_AGAIN = re.compile(r",\s+(?:and\s+that|so\s+that)\b", re.IGNORECASE)


def _figure_clause_end(doc, cue, items: list, s_end: int) -> int:
    """Where the words of a cue whose object is a figure end ("Baku acknowledges 23; ..."): at the semicolon
    after it, when no other cue follows there and the semicolon is not quoted; else the sentence end."""
    text = doc.text
    verb = text[cue.verb_start:cue.verb_end].lower()
    if verb not in doc.words.weak or not FIGURE_COMPLEMENT.match(text, cue.verb_end, s_end):
        return s_end  # "said 23 were held; ..." reports a clause, which may run on past the semicolon
    semicolon = text.find(";", cue.verb_end, s_end)
    if semicolon < 0 or doc.quote_at(semicolon) is not None or any(a.verb_start > semicolon for a in items):
        return s_end
    return semicolon


def _coordinated_clause_end(doc, cue, items: list, s_end: int) -> int:
    """Where the words of a cue whose object is a phrase (no "that", colon or quotation after the verb) end
    before ", and" opens a clause of another subject ("..., and the Court received requests for 249"); else
    the sentence end. A clause reported ("said that ..., and the ICRC ...") may go on."""
    text = doc.text
    if COMPLEMENT.match(text, cue.verb_end, s_end):
        return s_end
    for m in _AND_CLAUSE.finditer(text, cue.verb_end, s_end):
        if doc.quote_at(m.start()) is not None or any(a.verb_start > m.start() for a in items):
            continue
        if _REPORTED_AFTER.search(text, cue.verb_end, m.start()):
            return s_end  # "said the same in September: these are ..., and Armenia will ...": a report goes on
        subject = doc.namer.subjects.at(m.end(), s_end)
        if subject and subject[1] != cue.speaker:
            return m.start()
    return s_end


_AND_CLAUSE = re.compile(r",\s+and\s+")
_REPORTED_AFTER = re.compile(r":|\bthat\b|[\"“‘]")
# "..., when Armenian officials spoke of ...": a clause of time with a speaker of its own.
_WHEN = re.compile(r",\s+when\s+(?:the\s+)?$", re.IGNORECASE)
# "...; we found no evidence": a clause after a semicolon in the writer's first person.
_FIRST_PERSON_CLAUSE = re.compile(r";\s+(?=(?:we|I|our|my)\b)")
# "...; notes that Baku describes them as terrorists; calls on the Government to ...": a motion's or resolution's
# next clause opens on its own verb, its subject the motion's maker, not the speaker reported before it
_RESUMED_CLAUSE = re.compile(r";\s+(?:and\s+)?(?:(?:further|also|therefore|again)\s+)?(?=(?:calls|urges|notes|welcomes|"
                             r"believes|regrets|condemns|deplores|recogni[sz]es|requests|demands|invites|expresses|"
                             r"reaffirms|encourages|considers|supports|resolves)\b)")
def _reports_something(complement: str) -> bool:
    """Whether the words after a verb of saying report something of their own: more than a few words, or a
    figure ("..., and Azerbaijan acknowledged 72 of them"); not "..., and Baku agrees." """
    return len(complement.strip(" .!?\n")) > 12 or FIGURE_COMPLEMENT.match(complement) is not None


# A phrase of time, place or topic fronted before a speaker's name, closed by its one comma: "After the release
# of 32 men in December, ", "Of the Armenian detainees still in Baku, ", "before the Court, where 249 were
# named, " (its comma may be missing: "After the autumn releases Baku ..."), after a turn's label ("HOST: ").
# Not a participle ("Speaking of the
# hostages, he ...": his), nor a conditional ("If Baku frees them, ..." is usually the speaker's own).
_FRONTED = re.compile(r"(?:[A-Z][^:\n]{0,60}:[ \t]+)?[\s,]*(?:(?:and|but|yet)\s+)?(?:After|Before|Since|Following|Despite|Of|By|Until|Till|Among|Unlike|Like|Beyond|Besides"
                      r"|During|Throughout|Within|Amid|Amidst|Ahead\s+of|Apart\s+from|In\s+addition\s+to|As\s+for"
                      r"|When|Once|While|Whereas)\b[^,.;:!?\"“”‘’\n]*(?:,\s*(?:where|which|who|whom|whose|when)\b"
                      # ... or a list's last items: "When the statement promised an exchange of prisoners of war,
                      # hostages and other detained persons, Moscow called it ..."
                      r"[^,.;:!?\"“”‘’\n]*|,(?![^,.;:!?\n]*\b(?:is|are|was|were|has|have|had|will|would|remain|remained)\b)"
                      r"[^,.;:!?\"“”‘’\n]*?\b(?:and|or)\b[^,.;:!?\"“”‘’\n]*)?,?\s*$", re.IGNORECASE)  # (no clause of its own)
# "..., Baku said on Monday, ...": a verb of saying set off by commas is a parenthesis; the whole sentence is the speaker's.
_PARENTHETICAL = re.compile(r"(?:\s+(?:on|in|at|last|this|yesterday|today|earlier|later|again|too|also)\b(?:\s+[\w’'-]+){0,3})?\s*,")
# A sentence's fronted clause in the writer's first person, ending before the speaker: "When I started writing
# about the men ..., ".
_NARRATED_LEAD = re.compile(r"\s*(?:When|While|Since|After|Before|As|Until)\s+(?:I|we)\b[^.;!?\"“”]*,\s*$")
# "..., the Red Cross called him a detainee": a clause joined by a comma alone.
_ASYNDETIC = re.compile(r",\s+(?:the\s+)?$", re.IGNORECASE)
# "which the parties and Russia have described as ...": a relative clause with a coordinated subject.
_RELATIVE_COORDINATED = re.compile(r"(?<![\w-])(?:whom|which)\s+(?:[\w’'-]+\s+){1,4}(?:and|or)\s+(?:the\s+)?$", re.IGNORECASE)
# A fronted phrase that picks a part out of a group: "Of the 23 persons whom ..., four ...".
_FRONTED_PART = re.compile(r"\s*(?:Of|Among|Out\s+of|Unlike|Like|Besides|Apart\s+from)\s", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\s+and\s+(?:the\s+)?$", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"(?<![\w-])with\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
# "..., as the Government maintain, ...": a speaker in a parenthetical "as" clause.
_AS_SAYS = re.compile(r",\s*as\s+$", re.IGNORECASE)
def _around_gap(who, start: int, gap, end: int, first, rule: str) -> list:
    """The speaker's regions of ``[start, end)`` on either side of a clause between her and her verb, the clause the
    narrator's."""
    return [Region(start, gap.start(), first.speaker, rule, first.phrase),
            Region(gap.start(), gap.end(), who.fallback, who.fallback_rule),
            Region(gap.end(), end, first.speaker, rule, first.phrase)]


# ", which had visited the detainees on both sides before the transfer, " between a subject and its verb.
# ... and a participle clause there (", freed on 14 January after five years in captivity, "): the narrator's.
_RELATIVE_GAP = re.compile(r",\s*(?:which|who|whose|(?:[a-z]+ed|freed|held|taken|born|sent|brought|released|returned)"
                           r"\s+(?:on|in|at|by|after|from|for|with|last|this|since|before|during|early|late|together)\b)"
                           r"[^.;!?]*?,\s*$")


# A noun right before the pronoun of a contact clause ("maps of the minefields it says ..."), not a
# conjunction or a verb that starts a clause of its own.
_CONTACT = re.compile(r"(?<![\w-])(?!(?:and|but|or|that|because|as|if|when|so|then|now|yet|while|since|what)\b)"
                      r"[a-z]{3,}\s+$")
_THAT_BEFORE = re.compile(r"\bthat\s+$")
_THAT = re.compile(r"\bthat\b")
# "noted that, according to the Armenian authorities, ...": a source that opens the reported clause.
_THAT_ACCORDING = re.compile(r"\bthat\s*,?\s*according\s+to\s*$", re.IGNORECASE)
_CLAUSE_BOUNDARY = re.compile(r";|,\s+(?:and|but|while|whereas|although|though|even\s+though)\b", re.IGNORECASE)


def _clause_start(text: str, s_start: int, subject: int) -> int:
    """Where the clause of a subject at ``subject`` begins after an earlier clause of its sentence (the
    offset of the ";" or "," that closes that clause), or -1."""
    found = -1
    for m in _CLAUSE_BOUNDARY.finditer(text, s_start, subject):
        found = m.start()
    return found


def quote_verb_before(doc, who) -> None:
    """'Pashinyan said, "..."', 'the minister responded: "..."', and 'X said:' closing the paragraph
    before the quotation: the nearest cue before a quotation, if only a few words lie between; with no verb, a
    speaker and a colon opening the paragraph, or a sentence with when or where ("Hajiyev, December 2020:").

    Example:
        Pashinyan said: "We will bring every one of them home."
    Yields: pashinyan
    Not:
        Pashinyan left the hall without a word. "We will bring every one of them home."
    """
    top = doc.top_cues
    lasts = sorted((max(a.np_end, a.verb_end), i) for i, a in enumerate(top))
    last_keys = [end for end, _ in lasts]
    for qi, q in enumerate(doc.quotes):
        if doc.outer[qi] is not None:
            continue  # a quotation inside a quotation is the outer speaker's
        k = bisect.bisect_right(last_keys, q.start) - 1
        if k >= 0 and q.start - lasts[k][0] <= ADJACENT:
            last, a = lasts[k][0], top[lasts[k][1]]
            between = doc.text[last:q.start]
            if doc.para_of(last) == doc.para_of(q.start) and re.fullmatch(
                    r"(?:\s+[\w’'-]+){0,3}\s*[,:]?\s*|\s+that\s+", between) \
                    or re.fullmatch(r"(?:\s+[\w’'-]+){0,3}\s*:\s*\n\s*", between):
                who.decide_quote(qi, a.speaker, _rule(a, "quote_verb_before"), phrase=a.phrase)
                continue
        speaker = _colon_lead(doc, q.start) or _clip_voice(doc, q.start) or _post_header(doc, q.start) \
            or readouts.read_out(doc, q.start) \
            or forwarded.forwarded_from(doc, q.start) or readouts.read_from(doc, q.start) \
            or leads.sentence_lead(doc, q.start)  # a forwarded note, a read-out, a montage's "Name, date:"
        if speaker:  # "Nikol Pashinyan, in a post on Facebook: "..."": a speaker and a colon, no verb; a post
            who.decide_quote(qi, speaker, "quote_verb_before")  # printed under its author's header


# A profile's paragraph: a person by name or initial, her age, what the text says of her, a colon and her words
# ("A., 29, one of the four released in January: "..."", "Gohar Avetisyan, 52, whose son is held: "...").
_PROFILE_LEAD = re.compile(r"[ \t]*(?P<who>[A-Z]\.|[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){0,2}|[A-Z][a-z’'-]+[ \t]+[A-Z]\.)"
                           r",[ \t]+\d{1,3},[ \t]+(?P<about>[^:\"“”\n]{2,160}?):[ \t]*")
# A paragraph that opens with a speaker and a colon before a quotation (a blog's or a digest's style):
# "Nikol Pashinyan, in a post on Facebook:", "10:20 Hajiyev on X:".
_COLON_LEAD = re.compile(r"(?:[-•*][ \t]+)?(?:\d{1,2}[:.]\d{2}\s*[—–|-]?\s*)?(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5})"
                         r"(?:\s+again)?(?:,?\s+(?:in|on|via|at|from|of|speaking|writing|addressing|turning|answering|shouting)\b"
                         r"[^:\"“”\n]{0,60})?,?\s*:\s*$")  # ("- 10:07 Judge, addressing the room:" in a pool's notes)
# A record's bracketed note of words from the dock or the gallery, before its speaker's name: "[From the dock, the
# appellant ", "[The appellant ".
_NOTE_LEAD = re.compile(r"[ \t]*\[(?:[A-Z][^:\]\"“”\n]{0,40},[ \t]*)?(?:[Tt]he[ \t]+(?:appellant|defendant|accused|witness"
                        r"|applicant|detainee|prisoner)[ \t]+)?")
# ... and a post its owner's name opens, the holder's name or a short predicate after it: "Armenia's ambassador,
# Vahe Torosyan:", "France's representative went further than most:" (the owner speaks, hard case 12).
_OWNED_LEAD = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*[—–|-]?\s*)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+"
                         r"(?:[a-z-]+\s+){0,3}?(?P<post>representative|ambassador|envoy|delegate|delegation|director|head"
                         r"|spokes(?:person|man|woman)|minister|agent|counsel)"
                         r"(?:\s*,\s*(?:(?:Ambassador|Mr|Ms|Mrs|Dr)\.?\s+)?(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4}))?"
                         r"(?:,?\s+(?:in|on|via|at|from|speaking|writing)\b[^:\"“”\n]{0,60}|\s+[a-z][^:\"“”\n]{0,60})?,?\s*:\s*$")
# The posts of a State's representation: their owner, registered or not, is the State ("France's representative").
_DIPLOMATIC = {"representative", "ambassador", "envoy", "delegate", "delegation"}


# "Nikol Pashinyan, Facebook, "Welcome home", 13 December 2023, 19:52": a social-media post's header, its
# author, platform and title, printed above the post.
_POST_HEADER = re.compile(r"[ \t]*(?P<who>[^,\n\"“”]{2,80}?)(?:,[ \t]*[^,\n\"“”]{2,40}?)?,[ \t]*(?:Facebook|X|Twitter"
                          r"|Telegram|Instagram|YouTube|LinkedIn|Threads|Bluesky|TikTok|VK)\b[^\n]{0,120}$")


def _post_header(doc, quote_start: int) -> str | None:
    """The author of a post whose header the quotation's paragraph is (its quoted title) or comes right after
    (the post itself), else None."""
    number = doc.para_of(quote_start)
    for n in (number, number - 1):
        if n < 0 or n == next(iter(doc.body_paragraphs), -1):
            continue
        para = doc.paragraphs[n]
        if n == number - 1 and doc.text[doc.paragraphs[number].start:quote_start].strip():
            continue  # the post is a paragraph of its own, opening with the quotation
        m = _POST_HEADER.match(doc.text, para.start, para.end)
        if m:
            return _named_lead(doc, m)
    return None


def _named_lead(doc, m) -> str | None:
    """The speaker group ``who`` of ``m`` names: a registered actor, or a name of two words or more ("Debate:
    '...'" heads an item, it names no one)."""
    got = doc.namer.after(m.start("who"), m.end("who") + 1)
    if not got:  # "Judge:" at a Baku trial: an agent of the detaining State, read as a speaker phrase is
        agent = doc.namer.speaker_of(m.start("who"), m.end("who"))
        return agent if agent in doc.registry.actors else None
    if got[2] != "name":
        return None
    return got[1] if got[1] in doc.registry.actors or " " in got[1] else None


# A script's bracketed cue naming the voice heard in a clip, right before its words: "[CLIP, 14 JANUARY: the bridge.
# Voice of the Foreign Ministry spokesperson:] “...”".
_CLIP_VOICE = re.compile(r"(?<![\w-])(?:[Vv]oice|VOICE|[Ss]ound|SOUND)\s+of\s+(?P<who>[^:\]\[\n]{2,80}?)\s*:\s*\]\s*$")


# ... or a bulletin's cue with the clip's speaker by surname and its in- and out-words: "[CLIP: DAVTYAN / IN: "Today
# four families..." / OUT: "...forgotten." / DUR 0'19"]".
_CLIP_SURNAME = re.compile(r"\[(?:CLIP|SOT|ACTUALITY|INSERT|SOUNDBITE)[ \t]*:[ \t]*(?P<who>[A-Z][A-Z’'-]{2,}(?:[ \t]+[A-Z][A-Z’'-]{2,}){0,2})"
                           r"[ \t]*/[^\]\n]*\][ \t]*\n\s*$")


def _clip_voice(doc, quote_start: int) -> str | None:
    """The speaker a clip's cue names as the voice heard (``_CLIP_VOICE``), read as a speaker phrase is; or the one
    a bulletin's cue names by surname (``_CLIP_SURNAME``): the person the text named in full with it, in the post it
    gave her ("The Human Rights Defender, Nune Davtyan, was at the bridge.")."""
    m = _CLIP_VOICE.search(doc.text, max(0, quote_start - 120), quote_start)
    if m:
        return doc.namer.speaker_of(m.start("who"), m.end("who"))
    m = _CLIP_SURNAME.search(doc.text, max(0, quote_start - 300), quote_start)
    if not m:
        return None
    surname = " ".join(w.capitalize() for w in m.group("who").split())
    full = next((n for n in doc.namer.known if n.endswith(" " + surname)), None) \
        or next((name for _, name in named_in(doc, 0, m.start()) if name.endswith(" " + surname)), None)
    if not full:
        return None
    return doc.namer.holders.get(full) or doc.namer.descriptions.introduced_post(full, m.start()) or full


def _colon_lead(doc, quote_start: int) -> str | None:
    number = doc.para_of(quote_start)
    entry = doc.layout is not None and doc.layout.name == "live_blog"  # an entry's time, then its own speaker
    if doc.layout is not None and number in doc.layout.starts and not entry \
            or number == next(iter(doc.body_paragraphs), -1):
        return None  # a transcript's turn ("Answer:", "Mr. X (Armenia):") is its turn rule's
    para = doc.paragraphs[number]
    owned = _OWNED_LEAD.fullmatch(doc.text, para.start, quote_start)
    if owned:  # "Armenia's ambassador, Vahe Torosyan:": the owner of the post speaks in it
        owner = registry_module.resolve(owned.group("owner"), doc.published, doc.registry, strict=True)
        if owner and doc.registry[owner].type != "person":
            return owner
        if owned.group("post") in _DIPLOMATIC and " " not in owned.group("owner"):
            return owned.group("owner")  # "France's representative": an unregistered State by its name
        return _named_lead(doc, owned) if owned.group("who") else None
    profile = _PROFILE_LEAD.fullmatch(doc.text, para.start, quote_start)
    if profile and not re.search(r"\b(?:said|says|told|tells|recalled|recalls|added|adds|asked|asks|explained|wrote)\b",
                                 profile.group("about")):
        # "A., 29, one of the four released in January: "..."": a profile's person, as the text names him (never
        # "Gevorg, 24, ..., said the guards told him: "..."", whose words are someone else's)
        name = profile.group("who")
        return name if name.endswith(".") else doc.namer.unregistered(name, para.start) or name
    noted = _NOTE_LEAD.match(doc.text, para.start, quote_start)  # "[From the dock, the appellant Hayk Sargsyan: "...""]
    line = doc.text.rfind("\n", para.start, quote_start) + 1  # (a list's line of its own: "- 10:07 Judge, ...:")
    m = _COLON_LEAD.fullmatch(doc.text, noted.end() if noted else max(para.start, line), quote_start)
    sentence = _SENTENCE_START.search(doc.text, para.start, quote_start) if not m else None
    if sentence:  # ... or a live blog's sentence in an entry: "... asks how many families. Pashinyan: "...""
        m = _COLON_LEAD.fullmatch(doc.text, sentence.end(), quote_start)
    if not m or m.group("who").lower() in doc.words.question_labels | doc.words.answer_labels | doc.words.chair_labels:
        return None
    return _named_lead(doc, m)


# Where the last sentence before a quotation begins, inside its paragraph.
_SENTENCE_START = re.compile(r"[.!?][\"”’)]?[ \t]+(?=[A-Z][^.!?\"“”\n]*$)")


def quote_verb_after(doc, who) -> None:
    """'"...," Pashinyan said' / '"...," said Sahakyan': the nearest cue right after a quotation in
    its paragraph, with only punctuation between (a quotation no earlier rule decided).

    Example:
        "We will bring every one of them home," Pashinyan said.
    Yields: pashinyan
    Not:
        "We will bring every one of them home."

        Pashinyan said that talks would resume.
    """
    top = doc.top_cues
    firsts = sorted((min(a.np_start, a.verb_start), i) for i, a in enumerate(top))
    first_keys = [start for start, _ in firsts]
    for qi, q in enumerate(doc.quotes):
        if doc.outer[qi] is not None or qi in who.quote_speakers:
            continue
        index = doc.sentence_of(q.start)
        if any(a.sentence == index and a.verb_end <= q.start for a in top):
            continue  # 'X says the office demands "...". She adds': the quotation is X's complement
        k = bisect.bisect_left(first_keys, q.end)
        if k < len(firsts) and firsts[k][0] - q.end <= ADJACENT:
            first, a = firsts[k][0], top[firsts[k][1]]
            gap = doc.text[q.end:first]
            # a full stop inside the closing mark ends the sentence as one in the gap does
            stop = re.search(r"[.;]", gap) or re.search(r"[.!?][\"”’']*\s*$", doc.text[q.start:q.end])
            if doc.para_of(first) == doc.para_of(q.end - 1) and re.fullmatch(r"[\s,.;:—–-]*", gap) \
                    and not (stop and not _bare(doc, a)):
                # '"...". The Prime Minister told the Assembly that ...': a sentence of its own, not this one's
                who.decide_quote(qi, a.speaker, _rule(a, "quote_verb_after"), phrase=a.phrase)


def _bare(doc, a) -> bool:
    """Whether cue ``a`` says no more than who spoke ("Pashinyan said.", "said Sahakyan on Monday.")."""
    end = max(a.verb_end, a.np_end)
    return bool(re.match(r"\s*(?:(?:on|in|at|later|yesterday|today)\b[^.;!?]{0,30})?[.;!?\n]|\s*$", doc.text[end:end + 40]))
