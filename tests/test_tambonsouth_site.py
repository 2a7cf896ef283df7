"""The tambonsouth held-out site is whole when served as its static copy: its Joomla-like
query-string pages answer and share the chrome, its PDFs, DOCX and XLSX open (the No Gift
announcement and the announcement adopting the local-plan addition are scans with no text layer),
the procurement category lacks the สขร.1 of มกราคม 2569, and its only dead links are the ones its
truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import html
import urllib.error
import urllib.request
from pathlib import Path

import pypdf
import pytest
import yaml

from crawler.serve import StaticSite
from tests.site_checks import LINK, assert_documents_open, assert_truth_covers_the_year

SITE = Path(__file__).parent / "sites" / "tambonsouth"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
PAGES = [SITE / "index.html", *SITE.glob("index.php.q/*/index.html")]


@pytest.fixture(scope="module")
def base():
    with StaticSite(SITE) as url:
        yield url.rstrip("/")


def fetch(base: str, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(base + path, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, b""


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "images" / "stories" / "file").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size > 0 for p in docs)
    assert_documents_open(docs)
    for scan in ["2569/scan-nogift69.pdf", "2569/scan-plan-add1.pdf"]:
        assert not pypdf.PdfReader(SITE / "images/stories/file" / scan).pages[0].extract_text().strip(), scan
    text = pypdf.PdfReader(SITE / "images/stories/file/2569/acplan69.pdf").pages[0].extract_text()
    assert "แผนปฏิบัติการป้องกันการทุจริต" in text and "๒๕๖๙" in text
    rows = (SITE / "index.php.q" / "option=com_content&view=category&id=11" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2569" in rows and "ประจำเดือนมกราคม 2569" not in rows


def test_pages_share_the_chrome(base):
    assert 40 <= len(PAGES) <= 90
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        assert 'id="menu"' in text and 'id="side"' in text and 'id="footer"' in text, page
    status, body = fetch(base, TRUTH["ita_page"])
    assert status == 200 and "ประจำปีงบประมาณ พ.ศ. 2569" in body.decode("utf-8") and "o26" in body.decode("utf-8")
    # Joomla reads its parameters in any order
    assert fetch(base, "/index.php?catid=13&id=20&view=article&option=com_content")[1] == body


def test_dead_links_are_exactly_the_declared_ones(base):
    links = set()
    for page in PAGES:
        for link in LINK.findall(page.read_text(encoding="utf-8")):
            if not link.startswith(("http://", "https://")):
                links.add(html.unescape(link))
    dead = {link for link in links if (lambda r: r[0] != 200 or not r[1])(fetch(base, link))}
    assert dead == {b["url"] for b in TRUTH["broken"]}
    for code, item in TRUTH["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            if url:
                status, data = fetch(base, url)
                assert status == 200 and data, (code, url)
    for decoy in TRUTH["decoys"]:
        status, data = fetch(base, decoy["url"])
        assert status == 200 and data, decoy["url"]


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)


def test_site_is_small():
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
