"""The vocational2 held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the FY2568
anti-corruption report is a scan with no text layer), the monthly สขร.1 list lacks มกราคม 2569, a
few of its traps hold (the 5-year plan ends in 2568, the ITA row o23 says 2569 over a 2568 plan),
and its only dead link is the one its truth file declares.  Asserts nothing about the audit."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "vocational2"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not pypdf.PdfReader(SITE / "files/30713.pdf").pages[0].extract_text().strip()  # the scan
    assert "๒๕๖๙" in text("30466.pdf")  # the action plan in Thai digits


def test_the_traps_hold():
    assert "2564 - 2568" in text("30418.pdf")
    assert "2568" in text("30694.pdf") and "2569" not in text("30694.pdf")
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569" in ita and "/files/30694.pdf" in ita
    annual = "\n".join(p.text for p in docx.Document(SITE / "files/30544.docx").paragraphs)
    assert "พ.ศ. 2567" in annual and "2568" not in annual
    sheet = openpyxl.load_workbook(SITE / "files/30667.xlsx").active
    assert "ปีงบประมาณ พ.ศ. 2568" in sheet["A2"].value
    assert "2567" in text("30281.pdf")
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 เดือนธันวาคม 2568" in rows and "สขร.1 เดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
