"""The procmonths held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift announcement
and the plan-printing notice are scans with no text layer), the สขร.1 row of ธันวาคม holds the
summary of ธันวาคม 2566, and its only dead links are the ones its truth file declares.  Asserts
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

SITE = Path(__file__).parent / "sites" / "procmonths"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "files").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert_documents_open(docs)
    for scan in ("2567/no-gift-2568.pdf", "2567/egp-print-plan.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    dec = pypdf.PdfReader(SITE / "files/2568/skr1-dec.pdf").pages[0].extract_text()
    assert "ธันวาคม พ.ศ. 2566" in dec
    rows = (SITE / "procurement" / "skr1" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนธันวาคม<" in rows and "ไตรมาสที่ 2" in rows


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
