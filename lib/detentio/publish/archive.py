"""The archival PDF: PDF/A-3b, tagged, with XMP metadata and the files that let it be checked alone.

WeasyPrint prints the report HTML with ``pdf_variant="pdf/a-3b"`` (sRGB
output intent, XMP metadata stream, embedded files allowed) and
``pdf_tags=True`` (a structure tree: headings, paragraphs, lists, tables with
header cells, figures with their alt text), so that a screen reader gets the
reading order and an archive gets a PDF/A. Bookmarks come from the headings.

What the PDF carries, so that it can travel alone (``pdfdetach -list``):
``provenance.json`` (as recorded when the PDF was printed: it cannot hold the
seconds its own writing took, which the file beside the report adds), the
executed notebook, each table as CSV (the bytes of the HTML's download links)
and every cited source file, whose sha256 the provenance gives.

The XMP metadata holds title, description, keywords, dates and WeasyPrint's
PDF/A identification, plus the run, its notebook and parameters, the input
hash, the workspace commit and version in a ``detentio`` schema described by
a PDF/A extension schema (PDF/A allows custom properties only so).
"""
from __future__ import annotations

import datetime as dt
import html as htmllib
import io
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from detentio.core import paths

VARIANT = "pdf/a-3b"
OPTIONS = {"pdf_variant": VARIANT, "pdf_tags": True}
NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdfaExtension": "http://www.aiim.org/pdfa/ns/extension/",
    "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#",
    "pdfaProperty": "http://www.aiim.org/pdfa/ns/property#",
    # A name, never fetched: the properties below are described in the PDF itself.
    "detentio": "urn:detentio:xmp:report:1.0:",
}
PROPERTIES = (  # detentio schema: (name, XMP value type, description)
    ("run", "Text", "the run of runs.yml this report was built by"),
    ("notebook", "Text", "the notebook the run executed, relative to the workspace"),
    ("parameters", "Text", "the run's parameters as JSON"),
    ("inputHash", "Text", "sha256 over every input of the run (the build's cache key)"),
    ("commit", "Text", "git commit of the workspace when the report was built"),
    ("workspaceVersion", "Text", "version of the detentio workspace package"),
    ("built", "Date", "when the report was built (UTC)"),
)
RELATIONSHIP = {"provenance": "Supplement", "notebook": "Source", "table": "Data", "source": "Source"}


@dataclass(frozen=True)
class Attached:
    """One file embedded in the PDF."""

    name: str
    data: bytes
    kind: str          # provenance | notebook | table | source (sets its PDF/A relationship)
    description: str


def keywords(record: dict) -> list[str]:
    """The workspace's keywords (pyproject.toml), then the run's name and notebook."""
    import tomllib

    found: list[str] = []
    project = paths.root() / "pyproject.toml"
    try:
        found = list(tomllib.loads(project.read_text(encoding="utf-8")).get("project", {}).get("keywords", []))
    except (OSError, ValueError):
        pass
    found += ["detentio report", record["run"], Path(record["notebook"]).stem]
    return [k.replace(",", " ") for k in dict.fromkeys(str(k) for k in found if str(k).strip())]


def commit_text(record: dict, length: int = 40) -> str:
    """The workspace commit as a reader should see it (its first ``length`` hex digits)."""
    git = record.get("git") or {}
    if not git.get("commit"):
        return "none (not a git checkout)"
    return git["commit"][:length] + (" with uncommitted changes" if git.get("dirty") else "")


def head(record: dict, description: str) -> str:
    """``<meta>`` elements for the report's ``<head>``: WeasyPrint reads them into the PDF's metadata."""
    esc = htmllib.escape
    generator = f"detentio {record.get('detentio') or ''}, workspace commit {commit_text(record)}"
    meta = {
        "description": description,
        "keywords": ", ".join(keywords(record)),
        "generator": generator,
        "dcterms.created": record["built"],
        "dcterms.modified": record["built"],
    }
    return "".join(f'<meta name="{name}" content="{esc(value, quote=True)}">' for name, value in meta.items())


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def _description(parent):
    element = ET.SubElement(parent, _q("rdf:Description"))
    element.set(_q("rdf:about"), "")
    return element


def _extension_schema(rdf) -> None:
    """The PDF/A extension schema that declares the detentio properties."""
    bag = ET.SubElement(ET.SubElement(_description(rdf), _q("pdfaExtension:schemas")), _q("rdf:Bag"))
    schema = ET.SubElement(bag, _q("rdf:li"), {_q("rdf:parseType"): "Resource"})
    for name, value in (("schema", "detentio report"), ("namespaceURI", NS["detentio"]), ("prefix", "detentio")):
        ET.SubElement(schema, _q(f"pdfaSchema:{name}")).text = value
    seq = ET.SubElement(ET.SubElement(schema, _q("pdfaSchema:property")), _q("rdf:Seq"))
    for name, kind, text in PROPERTIES:
        item = ET.SubElement(seq, _q("rdf:li"), {_q("rdf:parseType"): "Resource"})
        for field, value in (("name", name), ("valueType", kind), ("category", "external"), ("description", text)):
            ET.SubElement(item, _q(f"pdfaProperty:{field}")).text = value


def xmp(rdf_bytes: bytes, record: dict) -> bytes:
    """WeasyPrint's ``rdf:RDF`` with the report's own descriptions added."""
    for prefix, uri in NS.items():
        ET.register_namespace(prefix, uri)
    rdf = ET.fromstring(rdf_bytes)
    subject = ET.SubElement(ET.SubElement(_description(rdf), _q("dc:subject")), _q("rdf:Bag"))
    for word in keywords(record):
        ET.SubElement(subject, _q("rdf:li")).text = word
    ET.SubElement(_description(rdf), _q("xmp:MetadataDate")).text = record["built"]
    values = {
        "run": record["run"], "notebook": record["notebook"],
        "parameters": json.dumps(record.get("parameters", {}), ensure_ascii=False, sort_keys=True),
        "inputHash": record["input_hash"], "commit": commit_text(record),
        "workspaceVersion": str(record.get("detentio") or ""), "built": record["built"],
    }
    own = _description(rdf)
    for name, _, _ in PROPERTIES:
        ET.SubElement(own, _q(f"detentio:{name}")).text = values[name]
    _extension_schema(rdf)
    return ET.tostring(rdf, encoding="utf-8")


def _finisher(record: dict):
    """Replace WeasyPrint's XMP packet by one that also holds the report's properties."""
    def finish(document, pdf) -> None:
        stream = pdf.objects[int(pdf.catalog["Metadata"].split()[0])]
        rdf = document.metadata.generate_rdf_metadata("a", 3, "B")
        stream.stream = [b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'  # as WeasyPrint writes it
                         b'<x:xmpmeta xmlns:x="adobe:ns:meta/">' + xmp(rdf, record)
                         + b'</x:xmpmeta>\n<?xpacket end="r"?>']
    return finish


def report_files(record: dict, notebook: Path, tables: list[tuple[str, bytes]]) -> list[Attached]:
    """The executed notebook, the tables as CSV and the cited source files, to embed in the PDF."""
    found = [Attached(notebook.name, notebook.read_bytes(), "notebook",
                      f"the executed notebook {record['notebook']} of run {record['run']}")]
    found += [Attached(name, data, "table", f"table of the report as CSV: {name}") for name, data in tables]
    names = {f.name for f in found} | {"provenance.json"}
    for source in record.get("sources", []):
        file = Path(source["path"]) if Path(source["path"]).is_absolute() else paths.root() / source["path"]
        name = file.name if file.name not in names else f"{source['id']}-{file.name}"
        names.add(name)
        found.append(Attached(name, file.read_bytes(), "source",
                              f"cited source {source['id']} ({source['path']}), sha256 {source['sha256']}"))
    return found


def provenance_bytes(record: dict) -> bytes:
    """provenance.json as the build writes it."""
    return (json.dumps(record, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def _built(record: dict) -> dt.datetime:
    return dt.datetime.fromisoformat(record["built"].replace("Z", "+00:00")).replace(tzinfo=None)


def write(page: str, path: Path, record: dict, attached: list[Attached], url_fetcher=None) -> int:
    """Print ``page`` to ``path`` as a tagged PDF/A-3b with ``attached`` and provenance.json; return pages.

    ``record['pages']`` is set from the layout before provenance.json is attached.
    ``url_fetcher`` is WeasyPrint's (the build passes one that fetches only
    ``data:`` URIs); the attachments are bytes, never fetched.
    """
    from weasyprint import HTML, Attachment

    document = HTML(string=page, base_url=str(paths.root()), url_fetcher=url_fetcher).render(**OPTIONS)
    record["pages"] = len(document.pages)
    files = [Attached("provenance.json", provenance_bytes(record), "provenance",
                      "what the report was made from, as recorded when this PDF was printed"), *attached]
    when = _built(record)
    attachments = [Attachment(file_obj=io.BytesIO(f.data), name=f.name, description=f.description,
                              created=when, modified=when, relationship=RELATIONSHIP[f.kind]) for f in files]
    document.write_pdf(path, attachments=attachments, finisher=_finisher(record), **OPTIONS)
    return len(document.pages)
