"""Posts and offices: which registered institution an official speaks for.

An official speaking in office speaks for the institution (GUIDELINES hard case
12; held-out 4 decision 7 for agents of the detaining State), and a person who
holds a one-person office (an ombudsperson) is that office. These answers read
only the text and the registry; the namer keeps the memory of who holds what.

>>> posts = Posts(text, published, registry, actor_spans)
>>> posts.after(name_end, ceiling)   # "icrc" for "Mathieu Laurent, head of the ICRC delegation,"
>>> posts.before(floor, name_start)  # "armenia" for "the Agent of the Armenian Government, Lilit ..."
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers.grammar import NAME_WORD as _NAME_WORD
from detentio.framing.speakers.possessed import organ_in

# Offices one person holds: she and her office are one speaker (roles of data/actors.yml).
ONE_PERSON = ("ombudsperson",)
# ", Jane Doe," right after an office: the person who holds it.
HOLDER = re.compile(rf",\s*({_NAME_WORD}(?:\s+{_NAME_WORD})+)\s*,")
# The nouns of a post in an institution ("head", "spokesperson", "delegate", "counsel").
POST_NOUNS = (r"head|spokesperson|spokesman|spokeswoman|director|representative|delegate|official|secretary|officer"
               r"|adviser|advisor|coordinator|counsel|agent|co-agent|envoy|ambassador|aide"
               # one-person offices: "became Human Rights Defender", "is the Commissioner for Human Rights"
               r"|defender|ombudsman|ombudsperson|commissioner")
# The words a post may open with ("the EU Special Representative", "the ICRC's deputy head"), never a post held
# no longer ("a former ICRC delegate" speaks for herself), nor one not yet held ("Nominee to be Ambassador ...").
_POST_OPENING = r"(?:(?!(?:former|ex|retired|onetime|nominee|nominated|candidate|incoming|prospective)\b)[\w’'-]+\s+){0,3}?"
# ", head of the ICRC delegation in Baku", ", a spokesperson for the ministry", ", the EU Special Representative for
# the South Caucasus": a post in an institution.
_POST = re.compile(rf",\s+(?:the\s+|a\s+|an\s+)?(?P<post>(?:{_POST_OPENING}(?:{POST_NOUNS}|minister|lawyer\s+for)"
                   r"|who\s+(?:heads|leads|chairs|directs|runs|speaks\s+for|serves\s+as)"
                   r"|speaking\s+(?:on\s+behalf\s+of|for))\b"
                   r"[^,.;:!?\"“”]{0,80})", re.IGNORECASE)
# "An ICRC spokeswoman, Ariane Keller,", "the EU's deputy envoy, Anna Berg,": an institution, then the post noun.
# The post noun in any case: "the EU Special Representative".
_INSTITUTION_POST = re.compile(rf"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+(?P<post>{_POST_OPENING}(?i:{POST_NOUNS}))\s*$")
# " is the ICRC's regional director for Europe": a post given by a copula after a name.
# "became Human Rights Defender in 2024", "was appointed the ICRC's head of delegation": a post taken up, and held;
# appositives may come between ("Tatevik Margaryan, 47, a former lawyer, became ...").
_IS_POST = re.compile(r"(?:,[ \t]*[\w -]{1,40}?)*,?[ \t]+(?:is|has\s+been|serves\s+as|became|has\s+become|was\s+(?:appointed|elected|named)"
                      r"(?:[ \t]+as)?)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?"
                      rf"(?P<post>(?:[A-Z][\w-]*['’]s[ \t]+)?(?:[\w-]+[ \t]+){{0,3}}?(?:{POST_NOUNS})\b[^,.;:!?\"“”]{{0,80}})",
                      re.IGNORECASE)
# "Ramil Safarli has chaired Azerbaijan's State Commission on ... since 2023", "X heads the ICRC delegation": a verb
# of heading in the present and the body headed (a past one, "X led the delegation in 2021", is hers no longer).
_HEADS = re.compile(r"(?:,[ \t]*[\w -]{1,40}?)*,?[ \t]+(?:has[ \t]+(?:chaired|headed|led|directed)|chairs|heads|leads"
                    r"|directs)[ \t]+(?P<post>(?:the[ \t]+)?[A-Z][^,.;:!?\"“”\n]{0,120})")
# "Azerbaijan's Agent, Elvin Gasimov,": a post its owner's name opens.
_OWNED_POST = re.compile(rf"(?P<owner>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})['’]s[ \t]+(?:deputy[ \t]+|chief[ \t]+)?"
                         r"(?:[Aa]gent|[Cc]o-[Aa]gent|[Cc]ounsel|[Ss]pokes(?:man|woman|person)|[Rr]epresentative|[Ee]nvoy"
                         r"|[Aa]mbassador)\s*$")
# The capitalised words of a post's name right before its post noun: "EU Special " in "The EU Special Representative".
_OWNER_WORDS = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*[ \t]+){1,3}$")
# "the Agent of the Armenian Government, Lilit Hayrapetyan,": a post, then the institution it is of.
_POST_BEFORE = re.compile(r"(?<![\w-])(?:deputy\s+|regional\s+|chief\s+|senior\s+|press\s+)?"
                          rf"(?:{POST_NOUNS}|minister)\s+(?:of|for|to|at)\s+[^,.;:!?]{{2,100}}"
                          # "the Agent of Armenia, Mr. Tadevosyan": the holder after a comma, titled
                          r"(?:,[ \t]*(?:(?:Mr|Ms|Mrs|Dr|Sir|Professor|Judge|Ambassador)\.?[ \t]+)?)?$",
                          re.IGNORECASE)
# A post no longer held, right before it: "former Human Rights Defender", "ex-Ombudsman".
_FORMER = re.compile(r"(?:former|ex-|retired|onetime)[ \t]*$", re.IGNORECASE)
# What stands between a one-person office and its holder's surname: a comma, a title, her first name.
_HOLDER_GAP = re.compile(r"[ \t]*,?[ \t]*(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?(?:[A-Z][a-z’'-]+[ \t]+)?")
# "executive secretary of the ", "head of": a post right before the institution it is of.
_POST_OF = re.compile(rf"(?<![\w-])(?:{POST_NOUNS}|minister|chair(?:man|woman|person)?|president)\s+(?:of|for|to|at)\s+(?:the\s+)?$",
                      re.IGNORECASE)
# "Armenian Foreign Ministry spokesman Aram Petrosyan": the post word between an institution and a name, or before
# the name in apposition ("Azerbaijan's Foreign Ministry spokesperson, Turan Karimli, told reporters").
POST_WORD = re.compile(r"\s+(?:deputy\s+|chief\s+|press\s+)?(?:spokes(?:man|woman|person)|representative|official"
                       r"|counsel|agent|envoy|head)(?:\s*,)?\s+$", re.IGNORECASE)
# "Azerbaijan's State Security Service said": an organ of a State the registry does not list speaks for
# that State (held-out 4 decision 7: agents of the detaining state speaking in their function).
# Written in capitals or not ("Azerbaijan's presidential administration").
_STATE_ORGAN = re.compile(rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})['’]s\s+(?:[\w’'-]+\s+){{0,4}}?"
                          r"(?i:service|ministry|office|prosecutor|police|army|agency|commission|forces|guard|guards"
                          r"|department|committee|procuracy|council|administration|government)"
                          # ... and what the organ is of ("Azerbaijan's Ministry of Defence", "... Office of the
                          # Prosecutor General")
                          r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})?\s*$")
# A State where a post is held or to which it is sent ("head of our delegation in Armenia", "Ambassador to Armenia"):
# a place, not the institution the post is of.
_PLACE_BEFORE = re.compile(r"\b(?:in|to)\s+$")
# A political group named after a State or a word of one: "the Armenia faction", "the Hayastan alliance".
_GROUP_AFTER = re.compile(r"[ \t]+(?:faction|alliance|party|bloc|caucus|coalition)\b", re.IGNORECASE)


# A post an institution's alias names (the UN's "Secretary-General"), and the ranks before such a post.
_POST_ALIAS = re.compile(r"(?i)\bsecretary-general$")
_RANK = re.compile(r"(?i)^(?:(?:the|assistant|under|deputy|acting)[\s-]+)+")


class Posts:
    """The institutions that posts and offices in one document belong to."""

    def __init__(self, text: str, date, registry, actor_spans):
        self.text, self.date, self.registry, self.actor_spans = text, date, registry, actor_spans
        self._offices: dict[str, str | None] = {}   # a pure cache of one_person_office

    def institution_in(self, start: int, end: int) -> str | None:
        """The first registered institution (not a person) named between ``start`` and ``end``; never a State's
        name in a political group's ("head of the Armenia faction": its members speak for themselves, hard case 16),
        nor a place the post is held in or sent to ("head of our delegation in Armenia", "Ambassador to Armenia")."""
        for s, e, actor_id, _ in self.actor_spans:
            if start <= s < end and self.registry[actor_id].type != "person" and not _GROUP_AFTER.match(self.text, e) \
                    and not _PLACE_BEFORE.search(self.text, max(start, s - 4), s):
                return actor_id
        return None

    def one_person_office(self, phrase: str) -> str | None:
        """The registered office ``phrase`` names when one person holds it (an ombudsperson), or the post of an
        institution the registry knows by that post ("Secretary-General", "Assistant Secretary-General": the
        United Nations, hard case 12), else None."""
        if phrase not in self._offices:  # appositives repeat; resolving one scans every alias
            found = registry_module.resolve(phrase, self.date, self.registry)
            if not (found and self.registry[found].role in ONE_PERSON):
                found = self._post_alias(phrase)
            self._offices[phrase] = found
        return self._offices[phrase]

    def _post_alias(self, phrase: str) -> str | None:
        """The institution whose alias is the post ``phrase`` names, a rank before it allowed."""
        post = _RANK.sub("", phrase.strip())
        if not _POST_ALIAS.search(post):
            return None
        found = registry_module.resolve(post, self.date, self.registry, strict=True)
        return found if found and self.registry[found].type != "person" and self.registry[found].office != "state" \
            else None

    def office_before(self, floor: int, end: int) -> str | None:
        """The one-person office the registry lists written right before its holder's name ("The Human Rights
        Defender of Armenia, Anahit Manasyan,", "Human Rights Defender Anahit Manasyan"; ``end`` at her first name
        or her surname), else None."""
        office = next((span for span in reversed(self.actor_spans) if floor <= span[0] and span[1] <= end
                       and _HOLDER_GAP.fullmatch(self.text, span[1], end)), None)
        if not office or _FORMER.search(self.text, max(0, office[0] - 12), office[0]):
            return None  # "former Human Rights Defender Arman Tatoyan": a post no longer held (hard case 12)
        return office[2] if self.one_person_office(self.text[office[0]:office[1]]) == office[2] else None

    def after(self, end: int, ceiling: int) -> str | None:
        """The registered institution whose post an appositive right after a name gives (", head of the ICRC
        delegation", ", a spokesperson for the Foreign Ministry of Azerbaijan"), else None."""
        m = _POST.match(self.text, end, min(ceiling + 120, len(self.text)))
        return self.institution_in(m.start("post"), m.end()) if m else None

    def predicate(self, end: int, ceiling: int) -> str | None:
        """The registered institution whose post a copula right after a name gives ("Ariane Keller is the
        ICRC's regional director"; a past post, "X was an ICRC delegate", is hers no longer), else None."""
        m = _IS_POST.match(self.text, end, min(ceiling + 120, len(self.text)))
        if m:
            return self.institution_in(m.start("post"), m.end())
        m = _HEADS.match(self.text, end, min(ceiling + 120, len(self.text)))
        bodies = [a for s, _e, a, _ in self.actor_spans if m and m.start("post") <= s < m.end()
                  and self.registry[a].type != "person"]
        # "Azerbaijan's State Commission ...": the body headed, not the State that owns it
        return next((a for a in bodies if self.registry[a].office != "state"), bodies[0] if bodies else None)

    def before(self, floor: int, end: int) -> str | None:
        """The registered institution of a post written just before ``end`` ("the Agent of the Armenian
        Government", "a spokesperson for the ICRC", "Azerbaijan's Agent"), else None."""
        owned = _OWNED_POST.search(self.text, max(floor, end - 120), end)
        if owned:  # "Azerbaijan's Agent, Elvin Gasimov, rejected": the owner of the post
            found = registry_module.resolve(owned.group("owner"), self.date, self.registry, strict=True)
            if found and self.registry[found].type != "person":
                return found
        office = self.office_before(floor, end)
        if office:
            return office
        m = _POST_BEFORE.search(self.text, max(floor, end - 120), end)
        if m:  # ... its institution's name may stand before the post ("The EU Special Representative for the South
            # Caucasus, Henrik Dahl,")
            owner = _OWNER_WORDS.search(self.text, max(floor, m.start() - 40), m.start())
            return self.institution_in(owner.start() if owner else m.start(), end)
        # "The executive secretary of the State Commission on Prisoners of War, Hostages and Missing Persons,": a
        # registered name may hold the commas the pattern above stops at
        named = next((span for span in reversed(self.actor_spans) if span[1] <= end
                      and not self.text[span[1]:end].strip(" \t,")), None)
        if named and self.registry[named[2]].type != "person" \
                and _POST_OF.search(self.text, max(floor, named[0] - 60), named[0]):
            return named[2]
        m = _INSTITUTION_POST.search(self.text, max(floor, end - 80), end)
        return self.institution_in(m.start("post"), end) if m else None

    def state_organ(self, segment: str) -> tuple[int, str] | None:
        """(offset in ``segment``, owner) for an organ of a registered State or institution that the registry
        does not list ("Azerbaijan's State Security Service", "the European Union's foreign service"), else
        None."""
        m = _STATE_ORGAN.search(segment)
        if not m:
            return None
        owner = registry_module.resolve(m.group(1), self.date, self.registry, strict=True)
        if not owner or self.registry[owner].type == "person":  # "the European Union's foreign service": the Union
            # "Azerbaijan's Prosecutor General's Office", "the Azerbaijani Prosecutor General's Office": the office
            # of a post, owned by the State its first word names
            owner = registry_module.state_named(re.split(r"['’]s\b|\s", m.group(1))[0], self.date, self.registry)
        if not owner:
            return None
        # the body the registry knows by that name there ("Azerbaijan's Ministry of Foreign Affairs"), else the owner
        organ = re.sub(r"^.*?['’]s\s+", "", m.group().strip())
        return m.start(), organ_in(organ, self.registry[owner].affiliation, self.date, self.registry) or owner


# A public office of a State, as a signature's line or a heading gives it after its holder's name: "Commissioner for
# Human Rights (Ombudsman) of the Republic of Azerbaijan", "Ambassador of Armenia to Canada".
OFFICE_OF_STATE = re.compile(rf"[ \t]*(?:(?:Deputy|Acting|Chief|Special|Permanent)[ \t]+)?(?:Commissioner|Ombudsman"
                             rf"|Ombudsperson|Defender|Minister|Ambassador|Prosecutor|Envoy|Representative|Consul)\b"
                             rf"[^\n]{{0,80}}?[ \t]+of[ \t]+(?:the[ \t]+)?(?:Republic[ \t]+of[ \t]+)?"
                             rf"(?P<state>{_NAME_WORD})"
                             rf"(?:[ \t]+(?:to|in|at)[ \t]+[^\n]{{1,60}})?[ \t]*")


def office_named(date, registry, post: str) -> str | None:
    """The registered office a post names ("Human Rights Defender of the Republic of Armenia": hrd_armenia), else a
    State's public office's State (hard case 15), else None."""
    if len(post) > 120:
        return None
    found = registry_module.resolve(registry_module.short_style(re.sub(r"\s*\([^)]*\)", "", post)), date, registry,
                                    strict=True)
    if found and registry[found].type != "person":
        return found
    office = OFFICE_OF_STATE.fullmatch(post)
    return registry_module.state_named(office.group("state"), date, registry) if office else None


# A post of an institution named by its short name before it, in a transcript's label before the holder's name:
# "EU Special Representative", "ICRC Head of Delegation", "OSCE Chairperson-in-Office".
_LABEL_POST = re.compile(r"(?P<org>[A-Z][\w.-]*)[ \t]+(?P<post>[A-Z][\w-]*(?:[ \t]+(?:of|for|the|[A-Z][\w-]*)){0,5})")


def institution_post(date, registry, words, title: str) -> str | None:
    """The registered institution (no State, no person) whose post ``title`` is ("EU Special Representative": eu), so
    that an unregistered holder speaks for it (hard case 12); None for a post of no registered institution."""
    m = _LABEL_POST.fullmatch(title.strip())
    if not m or not any(w.lower() in words.title_nouns | words.role_nouns for w in m.group("post").split()):
        return None
    found = registry_module.resolve(m.group("org"), date, registry, strict=True)
    return found if found and registry[found].type != "person" and registry[found].office != "state" else None
