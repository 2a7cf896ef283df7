"""The cityjoomla held-out site is whole when served as its static copy: its Joomla query-string
pages and DOCman downloads (index.php?option=com_docman&task=doc_download&gid=N) answer, its
documents open (the No Gift announcement of 2568 is a scan with no text layer), the monthly
procurement rows lack ธันวาคม 2567, its only dead links are the ones its truth file declares, and
the truth covers every item of the year once. Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import html
import urllib.error
import urllib.request
from pathlib import Path

import pypdf
import pytest
import yaml

from crawler.serve import StaticSite
from tests.site_checks import (
    LINK,
    assert_documents_open,
    assert_truth_covers_the_year,
)

SITE = Path(__file__).parent / "sites" / "cityjoomla"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOCMAN = "option=com_docman&task=doc_download&gid="


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
    files = [p for p in (SITE / "index.php.q").glob(DOCMAN + "*/*") if p.is_file()]
    assert 25 <= len(files) <= 45
    assert_documents_open(files)
    scan = next((SITE / "index.php.q").glob(DOCMAN + "26/*.pdf"))
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    assert "2568" in pypdf.PdfReader(next((SITE / "index.php.q").glob(DOCMAN + "28/*.pdf"))).pages[0].extract_text()


def test_pages_and_downloads_are_served(base):
    status, body = fetch(base, TRUTH["ita_page"])
    assert status == 200 and "ประจำปี 2568" in body.decode("utf-8") and b"O26" in body
    assert fetch(base, "/index.php?catid=20&id=300&view=article&option=com_content")[1] == body
    status, data = fetch(base, "/index.php?option=com_docman&task=doc_download&gid=4")
    assert status == 200 and data.startswith(b"%PDF-")
    rows = fetch(base, "/index.php?option=com_docman&task=cat_view&gid=3")[1].decode("utf-8")
    assert "ประจำเดือนพฤศจิกายน 2567" in rows and "ประจำเดือนมกราคม 2568" in rows
    assert "ประจำเดือนธันวาคม 2567" not in rows


def test_dead_links_are_exactly_the_declared_ones_and_truth_urls_answer(base):
    pages = [SITE / "index.html", *SITE.glob("index.php.q/*/index.html")]
    assert 40 <= len(pages) <= 90
    links = set()
    for page in pages:
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


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
