"""The rules of words a text quotes as someone's own: "Baku's term “terrorists”", "the ICRC's formula, “people
detained in relation to the conflict”" (``owned_term``); a comment read out after its account's handle, "from
@mariam.g.1988: “...”" (``handle_quote``)."""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module

# A possessor, its word for a thing, then the quotation: "Yerevan's newer vocabulary, “...”", "the ICRC's formula:
# “...”", "Azerbaijan's label of “...”".
# ... the possessor a name or a description of one ("the prosecutor's words “war criminals”").
_OWNED_TERM = re.compile(
    r"(?P<owner>[A-Z][\w’'.-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'.-]*){0,5}"
    r"|(?<![\w-])[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)['’]s[ \t]+"
    r"(?:(?:own|new|newer|preferred|official|chosen|usual|current|later|earlier|old|older|favoured|favored|standing"
    r"|long-standing|stock|customary|agreed|settled|standard)[ \t]+)?"
    r"(?:terms?|words?|wording|formula|formulation|vocabulary|language|phrase|phrasing|expression|label|name|talk"
    # ... or its description of someone as the words ("Hajiyev's description of the men captured in 2020 as “...”")
    r"|(?:description|characteri[sz]ation|designation|labell?ing|branding|portrayal)[ \t]+of[ \t]+[^\"“”\n]{1,100}?"
    r"[ \t]+as"
    # ... or its change of words ("the Armenian Government's shift from “captives” to “those held in custody”")
    r"|(?:shift|move|switch|change|retreat)[ \t]+from)"
    # ... and a short predicate before a colon may stand between ("Baku's vocabulary has been stable: “...”")
    r"(?:[ \t]+(?:has[ \t]+been|have[ \t]+been|is|was|remains|remained|stayed)[ \t]+[a-z]+)?"
    r"(?:[ \t]+of)?[ \t]*[,:]?[ \t]*$")


# "..., or, as Yerevan now does, “persons held in custody”", "called “terrorists”, as Azerbaijani officials do": the
# word's user, named in an "as X does" clause right before or right after the quotation.
_OWNER = r"(?P<owner>(?:[Tt]he[ \t]+)?[A-Z][\w’'.-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Za-z][\w’'.-]*){0,4}?)"
_AS_DOES = rf"as[ \t]+{_OWNER}[ \t]+(?:(?:now|still|also|often|always|usually)[ \t]+)?(?:does|do|did)"
_AS_DOES_BEFORE = re.compile(rf"(?<![\w-]){_AS_DOES}[ \t]*,[ \t]*$")
_AS_DOES_AFTER = re.compile(rf"[ \t]*,[ \t]*{_AS_DOES}(?![\w-])")


# ... or its word after the quotation, in apposition: "“persons deprived of liberty ...”, the wording of the Prime
# Minister at the General Assembly", "“captives”, the term used by the Defender".
_WORDING_AFTER = re.compile(rf"[ \t]*,[ \t]*(?:the[ \t]+|a[ \t]+)?(?:term|word|wording|formula|phrase|expression|label)"
                            rf"[ \t]+(?:of|used[ \t]+by|chosen[ \t]+by|preferred[ \t]+by|coined[ \t]+by)[ \t]+{_OWNER}"
                            r"(?=[ \t]*(?:[,.;:)]|\[|$|[ \t]+(?:at|in|on|since|during|before|after)\b))")


# Between two quotations of one list: a comma, "and", "or", "but" ("“not prisoners of war” but “another category”")
# or a change's "to".
_LISTED = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:and|or|but|to)[ \t]+)?")


def owned_term(doc, who) -> None:
    """A quotation right after a speaker's word for it ("Baku's term", "the ICRC's formula,", "the prosecutor's
    words") is that speaker's words, whoever quotes them: the words are the possessor's (hard case 3, the innermost
    speaker), a possessor no name matches read as a speaker phrase is ("the prosecutor's" at a Baku trial); so is
    a quotation an "as X does" clause gives its user ("called “terrorists”, as Azerbaijani officials do"), or an
    apposition after it its owner ("“persons deprived of liberty ...”, the wording of the Prime Minister at ...").

    Example:
        Compare the ICRC's formula, “people detained in relation to the conflict”, with the others.
    Yields: icrc
    Not:
        Compare the formula, “people detained in relation to the conflict”, with the others.
    """
    for qi, q in enumerate(doc.quotes):  # nested ones too: the innermost speaker owns the innermost words
        m = _OWNED_TERM.search(doc.text, max(0, q.start - 120), q.start) \
            or _AS_DOES_BEFORE.search(doc.text, max(0, q.start - 80), q.start) \
            or _AS_DOES_AFTER.match(doc.text, q.end, q.end + 80) or _WORDING_AFTER.match(doc.text, q.end, q.end + 100)
        if not m:
            continue
        owner = re.sub(r"^(?:The|the)[ \t]+", "", m.group("owner"))
        found = registry_module.resolve(owner, doc.published, doc.registry, strict=True)
        if not found:  # "the prosecutor's", "The Government's": a description, of a registered actor when capitalised
            found = doc.namer.speaker_of(m.start("owner"), m.end("owner"))  # (an unregistered title stays unowned)
            found = found if found in doc.registry or owner[:1].islower() else None
        if found:
            who.decide_quote(qi, found, "owned_term")
            # "Yerevan's newer vocabulary, “persons deprived of liberty ...” and “those held in custody”": the
            # words listed with the first are the same owner's
            last = q
            for qj in range(qi + 1, len(doc.quotes)):
                nxt = doc.quotes[qj]
                if doc.outer[qj] != doc.outer[qi] or not _LISTED.fullmatch(doc.text, last.end, nxt.start):
                    break
                who.decide_quote(qj, found, "owned_term")
                last = nxt


# An account's handle, then a colon (or a verb of writing and a colon), right before a quotation: "from
# @mariam.g.1988: “...”", "@arman_vanadzor writes: “...”", "And @gohar_m: “...”".
_HANDLE_BEFORE = re.compile(r"(?<![\w@.])(?P<handle>@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)"
                            r"(?:[ \t]+(?:writes|wrote|asks|asked|says|said|comments|commented|adds|added))?"
                            r"[ \t]*:[ \t]*$")


def handle_quote(doc, who) -> None:
    """A quotation right after an account's handle and a colon is that account's words, whoever reads them out
    (a minister's aide reading viewers' comments on a live broadcast, a moderator a chat's questions): the
    innermost speaker owns the innermost words (hard case 3), and a handle is the name the text gives her.

    Example:
        GASPARYAN: The first one is from @mariam.g.1988: “When will our hostages come home?”
    Yields: @mariam.g.1988
    Not:
        GASPARYAN: The first one is from a viewer: “When will our hostages come home?”
    """
    for qi, q in enumerate(doc.quotes):
        m = _HANDLE_BEFORE.search(doc.text, max(0, q.start - 60), q.start)
        if m:
            who.decide_quote(qi, m.group("handle"), "handle_quote")
