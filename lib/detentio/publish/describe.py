"""A matplotlib figure in words: the alt text of a report's figures.

A reader who cannot see the picture gets what it shows, read off the drawn
figure itself: the kind of chart, its title, each axis (label, categories or
range), the legend, and the values written on the chart next to what they
belong to ("prisoner_of_war: 12 (+2 denied)").

>>> fig, ax = plt.subplots(); ax.barh([0, 1], [12, 3]); ax.set_yticks([0, 1], ["POW", "hostage"])
>>> describe.figure(fig)
'Bar chart. Vertical axis: hostage, POW. Horizontal axis: 0 to 12.'
"""
from __future__ import annotations

MAX_VALUES = 40      # values read out before "and N more": an alt text is heard, not scanned
MAX_CATEGORIES = 12


def _kind(ax) -> str:
    from matplotlib.collections import PathCollection
    from matplotlib.lines import Line2D
    from matplotlib.patches import Rectangle

    bars = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_width() and p.get_height()]
    dots = [ln for ln in ax.lines if isinstance(ln, Line2D) and ln.get_marker() not in (None, "", "None")
            and ln.get_linestyle() in ("None", "", " ", "none")]
    lines = [ln for ln in ax.lines if ln not in dots and len(ln.get_xdata()) > 1]
    scatter = [c for c in ax.collections if isinstance(c, PathCollection) and len(c.get_offsets())]
    kinds = [name for name, found in (("bar", bars), ("dot", dots or scatter), ("line", lines)) if found]
    if not kinds:
        return "Chart"
    return " and ".join(kinds).capitalize() + " chart"


def _ticks(axis) -> list[tuple[float, str]]:
    """(position, text) of the labelled ticks inside the view."""
    low, high = sorted(axis.get_view_interval())
    return [(tick.get_loc(), tick.label1.get_text()) for tick in axis.get_major_ticks()
            if tick.label1.get_visible() and tick.label1.get_text() and low <= tick.get_loc() <= high]


def _categorical(axis) -> bool:
    """True when the ticks name categories: labels set with the ticks, or string data."""
    from matplotlib.category import StrCategoryFormatter
    from matplotlib.ticker import FixedFormatter, FixedLocator, FuncFormatter

    formatter = axis.get_major_formatter()
    return isinstance(formatter, StrCategoryFormatter) or (
        isinstance(axis.get_major_locator(), FixedLocator) and isinstance(formatter, (FixedFormatter, FuncFormatter)))


def _axis(name: str, axis, label: str) -> str:
    ticks = _ticks(axis)
    words = f"{name} axis" + (f" ({label})" if label else "")
    if not ticks:
        return words
    texts = [text for _, text in sorted(ticks)]
    if _categorical(axis) and len(texts) <= MAX_CATEGORIES:
        if axis.axis_name == "y" and not axis.get_inverted():
            texts.reverse()  # categories read top to bottom, as the chart shows them
        return f"{words}: {', '.join(texts)}"
    return f"{words}: {texts[0]} to {texts[-1]}"


def _nearest(ticks: list[tuple[float, str]], value: float) -> str | None:
    if not ticks:
        return None
    position, text = min(ticks, key=lambda t: abs(t[0] - value))
    return text if abs(position - value) < 0.5 else None


def _values(ax) -> list[str]:
    """The numbers written on the chart, each with the categories it stands at."""
    xs, ys = _ticks(ax.xaxis), _ticks(ax.yaxis)
    x_cats, y_cats = _categorical(ax.xaxis), _categorical(ax.yaxis)
    found = []
    for text in ax.texts:
        words = " ".join(text.get_text().split())
        if not words or not text.get_visible():
            continue
        x, y = text.get_position()
        at = [c for c in ((_nearest(ys, y) if y_cats else None), (_nearest(xs, x) if x_cats else None)) if c]
        found.append(f"{', '.join(at)}: {words}" if at else words)
    return found


def _legend(ax) -> str:
    legend = ax.get_legend()
    if legend is None:
        return ""
    entries = [t.get_text() for t in legend.get_texts() if t.get_text()]
    title = legend.get_title().get_text()
    if not entries:
        return ""
    return f"Legend{f' ({title})' if title else ''}: {', '.join(entries)}."


def figure(fig) -> str:
    """The alt text of ``fig`` (drawn first, so that tick labels are known)."""
    fig.canvas.draw()
    parts = []
    for ax in fig.axes:
        if not ax.get_visible() or not ax.has_data():
            continue
        title = ax.get_title()
        parts.append(f"{_kind(ax)}{': ' + title if title else ''}.")
        parts.append(_axis("Vertical", ax.yaxis, ax.get_ylabel()) + ".")
        parts.append(_axis("Horizontal", ax.xaxis, ax.get_xlabel()) + ".")
        parts.append(_legend(ax))
        values = _values(ax)
        if values:
            more = f"; and {len(values) - MAX_VALUES} more" if len(values) > MAX_VALUES else ""
            parts.append("Values on the chart: " + "; ".join(values[:MAX_VALUES]) + more + ".")
    suptitle = fig._suptitle.get_text() if getattr(fig, "_suptitle", None) else ""
    text = " ".join(p for p in ([f"{suptitle}."] if suptitle else []) + parts if p)
    return text or "An empty chart."
