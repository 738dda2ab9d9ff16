"""Text from sources and file names made safe to print on a terminal.

A source body or a file name may hold control characters: ESC starts the
sequences that clear the screen or set the window title, the C1 controls
(U+0080-U+009F) do the same on some terminals, and bidirectional overrides
reorder what is shown. Everything the command line prints passes through here:

- :func:`escaped` for messages: each such character as a visible ``\\x1b`` /
  ``\\u202e`` escape (line breaks too, so a problem stays one line);
- :func:`pictured` for CSV: each as one visible character (ESC as ``␛``, its
  Unicode control picture), so lengths and offsets in a row still add up;
- :func:`json_safe` for JSON: the same characters as ``\\u`` escapes, which
  JSON readers turn back into the text exactly.

No library does this small mapping for all three outputs, so it is written here.
"""
from __future__ import annotations

import re

# C0 controls but tab, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates.
_UNSAFE = "\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_IN_MESSAGE = re.compile(f"[{_UNSAFE}]")
_IN_TABLE = re.compile(f"[{_UNSAFE.replace(chr(0x0a) + '-', chr(0x0b) + '-')}]")  # a CSV field may hold a line break
_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # json.dumps escapes the C0 controls itself


_NAMED = {"\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escaped(text) -> str:
    """``text`` with every control character as a visible escape (one line, nothing for the terminal to run)."""
    return _IN_MESSAGE.sub(_escape, str(text))


def _picture(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)   # ␀ .. ␟
    if code == 0x7F:
        return "\u2421"             # ␡
    return "\ufffd"                 # C1 and bidirectional controls have no picture


def pictured(text: str) -> str:
    """``text`` with every control character but tab and line break replaced by one visible character."""
    return _IN_TABLE.sub(_picture, text)


def json_safe(dumped: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with the controls JSON leaves raw escaped."""
    return _IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
