"""The court held-out site is whole: its PDFs, DOCX and XLSX open (the FY2568 No Gift announcement
and the invitation to draft the anti-corruption plan are scans with no text layer), the monthly
procurement list lacks the สขร.1 of January 2569, and its only dead links are the ones its truth
file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "court"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
SCANS = {"/uploads/2567/10/6089f1f2c9.pdf", "/uploads/2568/11/baf720227c.pdf"}


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "uploads").rglob("*") if p.is_file())
    assert len(docs) >= 30
    assert_documents_open(docs)
    for scan in SCANS:
        assert not pypdf.PdfReader(site_file(SITE, scan)).pages[0].extract_text().strip()
    assert "๒๕๖๙" in pypdf.PdfReader(SITE / "uploads/2568/10/4853106b62.pdf").pages[0].extract_text()
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2569" in rows and "ประจำเดือนมกราคม 2569" not in rows


def test_pages_count_and_size():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
