"""The rajabhat held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the risk
assessment 2569 is a scan with no text layer), the monthly สขร.1 list lacks มกราคม 2569, faculties'
documents sit on the university's ITA page, and its only dead links are the ones its truth file
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

SITE = Path(__file__).parent / "sites" / "rajabhat"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not pypdf.PdfReader(SITE / "files/32012.pdf").pages[0].extract_text().strip()  # the scan
    assert "๒๕๖๙" in text("32018.pdf")  # Thai digits
    assert "2564 - 2568" in text("30412.pdf")  # the strategic plan ends before 2569
    assert "ปีงบประมาณ พ.ศ. 2567" in text("31962.pdf")  # the annual report posted in 2569 covers 2567
    sheet = openpyxl.load_workbook(SITE / "files/31672.xlsx").active
    assert "รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value


def test_procurement_months_and_faculty_links():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนธันวาคม 2568" in rows and "ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    for faculty_doc in ("/files/31204.pdf", "/files/31990.docx", "/files/32066.pdf"):
        assert faculty_doc in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
