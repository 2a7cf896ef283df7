"""The tambonplain held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift announcement
and the ITA working-group order are scans with no text layer), the สขร.1 list lacks January 2569,
and its only dead link is the one its truth file declares (the HR report of 2568, a 404).  Asserts
nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "tambonplain"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "files").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size > 0 for p in docs)
    assert_documents_open(docs)
    for scan in ("files/2569/nogift-2569.pdf", "files/2569/ita-order-2569.pdf"):
        assert not pypdf.PdfReader(SITE / scan).pages[0].extract_text().strip()
    text = pypdf.PdfReader(SITE / "files/2568/eval-2568.pdf").pages[0].extract_text()
    assert "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น" in text and "๒๕๖๘" in text
    rows = (SITE / "procurement" / "skr" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2569" in rows and "ประจำเดือนมกราคม 2569" not in rows


def test_pages_and_size():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert all('<div id="footer">' in p.read_text(encoding="utf-8") for p in pages)
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
