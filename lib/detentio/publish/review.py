"""Reviewing the queue in JupyterLab: one item at a time, each decision written to data/corrections.csv.

>>> from detentio.publish.review import Reviewer
>>> r = Reviewer(queue, corpus, reviewer="AB")
>>> r.widgets()                       # in JupyterLab: context, rule, reason and the controls
>>> r.set_speaker("sahakyan", reason="named in the sentence before")   # the same without a browser

The decisions are plain methods (:meth:`Reviewer.accept`, :meth:`set_speaker`,
:meth:`toggle_negated`, :meth:`set_code`, :meth:`not_a_mention`,
:meth:`fix_count`), so they are tested in Python and the buttons only call
them. Each writes one row through :func:`detentio.framing.corrections.append`
(atomic: a crash leaves the old file or the new one) and moves to the next
item. Accepting writes a ``checked`` row holding the engine's values, which is
what the agreement figures are computed from.

:func:`page` renders a queue as a standalone HTML page (``detentio review
--format html``); every value from a source is escaped.
"""
from __future__ import annotations

import html
from pathlib import Path

from detentio.core.problems import DetentioError
from detentio.framing import corrections
from detentio.framing.corrections import SNAPSHOT


def _shown(value) -> str:
    """A value as a cell or a snapshot writes it: ``false``, ``19``, ``""`` for none, NaN or NA."""
    import pandas as pd

    if isinstance(value, bool):
        return str(value).lower()
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


class Reviewer:
    """The queue (:func:`detentio.analyses.review.queue`) and the decisions on its current item."""

    def __init__(self, queue, corpus, *, path: str | Path | None = None, reviewer: str = "",
                 speakers=(), codes=(), date: str | None = None):
        self.items = queue.to_dict(orient="records")
        self.corpus, self.path, self.reviewer, self.date = corpus, path, reviewer, date
        self.speakers, self.codes = list(speakers), list(codes)
        self.position = 0
        self.written: list[corrections.Correction] = []
        self._view = None

    @property
    def item(self) -> dict | None:
        """The item shown now (None when the queue is done)."""
        return self.items[self.position] if self.position < len(self.items) else None

    def _field(self, name: str) -> str:
        return name if self.item["kind"] == "mention" else f"claim.{name}"

    def _decide(self, name: str, value="", reason: str = "") -> corrections.Correction:
        item = self.item
        if item is None:
            raise DetentioError("the review queue is done: nothing to decide")
        body = self.corpus.text(item["source"])
        row = corrections.decision(item["source"], item["start"], item["end"], body, self._field(name), value,
                                   reason=reason, reviewer=self.reviewer, date=self.date)
        corrections.append([row], self.path)
        self.written.append(row)
        self.position += 1
        self._refresh()
        return row

    def snapshot(self) -> str:
        """The engine's values of the current item, as a ``checked`` row records them."""
        item = self.item
        kind = "mentions" if item["kind"] == "mention" else "claims"
        names = {"code": "code", "what": "code"}  # the queue keeps a claim's what in code
        return "; ".join(f"{name}={_shown(item[names.get(name, name)])}" for name in SNAPSHOT[kind])

    def accept(self, reason: str = "") -> corrections.Correction:
        """The engine is right: record that the item was checked, with the engine's values."""
        return self._decide("checked", self.snapshot(), reason)

    def set_speaker(self, speaker: str, reason: str = "") -> corrections.Correction:
        """The speaker is ``speaker``: an actor id of data/actors.yml, or a name as the text gives it."""
        return self._decide("speaker", speaker.strip(), reason)

    def toggle_negated(self, reason: str = "") -> corrections.Correction:
        """The label is denied where the engine read a use, or used where it read a denial."""
        if self.item and self.item["kind"] != "mention":
            raise DetentioError("only a mention can be denied")
        return self._decide("negated", not bool(self.item["negated"]) if self.item else True, reason)

    def set_code(self, code: str, reason: str = "") -> corrections.Correction:
        """A mention's code (a code of data/codebook.yml), or what a claim counts."""
        return self._decide("code" if self.item and self.item["kind"] == "mention" else "what", code, reason)

    def not_a_mention(self, reason: str = "") -> corrections.Correction:
        """Not a mention (or not a count of people): the item is dropped from every table."""
        return self._decide("drop", "", reason)

    def fix_count(self, value: int, reason: str = "") -> corrections.Correction:
        """A claim's number is ``value``."""
        if self.item and self.item["kind"] != "claim":
            raise DetentioError("only a claim has a count")
        return self._decide("value", int(value), reason)

    def skip(self) -> None:
        """Leave the item undecided and show the next."""
        self.position = min(self.position + 1, len(self.items))
        self._refresh()

    def back(self) -> None:
        self.position = max(self.position - 1, 0)
        self._refresh()

    def describe(self) -> str:
        """The current item as HTML: where it is, why it is queued, the rule, and its context (escaped)."""
        item = self.item
        if item is None:
            return f"<p>The queue is done: {len(self.written)} decisions written.</p>"
        e = lambda v: html.escape(_shown(v))  # noqa: E731 - one escape for every value
        what = (f"code {e(item['code'])}" if item["kind"] == "mention"
                else f"count {e(item['value'])} ({e(item['qualifier'])}) of {e(item['code'])}")
        return (f"<p><b>{self.position + 1} of {len(self.items)}</b> · {e(item['kind'])} in {e(item['source'])} "
                f"at {item['start']}-{item['end']} · priority {item['priority']}</p>"
                f"<p><b>Why:</b> {e(item['reason'])}</p>"
                f"<p><b>Engine:</b> {what}; speaker <b>{e(item['speaker']) or '(none)'}</b> by rule "
                f"<code>{e(item['rule'])}</code>; {'denied' if item['negated'] else 'not denied'}</p>"
                f"<blockquote>{e(item['left'])}<mark>{e(item['text'])}</mark>{e(item['right'])}</blockquote>")

    def _refresh(self) -> None:
        if self._view is not None:
            self._view.refresh()

    def widgets(self):
        """The ipywidgets box for JupyterLab (:class:`detentio.publish.review_widgets.View`)."""
        from detentio.publish.review_widgets import View

        self._view = View(self)
        return self._view.box


def page(queue, title: str = "Review queue") -> str:
    """A standalone HTML page of a queue (``detentio review --format html``), every value escaped."""
    columns = ["priority", "kind", "source", "start", "end", "rule", "reason", "speaker"]
    head = "".join(f"<th>{c}</th>" for c in columns + ["in context"])
    rows = []
    for item in queue.to_dict(orient="records"):
        cells = "".join(f"<td>{html.escape(_shown(item[c]))}</td>" for c in columns)
        context = (f"{html.escape(_shown(item['left']))}<mark>{html.escape(_shown(item['text']))}</mark>"
                   f"{html.escape(_shown(item['right']))}")
        rows.append(f"<tr>{cells}<td>{context}</td></tr>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>body{{font-family:sans-serif}}"
            "td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}table{border-collapse:collapse}"
            "</style></head><body>"
            f"<h1>{html.escape(title)}</h1><p>{len(rows)} items, most doubtful first.</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></body></html>\n")
