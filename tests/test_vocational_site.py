"""The vocational held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift announcement is a
scan with no text layer), the procurement list lacks the สขร.1 of February 2569, and its only dead
links are the ones its truth file declares (two files that were never stored).  Asserts nothing
about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "vocational"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "drive" / "uc").iterdir())
    assert 25 <= len(docs) <= 45
    assert_documents_open(docs)
    assert not pypdf.PdfReader(SITE / "drive/uc/cea960546d2400b7.pdf").pages[0].extract_text().strip()  # the scan
    assert "2569" in pypdf.PdfReader(SITE / "drive/uc/f330bb7b8d74980a.pdf").pages[0].extract_text()
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนมีนาคม 2569" in rows and "ประจำเดือนกุมภาพันธ์ 2569" not in rows


def test_pages_and_size():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert all('id="footer"' in p.read_text(encoding="utf-8") for p in pages)
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
