"""A transcript label with brackets: the name of the one who holds a role ("DEFENCE COUNSEL (N. Rzayeva):",
"WITNESS (Major Elvin Mammadli):"), or how she spoke ("DEFENDANT MANUKYAN (through the interpreter):").

>>> speaker(doc, line, offset, read_label)  # the speaker a bracketed label opening ``line`` names, or None
>>> named_in_brackets(doc, "WITNESS")       # the name a bare role label's bracketed form gave, or None
"""
from __future__ import annotations

import re
from functools import lru_cache

from detentio.framing import actors as registry_module
from detentio.framing.speakers import bylines
from detentio.framing.speakers.cleaning import clean_name, normal_name
from detentio.framing.speakers.grammar import NAME_WORD

# A transcript's label with what the brackets add, before its colon: "ANAHIT KARAPETYAN (MOTHER OF A DETAINEE):",
# "PRESENTER (TIGRAN MELKONYAN):", "DEFENCE COUNSEL (N. Rzayeva): ..." (the layout's turns read it too).
LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][\w’'.-]*(?:[ \t]{1,2}[A-Z][\w’'.-]*){0,4})[ \t]*"
                   r"\((?P<detail>[^()\n]{2,60})\)[ \t]*:(?:[ \t]+(?=\S)|[ \t]*$)")
# A name in the brackets: "Ms Sabina Karimova", "N. Rzayeva".
_NAME = re.compile(rf"{bylines.HONORIFIC}(?P<name>(?:[A-Z]\.[ \t]*)?{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})")
# A programme's own people and a meeting's chair, whose words are the programme's (hard case 14) or the body's (a
# record's Chair) whoever the brackets name: read as the layout reads them, never as the name in the brackets.
_PROGRAMME = frozenset({"host", "presenter", "moderator", "anchor", "interviewer", "chair", "narrator", "reporter",
                        "correspondent", "newsreader"})
# A party's role before her surname in a label: "DEFENDANT MANUKYAN", "Accused Hakobyan".
_PARTY = re.compile(r"^(?i:defendant|accused|witness|applicant)[ \t]+(?=\S+$)")
# A side's label with its speaker's role and name in the brackets: "Defence (counsel Sevda Mammadova):", "Applicants
# (lawyer Ani Hakobyan):" (the role a title or role noun of the lexicon).
_ROLED = re.compile(r"(?P<role>[a-z][\w-]*)[ \t]+(?P<rest>[A-Z].*)")
# How she spoke, not who she is: "through the interpreter", "via video link", "in Armenian".
_MANNER = re.compile(r"(?i)(?:through|via|with|by)[ \t]+(?:the[ \t]+|an[ \t]+|a[ \t]+)?"
                     r"(?:interpret\w*|video\w*|phone|translat\w*)"
                     r"|interpreted|translated|in[ \t]+[A-Z][a-z]+")


def speaker(doc, line: str, offset: int, read_label) -> str | None:
    """The speaker a bracketed label opening ``line`` (at ``offset``) names: the person named in a role's brackets
    by her full name as the text gives it ("N. Rzayeva" after "Nigar Rzayeva"), else the label itself as
    ``read_label`` reads it when the brackets say only how she spoke; None for any other line."""
    m = LABEL.match(line)
    if not m or not line[m.end():].strip() \
            or doc.layout is not None and doc.layout.name in ("interview", "briefing", "debate"):
        return None  # (a layout's own turns read their brackets: "PRESENTER (TIGRAN MELKONYAN):" asks)
    detail, label = m.group("detail").strip(), m.group("label")
    label = normal_name(label) if label.isupper() else label
    if _MANNER.fullmatch(detail):  # "DEFENDANT MANUKYAN (through the interpreter):": Manukyan, as the text names him
        return read_label(doc, label=_PARTY.sub("", label), offset=offset)
    named = _NAME.fullmatch(detail)
    words = label.lower().split()
    roled = _ROLED.fullmatch(detail) if not named else None
    if roled and roled.group("role").lower() in doc.words.title_nouns | doc.words.role_nouns:
        named = _NAME.fullmatch(roled.group("rest"))  # "Defence (counsel Sevda Mammadova):": the role is in the brackets
    elif not named or words[-1] not in doc.words.title_nouns | doc.words.role_nouns:
        return None  # ("JANE DOE (United Kingdom):" and "ANAHIT KARAPETYAN (MOTHER OF A DETAINEE):" are read elsewhere)
    if not named or words[-1] in _PROGRAMME:
        return None
    role = read_label(doc, label=label, offset=offset)
    if role in doc.registry.actors:  # "PROSECUTOR (E. Mammadov):" at a trial in Baku: the State's agent (hard case 12)
        return role
    name = named.group("name")
    if re.match(r"[A-Z]\.", name):  # "N. Rzayeva": the full name the text gave her, if its first name fits
        full = doc.namer.unregistered(name.split()[-1], offset)
        if full and " " in full and full[:1] == name[:1]:
            return full
    return doc.namer.unregistered(name, offset) or name


# A role label of one to three words with a name in brackets at a line's start: "WITNESS (Major Elvin Mammadli):",
# "DEFENCE COUNSEL (Ms Sabina Karimova):".
_BRACKETED_LABEL = re.compile(rf"(?m)^[ \t]*(?P<role>[A-Za-z][\w’'-]*(?:[ \t]+[A-Za-z][\w’'-]*){{0,2}})[ \t]*"
                              rf"\({bylines.HONORIFIC}"
                              rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})\)[ \t]*:")


@lru_cache(maxsize=32)
def _bracketed_names(text: str) -> dict[str, str]:
    """Each role label of ``text`` (one to three words, lower case) -> the name its first bracketed form gives, read
    once per text (a record may have dozens of bare turns)."""
    found: dict[str, str] = {}
    for m in _BRACKETED_LABEL.finditer(text):
        found.setdefault(" ".join(m.group("role").lower().split()), m.group("name"))
    return found


def named_in_brackets(doc, label: str) -> str | None:
    """The person a transcript names in brackets after a role label ("WITNESS (Major Elvin Mammadli):", "DEFENCE
    COUNSEL (Ms Sabina Karimova):"), for every turn under the bare label ("WITNESS:"); None when no such label names
    one, or when a label of several words ends on no noun of office ("JANE DOE (United Kingdom):" is no role)."""
    words = label.lower().split()
    if len(words) > 1 and words[-1] not in doc.words.title_nouns | doc.words.role_nouns:
        return None
    raw = _bracketed_names(doc.text).get(" ".join(label.lower().split()))
    name = clean_name(raw, doc.words) if raw else None
    if not name or " " not in name:
        return None
    return registry_module.resolve(name, doc.published, doc.registry, strict=True) or name


# A printed speech's heading in capitals, the speaker's name and post in brackets, alone on its line above her words:
# "THE MAYOR (Arsen Babayan, Mayor of Goris)", "MASTER OF CEREMONIES (Hrach Avetisyan, director of the Cultural
# Centre)". The role is in capitals and the name is not: the contrast says which is the name.
_ROLE_LINE = re.compile(rf"[ \t]*(?P<role>(?:THE[ \t]+)?[A-Z]{{2,}}(?:['’]S)?(?:[ \t]+[A-Z]{{2,}}){{0,3}})[ \t]*"
                        rf"\({bylines.HONORIFIC}(?P<name>[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){{1,3}})"
                        r"(?:,[ \t]*(?P<post>[^()\n]{2,160}))?\)[ \t]*")


# ... or the speaker's name and who she is, all in capitals: "FATHER MOVSES ARAKELYAN, PARISH PRIEST", "LUSINE
# DANIELYAN, HIS WIFE" over the words she spoke at a funeral (a style before the name is none of it).
_NAME_POST_CAPS = re.compile(r"[ \t]*(?:(?:FATHER|REVEREND|REV\.|DR\.?|PROFESSOR|COLONEL|CAPTAIN)[ \t]+)?"
                             r"(?P<name>[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){1,2}),[ \t]+(?P<post>[A-Z][A-Z0-9 ,.’'-]{2,80})")


def role_line(doc, line: str) -> tuple[str, str | None] | None:
    """The name and post a speech's role heading gives in brackets (``_ROLE_LINE``), or a heading in capitals gives
    after a comma (``_NAME_POST_CAPS``), when ``line`` is one; None for a programme's own role ("PRESENTER (Anna
    Berg)", read by the layout as the programme's) and for names that are a State or an institution ("THE DELEGATE
    (United Kingdom)")."""
    caps = _NAME_POST_CAPS.fullmatch(line)
    m = _ROLE_LINE.fullmatch(line) or caps
    if not m or not caps and m.group("role").split()[-1].lower() in _PROGRAMME | doc.words.question_labels \
            | doc.words.answer_labels:
        return None
    name = normal_name(m.group("name")) if caps else m.group("name")
    if any(w.lower() in doc.words.institution_words | doc.words.not_names for w in name.split()) \
            or registry_module.state_named(name, doc.published, doc.registry):
        return None
    return name, m.group("post")
