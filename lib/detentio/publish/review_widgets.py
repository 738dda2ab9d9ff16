"""The ipywidgets controls of :class:`detentio.publish.review.Reviewer`: buttons that call its methods.

>>> view = View(reviewer); view.box          # displayed by the review notebook
>>> view.buttons["accept"].click()           # what a click does, without a browser

Nothing here decides anything: each button calls one method of the reviewer
with the reason typed in the box, and shows the next item or the error.
"""
from __future__ import annotations

import html

from detentio.core.problems import DetentioError


class View:
    """The widgets for one reviewer: context, a speaker box, a code list, a count, and the buttons."""

    def __init__(self, reviewer):
        import ipywidgets as w

        self.reviewer = reviewer
        self.item = w.HTML()
        self.status = w.HTML()
        self.reason = w.Text(placeholder="reason (shown in the reports' notes)", description="Reason")
        # a Combobox: choose an id of the registry or type a name as the text gives it
        self.speaker = w.Combobox(options=reviewer.speakers, ensure_option=False, description="Speaker",
                                  placeholder="actor id, or a name")
        self.code = w.Dropdown(options=reviewer.codes, description="Code")
        self.count = w.IntText(description="Count")
        actions = {
            "accept": ("Accept", "success", lambda reason: reviewer.accept(reason)),
            "speaker": ("Set speaker", "", lambda reason: reviewer.set_speaker(self.speaker.value, reason)),
            "negated": ("Toggle denied", "", lambda reason: reviewer.toggle_negated(reason)),
            "code": ("Change code", "", lambda reason: reviewer.set_code(self.code.value or "", reason)),
            "drop": ("Not a mention", "danger", lambda reason: reviewer.not_a_mention(reason)),
            "count": ("Fix count", "", lambda reason: reviewer.fix_count(self.count.value, reason)),
            "skip": ("Skip", "", lambda reason: reviewer.skip()),
            "back": ("Back", "", lambda reason: reviewer.back()),
        }
        self.buttons = {}
        for name, (label, style, action) in actions.items():
            button = w.Button(description=label, button_style=style)
            button.on_click(self._handler(action))
            self.buttons[name] = button
        b = self.buttons
        self.box = w.VBox([
            self.item,
            w.HBox([b["accept"], b["negated"], b["drop"], b["back"], b["skip"]]),
            w.HBox([self.speaker, b["speaker"]]), w.HBox([self.code, b["code"]]),
            w.HBox([self.count, b["count"]]), self.reason, self.status])
        self.refresh()

    def _handler(self, action):
        def clicked(_button):
            try:
                row = action(self.reason.value.strip())
            except (DetentioError, ValueError) as exc:
                self.status.value = f"<p style='color:#a00'>{html.escape(str(exc))}</p>"
                return
            self.reason.value = ""
            self.status.value = (f"<p>Written to data/corrections.csv: {html.escape(row.field)} = "
                                 f"{html.escape(row.value or '(empty)')}</p>" if row is not None else "")
            self.refresh()
        return clicked

    def refresh(self) -> None:
        """Show the current item and preset the controls to the engine's values."""
        item = self.reviewer.item
        self.item.value = self.reviewer.describe()
        if item is None:
            return
        self.speaker.value = item["speaker"] if isinstance(item["speaker"], str) else ""
        if item["kind"] == "mention" and item["code"] in self.reviewer.codes:
            self.code.value = item["code"]
        if item["kind"] == "claim":
            self.count.value = int(item["value"])
