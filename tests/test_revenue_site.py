"""The revenue held-out site is whole: its PDFs, DOCX and XLSX open (the HR report 2568 and the No
Gift announcement are scans with no text layer), the procurement page lacks the สขร.1 of มกราคม
2569, and its only dead links are the ones its truth file declares (two 404s).  Asserts nothing
about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    dead_local_links,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "revenue"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "uploads").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size > 0 for p in docs)
    assert_documents_open(docs)
    for scan in ("uploads/2569/ita/o14.pdf", "uploads/2569/ita/o20.pdf"):
        assert not pypdf.PdfReader(SITE / scan).pages[0].extract_text().strip()
    assert "แผนปฏิบัติราชการ" in pypdf.PdfReader(SITE / "uploads/2569/ita/o6.pdf").pages[0].extract_text()
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2569" in rows and "ประจำเดือนมกราคม 2569" not in rows


def test_pages_share_the_chrome():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    for p in pages:
        html = p.read_text(encoding="utf-8")
        assert 'class="topbar"' in html and 'class="main-menu"' in html and "<aside>" in html and "<footer>" in html, p


def test_dead_links_are_exactly_the_declared_ones():
    dead, _links = dead_local_links(SITE)
    assert dead == {b["url"] for b in TRUTH["broken"]}
    for code, item in TRUTH["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or site_file(SITE, url).is_file(), (code, url)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)


def test_site_is_small():
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1.5 * 1024 * 1024
