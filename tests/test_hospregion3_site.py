"""The hospregion3 held-out site is whole: its PDFs, .doc, .xls and XLSX open (the FY2568 integrity
report is a scan with no text layer, the plan of 2569 is in Thai digits), the monthly สขร.1 list
lacks มกราคม 2569, and its only dead links are the ones its truth file declares (two 404s).
Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "hospregion3"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".doc", ".xls", ".xlsx"}
    assert not pypdf.PdfReader(SITE / "files/41477.pdf").pages[0].extract_text().strip()
    assert "๒๕๖๙" in pypdf.PdfReader(SITE / "files/41205.pdf").pages[0].extract_text()  # Thai digits
    assert "2563 - 2567" in pypdf.PdfReader(SITE / "files/40112.pdf").pages[0].extract_text()
    assert "พ.ศ. 2567" in pypdf.PdfReader(SITE / "files/41960.pdf").pages[0].extract_text()
    sheet = openpyxl.load_workbook(SITE / "files/41099.xlsx").active
    assert "2569" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "รายงานผล ปี 2568" in ita and "/files/41960.pdf" in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
