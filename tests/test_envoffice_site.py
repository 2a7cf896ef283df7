"""The envoffice held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift announcement is a
scan with no text layer), the สขร.1 list lacks ธันวาคม 2568, and its only dead links are the ones its
truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "envoffice"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "uploads").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert_documents_open(docs)
    assert not pypdf.PdfReader(SITE / "uploads/2025/10/a79d9be1f2.pdf").pages[0].extract_text().strip()  # the scan
    text = pypdf.PdfReader(SITE / "uploads/2025/11/6b9e29452b.pdf").pages[0].extract_text()
    assert "๒๕๖๙" in text  # Thai digits in the text layer
    rows = (SITE / "procurement" / "summary" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนมกราคม 2569" in rows and "ประจำเดือนธันวาคม 2568" not in rows


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for p in pages:
        assert "ข่าวประชาสัมพันธ์" in p.read_text(encoding="utf-8") and "<footer>" in p.read_text(encoding="utf-8"), p
