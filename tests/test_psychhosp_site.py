"""The psychhosp held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the 2569 risk
assessment is a scan with no text layer), the monthly สขร.1 list lacks มกราคม 2569, the outdated
documents carry their older years inside, and its only dead links are the ones its truth file
declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "psychhosp"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not text("30362.pdf").strip()  # the scan
    assert "๒๕๖๙" in text("30266.pdf")  # Thai digits
    assert "๒๕๖๓ - ๒๕๖๗" in text("28714.pdf")  # the strategy ends before 2569
    assert "รายงานประจำปี 2567" in text("30309.pdf")
    assert "24 กันยายน 2567" in text("29568.pdf")
    assert "ปีงบประมาณ 2568" in text("29702.pdf")
    sheet = openpyxl.load_workbook(SITE / "files/30111.xlsx").active
    assert "ตุลาคม 2568" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "เดือนธันวาคม 2568" in rows and "เดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:
        assert "กรมสุขภาพจิต" in page.read_text(encoding="utf-8")


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
