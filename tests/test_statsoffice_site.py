"""The statsoffice held-out site is whole: its PDFs, DOCX and XLSX open, the .doc and .xls are
Word 97 / Excel 97 compound files, the No Gift Policy and the HR development plan are scans with no
text layer, the January 2569 row of the monthly สขร.1 opens January 2568, and its only dead links
are the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "statsoffice"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(path: str) -> str:
    return pypdf.PdfReader(SITE / path).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted(p for folder in ("files", "uploads") for p in (SITE / folder).rglob("*") if p.is_file())
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx"))
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for old in ("files/19880.doc", "files/20962.xls"):
        assert (SITE / old).read_bytes().startswith(OLE2)
    for scan in ("files/20152.pdf", "uploads/2568/11/scan_0031.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๖ - ๒๕๖๘" in text("files/20418.pdf")  # the "5-year" plan is 3 years, ending 2568
    assert "๒๕๖๗" in text("uploads/2568/10/itareport.pdf")  # uploaded in FY2569, content FY2567
    assert "มกราคม พ.ศ. 2568" in text("files/21804.pdf")  # listed as January 2569
    assert "ไม่มีการจัดซื้อจัดจ้าง" in text("files/21650.pdf")  # November 2568: nothing bought
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2569" in rows and "/files/21804.pdf" in rows
    sheet = openpyxl.load_workbook(SITE / "files/21204.xlsx").active
    assert "2567" in sheet["A2"].value and "2568" in sheet["A2"].value  # last year's half year
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "/files/21581.pdf" in ita and "/ita/2569/o25/" in ita
    assert "อยู่ระหว่างปรับปรุงข้อมูล" in (SITE / "ita" / "2569" / "o25" / "index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
