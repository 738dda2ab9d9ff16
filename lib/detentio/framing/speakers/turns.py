"""A layout's data: the turns of a body (who speaks from which paragraph on) and the layout that holds them.

>>> Turn(paragraph=3, kind="question", label="Q", start=120)
>>> Layout("interview", turns, answerer="Henrik Solvang")

Recognised by :mod:`detentio.framing.speakers.layout` (and its printed dialogues, :mod:`.dialogue`).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Turn:
    paragraph: int
    kind: str            # question | answer | debate | chair | entry | label | caller | cue
    label: str           # the label as written ("Mr. HAKOBYAN", "Q", "14:05")
    start: int           # where the turn's own words begin
    detail: str | None = None   # what the parentheses say: a country, an outlet, a journalist
    office: str | None = None   # an office after the name ("Member of the Commission", "rapporteur")


@dataclass
class Layout:
    name: str
    turns: list[Turn] = field(default_factory=list)
    answerer: str | None = None       # an interview's interviewee, a briefing's spokesperson
    asker: str | None = None          # an interview's interviewer, when the introduction names her
    heading_end: int = -1             # last paragraph of a briefing's heading
    state_party: str | None = None    # a summary record's State under review (actor id)
    body: str | None = None           # a summary record's reviewing body
    author: str | None = None         # a signed piece's author: front matter, else its byline
    parliament: bool = False          # a debate record of a parliament (its members speak for themselves)
    house: str | None = None          # a national parliament's State (actor id), when the record says it
    unlisted: str | None = None       # ... or its State's name, when the registry does not list that State

    @property
    def starts(self) -> set[int]:
        """Paragraphs where a turn begins: a speaker never carries into them."""
        return {t.paragraph for t in self.turns}


# A programme's own roles, whose holder the first turn may name in brackets.
_HOSTS = frozenset({"host", "presenter", "anchor", "interviewer", "moderator"})


def carried(turns: list[Turn]) -> list[Turn]:
    """``turns`` with a host's bare label after the one that named her ("HOST (Nare Ghukasyan):", then "HOST:")
    given her name again: one holder of the role all through (a briefing's "QUESTION:" is each time another's)."""
    holders: dict[str, str] = {}
    out = []
    for turn in turns:
        role = turn.label.lower()
        if role in _HOSTS and turn.detail:
            holders.setdefault(role, turn.detail)
        elif role in holders and not turn.detail:
            turn = Turn(turn.paragraph, turn.kind, turn.label, turn.start, holders[role], turn.office)
        out.append(turn)
    return out
