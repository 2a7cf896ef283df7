"""The disaster held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift announcement and
the ITA working-group order are scans with no text layer), the procurement list lacks the สขร.1 of
January 2568, and its only dead links are the ones its truth file declares (two 404s).  Asserts
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

SITE = Path(__file__).parent / "sites" / "disaster"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "uploads").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size > 0 for p in docs)
    assert_documents_open(docs)
    for scan in ["uploads/2024/10/no-gift-2568.pdf", "uploads/2024/11/order-ita-team-2568.pdf"]:
        assert not pypdf.PdfReader(SITE / scan).pages[0].extract_text().strip()
    assert "๒๕๖๖" in pypdf.PdfReader(SITE / "uploads/2022/11/plan5y-2566-2570.pdf").pages[0].extract_text()
    rows = (SITE / "download" / "procure" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2568" in rows and "ประจำเดือนมกราคม 2568" not in rows


def test_pages_and_size():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert all("สายด่วนนิรภัย 1784" in p.read_text(encoding="utf-8") for p in pages)  # the chrome
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1.5 * 1024 * 1024


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
