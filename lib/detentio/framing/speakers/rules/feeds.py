"""Rules of texts published entry by entry: a live blog's timestamped entries (``blog_entry``) and a social-media
post embedded with its head and its thread (``social_post``). Split from :mod:`.genre`, whose layout stage finds the
entries and whose ``turn_spans`` gives each its paragraphs.
"""
from __future__ import annotations

import re

from detentio.framing import actors as registry_module
from detentio.framing.speakers import affiliations
from detentio.framing.speakers.grammar import NAME_WORD
from detentio.framing.speakers.rules import genre


def blog_entry(doc, who) -> None:
    """A live blog: each timestamped entry is attributed on its own; what no one in it is named for is the
    outlet's, and no speaker carries over from the entry before. A messaging channel's posts under their dates and
    times ("[14.01.2026 08:15]") are its entries; a post "Forwarded from X" is X's; a live thread's post opened by
    whom it reports ("14:11 · 3/ Amb. Elnur Gasimli (Azerbaijan): ...") is hers (:func:`.affiliations.entry_label`),
    and so is an observer's note of a meeting opened by whom it reports and a full stop, her words without their
    subject ("15:19 Armenia (Deputy Foreign Minister). Said that ...").

    Example:
        Live: prisoners return

        14:05 — "They are home," Mirzoyan said.

        14:20 — The detainees were taken to hospital.
    Yields: outlet:TASS
    Not:
        Prisoners return

        "They are home," Mirzoyan said. The detainees were taken to hospital.
    """
    if doc.layout.name != "live_blog":
        return
    seen: dict[str, str] = {}  # surname -> whom a post's label named in full ("Hovakimyan:" after her full label)
    for turn, paragraphs in genre.turn_spans(doc, doc.layout.turns, ("entry",)):
        # a channel's post forwarded from another ("Forwarded from Caspian Pulse" under its time) is that one's
        # (on the time's own line block, or as the next line when the channel's lines are paragraphs)
        until = doc.paragraphs[paragraphs[1] if len(paragraphs) > 1 else turn.paragraph].end
        forwarded = _FORWARDED.match(doc.text, turn.start, until)
        name = forwarded.group("name").strip() if forwarded else None
        speaker = (registry_module.resolve(name, doc.published, doc.registry, strict=True) or name) if name else \
            affiliations.entry_label(doc, who, turn.start, until, seen)  # "Amb. Elnur Gasimli (Azerbaijan): ..."
        poster = None
        for number in paragraphs:
            para = doc.paragraphs[number]
            if poster and _BLOCK_QUOTE.match(doc.text, para.start, para.end):
                who.decide_paragraph(number, poster, "blog_entry")  # the post's words under "X on Facebook:"
                continue
            medium = _ON_MEDIUM.search(doc.text, para.start, para.end)
            line = max(para.start, doc.text.rfind("\n", para.start, medium.start()) + 1) if medium else None
            poster = doc.namer.speaker_of(line, medium.start()) if medium else None  # (the entry's time above it)
            who.decide_paragraph(number, speaker or who.outlet or who.fallback, "blog_entry")


# "Prime Minister Nikol Pashinyan on Facebook:" closing an entry's paragraph, no verb: whose post the block
# quotation under it is ("> Today four of our compatriots returned home.").
_ON_MEDIUM = re.compile(r"[ \t]+(?:on|via)[ \t]+(?:X|Twitter|Facebook|Telegram|Instagram|social[ \t]+media)"
                        r"(?:[ \t]+[^:.\n]{1,30}?)?[ \t]*:[ \t]*$")
_BLOCK_QUOTE = re.compile(r"[ \t]*>")

# "Forwarded from Armenian MFA" on the line under a post's time: the post is the forwarded channel's.
_FORWARDED = re.compile(r"\s*(?:Forwarded|Reposted|Shared)[ \t]+from[ \t]+(?P<name>[^\n]{2,60}?)[ \t]*$", re.MULTILINE)


# A post's head as an article embeds it: "Lusine Ohanyan @lusine_ohanyan · 17 Jan 2026, 21:14" (a name, the
# handle, then a date or nothing); an institution's account has its name ("Ministry of Defence of Armenia").
# ... its number in a numbered archive of posts first ("[1] Ministry of Foreign Affairs of Armenia (@MFA_Armenia) · 13
# Jan 2026, 21:40").
_POST_HEAD = re.compile(rf"[ \t]*(?:\[\d{{1,3}}\][ \t]*)?(?P<name>{NAME_WORD}(?:[ \t]+(?:(?:of|the|for|and)[ \t]+)*{NAME_WORD}){{0,4}})[ \t]+\(?@[A-Za-z0-9_]{{2,30}}\)?"
                        r"[ \t]*(?:[·•|—–-][^\n]{0,60})?[ \t]*")
# A thread's numbering ("1/", "2/9", "3)") and the counts printed under an embedded post ("214 reposts · 1,041 likes").
_THREAD_NUMBER = re.compile(r"[ \t]*\d{1,2}[/)](?:\d{1,2})?[ \t]")
_POST_COUNTS = re.compile(r"[ \t]*[\d.,]+[KkMm]?[ \t]+(?:reposts?|retweets?|likes?|replies|views|comments?|shares?)\b")
# A captured post's foot, its time and date ("10:14 AM · Dec 15, 2020 · 211.4K Views"), and the line that opens a
# post it quotes ("Quote", the quoted post's head under it): the post's lines end there.
_POST_FOOT = re.compile(r"[ \t]*\d{1,2}:\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*·[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?"
                        r"|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)[ \t]+\d{4}(?:[ \t]*·[^\n]*)?")
_QUOTE_LINE = re.compile(r"[ \t]*(?:Quote|Quoted[ \t]+post|Repost(?:ed)?)[ \t]*")
# An account's display name that is a State's organ: "Azerbaijan MOD", "Ministry of Defence of Armenia".
_ORGAN_ACCOUNT = re.compile(rf"(?P<state>{NAME_WORD})(?:['’]s)?[ \t]+(?P<organ>MOD|MoD|MFA|MoFA|Defen[cs]e[ \t]+Ministry"
                            rf"|Foreign[ \t]+Ministry|Ministry[ \t]+of[ \t]+(?:Defen[cs]e|Foreign[ \t]+Affairs))"
                            rf"|Ministry[ \t]+of[ \t]+(?P<of>Defen[cs]e|Foreign[ \t]+Affairs)[ \t]+of[ \t]+(?:the[ \t]+)?"
                            rf"(?:Republic[ \t]+of[ \t]+)?(?P<state2>{NAME_WORD})")


def social_post(doc, who) -> None:
    """An embedded social-media post: the paragraph under its head ("Name @handle · date") is the poster's,
    and so is each numbered post of a thread after it ("2/ ...", "3/ ..."), up to the counts printed under it
    or the article's next paragraph; a compilation's video under its account's head ("Account: @ani.gyumri (Ani
    Sargsyan). Instagram Reel") is the account's, its caption and timed caption lines; an archive of one poster's
    thread or series ("Posted by our trial monitor Nare Abrahamyan (@nare_monitors) in 12 posts", "Seda Tumanyan ·
    Member of the National Assembly · Public posts") is hers, post by post.

    Example:
        A reporter's thread on the release

        Lusine Ohanyan @lusine_ohanyan · 17 Jan 2026

        1/ These men were prisoners of war.
    Yields: Lusine Ohanyan
    Not:
        A reporter's thread on the release

        Lusine Ohanyan wrote about the day.

        These men were prisoners of war.
    """
    paragraphs = doc.body_paragraphs
    if "@" in doc.text:
        _account_posts(doc, who, paragraphs)
    _posters_series(doc, who, paragraphs)
    for i, number in enumerate(paragraphs):
        para = doc.paragraphs[number]
        head = _POST_HEAD.fullmatch(doc.text, para.start, para.end)
        if not head:
            continue
        name = head.group("name")
        speaker = registry_module.resolve(name, doc.published, doc.registry, strict=True) \
            or _organ_account(doc, name) or doc.namer.unregistered(name, para.start) or name
        last = para.end
        for k, later in enumerate(paragraphs[i + 1:]):
            body = doc.paragraphs[later]
            if _POST_HEAD.fullmatch(doc.text, body.start, body.end) or _POST_COUNTS.match(doc.text, body.start, body.end) \
                    or _POST_FOOT.fullmatch(doc.text, body.start, body.end) \
                    or _QUOTE_LINE.fullmatch(doc.text, body.start, body.end):
                break
            # after the first, only a thread's numbered posts, or a captured post's next line (no blank line between)
            if k and not _THREAD_NUMBER.match(doc.text, body.start, body.end) and "\n\n" in doc.text[last:body.start]:
                break
            who.decide_paragraph(later, speaker, "social_post")
            last = body.end


def _organ_account(doc, name: str) -> str | None:
    """The registered State whose organ an account's display name is ("Azerbaijan MOD", "Ministry of Defence of
    Armenia"), its registered foreign ministry for a foreign ministry's account (hard case 12), else None."""
    m = _ORGAN_ACCOUNT.fullmatch(name.strip())
    state = doc.namer.descriptions.state_named(m.group("state") or m.group("state2")) if m else None
    if state and re.search(r"MFA|MoFA|Foreign", m.group("organ") or m.group("of")):
        return doc.namer.descriptions.state_office(state, "Foreign Ministry") or state
    return state


# A compilation's head of one account's video or post: "Account: @ani.gyumri (Ani Sargsyan). Instagram Reel, posted
# 14 January 2026", "Channel: @caspianpulse (Caspian Pulse)". The lines under it are the account's: its caption and
# its timed caption lines ("0:27 Our government calls them ..."), its on-screen text in brackets.
_ACCOUNT_HEAD = re.compile(r"[ \t]*(?:Account|Channel|Creator|Uploader|Posted[ \t]+by|Poster)[ \t]*:[ \t]*@[\w.]{2,30}[ \t]*"
                           r"\((?P<name>[^()\n]{2,60})\)")
_ACCOUNT_LINE = re.compile(r"[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?\b|\[|(?:Post[ \t]+)?[Cc]aption[ \t]*:|Description[ \t]*:)")


def _account_posts(doc, who, paragraphs: list[int]) -> None:
    """Each account's lines under its head (``_ACCOUNT_HEAD``), up to a line of another kind: a person's by her
    name, a registered body's by its id, an account with no person's first name a channel's, as an outlet."""
    for i, number in enumerate(paragraphs):
        para = doc.paragraphs[number]
        head = _ACCOUNT_HEAD.match(doc.text, para.start, para.end)
        if not head:
            continue
        name = head.group("name").strip()
        speaker = registry_module.resolve(name, doc.published, doc.registry, strict=True) \
            or (name if name.split()[0].lower() in doc.words.pronoun_of else f"outlet:{name}")
        lines = doc.text[head.end():para.end].split("\n")[1:]  # (the head's paragraph may hold its lines)
        if lines and all(_ACCOUNT_LINE.match(line) or not line.strip() for line in lines):
            who.decide_paragraph(number, speaker, "social_post")
        for later in paragraphs[i + 1:]:
            body = doc.paragraphs[later]
            if not _ACCOUNT_LINE.match(doc.text, body.start, body.end):
                break
            who.decide_paragraph(later, speaker, "social_post")


# The head of an archive of one poster's posts: "Posted by our trial monitor Nare Abrahamyan (@nare_monitors) in 12
# posts ...", or its first line "Seda Tumanyan · Member of the National Assembly of Armenia · Public posts".
_POSTED_BY = re.compile(rf"[ \t]*Posted[ \t]+by[ \t]+(?:(?:our|the|a|an)[ \t]+(?:[a-z-]+[ \t]+){{0,3}})?"
                        rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*(?:\(@[\w.]{{2,30}}\)[ \t]*)?"
                        r"in[ \t]+\d{1,3}[ \t]+posts\b", re.MULTILINE)
_POSTER_LINE = re.compile(rf"[ \t]*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*·[^\n]{{0,120}}·[ \t]*"
                          r"(?:[Pp]ublic[ \t]+)?[Pp]osts\b[^\n]{0,80}")
# A reply printed under a post: "Reply from Elvin Gasimli: ...".
_REPLY_FROM = re.compile(rf"[ \t]*(?:Reply|Comment|Response)[ \t]+(?:from|by)[ \t]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}):")
# One of her posts: a thread's number ("4/ 11:30. ...") or a series' numbered head ("[2/7] 25 September 2025, 22:15").
_SERIES_POST = re.compile(r"[ \t]*(?:\d{1,2}/(?:\d{1,2})?[ \t]|\[\d{1,2}/\d{1,2}\][ \t])")


def _posters_series(doc, who, paragraphs: list[int]) -> None:
    """Each numbered post of an archive whose head names its one poster (``_POSTED_BY``, ``_POSTER_LINE``) is hers;
    the archive's own head and a later note ("Update, 17 February 2026: ...") stay the publisher's."""
    for i, number in enumerate(paragraphs[:3]):
        para = doc.paragraphs[number]
        head = _POSTED_BY.search(doc.text, para.start, para.end) or _POSTER_LINE.fullmatch(doc.text, para.start, para.end)
        if not head:
            continue
        name = head.group("name")
        if any(w.lower() in doc.words.institution_words for w in name.split()):
            return  # "Trial Watch Caucasus · Thread archive · posts": a publisher's, not a person's
        speaker = registry_module.resolve(name, doc.published, doc.registry, strict=True) \
            or doc.namer.unregistered(name, head.start("name")) or name
        last = None  # the end of the post's last line decided
        for later in paragraphs[i + 1:]:
            body = doc.paragraphs[later]
            reply = _REPLY_FROM.match(doc.text, body.start, body.end) if last is not None else None
            if reply:  # "Reply from Elvin Gasimov: ..." printed under her post: the replier's
                replier = reply.group("name")
                who.decide_paragraph(later, registry_module.resolve(replier, doc.published, doc.registry, strict=True)
                                     or doc.namer.unregistered(replier, body.start) or replier, "social_post")
                last = body.end
            elif _SERIES_POST.match(doc.text, body.start, body.end) or last is not None and "\n\n" not in doc.text[
                    last:body.start] and not _POST_COUNTS.match(doc.text, body.start, body.end):
                # (the lines under a series' head, up to its counts)
                who.decide_paragraph(later, speaker, "social_post")
                last = body.end
            else:
                last = None
        return
