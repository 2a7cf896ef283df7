"""The customs held-out site (ด่านศุลกากรโนนหินกอง, invented) is whole: its PDFs, DOCX, XLSX and old
.doc/.xls open (the declaration of integrity is a scan with no text layer), the 4-year plan and the
old No Gift Policy are in Thai digits, the monthly สขร.1 list lacks มกราคม 2569, and its only dead
links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "customs"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not text("32324.pdf").strip()  # the scanned declaration of integrity
    assert "๒๕๖๕ - ๒๕๖๘" in text("31481.pdf")  # the 4-year plan ends before 2569
    assert "๒๕๖๗" in text("31313.pdf") and "No Gift" in text("31313.pdf")
    assert "พ.ศ. 2567" in text("32064.pdf")  # the annual report row says no year
    sheet = openpyxl.load_workbook(SITE / "files/30685.xlsx").active
    assert "รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value
    assert "2568".encode("utf-16-le") in (SITE / "files/32112.xls").read_bytes()


def test_procurement_months():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    assert "ขายทอดตลาด" in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:
        assert 'id="side"' in page.read_text(encoding="utf-8")


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
