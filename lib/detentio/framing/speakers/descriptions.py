"""Descriptions of a State's offices and voices: which registered actor "Armenia's human rights
ombudsperson", "the representative" or "Its head of delegation" is.

The namer asks these when a speaker phrase describes an office instead of naming it. They read the text and
the registry only (and the namer's index of registered names), never the namer's memory.

>>> descriptions = Descriptions(namer)
>>> descriptions.owned_role("Armenia's human rights ombudsperson")   # (0, "hrd_armenia")
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.grammar import NAME_WORD as _NAME_WORD, PLACE_BEFORE as _AT_PLACE  # ("in Baku")
from detentio.framing.speakers.subjects import DATELINE

# "the representative of Azerbaijan": the State a delegate in a meeting summary speaks for.
REPRESENTATIVE_OF = re.compile(rf"\b(?:representative|delegate)s?\s+of\s+(?:the\s+)?(?P<state>{_NAME_WORD}(?:\s+{_NAME_WORD})?)")
# "Armenia's human rights ombudsperson": a State's office named by a description of it.
STATE_OWNS = re.compile(rf"(?P<owner>{_NAME_WORD}(?:\s+{_NAME_WORD})?)['’]s\s+(?P<words>(?:[A-Za-z-]+\s+){{0,3}}"
                        rf"(?P<noun>[A-Za-z]+))\s*$")
# Nouns of an institution a description names ("the ministry's spokeswoman", "ministry spokesman X").
INSTITUTION_NOUNS = ("ministry", "committee", "court", "commission", "organisation", "organization", "agency", "office",
                     "delegation")
# The nouns of an official post: an official of a State the registry does not list speaks for the State.
OFFICIAL_NOUNS = frozenset({"minister", "ministry", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
                            "ambassador", "envoy", "representative", "prosecutor", "prosecutors", "investigator",
                            "investigators", "diplomat", "diplomats", "authorities", "department", "deputy",
                            "ministers", "negotiators", "envoys"})

# "Deputy Minister of Foreign Affairs", "Minister of Justice", "Foreign Minister", "Prime Minister": a post in
# a government, as a parliament's record prints it after a name.
GOVERNMENT_POST = re.compile(r"(?:First\s+)?(?:Deputy\s+)?(?:(?P<field>[A-Z][a-z]+)\s+)?Minister"
                             r"(?:\s+(?:of|for)\s+(?P<of>[A-Z][A-Za-z]+(?:\s+(?:[A-Z][A-Za-z]+|and|of|the))*))?")

# "Azerbaijan's Deputy Foreign Minister", "Armenia's Minister of Justice": a State's government post.
_OWNED_GOVERNMENT_POST = re.compile(rf"(?P<owner>{_NAME_WORD}(?:\s+{_NAME_WORD})?)['’]s\s+(?P<post>{GOVERNMENT_POST.pattern})"
                                    r"\s*,?\s*$")

# A State's government post in words of any case, the State written before it ("Armenia's deputy foreign
# minister", "the Armenian Deputy Foreign Minister") or after it ("deputy minister of foreign affairs of Armenia").
_STATE_BEFORE = re.compile(rf"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?P<owner>{_NAME_WORD}(?:\s+{_NAME_WORD})?)['’]s|(?P<adj>[A-Z][a-z]+))"
                           r"\s+(?P<post>[A-Za-z -]+)")
_STATE_AFTER = re.compile(rf"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<post>[A-Za-z -]+?)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?"
                          rf"(?P<state>{_NAME_WORD}(?:\s+{_NAME_WORD})?)")
# "deputy prosecutor general", "Prosecutor-General": an agent of the State (held-out 4 decision 7).
_PROSECUTOR_POST = re.compile(r"(?:(?:first\s+)?deputy\s+|chief\s+|military\s+)?prosecutor(?:[\s-]+general)?",
                              re.IGNORECASE)
# The same post right before its holder's name, with no State: "Deputy Prosecutor General Rashad Huseynzade".
_BARE_PROSECUTOR = re.compile(rf"(?<![\w’'-])(?i:{_PROSECUTOR_POST.pattern})[ \t]+$")
_SMALL_WORDS = {"of", "for", "and", "the"}
# "the Armenian Co-Chair", "the Azerbaijani representative": a State's adjective, then its delegate's post.
_STATE_DESCRIBED = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<adj>[A-Z][a-z]+)\s+(?P<post>[A-Za-z]+(?:[\s-]+[A-Za-z]+){0,3})")
_DELEGATE_NOUNS = frozenset({"representative", "delegate", "delegation", "co-chair", "co-chairman", "co-chairwoman",
                             "co-chairperson", "negotiator", "official", "diplomat", "envoy", "ambassador", "side",
                             "spokesperson", "spokesman", "spokeswoman", "government", "authorities"})


def _titled(post: str) -> str:
    """A post in a record's capitals, as GOVERNMENT_POST reads it: the prose of news writes it in lower case."""
    return " ".join(w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in post.split())

# "Deputy Foreign Minister ": the capitalised title right before a name.
_TITLE_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][a-z]+[ \t]+(?:(?:of|for|and)[ \t]+)?){1,6}$")
# A translation's note on its source language: "[Translated from Armenian. ...]" (its language's State).
_TRANSLATED_FROM = re.compile(r"\b[Tt]ranslat(?:ed|ion)\s+from\s+(?:the\s+)?(?P<language>[A-Z][a-z]+)\b")

# "In Baku, ...", "5. In Yerevan, ...": the place a sentence is set in.
_FRONTED_PLACE = re.compile(rf"\s*(?:[A-Z][\w. ]{{0,30}}:\s+)?(?:\d{{1,3}}\.\s+)?In\s+(?P<place>{_NAME_WORD}),")  # "A: In Baku,"
# The given names before a surname ("Tatevik " before "Asatryan").
_GIVEN_NAMES = re.compile(r"(?:[A-Z][\w’'-]+[ \t]+){1,2}$")
# ", Armenia's deputy foreign minister," right after a name: the appositive that may give her post.
# A State's post in the possessive, then a comma before its holder's name: "Armenia's ambassador, ".
_STATE_POST_COMMA = re.compile(r"(?<![\w’'-])(?P<post>[A-Z][\w-]+['’]s(?:[ \t]+[a-z][\w-]*){1,4}),[ \t]*$")
_APPOSITIVE = re.compile(r"\s*,\s*(?P<post>[^,.;:!?\"“”()\n]{3,90}?)\s*[,.;:]")


# A diplomat's post that names the State she represents: "Ambassador Karen Lindholm, Permanent Representative of
# Denmark", "Karen Lindholm, Ambassador of Denmark to the United Nations".
_ENVOY_OF = r"(?:(?:Deputy[ \t]+)?Permanent[ \t]+Representative|Ambassador|Representative|Envoy|Head[ \t]+of[ \t]+(?:the[ \t]+)?Delegation)"
_ENVOY_STATE = rf"(?:the[ \t]+)?(?:Republic[ \t]+of[ \t]+)?(?P<state>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)"


# Words after "Representative of" that are no State: "the Secretary-General", "the Committee".
_NOT_STATES = frozenset({"secretary-general", "committee", "council", "union", "secretary", "office", "organization"})


class Descriptions:
    """What descriptions of offices name in one document (see the module docstring)."""

    def __init__(self, namer):
        self.namer = namer
        self._introduced: dict[tuple[str, int], str | None] = {}  # a pure cache of introduced_post

    def envoy_state(self, name: str | None) -> str | None:
        """The State a named diplomat represents, as the text gives her post ("Ambassador Karen Lindholm, Permanent
        Representative of Denmark"): a delegate speaks for her State (hard case 12; held-out 4 decision 5), the
        registered one by its id, another by its name; else ``name`` itself."""
        if not name or " " not in name or name in self.namer.registry.actors:
            return name
        post = re.search(rf"{re.escape(name)}[ \t]*,[ \t]*(?:the[ \t]+)?{_ENVOY_OF}[ \t]+(?:of|for)[ \t]+{_ENVOY_STATE}",
                         self.namer.text)
        if not post:
            return name
        state = post.group("state").rstrip(".")
        return self.state_named(state) or (state if state[:1].isupper() and state.lower() not in _NOT_STATES else name)

    def state_named(self, word: str) -> str | None:
        """The registered State a name or its adjective names ("Azerbaijan", "Azerbaijani": the registry knows
        each State's officials by its adjective), else None."""
        return registry_module.state_named(word, self.namer.date, self.namer.registry)

    def state_of(self, actor_id: str) -> str | None:
        """The registered State a government's person serves (by affiliation), else None."""
        affiliation = self.namer.registry[actor_id].affiliation
        if self.namer.registry[actor_id].role not in ("government", "head_of_state_or_government", "ministry"):
            return None
        return next((a.id for a in self.namer.registry.actors.values()
                     if a.office == "state" and a.affiliation == affiliation), None)

    def represented(self, named: str | None, offset: int) -> str | None:
        """The State a representative speaks for: the one named with her ("of Azerbaijan"), else the one the
        last "representative of X" before ``offset`` named (a UN meeting summary's "The representative")."""
        if named is None:
            last = None
            for m in REPRESENTATIVE_OF.finditer(self.namer.text, max(0, offset - 3000), offset):
                last = m.group("state")
            named = last
        if not named:
            return None
        found = registry_module.resolve(named, self.namer.date, self.namer.registry, strict=True)
        return found if found and self.namer.registry[found].office == "state" else None

    def previous_subject(self, offset: int) -> str | None:
        """The registered institution that opens the sentence before ``offset`` ("The ICRC, whose ..., never
        took sides. Its ..."), else None."""
        end = max(self.namer.text.rfind(c, 0, offset) for c in ".!?\n")
        if end <= 0:
            return None
        start = max(self.namer.text.rfind(c, 0, end) for c in ".!?\n") + 1
        start += len(self.namer.text[start:end]) - len(self.namer.text[start:end].lstrip())
        lead = re.match(r"(?:the\s+)?", self.namer.text[start:end], re.IGNORECASE).end()
        found = self.namer._registered_starting(start + lead, end)
        return found[1] if found and self.namer.registry[found[1]].type != "person" else None

    def owned_role(self, segment: str) -> tuple[int, str] | None:
        """``(offset in segment, actor)`` for a State's office named by description ("Armenia's human rights
        ombudsperson", "Azerbaijan's foreign ministry"): the one registered actor of that State, in office at
        publication, whose office or role holds the noun; the State itself when none does; None when several
        do."""
        m = STATE_OWNS.search(segment)
        if not m or m.group("noun").lower() not in self.namer.words.role_nouns or m.group("noun").lower() == "government":
            return None  # "Armenia's government" is the State
        state = registry_module.resolve(m.group("owner"), self.namer.date, self.namer.registry, strict=True)
        if not state or self.namer.registry[state].office != "state":
            return None
        noun = m.group("noun").lower()
        fits = self._fits(state, m.group("words").lower().split())
        if not fits and noun in OFFICIAL_NOUNS:  # "Armenia's defence minister": an official of the State the
            return m.start(), state  # registry does not list is the State (hard case 12)
        return (m.start(), fits[0]) if len(fits) == 1 else None

    def state_office(self, state: str, office: str) -> str | None:
        """The registered office of ``state`` that ``office`` names ("Foreign Ministry" of Armenia:
        ``mfa_armenia``), by alias or by description (:meth:`owned_role`), else None."""
        phrase = f"{self.namer.registry[state].affiliation}'s {office}"
        return registry_module.resolve(phrase, self.namer.date, self.namer.registry, strict=True) \
            or (self.owned_role(phrase) or (0, None))[1]

    def _fits(self, state: str, words: list[str]) -> list[str]:
        """The registered actors of ``state`` (not the State itself), in office at publication, whose office,
        name or role holds every one of ``words``."""
        affiliation, date = self.namer.registry[state].affiliation, registry_module.as_date(self.namer.date)
        return [a.id for a in self.namer.registry.actors.values()
                if a.affiliation == affiliation and a.id != state and a.in_office(date)
                and all(re.search(rf"\b{re.escape(w)}", f"{a.office} {a.name} {a.role or ''}".lower().replace("_", " "))
                        for w in words)]

    def government_post(self, post: str, state: str | None) -> str | None:
        """The registered actor a government post speaks for (hard case 12): "Deputy Minister of Foreign
        Affairs" of ``state`` is its registered foreign ministry, "Minister of Justice" the State itself (the
        registry lists no justice ministry); a State the post names ("Minister of Foreign Affairs of
        Azerbaijan") overrides ``state``. None when ``post`` is no government post or no State is known."""
        m = GOVERNMENT_POST.fullmatch(post.strip())
        if not m:
            return None
        subject = m.group("of") or ""
        if " of " in subject:  # "Foreign Affairs of the Republic of Azerbaijan"
            subject, named = subject.split(" of ", 1)
            named = re.sub(r"^(?:the\s+)?(?:Republic\s+of\s+)?", "", named)
            found = registry_module.resolve(named, self.namer.date, self.namer.registry, strict=True)
            state = found if found and self.namer.registry[found].office == "state" else None
        if state is None:
            return None
        field = m.group("field") or (subject.split()[0] if subject else "")
        if field == "Prime":  # the head of government: the registered one in office, else the State
            fits = [a for a in self._fits(state, ["prime", "minister"]) if self.namer.registry[a].type == "person"]
        else:  # the ministry: its registered institution, else the State
            fits = [a for a in self._fits(state, [field.lower(), "ministry"] if field else ["ministry"])
                    if self.namer.registry[a].type != "person"]
        return fits[0] if len(fits) == 1 else state

    def state_post(self, phrase: str) -> str | None:
        """The actor a State's government post written in words of any case speaks for (hard case 12):
        "Armenia's deputy foreign minister" and "Deputy Minister of Foreign Affairs of Armenia" are
        ``mfa_armenia``, "Azerbaijan's deputy prosecutor general" is ``azerbaijan``; None when ``phrase`` is
        not such a post or names no registered State."""
        phrase = phrase.strip().rstrip(",")
        for m in (_STATE_BEFORE.fullmatch(phrase), _STATE_AFTER.fullmatch(phrase)):
            if not m:
                continue
            state = self.state_named(m.groupdict().get("owner") or m.groupdict().get("state") or m.group("adj"))
            if not state:
                continue
            post = m.group("post").strip()
            if _PROSECUTOR_POST.fullmatch(post):
                return state
            titled = _titled(post)
            if GOVERNMENT_POST.fullmatch(titled):
                return self.government_post(titled, state)
        return None

    def state_described(self, phrase: str) -> str | None:
        """The actor a description of a State's unnamed official or delegate speaks for, when the text names no
        one who fits it: "the Armenian Co-Chair", "the Azerbaijani representative" are the State, "the Armenian
        Deputy Foreign Minister" its ministry (hard case 12); None for anyone else ("the Armenian lawyer")."""
        m = _STATE_DESCRIBED.fullmatch(phrase.strip())
        state = self.state_named(m.group("adj")) if m else None
        if not state:
            return None
        return self.state_post(phrase) or (state if m.group("post").lower().split()[-1] in _DELEGATE_NOUNS else None)

    def state_post_before(self, text: str, start: int, floor: int) -> tuple[int, str] | None:
        """``(offset, actor)`` for a State's government post written right before the name at ``start`` (not
        before ``floor``): "Armenian Deputy Foreign Minister Vahan Kostanyan", "Azerbaijan's deputy
        prosecutor general Elnur Musayev"; the longest such post wins. A post that names no State ("Deputy
        Foreign Minister Gevorg Babayan") is of the State of its context (:meth:`context_state`)."""
        lead = max(floor, start - 100)
        for w in list(re.finditer(r"\S+", text[lead:start]))[-8:]:
            found = self.state_post(text[lead + w.start():start])
            if found:
                return lead + w.start(), found
        title = _TITLE_BEFORE.search(text, lead, start)
        found = self.unnamed_post(title.group(), title.start()) if title else None
        return (title.start(), found) if found else None

    def context_state(self, offset: int, places: bool = False) -> str | None:
        """The registered State a post without one belongs to at ``offset``: the place the sentence is set
        in ("In Baku, the Deputy Foreign Minister said"), else the last State (or a registered actor of one)
        named in its paragraph or the paragraph before, else the State of the text's dateline ("YEREVAN (23 May
        2025) – I visited Armenia ..."), else the State whose language a translation's note names; None when none
        is. ``places``: a place the detainees are held in counts
        too (a visit's section heading, "Meetings in Yerevan")."""
        text, registry = self.namer.text, self.namer.registry
        found = self.fronted_state(offset)
        if found:
            return found
        floor = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, offset)))
        for s, e, actor_id, _ in reversed(self.namer.actor_spans):
            if s >= offset:
                continue
            if s < floor:
                break
            if not places and _AT_PLACE.search(text, max(0, s - 8), s) \
                    and not any(w.islower() for w in text[s:e].split()):
                continue  # "still held in Baku": a place, not whose officials these are ("to Armenian officials" is)
            state = actor_id if registry[actor_id].office == "state" else self.state_of(actor_id)
            if state:
                return state
        # ... else the State whose organ publishes the text (a parliament's own digest: its State's officials)
        return self._dateline_state(offset) or self.namer.defined.get("government") or self._language_state(offset)

    def text_state(self, offset: int) -> str | None:
        """The registered State the text is set in before ``offset``: its dateline's, else its translation's."""
        return self._dateline_state(offset) or self._language_state(offset)

    def other_side(self, offset: int) -> str | None:
        """"Baku calls him a saboteur, our government says ...": the side of the conflict a voice speaks for when,
        in its sentence before ``offset``, it has named only the other side (by its name or capital):
        one names the other side in the third person. The sides are the States of the lexicon's ``side_words``.
        None when the sentence names both sides or neither."""
        registry = self.namer.registry
        sides = {self.state_named(word.title()) for word in self.namer.words.lexicon["side_words"]} - {None}
        if len(sides) != 2:
            return None
        text = self.namer.text
        floor = max(text.rfind("\n", 0, offset), text.rfind(". ", 0, offset), text.rfind("? ", 0, offset)) + 1
        # (a State by its name or capital only: a voice names its own side's officials in the third person too,
        # "The Prime Minister's office insists it is not. When our own government says ...")
        named = {actor for s, _, actor, _ in self.namer.actor_spans
                 if floor <= s < offset and registry[actor].office == "state"} & sides
        return next(iter(sides - named)) if len(named) == 1 else None

    def _language_state(self, offset: int) -> str | None:
        """The registered State whose language a translation's note in the text's first 1,500 characters before
        ``offset`` names ("[Translated from Armenian.]": a "Deputy Foreign Minister" on its programme is Armenia's),
        else None."""
        m = _TRANSLATED_FROM.search(self.namer.text, 0, min(offset, 1500))
        found = registry_module.resolve(f"{m.group('language')} officials", self.namer.date, self.namer.registry,
                                        strict=True) if m else None
        return found if found and self.namer.registry[found].office == "state" else None

    def _dateline_state(self, offset: int) -> str | None:
        """The registered State whose place a dateline opening a line in the text's first 1,500 characters before
        ``offset`` names ("YEREVAN (23 May 2025) – ", "BAKU, May 17 (SCW) - "), else None; a dateline of two
        places ("BAKU/YEREVAN, May 17 - ") sets the text in neither."""
        text, end = self.namer.text, min(offset, 1500)
        for line in re.finditer(r"^", text[:end], re.MULTILINE):
            m = DATELINE.match(text, line.start(), end)
            place = m.group("place").strip() if m else ""
            state = self.state_named(place.title()) if place and "/" not in place else None
            if state:
                return state
        return None

    def fronted_state(self, offset: int) -> str | None:
        """The registered State whose place the sentence at ``offset`` opens with ("In Baku, ...", "A: In
        Yerevan, ..."), else None."""
        text = self.namer.text
        start = max(text.rfind(c, 0, offset) for c in ".!?\n") + 1
        place = _FRONTED_PLACE.match(text, start, offset)
        return self.state_named(place.group("place")) if place else None

    def unnamed_post(self, phrase: str, offset: int) -> str | None:
        """The actor an unnamed government post speaks for, its State named in it ("the Deputy Minister of
        Justice of Azerbaijan") or by its context (:meth:`context_state`): "the Deputy Minister of Foreign
        Affairs" in Yerevan is ``mfa_armenia`` (hard case 12); None when it is no such post or no State is
        known."""
        found = self.state_post(phrase)
        if found:
            return found
        post = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", phrase.strip())
        titled = _titled(post)
        m = GOVERNMENT_POST.fullmatch(titled)
        if not m or titled.split()[0] == "Prime":
            return None
        state = self.context_state(offset)
        if state and not (m.group("field") or m.group("of")):
            return state  # "a deputy minister": of no ministry the text names, so the State
        return self.government_post(titled, state) if state else None

    def introduced_post(self, name: str, offset: int) -> str | None:
        """The institution whose post the person ``name`` was given where the text first named her, before
        ``offset`` and whether or not she spoke there ("We met Vahan Kostanyan, Armenia's deputy foreign
        minister, in Baku. ... Kostanyan said"), else None (hard case 12: she speaks in that post)."""
        lead = max(0, offset - 20000)
        first = re.search(rf"(?<![\w’'-]){re.escape(name.split()[-1])}(?![\w’'-])", self.namer.text[lead:offset])
        if first is None:
            return None
        if (name, lead + first.start()) not in self._introduced:
            self._introduced[name, lead + first.start()] = self._post_where_named(name, lead + first.end())
        return self._introduced[name, lead + first.start()]

    def _post_where_named(self, name: str, end: int) -> str | None:
        text, posts = self.namer.text, self.namer.posts
        start = end - len(name) if " " in name and text[max(0, end - len(name)):end] == name \
            else end - len(name.split()[-1])
        appositive = _APPOSITIVE.match(text, end)
        if appositive and re.match(r"\s*(?:a\s+|the\s+)?(?:former|ex-|retired|onetime)\b", appositive.group("post"),
                                   re.IGNORECASE):
            return None  # "Arman Tatoyan, former Human Rights Defender": a post no longer held (hard case 12)
        titled = self.state_post_before(text, start, max(0, start - 100)) if appositive else None
        if titled:  # "Deputy Minister of Foreign Affairs Vahagn Poghosyan, a representative of the Office ...,": a
            return titled[1]  # list of participants after his own title, no appositive of his
        if appositive:  # "Vahan Kostanyan, Armenia's deputy foreign minister,"
            post = appositive.group("post")
            found = posts.one_person_office(post) or self.state_post(post) or posts.after(end, appositive.end())
            if found:
                return found
        elif text.startswith(",", end):  # "Guest: Marco Brenni, head of the delegation of the ICRC (ICRC) in Armenia."
            line_end = text.find("\n", end)
            found = posts.after(end, min(end + 160, len(text) if line_end < 0 else line_end))
            if found:
                return found
        found = posts.predicate(end, min(len(text), end + 200))  # "Ariane Keller is the ICRC's regional director"
        if found:
            return found
        before = self.state_post_before(text, start, max(0, start - 100))  # "Armenian Deputy Foreign Minister X"
        if before:
            return before[1]
        if _BARE_PROSECUTOR.search(text, max(0, start - 60), start):
            # "Participants: Deputy Prosecutor General Rashad Huseynzade" at a briefing in Baku: the State's prosecutor
            return self.context_state(start)
        held = posts.office_before(max(0, start - 120), start)
        if held:  # "Human Rights Defender Anahit Manasyan": a one-person office before its holder
            return held
        given = _GIVEN_NAMES.search(text, max(0, start - 40), start)  # "Tatevik " before "Asatryan"
        _, body = self.namer.post_before(0, given.start() if given else start)
        if body:
            return body[1]  # "Armenian Foreign Ministry spokesperson Tatevik Asatryan briefs the pool"
        # "Armenia's ambassador, Tigran Asatryan, now has the floor": a State's post, then its holder after a comma
        owned = _STATE_POST_COMMA.search(text, max(0, start - 80), start)
        m = _STATE_BEFORE.fullmatch(owned.group("post")) if owned else None
        state = self.state_named(m.group("owner") or m.group("adj")) if m else None
        if state:  # ... her ministry for a government post, else the State for a delegate's ("ambassador")
            found = self.state_post(owned.group("post")) \
                or (state if m.group("post").lower().split()[-1] in _DELEGATE_NOUNS else None)
            if found:
                return found
        # "I give the floor to the Agent of Armenia, Mr. Tadevosyan.": a post, then its holder after a comma
        return posts.before(max(0, start - 120), start) if re.search(r",[ \t]*(?:[A-Z][a-z]+\.?[ \t]+)?$",
                                                                      text[max(0, start - 20):start]) else None

    def owned_post(self, before: str) -> str | None:
        """The actor a State's government post written right before a name speaks for ("Azerbaijan's Deputy
        Foreign Minister, Elnur Karimov": ``mfa_azerbaijan``; hard case 12), else None."""
        m = _OWNED_GOVERNMENT_POST.search(before[-120:])
        if not m:
            return None
        state = registry_module.resolve(m.group("owner"), self.namer.date, self.namer.registry, strict=True)
        if not state or self.namer.registry[state].office != "state":
            return None
        return self.government_post(m.group("post"), state)

    def just_named(self, offset: int) -> str | None:
        """The institution "Its" or "Their" refers to at ``offset``: the subject of the sentence before, else the
        last registered institution named in the 600 characters before ("Its spokesman, X," "Its head of
        delegation told us")."""
        return self.previous_subject(offset) or next(
            (actor_id for s, _e, actor_id, _ in reversed(self.namer.actor_spans)
             if offset - 600 <= s < offset and self.namer.registry[actor_id].type != "person"), None)
