"""Negation with scope: whether the text denies a label for the people, and by which form.

>>> from detentio.framing import negation
>>> [form.name for form in negation.FORMS]     # tried in this order; the first that denies names the row
>>> negation.deny(text, spans, kinds, bounds)  # per span: the form that denies it, or None

Each form is a named unit (:class:`detentio.framing.units.Unit`, kind
``negation``) whose docstring's ``Example:`` must deny the ``Yields:`` label
and whose ``Not:`` must deny nothing. A form reads only the words of the
label's sentence before it, so a denial never reaches a label it does not
govern: "prisoners of war are not bargaining chips" affirms the label (the
"not" comes after it), and "does not turn prisoners of war into convicts"
denies the turning, not the label.
"""
from __future__ import annotations

import bisect
import re

from detentio.framing.units import Unit

_NEAR = 200  # characters before a mention searched for a negation

# A cue, then only words that keep the same predicate ("is not a prisoner of war or a civilian
# prisoner": both labels are denied). "Not only" and "not just" add rather than deny.
_CUE = re.compile(r"(?<![\w-])(?<!or\s)(?:not(?!\s+(?:only|just|merely|simply)\b)|never|neither|nor|no\s+longer|cannot"
                  r"|there\s+(?:are|is|were|was|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)[\s\"\u201c\u2018']+no|n[’']t|nobody|no\s+one)(?![\w-])", re.IGNORECASE)
# Quotation marks are filler too ("neither "hostages" nor "political prisoners"": a scare-quoted
# label is denied like a bare one), and so is holding someone as a label ("has never held anyone
# as a hostage").
_FILL = (r"(?:[\s,\"\u201c\u201d\u2018\u2019']|\b(?:a|an|the|any|single|or|nor|and|either|neither|even|really|real|simply"
         r"|just|merely|considered|regarded|treated|recogni[sz]ed|classified|called|deemed|to|be|being|been|as|longer"
         r"|described|qualified|termed|label+ed|seen|viewed|here|there|now|today"
         # "he is not thereby a terrorist", "is not automatically a saboteur": an adverb of consequence keeps the denial
         r"|thereby|therefore|thus|hence|necessarily|automatically|by\s+that\s+token|for\s+that\s+reason"
         r"|genuine|actual|true|so-called|armenian|azerbaijani|military|ordinary|our|their|its|these|those|them"
         r"|in\s+fact|holds?|holding|keeps?|keeping|have|has|having"  # "is not holding prisoners of war"
         r"|victims?\s+of"  # "are not prisoners of war or victims of enforced disappearance": one predicate
         # "has not held prisoners of war", "does not practise ..." (but "has held the hostages to account")
         r"|held(?!\s+(?:the|a(?!\s+single\b)|an|these|those|his|her|their|its|our|my|them|him)\b)|practi[sc]es?|practi[sc]ed|practi[sc]ing"
         r"|(?:holds?|held|holding|keeps?|kept|keeping|used|uses?|using)\s+(?:anyone|anybody|any\s+[\w-]+|them|him|her"
         r"|people|persons|(?:these|those|the)\s+[\w-]+)\s+as)\b)*")
_LABEL_FILLER = re.compile(_FILL, re.IGNORECASE)
# "No release", "no further exchange": "no" as the determiner of the act itself.
_NO_ACT = re.compile(r"(?<![\w-])no\s+(?:(?:further|new|other|single|real|formal|actual|such|large-scale|general)\s+)?$",
                     re.IGNORECASE)
_CLAUSE_FILLER = re.compile(
    r"(?:\s|[\"\u201c\u201d\u2018\u2019']|\b(?:been|be|being|yet|fully|all|have|has|had|was|were|is|are|actually|ever"
    r"|still|so\s+far|immediately|even|a|an|really|in|as|any|and|or|part\s+of|covered\s+by)\b)*", re.IGNORECASE)
# ... "not an exchange", "not in exchange for", "not as part of any exchange", "not covered by any exchange",
# "had failed to release and return them"
# Nouns of persons after a denying "no" ("No Armenian held in Azerbaijan is ...", "No Armenian was released").
_PERSONS = (r"(?:Armenians?|persons?|nationals?|citizens?|individuals?|detainees?|prisoners?|soldiers?|servicem[ae]n"
            r"|m[ae]n|wom[ae]n|civilians?|captives?)")
# "nobody will be exchanged", "No Armenian was released", "Not one person was returned": no one underwent the act.
_NOBODY_ACTED = re.compile(r"(?:^|[.;:!?,]\s+|\n|\band\s+|\bthat\s+)\s*(?:nobody|no\s+one|not\s+(?:a\s+single\s+)?one"
                           r"(?:\s+(?:person|man|woman|detainee|prisoner|Armenian|soldier))?|no\s+(?:(?:other|single|further)\s+)?"
                           rf"{_PERSONS})"
                           r"(?:\s+(?:in|from)\s+[\w-]+)?\s+(?:will\s+be|would\s+be|was|were|has\s+been|have\s+been|had\s+been"
                           r"|is|are|is\s+being|are\s+being)\s+(?:(?:yet|ever|since)\s+)?$", re.IGNORECASE)
# "failed to release", "outside the exchange": the act did not happen (held-out 3 and 4 decision 11).
_ACT_NOT_DONE = re.compile(r"(?<![\w-])(?:(?:failed|fails|fail|refused|refuses|refuse|declined|declines)\s+to"
                           r"|(?:outside|excluded\s+from|left\s+out\s+of)\s+(?:the|any|that)(?:\s+first)?)\s+$",
                           re.IGNORECASE)


def _form(pattern: str, keys: str):
    """A form's test: ``pattern`` (ending where the label begins) after a cheap check for its ``keys``."""
    compiled = re.compile(pattern + _FILL + r"$", re.IGNORECASE)
    quick = re.compile(keys, re.IGNORECASE)

    def denies(before: str) -> bool:
        # The keys are rare words: most labels have none before them, and then the (costlier)
        # end-anchored pattern is never tried.
        return bool(quick.search(before)) and compiled.search(before, max(0, len(before) - 140)) is not None
    return denies


# ... or "no" before a noun of persons ("No Armenian held in Azerbaijan is a political prisoner"); the predicate
# may hold the people "as" or "in" the label ("nobody was held as a hostage", "no one was in arbitrary detention").
_NOT_ONE_OF = _form(r"\b(?:(?:not\s+(?:a\s+single\s+)?one|none|neither|not\s+any)\s+of\s+(?:the|them|these|those|us|my|our"
                    r"|his|her|their|its)\b"
                    rf"|nobody|no\s+one|no\s+(?:(?:foreign|other|single)\s+)?{_PERSONS}\b)[^.;:!?]{{0,60}}?"
                    r"\b(?:(?:is|are|was|were|be|been|became|become)\b(?:\s+(?:held|kept|detained)\s+as|\s+in"
                    r"|\s+subjected\s+to)?"
                    # "None of them has the status of a prisoner of war"
                    r"|(?:has|have|had|holds?|held|enjoys?|enjoyed|was\s+given|were\s+given|been\s+given|been\s+granted)"
                    r"\s+(?:the\s+)?status\s+of)",
                    r"\b(?:(?:none|neither|one|any)\s+of|nobody|no\s+one|no)\b")
# "Ensure that no person is subjected to ...": a quantifier inside what is asked for, not a statement.
_ENSURE_NONE = re.compile(r"\b(?:ensures?|ensuring|guarantees?|guaranteeing|make\s+sure|see\s+to\s+it)\s+that\s+"
                          r"(?:no|nobody|none)\b[^.;:!?]{0,80}$", re.IGNORECASE)
# "Nobody in Azerbaijan holds hostages": no one holds the people as the bare label right after the verb
# ("Nobody has held the hostages to account" holds someone to account instead).
_NOBODY_HOLDS = re.compile(r"\b(?:nobody|no\s+one)\s+(?:[\w’']+\s+){0,3}?(?:holds|keeps|detains)\s+(?:any\s+)?$",
                           re.IGNORECASE)
_NEVER_REGARD = _form(
    r"(?:\b(?:not|never|nor|n[’']t|refuses?\s+to|refused\s+to|(?:nobody|no\s+one)\s+(?:[\w’']+\s+){0,4}?)"
    r"\s*(?:[\w’']+\s+){0,2}?(?:regard|consider|call|treat"
    r"|recogni[sz]e|describe|view|see|classify|label|term|count|deem|make|made)(?:s|ed|ing)?\s+(?:them|him|her|us"
    r"|myself|ourselves|himself|herself|themselves"  # "I do not call myself a hostage"
    r"|(?:my|our|his|their|its)\s+[\w-]+|any\s+of\s+(?:them|us|(?:these|those|the)\s+[\w-]+)"
    r"|(?:these|those|the)\s+[\w-]+|any(?:one|body)?|such\s+[\w-]+|it|that|this)\s+(?:as\s+)?"
    # "does not turn a soldier into a terrorist"
    r"|\b(?:not|never|n[’']t)\s+(?:[\w’']+\s+){0,2}?turn(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){1,3}?into\s+)",
    r"\b(?:not|never|nor|refuse|nobody|no\s+one)|n[’']t\b")
_REJECTED_IDEA = _form(
    # ... not a rejection itself denied ("does not dispute that he was a prisoner of war" affirms it)
    r"(?<!\bnot\s)(?<!\bnever\s)(?<!n[’']t\s)(?<!\blonger\s)"
    r"\b(?:reject|den(?:y|ie)|dismiss|disput|refut|contest)\w*\s+"
    # "rejects as unfounded the allegations, repeated by certain foreign organisations, that"
    r"(?:as\s+(?:unfounded|baseless|groundless|false|untrue)\s+)?(?:the\s+|any\s+|all\s+)?(?:(?:idea|claims?|notion"
    r"|suggestions?|allegations?|assertions?|view|contention|charge)s?\s*(?:,?\s+(?:made|put\s+forward|advanced|repeated"
    r"|spread|voiced)\s+by\s+[^,.;:!?]{1,60}?\s*,?\s+)?that\s+|(?:characteri[sz]ation|description"
    # "rejects the characterisation of its nationals as terrorists": the people named by a possessive too
    r"|label|designation)s?\s+of\s+(?:them|(?:the|these|those|its|their|our|his|her|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+as\s+"
    # "rejects any attempt to present them as", "rejected what she called attempts to portray the convicts as"
    r"|(?:what\s+\w+\s+called\s+)?(?:any\s+|all\s+)?attempts?\s+to\s+(?:present|portray|describe|depict|label|brand"
    r"|paint)\s+(?:them|(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+as\s+"
    r"|that\s+|(?:holding|having|keeping|detaining|taking)\s+|(?:words?|terms?|labels?|expressions?)\s+)(?:[\w’'-]+\s+){0,6}?"
    r"(?:is|are|was|were|be|been|being|constitutes?|constituted|amounts?\s+to)?",
    r"reject|den[yi]|dismiss|disput|refut|contest")
# "We do not accept that a soldier ... is automatically a saboteur", "Nor do we accept the description of any
# of them as terrorists": a claim about the people that the speaker does not accept.
_NOT_ACCEPT = _form(
    r"\b(?:not|nor|never|n[’']t)\s+(?:[\w’']+\s+){0,2}?accept\w*\s+(?:(?:the|any)\s+(?:idea|claims?|suggestions?"
    r"|descriptions?|characteri[sz]ations?|labels?|views?|assertions?)\s+(?:of\s+(?:[\w’'-]+\s+){0,6}?as\s+"
    r"|that\s+(?:[\w’'-]+\s+){0,8}?(?:is|are|was|were|be|becomes?|became)\s+(?:automatically\s+)?)"
    r"|that\s+(?:[\w’'-]+\s+){0,8}?(?:is|are|was|were|be|becomes?|became)\s+(?:automatically\s+)?)",
    r"accept")
_ANYTHING_BUT = _form(r"\b(?:anything\s+but|far\s+from(?:\s+being)?|rather\s+than"
                      # "spoke instead of “detainees”": the words spoken of, not set aside
                      r"|(?<!spoke\s)(?<!speaks\s)(?<!speak\s)(?<!spoken\s)(?<!talked\s)(?<!talks\s)instead\s+of|by\s+no\s+means"
                      r"|in\s+no\s+way|nothing\s+like)",
                      r"anything\s+but|far\s+from|rather\s+than|instead\s+of|no\s+means|no\s+way|nothing\s+like")
# "no" as the determiner of an object or complement ("holds no prisoners of war", "and no hostages"; a quotation
# may open before it: 'holds "no prisoners of war"'),
# not of a subject whose predicate is denied instead ("why no detainee is convicted").
_NO_LABEL = _form(r"\b(?:holds?|held|holding|has|have|had|are|is|were|was|be|keeps?|kept|and|or|with|of|found|saw"
                  r"|sees?|detains?|detained|takes?|took)[\s\"\u201c\u2018']+no(?=\s)", r"\bno\b")
_AVOIDED = _form(
    r"\b(?:avoid\w*|shun\w*|refrain\w*\s+from(?:\s+(?:using|calling))?|stop\w*\s+short\s+of\s+(?:using|calling)"
    r"|declin\w*\s+to\s+(?:use|call)|refus\w*\s+to\s+(?:use|write|say)|(?:did|does|do|would|will)\s+not\s+use"
    # "I would ask you not to write “swap”"; "We do not accept the fashionable “...”", "does not accept the word"
    r"|not\s+to\s+(?:write|say|use)|(?:not|nor|never|n[’']t)\s+(?:[\w’']+\s+){0,3}?(?:accept|adopt)\w*\s+the(?:\s+[\w-]+)?"
    r"(?=\s+(?:words?|terms?|labels?|phrases?|expressions?)\b|\s*[\"\u201c\u2018'])"
    # "I will not say that they are hostages", "I was not allowed to say prisoners of war", "never wrote 'hostages'"
    r"|(?:(?:did|does|do|would|will|could|can|shall)\s+not|never|(?:was|were|am|is|are)\s+not\s+allowed\s+to)"
    r"\s+(?:say|write|utter)(?:\s+that\s+(?:they|he|she|it|we|these\s+[\w-]+|those\s+[\w-]+|the\s+[\w-]+)\s+"
    r"(?:are|is|was|were))?"
    # "We do not speak of hostages", "the families should not speak of an exchange"
    r"|(?:(?:did|does|do|would|will|should|shall|must)\s+not|never|n[’']t)\s+(?:speak|talk)\s+(?:of|about)(?:\s+an?)?)"
    r"\s+(?:the\s+)?"
    r"(?:(?:words?|terms?|labels?|phrases?|expressions?|language\s+of)\s+)?(?:them\s+|it\s+)?",
    r"avoid|shun|refrain|short\s+of|declin|refus|not\s+use|not\s+(?:allowed\s+to\s+)?(?:say|write|utter)|never|not\s+to"
    r"|accept|adopt|not\s+(?:speak|talk)|n[’']t\s+(?:speak|talk)")
_NO_LONGER = _form(
    r"\b(?:no\s+longer|not\s+any\s+longer|stop\w*|ceas\w*)\s+(?:call(?:s|ed|ing)?|to\s+call|describ\w*|to\s+describe"
    r"|refer\w*\s+to|us\w*\s+the\s+(?:word|term)|speak\w*\s+of|treat\w*|say\w*|writ\w*)\s+(?:(?:them|him|her|these\s+[\w-]+"
    r"|those\s+[\w-]+|the\s+[\w-]+|(?:my|our|his|her|their)\s+[\w-]+)\s+)?(?:as\s+)?", r"no\s+longer|any\s+longer|stop|ceas")

_WRONG_TO_CALL = _form(
    r"\b(?:wrong|incorrect|false|misleading|inaccurate|absurd|unacceptable|mistaken|a\s+mistake|an\s+error|a\s+lie)"
    r"\s+to\s+(?:call|describe|label|term|treat|regard|refer\s+to|present|portray|brand)\s+(?:(?:them|him|her"
    r"|(?:these|those|the)\s+[\w-]+)\s+)?(?:as\s+)?",
    r"wrong|incorrect|false|misleading|inaccurate|absurd|unacceptable|mistake|error|lie")
# After an act ("the exchange never happened", "has still not been carried out"): only the words of
# its own clause up to the verb that is denied.
_UNDONE = re.compile(
    r"(?:\s*[\"\u201d\u2019']?)(?:\s+(?:[\w’'\"\u201c\u201d-]+\s+){0,10}?)?\s*(?:(?:has|have|had|was|were|is|are|did|does|do|will|would)\s+)?"
    r"(?:still\s+|yet\s+|so\s+far\s+)?(?:not|never|n[’']t)\s+(?:yet\s+|been\s+|be\s+|fully\s+|actually\s+)*"
    r"(?:happen\w*|take\s+place|taken\s+place|took\s+place|occur\w*|carried\s+out|carry\s+out|implemented|implement"
    r"|honou?r\w*|fulfill?\w*|completed|materiali[sz]\w*|come\s+about|came\s+about|kept|respected)\b", re.IGNORECASE)


# Reported non-use (the gold sets' convention, held-out 3 decision 3 and held-out 4 decision 9): "Yerevan no
# longer calls them prisoners of war", "the ICRC does not call them hostages", "the statement did not use the
# words ..." say what others do not SAY, not that the label is false, so the label is not denied. Own-voice
# withholding ("We no longer call them hostages", "this report refrains from ...") and a stance ("Baku does
# not consider them hostages", "should not call", "would never describe") still deny it.
_NONUSE = re.compile(
    r"(?P<neg>(?:(?:does|did|do|has|have|had)\s+(?:not|never)|(?:does|did|do|has|have|had)n[’']t|never|nowhere|no\s+longer"
    r"|(?:nobody|no\s+one)(?:\s+(?!(?:should|would|will|can|could|must|may|might|shall)\b)[\w’']+){0,4}?"
    r"|not\s+any\s+longer|(?:has|have|had)\s+stopped|stop(?:s|ped)?|ceas(?:es|ed)|avoid(?:s|ed)"
    r"|(?:prefers?|preferred|chooses?|chose)\s+not"
    r"|refrain(?:s|ed)\s+from|shun(?:s|ned)|declin(?:es|ed)\s+to)"
    r"\s+(?:(?:to\s+)?(?:(?:call|describe|refer|say|speak|mention|label|term|utter|write)\w*"
    # "has never used these people as hostages": using people as something is an act, not a word withheld
    r"|us(?:e|es|ed|ing)(?!\s+(?:them|him|her|anyone|people|(?:these|those|the)\s+[\w-]+)\s+as\b))"
    r"|(?:the\s+)?(?:words?|terms?|labels?|phrases?|expressions?))\b)[^.;:!?]*$",
    re.IGNORECASE)
_NOBODY = re.compile(r"no(?:body|\s+one)\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:would|will|should|must|can|could|may|might|shall|cannot)\s+$", re.IGNORECASE)
# The speaker's own voice: a first person, or the document speaking of itself.
_OWN = re.compile(r"\b(?:I|we|us|our|my|this\s+(?:report|paper|briefing|article|organi[sz]ation|newspaper|blog)"
                  r"|the\s+present\s+report)\b", re.IGNORECASE)
_NONUSE_FORMS = {"not_label", "never_regard", "avoided_words", "no_longer_calls"}


def reported_nonuse(before: str) -> bool:
    """Whether the words before a label report someone else's non-use of it (see ``_NONUSE``): a denied verb
    of naming in the indicative whose subject is not the speaker's own voice.

    >>> reported_nonuse("The ICRC does not call them ")
    True
    >>> reported_nonuse("We no longer call them ")
    False
    """
    return nonuse_subject(before) is not None


def nonuse_subject(before: str) -> tuple[int, int] | None:
    """Where, in ``before``, the clause of a reported non-use starts and its denied verb begins (its subject
    lies between), or None when the words report no one else's non-use (see :func:`reported_nonuse`).

    >>> nonuse_subject("The ICRC does not call them ")
    (0, 9)
    """
    base = max(0, len(before) - 160)
    window = before[base:]
    found = None
    for found in _NONUSE.finditer(window):
        pass
    if found is None or _MODAL.search(window, 0, found.start()):
        return None
    clause_start = max(window.rfind(c, 0, found.start()) for c in ",;:\n\"\u201c") + 1
    if _OWN.search(window, clause_start, found.end("neg")):  # "Nobody on our side calls ...": own
        return None
    opens = not window[:found.start("neg")].strip(" \t\n\"\u201c\u201d\u2018\u2019'*#")
    if base == 0 and opens and not _NOBODY.match(found.group("neg")):
        return None  # "Stop calling my brother a ...": a sentence opening with its verb has no one else as subject
    return base + clause_start, base + found.start("neg")


# Any of the scoped forms' words (N02-N08): a label with none before it is tried by ``not_label`` alone.
_ANY_KEY = re.compile(r"\b(?:none|neither|not|never|nor|refuse|reject|den[yi]|dismiss|disput|refut|contest"
                      r"|anything|far|rather|instead|no|nothing|avoid|shun|refrain|short|declin|refus|stop|ceas"
                      r"|wrong|incorrect|false|misleading|inaccurate|absurd|unacceptable|mistake|error|lie)"
                      r"|n[’']t\b", re.IGNORECASE)


# "Nor were the persons concerned hostages", "Neither are they prisoners of war": an inverted denial, its
# subject (not ending in a determiner, which would make the label the subject) between the verb and the label.
_NOR_INVERTED = re.compile(r"(?:^|[.;:!?,]\s+|\n|,\s+and\s+)\s*(?:nor|neither)\s+(?:are|is|were|was)\s+"
                           r"(?:[\w’'-]+\s+){0,3}(?!(?:the|a|an|any|these|those|our|their|its|his|her|my)\s)[\w’'-]+\s+"
                           r"(?:[\"\u201c\u2018']\s*)?(?:(?:a|an|the|really|genuine|true|any)\s+)?$", re.IGNORECASE)


def not_label(before: str, kind: str) -> bool:
    """A negation cue, then only words that keep its predicate: "is not a prisoner of war", "were never
    hostages", "has never held anyone as a hostage", "nor were they hostages"; for an act, "have not been
    released", "no release".

    Example:
        The men are not prisoners of war.
    Yields: prisoners of war
    Not:
        Prisoners of war are not bargaining chips.
    """
    if kind == "clause" and (_NO_ACT.search(before) or _ACT_NOT_DONE.search(before)
                             or _NOBODY_ACTED.search(before, max(0, len(before) - 120))):
        return True  # "no release has taken place", "there was no further exchange", "failed to release"
    if kind == "label" and _NOR_INVERTED.search(before, max(0, len(before) - 120)):
        return True  # "Nor were the persons concerned hostages"
    anchor = None
    for cue in _CUE.finditer(before):
        anchor = cue.end()
    filler = _LABEL_FILLER if kind == "label" else _CLAUSE_FILLER
    return anchor is not None and filler.fullmatch(before, anchor) is not None


def not_one_of(before: str, kind: str) -> bool:
    """"Not one of the men is a POW", "none of them were hostages", "nobody here is a political
    prisoner": a quantifier that denies the label for every one of the people.

    Example:
        Not one of the men is a prisoner of war.
    Yields: prisoner of war
    Not:
        One of the men is a prisoner of war.
    """
    if kind != "label" or _ENSURE_NONE.search(before, max(0, len(before) - 140)):
        return False  # "ensure that no one is subjected to arbitrary detention": a recommendation, not a denial
    return _NOT_ONE_OF(before) or _NOBODY_HOLDS.search(before, max(0, len(before) - 80)) is not None


def never_regard(before: str, kind: str) -> bool:
    """"Would never regard them as prisoners of war", "does not consider them hostages": a denied verb
    of regarding with its object, then the label.

    Example:
        Baku would never regard them as prisoners of war.
    Yields: prisoners of war
    Not:
        Baku would regard them as prisoners of war.
    """
    return kind in ("label", "clause") and _NEVER_REGARD(before)  # "would not call it a swap": an act too


def rejected_idea(before: str, kind: str) -> bool:
    """"Rejected the idea that they were hostages", "denied that the men were captives": the label in a
    clause whose truth is rejected.

    Example:
        The ministry rejected the idea that they were hostages.
    Yields: hostages
    Not:
        The ministry rejected the idea of an exchange of hostages.
    """
    return kind == "label" and (_REJECTED_IDEA(before) or _NOT_ACCEPT(before))


def anything_but(before: str, kind: str) -> bool:
    """"Anything but captives", "far from being hostages", "detainees rather than prisoners of war": the
    label is set aside for another description; "far from being released" sets aside an act.

    Example:
        The men are anything but captives.
    Yields: captives
    Not:
        The men are captives, but not for long.
    """
    return kind == "label" and _ANYTHING_BUT(before) or kind == "clause" and _FAR_FROM(before)


# "Far from being released, they were sentenced": an act set aside for what happened instead.
_FAR_FROM = _form(r"\bfar\s+from\s+(?:being\s+|having\s+been\s+)?", r"far\s+from")


# "There is no such category as prisoner of war", "does not recognise a category of “war prisoners”".
_NO_CATEGORY = _form(r"\b(?:no|not\s+recogni[sz]e\s+(?:a|any))\s+(?:such\s+)?(?:legal\s+)?(?:category|status)\s+(?:of|as)",
                     r"categor|status")


def no_label(before: str, kind: str) -> bool:
    """"No prisoners of war and no hostages": the determiner "no" denies the label it governs, each of
    coordinated labels that has its own; so does "no such category as".

    Example:
        Azerbaijan holds no prisoners of war and no hostages.
    Yields: hostages
    Not:
        No, the hostages have not been forgotten by anyone.
    """
    return kind == "label" and (_NO_LABEL(before) or _NO_CATEGORY(before))


def avoided_words(before: str, kind: str) -> bool:
    """"We avoid the words 'prisoners of war'", "this report refrains from calling them hostages": the
    speaker withholds the label (someone else's avoidance, reported, is not a denial: ``reported_nonuse``).

    Example:
        This report avoids the words "prisoners of war" throughout.
    Yields: prisoners of war
    Not:
        This report uses the words "prisoners of war" throughout.
    """
    return kind in ("label", "clause") and _AVOIDED(before)  # "not to write “swap”": an act's word too


def no_longer_calls(before: str, kind: str) -> bool:
    """"We no longer call them hostages", "I stopped calling them prisoners of war": the speaker has given the
    label up (someone else giving it up, reported, is not a denial: ``reported_nonuse``).

    Example:
        We no longer call them hostages.
    Yields: hostages
    Not:
        We still call them hostages.
    """
    return kind == "label" and _NO_LONGER(before)


def wrong_to_call(before: str, kind: str) -> bool:
    """"It is wrong to call them terrorists", "misleading to describe them as hostages": the speaker
    rejects the label as a description.

    Example:
        It is wrong to call them terrorists.
    Yields: terrorists
    Not:
        It is right to call them prisoners of war.
    """
    return kind == "label" and _WRONG_TO_CALL(before)


def act_undone(after: str, kind: str) -> bool:
    """An act the text says did not happen, read after it in its clause: "the exchange never happened",
    "the all-for-all clause has still not been carried out". (This form reads the words *after* the
    mention: its stage is ``after``.)

    Example:
        The exchange never happened.
    Yields: exchange
    Not:
        The exchange happened, though it was never announced.
    """
    return kind == "clause" and _UNDONE.match(after) is not None


_DENIED_WITHIN = re.compile(r"\b(?:is|are|was|were|been|remains?)\s+not\b", re.IGNORECASE)


def denied_within(span: str, kind: str) -> bool:
    """A label whose own words deny it, the copula and "not" inside the phrase the codebook matched: "their
    deprivation of liberty is not arbitrary". (This form reads the mention itself: its stage is ``inside``.)

    Example:
        Their deprivation of liberty is not arbitrary.
    Yields: deprivation of liberty is not arbitrary
    Not:
        Their deprivation of liberty is arbitrary.
    """
    return kind == "label" and _DENIED_WITHIN.search(span) is not None


# The order the forms are tried in (the first that denies names the row's ``negation``).
FORMS: tuple[Unit, ...] = tuple(Unit(code, f.__name__, "negation", stage, f) for code, stage, f in (
    ("N01", "label", not_label), ("N02", "label", not_one_of), ("N03", "label", never_regard),
    ("N04", "label", rejected_idea), ("N05", "label", anything_but), ("N06", "label", no_label),
    ("N07", "label", avoided_words), ("N08", "label", no_longer_calls), ("N09", "label", wrong_to_call),
    ("N10", "after", act_undone), ("N11", "inside", denied_within)))
_BEFORE_FORMS = tuple(f for f in FORMS if f.stage == "label")
_AFTER_FORMS = tuple(f for f in FORMS if f.stage == "after")
_INSIDE_FORMS = tuple(f for f in FORMS if f.stage == "inside")


def deny(text: str, spans: list[tuple[int, int, str]], kinds: dict[str, str],
         sentence_bounds: list[tuple[int, int]], own_voice=None) -> list[str | None]:
    """Per span, the name of the form that denies it, or None. A label coordinated with one already
    denied ("not a prisoner of war or a civilian prisoner") is denied by the same form. A non-use reported
    of someone else denies nothing (hard case 13) unless ``own_voice(label_start, subject_start,
    subject_end)`` says its subject is the label's own speaker ("The ICRC does not use the term ..." in the
    ICRC's own release)."""
    result: list[str | None] = []
    previous: tuple[int, str, str | None] | None = None  # (end, kind, form) of the last span in the sentence
    starts = [s for s, _ in sentence_bounds]
    current = None
    for start, end, code in spans:
        index = max(0, bisect.bisect_right(starts, start) - 1)
        if index != current:
            previous, current = None, index
        floor = sentence_bounds[index][0] if sentence_bounds else 0
        kind = kinds.get(code, "label")
        before = text[max(floor, start - _NEAR):start]
        # the scoped forms only where one of their rare words is near (most labels have none)
        forms = _BEFORE_FORMS if _ANY_KEY.search(before) else FORMS[:1]
        form = next((f.name for f in forms if f.apply(before, kind)), None)
        if form is None and " not " in text[start:end]:  # "... is not arbitrary": the phrase denies itself
            form = next((f.name for f in _INSIDE_FORMS if f.apply(text[start:end], kind)), None)
        if form is None and kind == "clause":
            ceiling = sentence_bounds[index][1] if sentence_bounds else len(text)
            after = text[end:min(ceiling, end + _NEAR)]
            after = after[:min((after.find(c) for c in ",;:" if c in after), default=len(after))]  # its clause
            form = next((f.name for f in _AFTER_FORMS if f.apply(after, kind)), None)
        if form is None and previous and previous[2] and previous[1] == kind:
            filler = _LABEL_FILLER if kind == "label" else _CLAUSE_FILLER
            if filler.fullmatch(text, previous[0], start) is not None:
                form = previous[2]  # coordinated with a label already denied
        if form is None and kind == "label" and _WORD_NAMED.search(before, max(0, len(before) - 80)) \
                and _WORD_REJECTED.match(text, end):
            form = "wrong_to_call"  # "The word 'prisoner of war' has no place here", "To call them hostages is absurd"
        if form is not None and not_asserted(text, floor, start,
                                             sentence_bounds[index][1] if sentence_bounds else len(text)):
            form = None  # "Are they not prisoners of war?", "if they are not hostages, why ...": nothing denied
        if form is not None and kind == "clause" and _CONDITION_AFTER.match(text, end):
            form = None  # "no release had ever been conditional on maps": the condition is denied, not the act
        subject = nonuse_subject(before) if form in _NONUSE_FORMS else None
        if subject is not None:
            base = start - len(before)
            if not (own_voice and own_voice(start, base + subject[0], base + subject[1])):
                form = None  # someone else's non-use reported, not a denial
        result.append(form)
        previous = (end, kind, form)
    return result


# A clause that asks with a negated auxiliary: "Are they not prisoners of war?", "was that not an exchange?".
_NEGATIVE_QUESTION = re.compile(r"\s*(?:[\"\u201c\u2018']\s*)?(?:(?:and|but|so|then)\s+)?(?:are|is|was|were|do|does|did|have|has"
                                r"|had|can|could|would|will|should|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|don[’']t|doesn[’']t"
                                r"|didn[’']t)\s+(?:[\w’'-]+\s+){0,4}?(?:not\s+)?", re.IGNORECASE)
# A denial inside a condition ("if there is no further release", "if they are not hostages") or an alternative
# ("whether or not it regards them as", "are or are not") asserts nothing.
_CONDITION = re.compile(r"\b(?:if|unless)\s+[^,.;:!?\"\u201c\u201d]{0,80}$", re.IGNORECASE)
_ALTERNATIVE = re.compile(r"\b(?:or\s+(?:are|is|was|were|do|does|did)\s+not|whether\s+or\s+not)\b", re.IGNORECASE)


# A denial denied affirms: "has never stopped regarding them as", "It is not wrong to call them", "cannot be
# characterized as anything but", "Nothing ... makes a soldier ... anything but", "not because they are not".
_DOUBLE = re.compile(r"\b(?:(?:not|never|nobody|no\s+one)\s+(?:[\w’']+\s+){0,4}?(?:stopped|ceased|wrong|incorrect|false"
                     r"|mistaken|inaccurate)\s+(?:to\s+)?(?:call|regard|describ|consider|say|us|treat|refer)\w*\s+"
                     r"[^.;:!?]{0,40}$"
                     r"|(?:cannot|can\s*not|can[’']t|not|never|nothing)\b[^.;:!?]{0,80}\banything\s+but\s+(?:an?\s+)?$"
                     # "That is not because they are not prisoners of war", "not a finding that they are not hostages"
                     r"|\bnot\s+(?:because|since|that|(?:a|any|the)\s+(?:finding|claim|suggestion|statement|judge?ment"
                     r"|conclusion|view)\s+that)\s+[^.;:!?]{0,50}?\b(?:is|are|was|were|be)\s+not\s+(?:an?\s+)?$)",
                     re.IGNORECASE)


# A request that someone else stop using a label: "calls on Armenia to stop describing them as", and an item
# "3. stop describing ..." of a list a call introduces ("Amnesty calls on the authorities of Azerbaijan to:").
_ASKED_TO_STOP = re.compile(r"\b(?:calls?|called|urges?|urged|asks?|asked|requests?|requested)\s+(?:on\s+)?[^.;:!?]{1,60}?"
                            r"\s+to\s+(?:stop|cease|refrain\s+from)\b[^.;:!?]{0,60}$", re.IGNORECASE)
_NUMBERED_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-*\u2022])\s+(?:stop|cease|refrain\s+from)\b[^.;:!?]{0,60}$", re.IGNORECASE)
_LIST_REACH = 2000  # how far before an item its list's "calls on ... to:" is looked for (the list's twelve lines)
_SENTENCE_STOP = re.compile(r"[.!?]")
_CALLS_ON_LIST = re.compile(r"\b(?:calls?|called|urges?|urged)\s+(?:on\s+)?[^.;!?\n]{1,80}?\s+to:\s*\n(?:[^\n]*\n){0,12}$",
                            re.IGNORECASE)
# An act whose condition, not its happening, is denied: "no release had ever been conditional on maps", "nobody
# will be freed in return for words".
_CONDITION_AFTER = re.compile(r"\s*(?:(?:had|has|have|was|were|is|are|should|would|will|could|can)\s+)?(?:ever\s+)?"
                              r"(?:(?:been|be)\s+)?(?:made\s+)?(?:conditional|conditioned|linked|tied|subject|contingent"
                              r"|dependent)\b|\s*(?:[\w’'-]+\s+){0,2}in\s+(?:return|exchange)\s+for\b", re.IGNORECASE)


# A label named as a word ("the term “prisoners of war”", "To call them hostages", "calling convicted persons") and
# what is then said of it: it has no place, no application, no longer applies, is absurd or false.
_WORD_NAMED = re.compile(r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:words?|terms?|labels?|expressions?|phrases?)\s*[\"\u201c\u2018']?\s*"
                         r"|\b(?:[Tt]o\s+call|[Cc]alling|[Tt]o\s+describe|[Dd]escribing)\s+(?:[\w’'-]+\s+){1,3}?(?:as\s+)?"
                         r"[\"\u201c\u2018']?)$")
_WORD_REJECTED = re.compile(r"[\"\u201d\u2019']?\s*(?:(?:has|had|have)\s+no\s+(?:place|application|basis|relevance|meaning)\b"
                            r"|(?:no\s+longer|does\s+not|do\s+not|did\s+not)\s+appl(?:y|ies)\b"
                            r"|(?:is|was|would\s+be)\s+(?:absurd|a\s+falsehood|false|a\s+lie|wrong|misleading|inaccurate"
                            r"|a\s+slander|nonsense)\b|served\s+no\s+one\b)", re.IGNORECASE)


def not_asserted(text: str, floor: int, start: int, ceiling: int) -> bool:
    """Whether a denial before the label at ``start`` asserts nothing: a negative question (held-out 4 decision
    10), a condition, an alternative, or a denial denied; ``floor`` and ``ceiling`` bound its sentence.

    >>> not_asserted("Are they not prisoners of war?", 0, 13, 30)
    True
    >>> not_asserted("They are not prisoners of war.", 0, 13, 30)
    False
    """
    before = text[max(floor, start - _NEAR):start]
    if _ALTERNATIVE.search(before, max(0, len(before) - 100)) or _DOUBLE.search(before, max(0, len(before) - 120)):
        return True
    if _ASKED_TO_STOP.search(before) or (_NUMBERED_ITEM.match(before)
                                         and _CALLS_ON_LIST.search(text, max(0, floor - _LIST_REACH), floor)):
        return True  # "We call on Armenia to stop describing them as ...": the label is the addressee's, still used
    condition = _CONDITION.search(before)
    if condition and _CUE.search(before, condition.start()):
        return True
    stop = _SENTENCE_STOP.search(text, start, ceiling)
    if not stop or stop.group() != "?":
        return False
    clause = max(floor, max(text.rfind(c, floor, start) for c in ":;") + 1)
    asked = _NEGATIVE_QUESTION.match(text, clause)
    return bool(asked and _CUE.search(text, asked.start(), start))


NEAR = 200  # characters before a label searched for a cue, as the mentions search them


def negation_cue(text: str, start: int, floor: int = 0) -> tuple[int, int] | None:
    """The span of the last negation cue in the ``NEAR`` characters before ``start`` (not before
    ``floor``, the sentence start), or None: how far a denial reached, for the review queue.

    >>> negation_cue("They are not, as the ministry insists, prisoners of war.", 39)
    (9, 12)
    """
    found = None
    for cue in _CUE.finditer(text, max(floor, start - NEAR), start):
        found = cue.span()
    return found
