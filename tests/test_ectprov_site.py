"""The ectprov held-out site is whole: its PDFs, DOCX, XLSX and the old .doc/.xls open (the
anti-corruption plan 2569 and the declaration of integrity are scans with no text layer), the
strategic plan and the annual procurement report are in Thai digits, the monthly สขร.1 list lacks
กุมภาพันธ์ 2569, and its only dead links are the ones its truth file declares (two 404s).  Asserts
nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "ectprov"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("30166.pdf", "31812.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๔ - ๒๕๖๘" in text("31764.pdf")  # the strategic plan ends before 2569, Thai digits
    assert "๒๕๖๘" in text("31503.pdf")
    analysis = text("30911.pdf")  # linked as "… ปี 2569", of ITA 2567 / FY2568
    assert "2567" in analysis and "2569" not in analysis
    assert "2567" in text("30961.pdf")  # the No Gift Policy the office links
    sheet = openpyxl.load_workbook(SITE / "files/30432.xlsx").active
    assert "รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value
    sheet = openpyxl.load_workbook(SITE / "files/31399.xlsx").active
    assert "มกราคม พ.ศ. 2569" in sheet["A2"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2569" in rows and "สขร.1 ประจำเดือนมีนาคม 2569" in rows
    assert "กุมภาพันธ์ 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "/files/30911.pdf" in ita and "/files/31657.pdf" in ita and "/download/hr/" in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
