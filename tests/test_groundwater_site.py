"""The groundwater held-out site is whole: its PDFs, DOC, XLS and DOCX open (the gift report is a
scan with no text layer), the strategic plan is in Thai digits, the monthly สขร.1 list lacks
มกราคม 2568, and its only dead links are the ones its truth file declares (two 404s).  Asserts
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

SITE = Path(__file__).parent / "sites" / "groundwater"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _text(path: str) -> str:
    return pypdf.PdfReader(SITE / path.lstrip("/")).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "uploads").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".doc", ".xls", ".docx"}
    assert not _text("/uploads/2567/10/1728544017.pdf").strip()  # the scanned gift report
    assert "๒๕๖๑" in _text("/uploads/2562/01/1547020331.pdf")  # Thai digits
    assert "2567" in _text("/uploads/2568/02/1739245520.pdf")  # the "2568" risk assessment is of 2567
    assert "2566" in _text("/uploads/2567/12/1734331005.pdf") or "๒๕๖๖" in _text("/uploads/2567/12/1734331005.pdf")
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ธันวาคม 2567" in rows and "กุมภาพันธ์ 2568" in rows
    assert "มกราคม 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
