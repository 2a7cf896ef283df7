"""The provcomm held-out site is whole: its PDFs, DOCX, XLSX and old Word/Excel files open (the
declaration of integrity is a scan with no text layer), the old 4-year plan is in Thai digits and
ends in 2566, the monthly สขร.1 list lacks มกราคม 2568, and its only dead links are the ones its
truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "provcomm"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not text("22003.pdf").strip()  # the scanned declaration of integrity
    assert "๒๕๖๓ - ๒๕๖๖" in text("20456.pdf")  # the old plan, Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("21344.pdf")  # the No Gift announcement is FY2567's
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in text("21530.pdf")  # last year's six-month report
    sheet = openpyxl.load_workbook(SITE / "files/22007.xlsx").active
    assert "พ.ศ. 2567" in sheet["A1"].value
    assert "สำนักงานพัฒนาชุมชนอำเภอตะพานหิน" in text("22198.pdf")


def test_monthly_list_and_ita_page():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2567" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2568" in rows
    assert "มกราคม 2568" not in rows
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert ita.count("<tr>") == 27 and "อยู่ระหว่างดำเนินการ" in ita
    assert "/files/21398.pdf" not in ita
    assert "/files/21398.pdf" in (SITE / "ita" / "2567" / "index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
