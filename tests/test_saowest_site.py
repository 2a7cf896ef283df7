"""The saowest held-out site is whole: its PDFs, DOCX, old .doc and .xls open (the complaint manual
and the FY2568 integrity-measures report are scans with no text layer), the monthly สขร.1 list lacks
กุมภาพันธ์ 2569, and its only dead links are the ones its truth file declares (two 404s).  Asserts
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

SITE = Path(__file__).parent / "sites" / "saowest"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    for scan in ("3359.pdf", "3515.pdf"):
        assert not text(scan).strip()
    assert "๒๕๖๙" in text("3410.pdf")  # Thai digits
    assert "๒๕๖๕" in text("3305.pdf") and "๒๕๖๙" not in text("3305.pdf")  # the plan ends in 2565
    assert "๒๕๖๗" in text("3512.pdf")  # the row says 2568, the file is of 2567
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 มกราคม 2569" in rows and "สขร.1 มีนาคม 2569" in rows
    assert "กุมภาพันธ์ 2569" not in rows
    assert "ระบบเว็บไซต์กลาง อปท. อำเภอด่านเขาแดง" in (SITE / "index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
