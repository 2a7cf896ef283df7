"""The highways held-out site is whole: its PDFs, DOCX, XLSX, old .doc and .xls open (the ITA-2568
analysis is a scan with no text layer), the row titles of several documents say no year while their
content does, the risk assessment called 2569 is a 2568 sheet, the monthly สขร.1 list lacks
มกราคม 2569, and its only dead links are the ones its truth file declares (two 404s).  Asserts
nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    OLE2,
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "highways"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
FILES = SITE / "files"


def text(pdf: str) -> str:
    return pypdf.PdfReader(FILES / pdf).pages[0].extract_text()


def in_ole(name: str, needle: str) -> bool:
    """Whether an old .doc/.xls holds ``needle`` (both store their Thai text as UTF-16)."""
    data = (FILES / name).read_bytes()
    assert data.startswith(OLE2)
    return needle.encode("utf-16-le") in data


def test_every_document_opens():
    docs = sorted(FILES.iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not text("31117.pdf").strip()  # the scanned ITA analysis
    assert "๒๕๖๖ - ๒๕๖๘" in text("31367.pdf")  # Thai digits: the 3-year plan ends in 2568
    assert "๒๕๖๘" in text("31803.pdf")
    report = "".join(page.extract_text() for page in pypdf.PdfReader(FILES / "31858.pdf").pages)
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in report and "20 ธันวาคม 2568" in report  # late, of FY2567
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("31211.pdf")  # the only No Gift Policy
    assert "31 มีนาคม 2568" in text("30640.pdf")
    assert in_ole("31898.xls", "ประจำปีงบประมาณ พ.ศ. 2568") and not in_ole("31898.xls", "2569")
    assert in_ole("30798.doc", "ประจำปีงบประมาณ พ.ศ. 2568")
    assert "แขวงทางหลวงชัยภูมิที่ 1" in text("31313.pdf")
    sheet = openpyxl.load_workbook(FILES / "32018.xlsx").active
    assert "พ.ศ. 2569" in sheet["A1"].value


def test_rows_and_lists():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "ประเมินความเสี่ยง ปี 2569" in ita and "/files/31898.xls" in ita
    assert "/download/report/" in ita
    assert (SITE / "ita" / "2568" / "index.html").is_file()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
