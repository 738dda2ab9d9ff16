"""The review queue: the mentions and claims most worth a human look, most doubtful first.

>>> from detentio import corpus, mentions, claims, review
>>> c = corpus.load()
>>> q = review.queue(mentions.find(c), claims.find(c), c)
>>> q[["priority", "source", "start", "end", "text", "rule", "reason"]].head()

Why an item is in the queue (``reason``; several are joined with ``; ``), and
its ``priority`` (the highest of its reasons, plus one per further reason):

==========  ====================================================================
priority    reason
==========  ====================================================================
90          no speaker: nothing in the text was attributed
80          the speaker is not in ``data/actors.yml`` (a name as the text gives it)
70          a denial found by a wide scope (the cue several words before the label)
60          fallback rule ``outlet``: nobody named, the outlet's voice
55          fallback rule ``pronoun``: "he said" read as the last named speaker
45          rule ``continuation``: the paragraph's earlier speaker carried on
40          rule ``issuer``: the issuing body's voice
38          the text's layout was not recognised (no interview, briefing, debate, record,
            court text, live blog... form): its turns were not attributed by layout
35          the source has no front matter: its kind and layout were not recognised
10          not yet checked
==========  ====================================================================

Items a reviewer has decided (checked or corrected, ``reviewed`` true in the
tables) drop out. Columns: ``priority, kind, source, start, end, text, rule,
reason, left, right, code, value, speaker, negated, sentence, quoted, qualifier`` (``left`` and
``right`` are the context within the paragraph; ``code`` is a mention's code
or what a claim counts; ``value`` a claim's number).
"""
from __future__ import annotations

import pandas as pd

from detentio.analyses.labels import context
from detentio.framing.negation import negation_cue

COLUMNS = ["priority", "kind", "source", "start", "end", "text", "rule", "reason", "left", "right",
           "code", "value", "speaker", "negated", "sentence", "quoted", "qualifier"]
FALLBACKS = {
    "outlet": (60, "fallback rule outlet: nobody named, the outlet's voice"),
    "pronoun": (55, "fallback rule pronoun: read as the last named speaker"),
    "continuation": (45, "rule continuation: the paragraph's earlier speaker carried on"),
    "issuer": (40, "rule issuer: the issuing body's voice"),
}
WIDE = 3  # words between a negation cue and the label beyond which the denial is wide
UNCHECKED = (10, "not yet checked")


UNRECOGNISED = (38, "the text's layout was not recognised: no turn was attributed by layout")


def reasons(row, body: str, registry, plain: bool, unrecognised: bool = False) -> list[tuple[int, str]]:
    """``[(priority, reason)]`` for one mention or claim row (most doubtful first)."""
    found = []
    speaker = row["speaker"] if isinstance(row["speaker"], str) and row["speaker"] else None
    if speaker is None:
        found.append((90, "no speaker: nothing in the text was attributed"))
    elif not speaker.startswith("outlet:") and speaker not in registry:
        found.append((80, f"speaker {speaker!r} is not in data/actors.yml"))
    if bool(row.get("negated", False)):
        sentence_start = body.rfind("\n", 0, int(row["start"])) + 1
        cue = negation_cue(body, int(row["start"]), sentence_start)
        if cue and len(body[cue[1]:int(row["start"])].split()) > WIDE:
            words = len(body[cue[1]:int(row["start"])].split())
            found.append((70, f"a denial found by a wide scope: {body[cue[0]:cue[1]]!r} {words} words before"))
    if row["rule"] in FALLBACKS:
        found.append(FALLBACKS[row["rule"]])
    if unrecognised:
        found.append(UNRECOGNISED)
    if plain:
        found.append((35, "the source has no front matter: its kind and layout were not recognised"))
    return sorted(found, reverse=True) or [UNCHECKED]


def _rows(table: pd.DataFrame, kind: str, corpus, registry, plain: set, width: int,
          unrecognised: set = frozenset()) -> list[dict]:
    out = []
    for row in table.to_dict(orient="records"):
        if row.get("reviewed"):
            continue
        body = corpus.text(row["source"])
        found = reasons(row, body, registry, row["source"] in plain, row["source"] in unrecognised)
        left, right = context(body, int(row["start"]), int(row["end"]), width)
        out.append({"priority": found[0][0] + len(found) - 1, "kind": kind, "source": row["source"],
                    "start": int(row["start"]), "end": int(row["end"]), "text": row["text"], "rule": row["rule"],
                    "reason": "; ".join(r for _, r in found), "left": left, "right": right,
                    "code": row.get("code", row.get("what")), "value": row.get("value"),
                    "speaker": row["speaker"], "negated": bool(row.get("negated", False)),
                    "sentence": int(row["sentence"]), "quoted": bool(row.get("quoted", False)),
                    "qualifier": row.get("qualifier")})
    return out


def queue(mentions: pd.DataFrame, claims: pd.DataFrame | None, corpus, *, registry=None,
          width: int = 80) -> pd.DataFrame:
    """Every mention and claim not yet decided, most doubtful first (see the module docstring)."""
    from detentio.framing import actors

    registry = registry if registry is not None else actors.load()
    docs = corpus.documents
    plain = set(docs.loc[docs["kind"].isna(), "id"]) if "kind" in docs else set()
    from detentio.framing import speakers

    layouts = speakers.layouts(corpus)
    unrecognised = set(layouts.loc[layouts["layout"] == "unrecognised", "source"])
    rows = _rows(mentions, "mention", corpus, registry, plain, width, unrecognised)
    if claims is not None:
        rows += _rows(claims, "claim", corpus, registry, plain, width, unrecognised)
    table = pd.DataFrame(rows, columns=COLUMNS)
    table["value"] = table["value"].astype("Int64")
    order = table.sort_values(["priority", "source", "start", "kind"], ascending=[False, True, True, True],
                              kind="stable")
    return order.reset_index(drop=True)


def counts(table: pd.DataFrame) -> dict[str, int]:
    """``{"items": n, "reviewed": n, "corrected": n}`` of a mentions or claims table."""
    return {"items": len(table), "reviewed": int(table["reviewed"].sum()) if "reviewed" in table else 0,
            "corrected": int(table["corrected"].sum()) if "corrected" in table else 0}
