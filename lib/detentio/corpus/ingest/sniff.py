"""What a file is, from its first bytes, checked against its extension; and the size limits.

The extension says what the user believes the file is; the bytes say what it
is. When they disagree (a PDF saved as ``.html``, an error page saved as
``.pdf``) the file is refused with both named, rather than read wrongly.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

KINDS = {".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf", ".docx": "docx"}
NAMES = {"html": "an HTML page", "pdf": "a PDF", "docx": "a Word (.docx) file"}
MAX_BYTES = 64 * 1024 * 1024          # a saved page or a court PDF is far below this
MAX_UNZIPPED = 256 * 1024 * 1024      # a .docx is a zip: bound what it may expand to
MAX_MEMBERS = 5000
_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)


class Refused(Exception):
    """The file is not what it should be; the message says what is wrong."""


def content_kind(head: bytes) -> str | None:
    """``html``, ``pdf``, ``zip`` or None, from the first bytes of a file."""
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if head.lstrip()[:5] == b"%PDF-" or head[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if _HTML_START.match(head[:4096]):
        return "html"
    return None


def _docx_checked(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
    except zipfile.BadZipFile as exc:
        raise Refused(f"not a readable .docx ({exc})") from None
    if "word/document.xml" not in names:
        raise Refused("a zip archive but not a Word document (no word/document.xml)")
    if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNZIPPED:
        raise Refused(f"the .docx would expand to more than {MAX_UNZIPPED // 2**20} MB or "
                      f"{MAX_MEMBERS} parts: not read")


def kind_of(path: Path) -> str:
    """``html``, ``pdf`` or ``docx`` for a file ``detentio add`` can read; :class:`Refused` otherwise."""
    suffix = path.suffix.lower()
    if suffix not in KINDS:
        raise Refused(f"cannot add a {suffix or 'file without extension'}: detentio adds "
                      f"{', '.join(sorted(KINDS))} files (a .txt or .md goes in data/sources/ as it is)")
    size = path.stat().st_size
    if size == 0:
        raise Refused("the file is empty")
    if size > MAX_BYTES:
        raise Refused(f"the file is {size // 2**20} MB, more than the {MAX_BYTES // 2**20} MB detentio reads")
    with open(path, "rb") as handle:
        head = handle.read(8192)
    expected = KINDS[suffix]
    found = content_kind(head)
    found = "docx" if found == "zip" else found
    if found != expected:
        what = NAMES.get(found, "neither HTML, PDF nor a Word file")
        raise Refused(f"the name says {NAMES[expected]} but the content is {what}")
    if expected == "docx":
        _docx_checked(path)
    return expected
