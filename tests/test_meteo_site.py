"""The meteo held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the complaint
guideline and the printing notice are scans with no text layer), the monthly สขร.1 list lacks
กุมภาพันธ์ 2569, the anti-corruption plan labelled 2569 holds the 2568 plan, and its only dead
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

SITE = Path(__file__).parent / "sites" / "meteo"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(SITE / "uploads" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "uploads").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("3199.pdf", "3599.pdf"):
        assert not text(scan).strip()
    assert "๒๕๖๔" in text("4094.pdf") and "๒๕๖๘" in text("4094.pdf") and "๒๕๖๙" not in text("4094.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text("3104.pdf") and "2569" not in text("3104.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("3812.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("3481.pdf")
    months = "".join(text(p.name) for p in docs if p.suffix == ".pdf" and "สขร" in text(p.name))
    assert "ในรอบเดือนมกราคม" in months and "ในรอบเดือนกุมภาพันธ์" not in months
    sheet = openpyxl.load_workbook(SITE / "uploads/3163.xlsx").active
    assert "ปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value
    assert "ปีงบประมาณ พ.ศ. 2567".encode("utf-16-le") in (SITE / "uploads/3858.doc").read_bytes()


def test_ita_page_is_one_accordion():
    page = (SITE / "ita" / "index.html").read_text(encoding="utf-8")
    assert page.count("<details") == 7
    assert 'href="/uploads/3104.pdf">แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2569<' in page
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2569" in rows and "สขร.1 ประจำเดือนมีนาคม 2569" in rows
    assert "กุมภาพันธ์" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
