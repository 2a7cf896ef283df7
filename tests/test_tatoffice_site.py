"""The tatoffice held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the HR plan
is a scan with no text layer), documents served by /download.php?id=N resolve as the server serves
them, the monthly สขร.1 list lacks กุมภาพันธ์ 2568, and its only dead links are the ones its truth
file declares (two).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "tatoffice"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOC_TYPES = {".pdf", ".docx", ".xlsx", ".doc", ".xls"}


def text(url: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in DOC_TYPES)
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == DOC_TYPES
    assert not text("/download.php?id=61").strip()  # the HR plan 2567: a scan
    assert "๒๕๖๗" in text("/images/stories/ita2568/proc_report_2567.pdf")  # Thai digits
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in text("/download.php?id=23")  # last year's six months
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in text("/download.php?id=81")  # the No Gift of two years ago
    assert "2565 - 2567" in text("/download.php?id=12")
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=72")).active
    assert "ปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value


def test_query_copies_and_pages():
    rows = site_file(SITE, "/procurement.php?year=2568").read_text(encoding="utf-8")
    assert "เดือนมกราคม 2568" in rows and "เดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    group10 = site_file(SITE, "/index.php?option=com_content&view=article&id=307").read_text(encoding="utf-8")
    assert "o๒๕" in group10 and "/download.php?id=8" in group10
    assert not site_file(SITE, "/download.php?id=8").is_file()
    viewer = site_file(SITE, "/index.php?option=com_content&view=article&id=46").read_text(encoding="utf-8")
    assert "drive.google.com" in viewer and "/download.php?id=91" in viewer


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
