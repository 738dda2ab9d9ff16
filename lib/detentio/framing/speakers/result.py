"""What the rules decided for one document, and :meth:`Speakers.at` to ask it.

Decisions are kept by scope, and :meth:`Speakers.at` asks the narrowest
scope first: speech nested inside a quotation, then the quotation, then a
part of a sentence, then the sentence, then the document's fallback (the
issuer or the outlet). Which rule may write where, and in what order the
rules run, is the registry's table (:mod:`.registry`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from detentio.framing.speakers import organs


class Speaker(NamedTuple):
    speaker: str | None
    rule: str | None
    quoted: bool
    phrase: str | None = None    # the phrase form that read the speaker of the rule's cue (phrases.FORMS)


@dataclass
class Region:
    start: int
    end: int
    speaker: str | None
    rule: str
    phrase: str | None = None


@dataclass
class Speakers:
    """Speaker attributions of one document; ask :meth:`at` for any offset."""

    doc: object                                   # the document.Document
    fallback: str | None
    outlet: str | None = None                     # outlet_speaker(outlet, source)
    fallback_rule: str = "outlet"                 # "issuer" when a statement names who issued it
    disabled: frozenset = frozenset()             # rules switched off: their decisions are not recorded
    regions: list[Region] = field(default_factory=list)                         # nested speech in quotations
    # (speaker, rule, phrase form) of each decided quotation and sentence
    quote_speakers: dict[int, tuple[str | None, str, str | None]] = field(default_factory=dict)
    sentence_regions: dict[int, list[Region]] = field(default_factory=dict)     # parts of sentences
    sentence_speakers: dict[int, tuple[str | None, str, str | None]] = field(default_factory=dict)
    partial: set[int] = field(default_factory=set)     # sentences where a speaker holds only a relative clause
    # partial sentences whose words before the speaker are the narrator's ("After the release of 32 men, Baku
    # acknowledged 23"): never continued from the sentence before; the speaker named runs on after them
    narrated: set[int] = field(default_factory=set)
    labelled: dict[int, tuple[str | None, str]] = field(default_factory=dict)   # transcript paragraphs
    boilerplate: list[tuple] = field(default_factory=list)                      # page chrome (start, end, rule)
    front: dict = field(default_factory=dict)     # front matter the rules read: kind, author
    layout: str = "unrecognised"                  # the layout the layout stage recognised (layout.Layout.name)
    _full_names: dict = field(default_factory=dict, repr=False)  # speaker -> its fullest form (full_name)

    def __post_init__(self):
        self.boilerplate = sorted(self.boilerplate)

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def quotes(self) -> list:
        return self.doc.quotes

    @property
    def sentences(self) -> list[tuple[int, int, int]]:
        return self.doc.sentences

    @property
    def attributions(self) -> list:
        """The cues that name a speaker (reporting verbs and who they name)."""
        return self.doc.cues

    # --- recording a decision (a switched-off rule records nothing) ---------

    def decide_sentence(self, index: int, speaker: str | None, rule: str, phrase: str | None = None) -> None:
        """``phrase``: the phrase form that read the speaker of the cue the rule applied, if any."""
        if rule not in self.disabled:
            self.sentence_speakers[index] = (speaker, rule, phrase)

    def decide_paragraph(self, number: int, speaker: str | None, rule: str) -> None:
        """A turn's or section's paragraph is ``speaker``'s (nobody named: nothing recorded)."""
        if speaker and rule not in self.disabled:
            self.labelled[number] = (speaker, rule)

    def decide_quote(self, qi: int, speaker: str | None, rule: str, *, fill: bool = False,
                     phrase: str | None = None) -> None:
        """``fill``: only when no rule has decided the quotation yet."""
        if rule not in self.disabled and not (fill and qi in self.quote_speakers):
            self.quote_speakers[qi] = (speaker, rule, phrase)

    def decide_regions(self, index: int, regions: list[Region]) -> None:
        kept = [r for r in regions if r.rule not in self.disabled]
        if kept:
            self.sentence_regions[index] = kept

    def add_region(self, region: Region) -> None:
        if region.rule not in self.disabled:
            self.regions.append(region)

    # --- asking -------------------------------------------------------------

    def in_boilerplate(self, start: int, end: int | None = None) -> bool:
        """Whether ``[start, end)`` lies inside one page-chrome span."""
        return self.doc.chrome_holds(start, start + 1 if end is None else end)

    def sentence_of(self, offset: int) -> int:
        return self.doc.sentence_of(offset)

    def quote_at(self, offset: int) -> int | None:
        return self.doc.quote_at(offset)

    def own_voice(self, offset: int, subject_start: int, subject_end: int) -> bool:
        """Whether the subject at ``[subject_start, subject_end)`` is who speaks at ``offset``: "The ICRC does
        not use the term ..." in the ICRC's own release withholds the label in its own voice (hard case 13)."""
        speaker = self.at(offset).speaker
        # as ``cue.settle`` does, the phrase's reading is the speaker (a registered name is already its id)
        return bool(speaker) and self.doc.namer.speaker_of(subject_start, subject_end) == speaker

    def _enclosing(self, index: int) -> int | None:
        return self.doc.outer[index]

    def at(self, offset: int) -> Speaker:
        """Who says the words at ``offset``, by which rule, and whether they are quoted. An unregistered
        person named by her surname alone, or in capitals ("ARANDA:"), is given as the text names her in full
        when it names only one person of that surname ("Erik Halvorsen"): one person, one speaker."""
        found = self._at(offset)
        return found._replace(speaker=self.full_name(found.speaker)) if found.speaker else found

    def full_name(self, speaker: str) -> str:
        """``speaker`` in its fullest form in this text (see :meth:`at`); registered ids, outlets and names of
        two words or more are returned unchanged, but for the publisher's own name without its company's
        suffix ("Keller Avakian rejects" in a release of Keller Avakian LLP): the outlet's voice."""
        if speaker not in self._full_names:
            # only where the outlet is the text's own voice: a public body publishing speaks by its name (hard
            # case 15), and a registered publisher by its id
            own_voice = self.fallback == self.outlet and speaker not in self.doc.registry.actors
            publisher = (self.outlet or "").removeprefix("outlet:")
            full = (_publisher_named(self.outlet, speaker) if own_voice else None) \
                or (speaker if speaker == publisher else _full_name(self.doc, speaker))
            # "The Chairpersonship welcomes" after a heading's "OSCE Chairpersonship": the publisher as it writes
            # itself, never "Osce Chairpersonship"
            self._full_names[speaker] = publisher if publisher and full.lower() == publisher.lower() \
                and full not in self.doc.registry.actors else _organ_state(self.doc, full)
        return self._full_names[speaker]

    def _at(self, offset: int) -> Speaker:
        q = self.quote_at(offset)
        if q is not None:
            for region in self.regions:
                if region.start <= offset < region.end:
                    return Speaker(region.speaker, region.rule, True, region.phrase)
            outer = q
            while outer is not None:
                if outer in self.quote_speakers:
                    speaker, rule, phrase = self.quote_speakers[outer]
                    return Speaker(speaker, rule, True, phrase)
                outer = self._enclosing(outer)
        sentence = self.sentence_of(offset)
        for region in self.sentence_regions.get(sentence, []):
            if region.start <= offset < region.end:
                return Speaker(region.speaker, region.rule, q is not None, region.phrase)
        if sentence in self.sentence_speakers:
            speaker, rule, phrase = self.sentence_speakers[sentence]
            return Speaker(speaker, rule, q is not None, phrase)
        return Speaker(self.fallback, self.fallback_rule if self.fallback else None, q is not None)

    def table(self) -> list[dict]:
        """The attributions found (reporting verbs and who they name), for review."""
        return [{"start": a.np_start, "end": a.verb_end, "text": self.text[min(a.np_start, a.verb_start):
                                                                           max(a.np_end, a.verb_end)],
                 "form": a.form, "speaker": a.speaker, "via": a.via, "quoted": a.quote is not None}
                for a in self.attributions]


# What follows a firm's name in its full style: "Keller Avakian LLP", "Petrosyan & Partners", "Avetisyan Law Office".
_COMPANY = re.compile(r"[ \t]+(?:&[ \t]+)?(?:LLP|LLC|Ltd\.?|Limited|Inc\.?|PLC|GmbH|AG|S\.A\.|CJSC|OJSC|Partners|Associates"
                      r"|Law[ \t]+(?:Firm|Office|Offices|Group)|Attorneys(?:[ \t]+at[ \t]+Law)?)\.?")


# A publisher's governing organ before its name: "Executive Committee of", "Board of Trustees of", "Presidium of the".
_ORGAN_OF = re.compile(r"(?:the[ \t]+)?(?:Executive[ \t]+(?:Committee|Board|Council)|Board(?:[ \t]+of[ \t]+(?:Directors|Trustees))?"
                       r"|Presidium|Bureau|Secretariat|Governing[ \t]+(?:Board|Council|Body)|Steering[ \t]+Committee)"
                       r"[ \t]+of[ \t]+", re.IGNORECASE)


def _publisher_named(outlet: str | None, speaker: str) -> str | None:
    """The outlet's voice when ``speaker`` is the publisher's own name, that name without its company suffix, or
    its governing organ's ("Executive Committee of ..."), else None."""
    name = outlet[len("outlet:"):] if outlet and outlet.startswith("outlet:") else None
    if not name or ":" in speaker:
        return None
    if _bare(speaker) == _bare(name):  # "The Union of Families ... today called for" in the Union's own release
        return outlet
    organ = _ORGAN_OF.match(speaker)
    if organ and _bare(speaker[organ.end():]) == _bare(name):
        return outlet  # "The Executive Committee of the Armenian Amateur Wrestling Federation" in its own statement
    if " " not in speaker or not name.startswith(speaker):
        return None
    return outlet if _COMPANY.fullmatch(name[len(speaker):]) else None


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().lower())


# A surname that opens with its particle: "Van Aalst", "de Vries".
_PARTICLE_SURNAME = re.compile(r"(?i:van|von|de|der|den|du|la|le|di|da|del|della|ter|ten)[ \t]+[A-Z][a-z’'-]+")


def _full_name(doc, speaker: str) -> str:
    """The one full name ("Erik Halvorsen") this text gives a surname ``speaker`` ("Halvorsen", "HALVORSEN", "Van
    Aalst"), its surname in title case when it gives none, else ``speaker`` unchanged."""
    if _PARTICLE_SURNAME.fullmatch(speaker) and speaker not in doc.registry.actors:
        # "Van Aalst:" at a line's start: the "Pieter van Aalst" the text names, as it writes him
        found = {m.group() for m in re.finditer(rf"(?<![\w’'-])[A-Z][a-z’']+(?:-[A-Z][a-z’']+)*[ \t]+"
                                                 rf"(?i:{re.escape(speaker.split()[0])})[ \t]+"
                                                 rf"{re.escape(speaker.split(None, 1)[1])}\b", doc.text)}
        return found.pop() if len(found) == 1 else speaker
    if " " in speaker and speaker not in doc.registry.actors and re.search(r"\s(?:van|von|de|der|den|ter|le|la)\s", speaker):
        # "SOFIE VAN ACKER:" read as "Sofie van Acker": her particle as the text writes it ("Sofie Van Acker")
        written = {m.group() for m in re.finditer(rf"(?<![\w’'-])(?i:{re.escape(speaker)})(?![\w’'-])", doc.text)
                   if not any(w.isupper() and len(w) > 1 for w in m.group().split())}  # (never "Pieter DE VRIES")
        return written.pop() if len(written) == 1 else speaker
    if " " in speaker or ":" in speaker or speaker in doc.registry.actors or not speaker[:1].isupper() \
            or speaker in doc.namer.short.values() \
            or not speaker.replace("-", "").replace("’", "").replace("'", "").isalpha():
        return speaker
    surname = speaker.title() if speaker.isupper() and len(speaker) > 2 else speaker
    excluded = doc.words.title_words | doc.words.not_names
    if surname.lower() in excluded:
        return surname  # a chair's "Speaker." is a post, no surname: never "Madam Speaker"
    # (a compound first name whole: "Pierre-Yves Lambert", never "Yves Lambert")
    first = r"(?<![\w’'-])([A-Z][a-z’']+(?:-[A-Z][a-z’']+)*)"
    firsts = {m.group(1) for m in re.finditer(rf"{first}[ \t]+{re.escape(surname)}\b", doc.text)
              if m.group(1).lower() not in excluded}
    # a family's names ("Astghik Melkumyan", "Sargis Melkumyan") say nothing of which one she is
    return f"{firsts.pop()} {surname}" if len(firsts) == 1 else surname


def _organ_state(doc, speaker: str) -> str:
    """The registered State an unregistered organ named in full speaks for ("the Penitentiary Service of the
    Ministry of Justice of the Republic of Azerbaijan" submitting in court: azerbaijan, hard case 15), else
    ``speaker``."""
    if " of " not in speaker or speaker in doc.registry.actors or ":" in speaker:
        return speaker
    organ = organs.organ_of(doc, speaker)
    return organ[0] if organ else speaker
