"""Source text stays text in show(), and a report or its PDF loads nothing from the network."""
from __future__ import annotations

import base64
import http.server
import io
import shutil
import subprocess
import threading

import pytest
from bs4 import BeautifulSoup

from conftest import FIXTURES, write_source
from detentio import corpus, render, report

# The outlet of issue 17: a remote image and a live link, written as markdown.
PAYLOAD = "![o](http://127.0.0.1:8765/o.png) [x](https://example.org/phish)"


class Counting(http.server.BaseHTTPRequestHandler):
    """A web server on localhost that records every request made to it."""

    requests: list[str] = []

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        Counting.requests.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    Counting.requests = []
    httpd = http.server.HTTPServer(("127.0.0.1", 0), Counting)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def payload(workspace):
    """A corpus of one source whose outlet, title and body are markdown."""
    write_source(workspace / "md", "md.md", f"The outlet {PAYLOAD} reports *twelve* prisoners of war.\n", f"""
        id: md
        title: "**Bold** [link](https://example.org/t) _under_"
        outlet: "{PAYLOAD}"
        published: "2021-05-01"
        date_precision: day
        kind: news
        language: en
        """)
    return corpus.load(workspace / "md")


def assert_inert(html: str, strong: tuple[str, ...] = ()) -> None:
    """No image, no link out, no emphasis but the author's own (``strong``)."""
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find_all("img") == [] and soup.find_all("em") == []
    assert tuple(s.get_text() for s in soup.find_all("strong")) == strong
    assert [a["href"] for a in soup.find_all("a") if not a["href"].startswith("#")] == []


def test_source_metadata_in_show_stays_text(payload):
    outlet = payload.documents.iloc[0]["outlet"]
    html = report.render(f"Named outlets: {report.text(outlet)} (1){report.cite_sources(['md'], payload)}.")
    assert_inert(html)
    text = BeautifulSoup(html, "html.parser").get_text()
    assert f"Named outlets: {PAYLOAD} (1)" in text
    assert "'**Bold** [link](https://example.org/t) _under_'" in text  # the title in the note (OSCOLA), as written


def test_every_helper_keeps_source_text_out_of_markdown(payload):
    body = payload.text("md")
    start = body.index("The outlet")
    parts = [report.quote("md", start, body.index(" reports") + 8, payload),
             report.short_cite(payload.documents.iloc[0].to_dict()),
             report.text(body), report.footnote(body)]
    for part in parts:
        assert_inert(report.render(f"- **Uses**: {part}"), strong=("Uses",))


def test_the_pdf_printer_fetches_nothing_but_embedded_data(server, tmp_path):
    pixel = base64.b64encode(bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360f8cf000000030101009a6d1b3c0000000049454e44ae426082")).decode()
    local = tmp_path / "local.png"
    local.write_bytes(base64.b64decode(pixel))
    page = (f'<html><body><p>x</p><img src="{server}/img.png"><img src="{local.as_uri()}">'
            f'<img src="local.png"><link rel="stylesheet" href="{server}/style.css">'
            f'<p style="background: url({server}/bg.png)">y</p>'
            f'<img src="data:image/png;base64,{pixel}"></body></html>')
    path = tmp_path / "out.pdf"
    assert render.write_pdf(page, path) == 1
    assert Counting.requests == []
    if shutil.which("pdfimages"):
        listed = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True).stdout
        kinds = [line.split()[2] for line in listed.strip().splitlines()[2:]]
        assert kinds == ["image", "smask"]  # the data: image alone (with its alpha mask); no file was read


def test_reports_and_pages_forbid_every_load_but_embedded_data():
    import nbformat
    from nbformat.v4 import new_markdown_cell, new_notebook

    for html in (render.export_html(nbformat.from_dict(new_notebook(cells=[new_markdown_cell("# T")])), "T"),
                 render.page("index", "<p>x</p>")):
        meta = BeautifulSoup(html, "html.parser").find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert meta["content"] == render.CSP
    assert render.CSP.startswith("default-src 'none'; img-src data:;")
