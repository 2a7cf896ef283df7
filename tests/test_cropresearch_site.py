"""The cropresearch held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the spending
plan 2568 and the declaration of integrity are scans with no text layer), the monthly สขร.1 list lacks
กุมภาพันธ์ 2568, the distinctive outdated files say the years the truth file gives them, and its only
dead links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's
verdicts."""

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

SITE = Path(__file__).parent / "sites" / "cropresearch"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def pdf_text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("40331.pdf", "41709.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    assert "๒๕๖๘" in pdf_text("40177.pdf")  # the anti-corruption plan in Thai digits


def test_the_outdated_files_are_of_older_years():
    assert "(พ.ศ. 2563 - 2567)" in pdf_text("40866.pdf")  # the 5-year plan ends in 2567
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in pdf_text("41602.pdf")  # last year's six-month report
    annual = pdf_text("40117.pdf")
    assert "รายงานประจำปี 2566" in annual and "จัดพิมพ์ มกราคม 2568" in annual
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in pdf_text("40605.pdf")  # the HR plan
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in pdf_text("40712.pdf")  # No Gift
    risk = (SITE / "integrity" / "risk" / "index.html").read_text(encoding="utf-8")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in risk and "2568" not in risk.split("<h1>")[1].split("</div>")[0]
    plan = docx.Document(SITE / "files" / "40806.docx")
    assert "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568" in plan.paragraphs[0].text


def test_monthly_procurement_lacks_february():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2568" in rows and "สขร.1 ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    assert (SITE / "files" / "41234.xls").read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    sheet = openpyxl.load_workbook(SITE / "files" / "41662.xlsx").active
    assert "ตุลาคม 2567 - มีนาคม 2568" in sheet["A1"].value


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert (SITE / "download" / ".q" / "cat=report" / "index.html").is_file()
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
