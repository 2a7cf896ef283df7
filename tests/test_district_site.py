"""The district held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift declaration and a
district order are scans with no text layer), the procurement page lacks the สขร.1 of January
2569, and its only dead link is the one its truth file declares (the FY2568 anti-corruption report,
404).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "district"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "uploads").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert_documents_open(docs)
    for scan in ("uploads/2568/10/nogift-2569.pdf", "uploads/2568/11/order-damrongdham.pdf"):
        assert not pypdf.PdfReader(SITE / scan).pages[0].extract_text().strip(), scan
    text = pypdf.PdfReader(SITE / "uploads/2568/11/risk-assessment-2569.pdf").pages[0].extract_text()
    assert "การประเมินความเสี่ยงการทุจริต" in text and "2569" in text
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2569" in rows and "ประจำเดือนมกราคม 2569" not in rows


def test_size_and_pages():
    assert 40 <= len(list(SITE.rglob("index.html"))) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
