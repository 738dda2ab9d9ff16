"""The speaker rules' patterns, compiled from ``data/lexicon.yml``.

>>> from detentio.framing.speakers import vocabulary
>>> words = vocabulary.current()
>>> bool(words.verb.match("noted that"))
True

One :class:`Vocabulary` per loaded lexicon (cached by its identity, and the
lexicon by its file's mtime and size), so an edited lexicon takes effect on
the next document without restarting a kernel.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from detentio.core.calendar import MONTH
from detentio.framing import lexicon as lexicon_module
from detentio.framing.speakers.grammar import IN_THIS_WORD, NAME_WORD


def alternation(phrases, longest_first: bool = False) -> str:
    """A regex alternation of literal phrases, any run of spaces between their words."""
    if longest_first:  # so that "pointed out" is tried before a shorter word
        phrases = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """Compiled patterns and word sets of one lexicon (fields named after what they find)."""

    lexicon: lexicon_module.Lexicon
    verb: re.Pattern                 # "said", "pointed out", "saying" (group ing), "according to"
    first_words: frozenset           # words that can start ``verb``: tried only there, for speed
    weak: frozenset
    gerund_verbs: frozenset
    manner: frozenset                # "put it more simply last year:", "was blunter:": speech before a colon
    adverbs: re.Pattern
    description_before: re.Pattern
    description_after: re.Pattern
    group_before: re.Pattern
    owned_before: re.Pattern
    owned_description_before: re.Pattern
    title_run_before: re.Pattern
    office_then_name: re.Pattern
    title_words: frozenset
    title_nouns: frozenset
    institution_words: frozenset
    not_names: frozenset
    state_names: frozenset           # "Germany", "Latvia": States a meeting summary names alone as speakers
    state_places: dict               # "Kapan": "armenia": undisputed places of a registered State, by name
    role_nouns: frozenset            # "minister", "ombudsperson": nouns a description of a speaker ends with
    describing_words: frozenset      # role nouns and the lexicon's role words ("mother", "lawyer", "NGO")
    connective: re.Pattern
    continues: re.Pattern
    question_intro: re.Pattern
    headline_says: re.Pattern
    issued: re.Pattern
    question_labels: frozenset
    delivered: re.Pattern
    delegation_before: re.Pattern    # "The delegation" right before a verb: the State party under review
    members_before: re.Pattern       # "A Committee member" right before a verb: the reviewing body
    reviewed: re.Pattern             # "the report of Azerbaijan": the State under review (group state)
    interviewer: re.Pattern          # "our correspondent Anna Karapetyan"
    briefing: re.Pattern
    chair_labels: frozenset
    answer_labels: frozenset
    opinion: re.Pattern
    broadcast_cue: re.Pattern        # "NAT SOUND:", "GRAPHIC (MAP):": a script's direction, nobody's turn
    broadcast_directions: frozenset  # "VO", "SOT": how a script's speaker is heard, no name
    agents: dict                     # "prosecutors" -> the detaining State's actor id (detaining_agents)
    agent_before: re.Pattern         # "an officer", "a guard" right before a verb (group agent)
    pronoun_of: dict                 # "nune" -> "she", "vardan" -> "he": the pronoun a first name takes

    def before_adverbs(self, text: str, floor: int, end: int) -> int:
        """Where the words before ``end`` stop, once the adverbs and auxiliaries right before it are dropped
        ("the State party had publicly called": the end of "the State party"), not before ``floor``."""
        while True:
            m = self.adverbs.search(text, floor, end)
            if not m or m.start() == m.end():
                return end
            end = m.start()

    def verbs(self, text: str):
        """Every verb of saying (and "according to") in ``text``, as regex matches, in order."""
        # One pass over the words and a set lookup is much faster than letting
        # a long alternation run at every word start.
        for word in _WORDS.finditer(text):
            if word.group().lower() in self.first_words:
                match = self.verb.match(text, word.start())
                if match:
                    yield match


_WORDS = re.compile(r"(?<![\w-])[A-Za-z]+")


def _lower(words) -> frozenset:
    return frozenset(w.lower() for w in words)


def _verb_patterns(lex) -> dict:
    say = lex["reporting_verbs"] + lex["reporting_phrases"] + lex["manner_phrases"]
    express = r"express(?:ed|es)\s+(?:\w+\s+)?(?:" + alternation(lex["expressed"]) + ")"
    # "called in May 2021 for the release", "called again on Baku to": "called for" around a time or an adverb
    express += (r"|call(?:s|ed)?\s+(?:(?:again|repeatedly|publicly|formally|already|once\s+more|(?:in|on|last|as\s+early\s+as)"
                r"\s+\w+(?:\s+\d{4})?)\s+)+(?:for|on)")
    # "spoke for years of ...", "has spoken for months about": how long one spoke, then what of
    express += r"|(?:spoke|speaks|speak|spoken)\s+for\s+(?:(?:many|several|some|two|three|four|five)\s+)?(?:years|months|decades|weeks)\s+(?:of|about)"
    # "now speaks more often of ...", "spoke mostly and increasingly about": how often or how one spoke, then what of
    express += (r"|(?:spoke|speaks|speak|spoken)\s+(?:(?:more|most|less|far|much|increasingly|often|frequently|rarely"
                r"|seldom|sometimes|mainly|mostly|chiefly|largely|now|still|again|usually|instead|openly|publicly"
                r"|officially|consistently|repeatedly)(?:\s+and)?\s+){1,3}(?:of|about)")
    # "spoke at the UN General Assembly of ...", "spoke in Geneva of": where one spoke, by its name, then what of
    express += r"|(?:spoke|speaks|speak|spoken)\s+(?:at|in|before)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,5}(?:of|about)"
    verb = re.compile(
        r"(?<![\w-])(?:(?P<according>according\s+to)|(?P<ing>" + alternation(lex["reporting_participles"], True)
        + r")|(?P<verb>" + express + "|" + alternation(say, True) + r"))(?![\w-])", re.IGNORECASE)
    first = ["according", "expressed", "expresses", "spoken"] + [p.split()[0] for p in say + lex["reporting_participles"]]
    return {"verb": verb, "first_words": _lower(first),
            "weak": _lower(lex["weak_reporting_verbs"]) | _lower(lex["manner_phrases"]),
            "gerund_verbs": _lower(lex["gerund_reporting_verbs"]), "manner": _lower(lex["manner_phrases"]),
            "adverbs": re.compile(r"(?:\s+|^)(?:" + alternation(lex["speaker_adverbs"]) + "|" + _WHEN + r")\s*$",
                                  re.IGNORECASE)}


# A time given between a speaker and her verb ("Armenian officials, who in 2021 often called them", "Baku in May
# 2021 said"): a year, or a month and year, after "in", "since", "until" or "by". A pattern, not lexicon words:
# the years cannot be listed.
_WHEN = rf"(?:in|since|until|by)\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTH}\s+)?(?:19|20)\d{{2}}"


def _name_patterns(lex) -> dict:
    roles = alternation(lex["role_nouns"])
    offices = alternation(lex["offices"])
    return {
        "description_before": re.compile(rf"(?<!\w)[Tt]he\s+((?:[\w’'-]+\s+){{0,3}}?(?:{roles}))\s*$", re.IGNORECASE),
        "description_after": re.compile(rf"^\s*[Tt]he\s+((?:[\w’'-]+\s+){{0,3}}?(?:{roles}))(?!\w)", re.IGNORECASE),
        "group_before": re.compile(rf"(?<![\w-])((?:{NAME_WORD}\s+)+(?:[a-z-]+\s+){{0,2}}"
                                   rf"(?:{alternation(lex['group_nouns'])}))\s*$"),
        # ... with its brief after it: "The European Union's spokesperson for foreign affairs said"
        "owned_before": re.compile(rf"({NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})['’]s\s+"
                                   rf"(?:{alternation(lex['owned_offices'])})(?:\s+(?:for|on)(?:\s+[a-z]+){{1,3}})?\s*$"),
        # "the ombudsperson's office said": an office described, not named
        "owned_description_before": re.compile(rf"(?<!\w)[Tt]he\s+((?:[\w’'-]+\s+){{0,3}}?(?:{roles}))['’]s\s+"
                                               rf"(?:{alternation(lex['owned_offices'])})\s*$", re.IGNORECASE),
        # capitalised words and lower-case nouns of office right before a name
        "title_run_before": re.compile(
            rf"((?:(?:{NAME_WORD}|{offices}|{alternation(lex['office_modifiers'])})\s+)+)$"),
        "office_then_name": re.compile(rf"\s+(?:{offices})\s+({NAME_WORD}(?:\s+{NAME_WORD})+)"),
        "title_words": _lower(lex["title_words"]), "title_nouns": _lower(lex["title_nouns"]),
        "institution_words": _lower(lex["institution_words"]), "not_names": _lower(lex["not_names"]),
        "state_names": frozenset(lex["state_names"]),
        "state_places": {place: state for state, places in lex["state_places"].items() for place in places},
        "role_nouns": _lower(lex["role_nouns"]),
        # "minister", "mother", "lawyer": every word that says who a person is (role nouns and role words)
        "describing_words": _lower(lex["role_nouns"]) | {w.lower() for ws in lex["role_words"].values() for w in ws},
    }


def _discourse_patterns(lex) -> dict:
    connectives = alternation(lex["connectives"])
    kinds = alternation([*lex["statement_kinds"], *lex["delivered_kinds"]])
    return {
        "connective": re.compile(rf"^\W*(?:{connectives})\b", re.IGNORECASE),
        "continues": re.compile(rf"^\W*(?:{alternation(lex['continuation_openers'])}|{connectives}|{IN_THIS_WORD})\b",
                                re.IGNORECASE),
        "question_intro": re.compile(rf"\b(?:{alternation(lex['question_cues'])})\b", re.IGNORECASE),
        "headline_says": re.compile(rf"(?:,|:|\s[-–—])\s*(?:{alternation(lex['headline_verbs'])})\s+(?P<after>.+?)\s*$",
                                    re.IGNORECASE),
        "issued": re.compile(
            # "B. Explanatory memorandum by Ms Ingrid Hallvard, rapporteur": a section's letter or number first
            rf"^\s*(?:(?:[A-Z]|[IVX]{{1,4}}|\d{{1,2}})\.\s+)?(?:(?:(?:joint|press|news|official)\s+)?(?:{kinds})\s*(?:(?:of|by|from|issued\s+by)\s+|[,:—–-]\s*)"
            # "Opinion adopted by the Working Group on Arbitrary Detention at its 100th session": a UN body's
            # opinion, views or decision printed in full speaks for the body
            r"|(?:opinions?|views|decision|concluding\s+observations)\s+adopted\s+by\s+)"
            r"(?P<issuer>[^.!?]{3,120}?)(?:\s+at\s+its\b[^.!?]*|\s*\([^()]*\))?\s*\.?\s*$", re.IGNORECASE),
        "question_labels": _lower(lex["question_labels"]),
        # "Homily of Bishop X": a heading that names a text delivered aloud and printed in full
        "delivered": re.compile(rf"\s*(?:{alternation(lex['delivered_kinds'])})\s+(?:of|by|delivered\s+by)\s+", re.IGNORECASE),
    }


def _layout_patterns(lex) -> dict:
    def before(key):
        return re.compile(rf"(?<![\w-])(?:{alternation(lex[key], True)})\s*$", re.IGNORECASE)

    return {
        "delegation_before": before("record_delegation"), "members_before": before("record_members"),
        "reviewed": re.compile(rf"\b(?:{alternation(lex['reviewed_words'], True)})\s+(?:(?:of|submitted\s+by|by)\s+)?(?:the\s+)?"
                               rf"(?:Republic\s+of\s+)?(?P<state>{NAME_WORD})", re.IGNORECASE),
        # "our correspondent Anna Karapetyan", "The anchor, Laura Bennett,"
        "interviewer": re.compile(rf"\b(?:{alternation(lex['interviewer_words'])}),?\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD})+)"),
        "briefing": re.compile(rf"\b(?:{alternation(lex['briefing_words'], True)})\b", re.IGNORECASE),
        "chair_labels": _lower(lex["chair_labels"]), "answer_labels": _lower(lex["answer_labels"]),
        "agents": {noun.lower(): actor for actor, nouns in lex["detaining_agents"].items() for noun in nouns},
        "agent_before": re.compile(
            rf"(?<![\w-])(?:(?:an?|one|some|two|several)\s+)?(?:(?:Azerbaijani|young|senior|other)\s+)?"
            rf"(?P<agent>{alternation([n for ns in lex['detaining_agents'].values() for n in ns])})"
            # ... where it acted: "the prosecutor in the 2021 trial called them ..."
            r"(?:\s+(?:in|at|during)\s+(?:the|his|her|their)\s+(?:(?:19|20)\d\d\s+|first\s+|second\s+|appeal\s+)?"
            r"(?:trial|hearings?|case|proceedings|court|interrogations?))?\s*$",
            re.IGNORECASE),
        "opinion": re.compile(rf"^\W*(?:{alternation(lex['opinion_words'], True)})\b", re.IGNORECASE),
        # a direction in capitals, any bracket after it, then its colon or dash ("NAT SOUND (CROWD):")
        "broadcast_cue": re.compile(rf"[ \t]*(?:{alternation([c.upper() for c in lex['broadcast_cues']], True)})"
                                    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*(?::|[—–][ \t])[ \t]*"),
        "broadcast_directions": _lower(lex["broadcast_directions"]),
        "pronoun_of": {name.lower(): pronoun for pronoun, names in lex["first_name_pronouns"].items() for name in names},
    }


@lru_cache(maxsize=4)
def build(lexicon: lexicon_module.Lexicon) -> Vocabulary:
    """The patterns of ``lexicon`` (compiled once per loaded lexicon)."""
    return Vocabulary(lexicon=lexicon, **_verb_patterns(lexicon), **_name_patterns(lexicon),
                      **_discourse_patterns(lexicon), **_layout_patterns(lexicon))


def current() -> Vocabulary:
    """The vocabulary of ``data/lexicon.yml`` as the file is now."""
    return build(lexicon_module.load())
