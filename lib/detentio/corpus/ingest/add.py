"""``detentio add FILE...``: keep the original, write the derived source, record both.

For each file: check what it is (:mod:`.sniff`), read it in a bounded child
process (:mod:`.sandbox`), turn what was read into a body and front matter,
then write, in this order and each atomically (a hidden temporary file
renamed into place): the original to ``data/raw/<id><ext>``, the source to
``data/sources/<id>.md``, both hashes to ``data/MANIFEST``. The source is
validated before anything is renamed, and a failure after the first rename
removes what was already placed, so ``data/`` never holds half an addition.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from detentio.core import paths
from detentio.corpus import manifest
from detentio.core.problems import DetentioError, Problem
from detentio.corpus.sources import ID_PATTERN, KINDS, iter_sources, parse_published, read_source
from detentio.corpus.ingest import ids, reflow, sandbox, sniff
from detentio.corpus.ingest.pages import from_json
from detentio.corpus.ingest.pdf import Unreadable

ORDER = ("id", "title", "author", "outlet", "published", "date_precision", "kind", "language", "url", "notes",
         "derived_from", "derived_sha256", "extractor", "pages", "paras", "page_chrome")
# Without --kind: a saved page is news; a PDF or Word file is a judgment when its
# title names a court's decision, else a statement.
_JUDGMENT_WORDS = ("order", "judgment", "judgement", "decision", "court")


@dataclass(frozen=True)
class Added:
    id: str
    source: Path
    raw: Path
    new: bool          # False: the same file was added before, nothing was written
    message: str


def printable(path: Path | str) -> str:
    """A file name as shown on a terminal: control characters (escape sequences) made visible."""
    text = str(path)
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _default_kind(kind: str, title: str | None) -> str:
    if kind == "html":
        return "news"
    words = set(ids.slug(title, 40).split("-"))
    return "judgment" if words & set(_JUDGMENT_WORDS) else "statement"


def _extracted(kind: str, path: Path) -> tuple[reflow.Reflowed, dict, str]:
    result = sandbox.extract(kind, path)
    meta = {k: (reflow.clean(v) or None) if isinstance(v, str) else v for k, v in result["meta"].items()}
    if kind == "pdf":
        pages = from_json(result["pages"])
        for page in pages:
            for block in page.blocks:
                block.lines = [line for line in block.lines if reflow.clean(line.text)]
                for line in block.lines:
                    line.text = reflow.clean(line.text)
        return reflow.reflow(pages), meta, result["extractor"]
    lines = [(reflow.clean(text), bool(heading)) for text, heading in result["lines"]]
    return reflow.from_lines([(text, heading) for text, heading in lines if text]), meta, result["extractor"]


def front_matter(meta: dict) -> str:
    """The YAML block, fields in the documented order, lists of offsets on one line each."""
    lines = []
    for key in ORDER:
        value = meta.get(key)
        if value in (None, "", []):
            continue
        if isinstance(value, list):
            lines.append(f"{key}: {yaml.safe_dump(value, default_flow_style=True, width=10**9).strip()}")
        else:
            lines.append(yaml.safe_dump({key: value}, allow_unicode=True, width=10**9, sort_keys=False).strip())
    return "---\n" + "\n".join(lines) + "\n---\n"


def _metadata(found: dict, kind: str, options: dict) -> dict:
    meta = {"title": options.get("title") or found.get("title"), "author": found.get("author"),
            "outlet": options.get("outlet") or found.get("outlet"), "url": found.get("url"),
            "language": options.get("language") or found.get("language") or "und"}
    if options.get("published"):
        meta["published"] = options["published"]
        meta["date_precision"] = {10: "day", 7: "month", 4: "year"}.get(len(options["published"]), "approximate")
    elif found.get("published"):
        meta["published"], meta["date_precision"] = found["published"], found["date_precision"]
    elif found.get("created"):  # a PDF's or Word file's own record of when it was made
        meta["published"], meta["date_precision"] = found["created"], "approximate"
        meta["notes"] = "Date: the day the file records as its creation, not a printed date of publication."
    meta["kind"] = options.get("kind") or _default_kind(kind, meta["title"])
    return meta


def _existing(digest: str) -> tuple[dict[str, str], str | None]:
    """``{id: path}`` of every source, and the id of one derived from a file with this hash."""
    taken, same = {}, None
    for source in iter_sources(None, []):
        taken[source.id] = str(source.path)
        if source.get("derived_sha256") == digest:
            same = source.id
    return taken, same


def _validate_options(options: dict) -> list[str]:
    wrong = []
    if options.get("kind") and options["kind"] not in KINDS:
        wrong.append(f"--kind {options['kind']!r} is not one of {', '.join(KINDS)}")
    if options.get("id") and not ID_PATTERN.match(options["id"]):
        wrong.append(f"--id {options['id']!r} may hold only letters, digits, '_', '.', '-'")
    if options.get("published"):
        try:
            parse_published(options["published"], "approximate")
        except ValueError as exc:
            wrong.append(f"--published: {exc}")
    return wrong


def _place(files: list[tuple[Path, bytes]]) -> list[Path]:
    """Write each ``(final path, data)`` to a hidden temporary file, then rename them all
    into place; on any failure remove what was placed and raise."""
    placed: list[Path] = []
    temps = [(final, final.with_name(f".{final.name}.partial")) for final, _ in files]
    try:
        for (final, data), (_, temp) in zip(files, temps):
            final.parent.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(data)
        for final, temp in temps:
            os.replace(temp, final)
            placed.append(final)
        return placed
    except BaseException:
        for path in placed:
            path.unlink(missing_ok=True)
        raise
    finally:
        for _, temp in temps:
            temp.unlink(missing_ok=True)


def add_file(path: Path, **options) -> Added:
    """Turn one file into a source (see the module docstring); :class:`DetentioError` when it cannot."""
    name = printable(path)
    if not path.is_file():
        raise DetentioError(Problem(name, "no such file"))
    try:
        kind = sniff.kind_of(path)
    except sniff.Refused as exc:
        raise DetentioError(Problem(name, str(exc))) from None
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    taken, same = _existing(digest) if paths.sources().is_dir() else ({}, None)
    if same is not None:
        where = paths.relative(Path(taken[same]))
        return Added(same, Path(taken[same]), paths.data() / "raw", False,
                     f"{name}: already added as {same} ({where}); nothing changed")
    try:
        body, found, extractor = _extracted(kind, path)
    except Unreadable as exc:
        raise DetentioError(Problem(name, str(exc))) from None
    meta = _metadata(found, kind, options)
    source_id = options.get("id") or ids.make(meta.get("published"), meta.get("outlet") or meta.get("author"),
                                              meta.get("title"), ids.slug(path.stem, 6) or digest[:12])
    suffix = path.suffix.lower()
    raw = paths.data() / "raw" / f"{source_id}{suffix}"
    target = paths.sources() / f"{source_id}.md"
    clash = taken.get(source_id) or next((str(p) for p in (target, target.with_suffix(".txt"), raw) if p.exists()), None)
    if clash:
        raise DetentioError(Problem(name, f"id {source_id!r} is already taken by {paths.relative(Path(clash))}: "
                                          "choose another with --id"))
    meta.update(id=source_id, title=meta["title"] or source_id, derived_from=f"raw/{raw.name}",
                derived_sha256=digest, extractor=extractor, pages=body.pages, paras=body.paras,
                page_chrome=body.chrome)
    text = front_matter(meta) + body.body
    _check_source(text, target, name)
    _place([(raw, data), (target, text.encode("utf-8"))])
    try:
        manifest.record({f"raw/{raw.name}": digest,
                         f"sources/{target.name}": hashlib.sha256(text.encode("utf-8")).hexdigest()})
    except BaseException:
        target.unlink(missing_ok=True)
        raw.unlink(missing_ok=True)
        raise
    pages = f", {len(body.pages)} pages" if body.pages else ""
    return Added(source_id, target, raw, True,
                 f"{name}: added as {paths.relative(target)} (original kept as {paths.relative(raw)}{pages})")


def _check_source(text: str, target: Path, name: str) -> None:
    """Read the new source back as ``detentio check`` will, before anything is written into data/."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        trial = Path(folder) / target.name
        trial.write_text(text, encoding="utf-8")
        try:
            read_source(trial)
        except DetentioError as exc:
            raise DetentioError([Problem(name, f"the derived source would be invalid: {p.message}", p.where)
                                 for p in exc.problems]) from None


def add(files: list[str | Path], **options) -> tuple[list[Added], list[Problem]]:
    """Add each file; every file is tried, and the problems of those that fail are returned."""
    wrong = _validate_options(options)
    if options.get("id") and len(files) > 1:
        wrong.append("--id names one source: give one file with it")
    if wrong:
        raise DetentioError([Problem("detentio add", message) for message in wrong])
    added, problems = [], []
    for file in files:
        try:
            added.append(add_file(Path(file), **options))
        except DetentioError as exc:
            problems.extend(exc.problems)
    return added, problems

