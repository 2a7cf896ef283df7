"""The saoplatform held-out site is whole: an อบต. on a shared provincial LAO platform whose pages
are all /index/?page=... (static copies in index/.q/<query>/), the same banner on every page; its
PDFs, DOCX, .doc and .xls open (the สขร.1 of มกราคม 2568 is a scan with no text layer), the
procurement category lacks กุมภาพันธ์ 2568, every platform link has its copy, and its only dead
links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import copy
import html
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import docx
import pypdf
import yaml

from crawler.serve import StaticSite, _query_name
from tests.site_checks import (
    LINK,
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "saoplatform"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
FILES = SITE / "files"
PAGES = sorted(SITE.rglob("index.html"))


def as_stored(url: str | None) -> str | None:
    """A platform address /index/?page=x as the folder of its static copy (/index/.q/page=x/)."""
    if url is None or "?" not in url:
        return url
    path, query = url.split("?", 1)
    return f"{path}.q/{_query_name(query)}/"


def test_every_document_opens():
    docs = sorted(FILES.iterdir())
    assert 30 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert_documents_open(docs)
    assert not pypdf.PdfReader(FILES / "30349.pdf").pages[0].extract_text().strip()  # the scan
    assert "๒๕๖๘" in pypdf.PdfReader(FILES / "30188.pdf").pages[0].extract_text()  # Thai digits
    assert "๒๕๖๑ - ๒๕๖๔" in pypdf.PdfReader(FILES / "27415.pdf").pages[0].extract_text()
    six = pypdf.PdfReader(FILES / "29402.pdf").pages[0].extract_text()
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in six
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in pypdf.PdfReader(FILES / "30377.pdf").pages[0].extract_text()
    assert "พ.ศ. 2566".encode("utf-16-le") in (FILES / "29012.xls").read_bytes()
    risk = "\n".join(p.text for p in docx.Document(FILES / "30267.docx").paragraphs)
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in risk
    rows = (SITE / "index/.q/page=download&cat=4/index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2568" in rows and "สขร.1 ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows


def test_platform_template_and_query_copies():
    assert 40 <= len(PAGES) <= 90
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        assert '<img src="/assets/banner.png"' in text and 'id="footer"' in text, page
        for link in LINK.findall(text):
            link = html.unescape(link)
            if link.startswith("/index/?"):
                assert (SITE / as_stored(link).lstrip("/") / "index.html").is_file(), (page, link)
    ita = (SITE / "index/.q/page=ita2568/index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))
    with StaticSite(SITE) as url, urllib.request.urlopen(url.rstrip("/") + "/index/?id=1405&page=news",
                                                        timeout=10) as r:
        assert "684 คน" in r.read().decode("utf-8")


def test_site_size():
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    truth = copy.deepcopy(TRUTH)
    for item in truth["items"].values():
        item["url"] = as_stored(item["url"])
        item["also"] = [as_stored(u) for u in item.get("also") or []]
    for decoy in truth["decoys"]:
        decoy["url"] = as_stored(decoy["url"])
    assert all(urlsplit(b["url"]).path.startswith("/files/") for b in truth["broken"])
    assert_truth_points_at_files(SITE, truth)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
