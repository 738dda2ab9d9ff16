"""Realistic source files made for the tests: saved web pages, PDFs, a Word file.

Each maker returns the file's bytes (or writes it) together with what a
reader sees in it: the article's paragraphs and its metadata, so that a test
can assert the exact text an extractor must give. The pages have the shape
of real news and official sites (navigation, scripts, ads, JSON-LD, byline,
share buttons, related links, comments); the PDFs are printed by WeasyPrint
from HTML with running headers, page numbers, numbered paragraphs and
hyphenated, hard-wrapped lines over several pages.

``benchmarks/extractors.py`` scores the candidate extractors on the same files.
"""
from __future__ import annotations

import html
import io
import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Made:
    """A made file: its bytes, the article paragraphs a reader sees, and its metadata."""

    data: bytes
    paragraphs: list[str]
    meta: dict = field(default_factory=dict)
    suffix: str = ".html"

    def write(self, folder: Path, name: str) -> Path:
        path = Path(folder) / f"{name}{self.suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.data)
        return path


# --- saved web pages -----------------------------------------------------------

NEWS_PARAGRAPHS = [
    "YEREVAN \u2014 Armenia\u2019s Foreign Ministry on Wednesday asked Azerbaijan to release the 38 Armenians "
    "it still holds, eight months after the ceasefire of 10 November 2020.",
    "\u201cThese people are prisoners of war and must be returned without delay,\u201d Foreign Minister "
    "Ara Aivazyan told reporters in Yerevan, citing the Third Geneva Convention.",
    "Baku rejects the label. A spokesperson for Azerbaijan\u2019s Foreign Ministry said the men \u201care not "
    "prisoners of war but terrorists and saboteurs\u201d who crossed the border after the fighting ended.",
    "The International Committee of the Red Cross said it had visited some of the detainees but declined "
    "to give a number.",
    "The trilateral statement signed on 9 November provides for an exchange of prisoners of war, hostages "
    "and other detained persons on the principle of \u201call for all\u201d.",
]

_NEWS_NAV = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in
                    ("Home", "Politics", "Region", "Economy", "Opinion", "Video", "Newsletters"))
_RELATED = "".join(f'<li><a href="/news/{i}">{t}</a></li>' for i, t in enumerate((
    "Maps of minefields handed over in exchange for 15 detainees",
    "Relatives of captives protest outside the UN office in Yerevan",
    "Court in Baku sentences Armenian servicemen to six years")))


def news_page() -> Made:
    """A saved article of a news site: JSON-LD, Open Graph, a byline, ads, related links, comments."""
    title = "Armenia asks Azerbaijan to free 38 detainees"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2021-07-07T09:30:00+04:00", "dateModified": "2021-07-08T11:02:00+04:00",
          "author": {"@type": "Person", "name": "Ani Petrosyan"},
          "publisher": {"@type": "Organization", "name": "Caucasus Ledger",
                        "logo": {"@type": "ImageObject", "url": "https://caucasus-ledger.example/logo.png"}},
          "mainEntityOfPage": "https://caucasus-ledger.example/news/2021/07/07/armenia-asks-azerbaijan-free-38"}
    body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in NEWS_PARAGRAPHS[:3])
    rest = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in NEWS_PARAGRAPHS[3:])
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Caucasus Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Yerevan asks Baku to release the Armenians it still holds.">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Caucasus Ledger">
<meta property="og:url" content="https://caucasus-ledger.example/news/2021/07/07/armenia-asks-azerbaijan-free-38">
<meta property="article:published_time" content="2021-07-07T09:30:00+04:00">
<meta name="author" content="Ani Petrosyan">
<link rel="canonical" href="https://caucasus-ledger.example/news/2021/07/07/armenia-asks-azerbaijan-free-38">
<link rel="stylesheet" href="https://cdn.caucasus-ledger.example/main.css">
<script type="application/ld+json">{json.dumps(ld)}</script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<script async src="https://ads.example/tag.js"></script>
<style>.ad-slot {{ min-height: 250px }}</style>
</head>
<body class="article-page">
<header class="site-header">
<a class="logo" href="/">Caucasus Ledger</a>
<nav class="main-nav"><ul>{_NEWS_NAV}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"><button>Search</button></form>
</header>
<div class="ad-slot" id="ad-top">Advertisement <a href="https://ads.example/click">Fly to Tbilisi from 49 EUR</a></div>
<main>
<article class="story">
<h1 class="headline">{title}</h1>
<div class="byline">By <a rel="author" href="/authors/ani-petrosyan">Ani Petrosyan</a>
 <time datetime="2021-07-07T09:30:00+04:00">7 July 2021, 09:30</time> \u00b7 3 min read</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<div class="story-body">
{body}
<aside class="related"><h3>Related stories</h3><ul>{_RELATED}</ul></aside>
<div class="ad-slot inline">Advertisement</div>
{rest}
</div>
<div class="tags">Tags: <a href="/tag/detainees">detainees</a>, <a href="/tag/geneva">Geneva Conventions</a></div>
</article>
<section id="comments" class="comments">
<h2>Comments (2)</h2>
<div class="comment"><span class="user">karen_77</span><p>Bring them home. Every one of them is a hostage, not a prisoner.</p></div>
<div class="comment"><span class="user">observer</span><p>Where are the numbers from the Red Cross?</p></div>
<form><textarea>Write a comment</textarea><button>Post</button></form>
</section>
</main>
<footer class="site-footer"><p>\u00a9 2021 Caucasus Ledger. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a> <a href="/contact">Contact us</a></footer>
<script>track("pageview");</script>
</body>
</html>
"""
    meta = {"title": title, "author": "Ani Petrosyan", "outlet": "Caucasus Ledger",
            "published": "2021-07-07", "date_precision": "day", "language": "en",
            "url": "https://caucasus-ledger.example/news/2021/07/07/armenia-asks-azerbaijan-free-38"}
    return Made(page.encode("utf-8"), list(NEWS_PARAGRAPHS), meta)


OFFICIAL_PARAGRAPHS = [
    "On 12 May 2021 units of the armed forces of Azerbaijan crossed the state border of the Republic of "
    "Armenia in the Syunik and Gegharkunik provinces and advanced 3.5 kilometres into its territory.",
    "On 27 May six servicemen of the Armed Forces of Armenia, who were carrying out engineering works in "
    "the Gegharkunik province, were captured by Azerbaijani troops.",
    "The Ministry of Foreign Affairs of Armenia condemns the capture and demands the immediate release of "
    "the servicemen. They are not criminals; they were captured on the sovereign territory of Armenia.",
    "We call on the co-chairs of the OSCE Minsk Group and the international community to give a due "
    "assessment of these provocative actions.",
]

_MENU = "".join(f'<li class="menu-item"><a href="/en/{s.lower().replace(" ", "-")}/">{s}</a></li>' for s in
                ("Ministry", "Foreign Policy", "Press Center", "Consular Services", "Diaspora", "Contacts"))
_SIDEBAR = "".join(f'<li><a href="/en/press/{s.lower()}/">{s}</a></li>' for s in
                   ("News", "Statements", "Interviews", "Speeches", "Briefings", "Photo gallery"))


def official_page() -> Made:
    """A ministry press release: language switcher, menus, breadcrumbs, sidebar, a printed date, no JSON-LD."""
    title = "Statement of the Ministry of Foreign Affairs on the capture of Armenian servicemen"
    text = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in OFFICIAL_PARAGRAPHS)
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} - Ministry of Foreign Affairs of the Republic of Armenia</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Ministry of Foreign Affairs of the Republic of Armenia">
<meta property="og:url" content="https://mfa.example.am/en/press-release/2021/05/27/statement-capture/">
<link rel="canonical" href="https://mfa.example.am/en/press-release/2021/05/27/statement-capture/">
<script src="/assets/js/jquery.min.js"></script>
<script>$(function(){{ $('.menu').slicknav(); }});</script>
</head>
<body>
<div id="top-bar"><ul class="lang"><li>EN</li><li><a href="/ru/">RU</a></li><li><a href="/hy/">HY</a></li></ul>
<form action="/en/search/"><input type="text" name="q"><input type="submit" value="Search"></form></div>
<header><a href="/en/"><img src="/assets/img/coat.png" alt="Coat of arms"></a>
<span class="site-name">Ministry of Foreign Affairs of the Republic of Armenia</span></header>
<nav><ul class="menu">{_MENU}</ul></nav>
<div class="breadcrumbs"><a href="/en/">Home</a> / <a href="/en/press-center/">Press Center</a> / Press releases</div>
<div class="container">
<div class="sidebar"><h4>Press Center</h4><ul>{_SIDEBAR}</ul></div>
<div class="news-inner">
<h1>{title}</h1>
<div class="news-date">27 May, 2021</div>
<div class="news-text">
{text}
</div>
<div class="tools"><a href="javascript:window.print()">Print</a> | <a href="#">Share</a></div>
</div>
</div>
<footer><p>10 Vazgen Sargsyan St., Yerevan 0010, Republic of Armenia</p><p>Tel.: +374 10 620 000</p>
<p>\u00a9 2021 Ministry of Foreign Affairs of the Republic of Armenia</p></footer>
</body>
</html>
"""
    meta = {"title": title, "author": None, "outlet": "Ministry of Foreign Affairs of the Republic of Armenia",
            "published": "2021-05-27", "date_precision": "day", "language": "en",
            "url": "https://mfa.example.am/en/press-release/2021/05/27/statement-capture/"}
    return Made(page.encode("utf-8"), list(OFFICIAL_PARAGRAPHS), meta)


REPORT_PARAGRAPHS = [
    "At least 23 Armenians remain in detention in Azerbaijan, according to lawyers who represent them "
    "before the European Court of Human Rights.",
    "The authorities in Baku call the detainees \u201cpersons held in custody\u201d and say that none of them "
    "is a prisoner of war. Their relatives call them hostages.",
    "Several were sentenced in 2024 after trials that observers describe as unfair. None of the families "
    "has been allowed to visit.",
]


def report_page() -> Made:
    """An NGO report page that gives its date only to the month (JSON-LD ``2025-03``), in a cookie banner's shade."""
    title = "Still held: Armenian detainees in Azerbaijan, spring 2025"
    ld = {"@context": "https://schema.org", "@type": "Report", "name": title, "datePublished": "2025-03",
          "author": {"@type": "Organization", "name": "Caucasus Rights Watch"},
          "publisher": {"@type": "Organization", "name": "Caucasus Rights Watch"}}
    text = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in REPORT_PARAGRAPHS)
    page = f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{title} \u2013 Caucasus Rights Watch</title>
<meta property="og:site_name" content="Caucasus Rights Watch">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Settings</button></div>
<nav><a href="/">Home</a> <a href="/reports">Reports</a> <a href="/donate">Donate</a></nav>
<main><h1>{title}</h1>
<div class="report-summary">
{text}
</div>
<div class="donate-box"><h3>Support our work</h3><p>Your gift keeps our lawyers in court.</p><a href="/donate">Donate now</a></div>
</main>
<footer>Caucasus Rights Watch is registered in Tbilisi. <a href="/imprint">Imprint</a></footer>
</body></html>
"""
    meta = {"title": title, "author": None, "outlet": "Caucasus Rights Watch",
            "published": "2025-03", "date_precision": "month", "language": "en-GB", "url": None}
    return Made(page.encode("utf-8"), list(REPORT_PARAGRAPHS), meta)


def index_page() -> Made:
    """A section front: only navigation and lists of headlines, no article to extract."""
    items = "".join(f'<li><a href="/news/{i}">Headline number {i} about the region</a></li>' for i in range(12))
    page = f"""<!DOCTYPE html><html lang="en"><head><title>Region | Caucasus Ledger</title></head>
<body><nav><ul>{_NEWS_NAV}</ul></nav><main><h1>Region</h1><ul class="list">{items}</ul></main>
<footer>\u00a9 Caucasus Ledger</footer></body></html>"""
    return Made(page.encode("utf-8"), [], {})


def pages() -> dict[str, Made]:
    """The saved pages with an article, by name."""
    return {"news": news_page(), "official": official_page(), "report": report_page()}


# --- PDFs printed by WeasyPrint ---------------------------------------------------

ORDER_TITLE = "Application of the International Convention on the Elimination of All Forms of Racial " \
              "Discrimination (Armenia v. Azerbaijan): Order of 7 December 2021"
# The numbered paragraphs of the order; long enough to wrap, and narrow columns make them hyphenate.
ORDER_PARAGRAPHS = [
    "Armenia asks the Court to indicate provisional measures to protect the rights of persons of Armenian "
    "national or ethnic origin who were detained by Azerbaijan during and after the hostilities of "
    "autumn 2020.",
    "Armenia submits that Azerbaijan holds at least 45 Armenian prisoners of war and civilian detainees, "
    "and that the authorities of Azerbaijan subject them to degrading treatment on the basis of their "
    "national or ethnic origin.",
    "Azerbaijan contends that the persons in question are lawfully detained. In its view the applicants "
    "\u201care not prisoners of war but persons charged with criminal offences\u201d, and their detention "
    "falls outside the scope of the Convention.",
    "The Court recalls that it has power to indicate provisional measures only if the provisions relied on "
    "by the applicant appear, prima facie, to afford a basis on which its jurisdiction could be founded.",
    "The Court considers that the rights whose protection Armenia seeks are plausible, including the "
    "right of persons detained in relation to the 2020 conflict to protection from torture and "
    "inhumane treatment.",
    "The Court further considers that there is a real and imminent risk that irreparable prejudice could "
    "be caused to those rights before the Court gives its final decision.",
    "For these reasons, the Court indicates that Azerbaijan shall protect from violence and bodily harm "
    "all persons captured in relation to the 2020 conflict who remain in detention, and ensure their "
    "security and equality before the law.",
]
ORDER_HEADER = "ARMENIA v. AZERBAIJAN (ORDER 7 XII 21)"


def _order_html(paragraphs: list[str], first: int, title: str, header: str, width_mm: int) -> str:
    numbered = "\n".join(f'<p class="n"><span class="num">{first + i}.</span> {html.escape(p, quote=False)}</p>'
                         for i, p in enumerate(paragraphs))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta name="author" content="International Court of Justice">
<meta name="dcterms.created" content="2021-12-07T12:00:00+01:00">
<style>
@page {{ size: {width_mm}mm 150mm; margin: 22mm 14mm 20mm 14mm;
  @top-center {{ content: "{header}"; font-size: 8pt; }}
  @bottom-center {{ content: "- " counter(page) " -"; font-size: 8pt; }} }}
body {{ font-family: "DejaVu Serif", serif; font-size: 10pt; line-height: 1.3; }}
p {{ text-align: justify; hyphens: auto; margin: 0 0 6pt 0; orphans: 1; widows: 1; }}
h1 {{ font-size: 11pt; text-align: center; }}
</style></head><body>
<h1>INTERNATIONAL COURT OF JUSTICE</h1>
<p class="intro">Present: President Donoghue; Vice-President Gevorgian; Judges Tomka, Abraham.</p>
{numbered}
</body></html>"""


def court_order_pdf(paragraphs: list[str] | None = None, first: int = 1, width_mm: int = 120) -> Made:
    """An ICJ-style order: running header, "- N -" page numbers, numbered paragraphs,
    justified narrow text with hyphenation, several pages."""
    from weasyprint import HTML

    paragraphs = ORDER_PARAGRAPHS if paragraphs is None else paragraphs
    page = _order_html(paragraphs, first, ORDER_TITLE, ORDER_HEADER, width_mm)
    data = HTML(string=page).write_pdf()
    meta = {"title": ORDER_TITLE, "author": "International Court of Justice",
            "published": "2021-12-07"}
    return Made(data, ["INTERNATIONAL COURT OF JUSTICE",
                       "Present: President Donoghue; Vice-President Gevorgian; Judges Tomka, Abraham."]
                + [f"{first + i}. {p}" for i, p in enumerate(paragraphs)], meta, ".pdf")


SPLIT_HEADER = "CAT/C/AZE/CO/5 (advance unedited version)"


def split_label_pdf() -> Made:
    """Concluding observations whose denials and labels cross printed line ends and a page
    break: "are not / prisoners of / war" on page 1, "were not" / (page 2) "pris- / oners of war".

    ``<br>`` makes the line ends a hard-wrapped PDF has; the second paragraph is cut
    in two elements with a page break between, as a long paragraph runs over a page.
    """
    from weasyprint import HTML

    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Concluding observations on the fifth periodic report of Azerbaijan</title>
<style>
@page {{ size: A5; margin: 20mm 15mm;
  @top-right {{ content: "{SPLIT_HEADER}"; font-size: 8pt; }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }}
</style></head><body>
<p>11. In its report the State party states that the Armenian detainees “are not<br>prisoners of<br>war but
persons held in custody” under its criminal law.</p>
<p>12. At the dialogue, the delegation repeated that the detainees were not</p>
<p style="break-before: page">pris-<br>oners of war and that each of them had been tried.</p>
<p>13. The Committee recalls that the prohibition of torture is absolute.</p>
</body></html>"""
    text = [
        "11. In its report the State party states that the Armenian detainees “are not prisoners of war but "
        "persons held in custody” under its criminal law.",
        "12. At the dialogue, the delegation repeated that the detainees were not prisoners of war and that each "
        "of them had been tried.",
        "13. The Committee recalls that the prohibition of torture is absolute.",
    ]
    return Made(HTML(string=page).write_pdf(), text,
                {"title": "Concluding observations on the fifth periodic report of Azerbaijan"}, ".pdf")


def image_only_pdf() -> Made:
    """A scan: one page holding a picture of text and no text layer."""
    from weasyprint import HTML

    # A PNG drawn by matplotlib stands for the scanned page; WeasyPrint embeds it as an image.
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(3, 1))
    fig.text(0.1, 0.5, "Scanned page", fontsize=14)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    import base64

    src = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
    data = HTML(string=f'<html><body><img src="{src}" style="width:150mm"></body></html>').write_pdf()
    return Made(data, [], {}, ".pdf")


def encrypted_pdf() -> Made:
    """The court order locked with a user password (pypdf encrypts it with AES-256)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(court_order_pdf(ORDER_PARAGRAPHS[:2]).data)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return Made(out.getvalue(), [], {}, ".pdf")


# --- a Word file ---------------------------------------------------------------------

DOCX_TITLE = "Armenian detainees in Azerbaijan: monitoring report"
DOCX_PARAGRAPHS = [
    "Since the ceasefire of 10 November 2020, our monitors have recorded the cases of 62 Armenians held "
    "in Azerbaijan.",
    "The Government of Azerbaijan refers to them as persons held in custody. In its reply to our letter "
    "it stated that they \u201care not prisoners of war\u201d.",
    "Families told us that no relative had been allowed to visit.",
]
DOCX_FOOTNOTE = "Letter of the Permanent Mission of Azerbaijan of 3 February 2022, on file with the authors."


def monitoring_docx() -> Made:
    """An NGO's Word report: core properties, a title, two headings, body paragraphs and a footnote."""
    import datetime as dt

    from docx import Document

    doc = Document()
    props = doc.core_properties
    props.title = DOCX_TITLE
    props.author = "Helsinki Citizens' Assembly Vanadzor"
    props.language = "en-GB"
    props.created = dt.datetime(2022, 3, 14, 10, 0, 0)
    doc.add_heading(DOCX_TITLE, level=0)
    doc.add_heading("1. Findings", level=1)
    doc.add_paragraph(DOCX_PARAGRAPHS[0])
    second = doc.add_paragraph(DOCX_PARAGRAPHS[1])
    _add_footnote(doc, second, DOCX_FOOTNOTE)
    doc.add_heading("2. Visits", level=1)
    doc.add_paragraph(DOCX_PARAGRAPHS[2])
    out = io.BytesIO()
    doc.save(out)
    return Made(out.getvalue(), [DOCX_TITLE, "1. Findings", DOCX_PARAGRAPHS[0], DOCX_PARAGRAPHS[1],
                                 "2. Visits", DOCX_PARAGRAPHS[2]],
                {"title": DOCX_TITLE, "author": "Helsinki Citizens' Assembly Vanadzor", "language": "en-GB"},
                ".docx")


def _add_footnote(doc, paragraph, text: str) -> None:
    """A footnote as Word writes it: a footnotes part and a reference run at the end of ``paragraph``.

    python-docx writes no footnotes, so the part is built here from its XML.
    """
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    notes = (f'<w:footnotes {w}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
             '</w:p></w:footnote>'
             f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {html.escape(text)}'
             '</w:t></w:r></w:p></w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                notes.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    paragraph._p.append(parse_xml(f'<w:r {w}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  '<w:footnoteReference w:id="1"/></w:r>'))
