"""The tambonport held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the budget act
and the declaration of integrity are scans with no text layer), the monthly สขร.1 list lacks
กุมภาพันธ์ 2569, the ITA page is a list grouped by sub-indicator headings, and its only dead links
are the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "tambonport"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("3154.pdf", "3893.pdf"):  # the budget act, the declaration of integrity
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    assert (SITE / "files/3137.doc").read_bytes().startswith(OLE2)
    assert (SITE / "files/3705.xls").read_bytes().startswith(OLE2)
    assert "๒๕๖๑ - ๒๕๖๕" in text("3547.pdf")  # the only local plan ends before 2569, in Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text("3829.pdf")  # the risk assessment is last year's
    assert "พ.ศ. 2567" in text("3453.pdf")  # the No Gift Policy is of 2567
    sheet = openpyxl.load_workbook(SITE / "files/3231.xlsx").active
    assert "รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value


def test_pages_hold_the_sites_facts():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2569" in rows and "สขร.1 ประจำเดือนมีนาคม 2569" in rows
    assert "กุมภาพันธ์ 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "<table" not in ita.split('id="content"')[1].split('id="right"')[0].replace("</td>", "")
    for heading in ("9.1 ข้อมูลพื้นฐาน", "9.3 การจัดซื้อจัดจ้าง", "10.2 การส่งเสริมคุณธรรมและความโปร่งใส"):
        assert f"<h3>{heading}</h3>" in ita
    assert ita.count("<li><b>O") == 26


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
