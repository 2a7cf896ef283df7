"""The paohealth held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift announcement is a
scan with no text layer), the สขร.1 list lacks ธันวาคม 2568, and its only dead links are the ones
its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "paohealth"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "files").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size > 0 for p in docs)
    assert_documents_open(docs)
    assert not pypdf.PdfReader(SITE / "files/integrity/2568/no-gift-policy-2569.pdf").pages[0].extract_text().strip()
    assert "๒๕๖๙" in pypdf.PdfReader(SITE / "files/budget/2568/budget-act-2569.pdf").pages[0].extract_text()
    rows = (SITE / "procurement" / "sor1" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนมกราคม 2569" in rows and "ประจำเดือนธันวาคม 2568" not in rows


def test_pages_and_size():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert all("<footer>" in p.read_text(encoding="utf-8") for p in pages)
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
    monthly = TRUTH["items"]["O11"]
    assert monthly["months_missing"] == ["2568-12"] and len(monthly["months_present"]) == 5
