"""The prosecutor held-out site is whole: its PDFs, DOC, XLS, DOCX and XLSX open (the FY2568
procurement report and an invitation letter are scans with no text layer), the monthly สขร.1 list
lacks กุมภาพันธ์ 2569, the 5-year plan ends in 2568, and its only dead links are the ones its truth
file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "prosecutor"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("5857.pdf", "5452.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    assert "(พ.ศ. ๒๕๖๔ - ๒๕๖๘)" in text("6070.pdf")  # the 5-year plan, Thai digits, ends in 2568
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๙" in text("5637.pdf")
    assert "ปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 30 กันยายน 2567)" in text("5103.pdf")  # the annual report
    assert "ประกาศ ณ วันที่ 3 ตุลาคม 2566" in text("5576.pdf")  # No Gift: two years old
    sheet = openpyxl.load_workbook(SITE / "files/5260.xlsx").active
    assert "พ.ศ. 2568" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2569" in rows and "สขร.1 ประจำเดือนมีนาคม 2569" in rows
    assert "กุมภาพันธ์ 2569" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
