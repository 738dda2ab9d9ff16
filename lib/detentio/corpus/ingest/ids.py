"""Source ids for added files: ``<date>-<outlet>-<slug>``.

- ``date``: the publication date as written (``2021-12-07``, ``2025-03``,
  ``2021``), or ``undated``;
- ``outlet``: the outlet, else the author, in at most four words (left out when
  the file names neither);
- ``slug``: the title's first six words (else the file name's).

Each part is lower case ASCII letters and digits joined by ``-``, the whole
cut at the last whole word within 72 characters:
``2021-07-07-caucasus-ledger-armenia-asks-azerbaijan-to-free-38``.
"""
from __future__ import annotations

import re
import unicodedata

MAX_OUTLET_WORDS = 4
MAX_TITLE_WORDS = 6
MAX_LENGTH = 72  # cut at the last whole word within it


def slug(text: str | None, words: int) -> str:
    """``text`` in at most ``words`` lower-case ASCII words joined by ``-``."""
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("'", "").replace("\u2019", ""))
    return "-".join(parts[:words])


def make(published: str | None, outlet: str | None, title: str | None, fallback: str) -> str:
    """The id of a new source (see the module docstring); ``fallback`` names it when the title
    has no Latin letters (the file's name, then its hash)."""
    parts = [published or "undated", slug(outlet, MAX_OUTLET_WORDS),
             slug(title, MAX_TITLE_WORDS) or slug(fallback, MAX_TITLE_WORDS)]
    made = "-".join(part for part in parts if part)
    if len(made) > MAX_LENGTH:
        made = made[:MAX_LENGTH + 1].rsplit("-", 1)[0]
    return made
