"""The employment held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the complaint
guideline and the declaration of integrity are scans with no text layer), the 3-year plan and the
No Gift announcement are in Thai digits, the monthly สขร.1 list lacks มกราคม 2569, and its only
dead links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's
verdicts."""

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

SITE = Path(__file__).parent / "sites" / "employment"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("3223.pdf", "4095.pdf"):
        assert not text(scan).strip()
    assert "(พ.ศ. ๒๕๖๖ - ๒๕๖๘)" in text("3659.pdf")  # the plan ends before 2569, in Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗" in text("3541.pdf")  # the only No Gift announcement
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text("3954.pdf")  # the risk assessment posted in FY2569
    assert "Annual Report 2024" in text("3105.pdf")
    sheet = openpyxl.load_workbook(SITE / "files/4036.xlsx").active
    assert "พ.ศ. 2569" in sheet["A1"].value
    doc = (SITE / "files/3600.doc").read_bytes()
    assert "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569".encode("utf-16-le") in doc
    xls = (SITE / "files/3259.xls").read_bytes()
    assert "รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in xls
    assert not (SITE / "files/3164.pdf").exists()


def test_monthly_list_lacks_january():
    rows = (SITE / "procurement" / "monthly" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 เดือนธันวาคม 2568" in rows and "สขร.1 เดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
