"""The sportscampus held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the annual
procurement report is a scan with no text layer), the monthly สขร.1 list lacks มกราคม 2568, the
campus plan ends in 2567 and the file linked as the 2567 anti-corruption report covers 2566, and its
only dead link is the one its truth file declares.  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "sportscampus"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not text("40702.pdf").strip()  # the annual procurement report is a scan
    assert "๒๕๖๘" in text("40415.pdf")  # the action plan in Thai digits
    assert "๒๕๖๗" in text("40112.pdf") and "๒๕๖๘" not in text("40112.pdf")  # the campus plan ends in 2567
    assert "2566" in text("41211.pdf") and "2567" not in text("41211.pdf").split("ประกาศ")[0]
    sheet = openpyxl.load_workbook(SITE / "files/40889.xlsx").active
    assert "ปีงบประมาณ 2568" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 เดือนธันวาคม 2567" in rows and "สขร.1 เดือนกุมภาพันธ์ 2568" in rows
    assert "มกราคม 2568" not in rows
    ita = (SITE / "ita-2568" / "index.html").read_text(encoding="utf-8")
    assert "รายงานผล ปี 2567" in ita and "/files/41244.pdf" in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
