"""The commcollege held-out site is whole: its PDFs, DOCX, XLSX, old .doc and .xls open (the risk
assessment 2568 is a scan with no text layer), the annual report titled 2567 reports FY2566 in
Thai digits, the monthly procurement posts lack กุมภาพันธ์ 2568, and its only dead links are the
ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "commcollege"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
UPLOADS = SITE / "wp-content" / "uploads"
DOC_SUFFIXES = {".pdf", ".docx", ".xlsx", ".doc", ".xls"}


def text(rel: str) -> str:
    return pypdf.PdfReader(UPLOADS / rel).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted(p for p in UPLOADS.rglob("*") if p.suffix in DOC_SUFFIXES)
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == DOC_SUFFIXES
    assert not text("2024/11/scan0031.pdf").strip()  # the risk assessment: pixels only
    report = text("2025/02/32054.pdf")
    assert "รายงานประจำปี ๒๕๖๗" in report and "ปีงบประมาณ พ.ศ. ๒๕๖๖" in report
    assert "(พ.ศ. ๒๕๖๓ - ๒๕๖๗)" in text("2020/01/20456.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("2024/05/30112.pdf")
    assert "3 ตุลาคม 2566" in pypdf.PdfReader(UPLOADS / "2023/10/28699.pdf").pages[0].extract_text()
    sheet = openpyxl.load_workbook(UPLOADS / "2025/04/32612.xlsx").active
    assert "พ.ศ. 2568" in sheet["A1"].value
    procurement = (SITE / "category" / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนมกราคม 2568" in procurement and "ประจำเดือนมีนาคม 2568" in procurement
    assert "กุมภาพันธ์ 2568</a>" not in procurement


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))
    assert 'content="WordPress' in (SITE / "index.html").read_text(encoding="utf-8")


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
