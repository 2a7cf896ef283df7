"""The specialcity held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the
complaint guideline is a scan with no text layer), the budget and strategy PDFs are in Thai
digits, the monthly สขร.1 page (Thai digits) lacks มกราคม 2569, documents are served through
/download.php?id=N query copies, and its only dead links are the ones its truth file declares.
Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "specialcity"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOC_SUFFIXES = {".pdf", ".docx", ".xlsx", ".doc", ".xls"}


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in DOC_SUFFIXES)
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert all(p.parent.parent.name == "download.php.q" for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == DOC_SUFFIXES
    scan = site_file(SITE, "/download.php?id=117")
    assert scan.name == "scan0042.pdf"
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    budget = pypdf.PdfReader(site_file(SITE, "/download.php?id=102")).pages[0].extract_text()
    assert "๒๕๖๙" in budget and "2569" not in budget
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=101")).pages[0].extract_text()
    assert "๒๕๖๕ - ๒๕๖๘" in plan
    report = pypdf.PdfReader(site_file(SITE, "/download.php?id=105")).pages[0].extract_text()
    assert "พ.ศ. 2567" in report
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=111")).active
    assert "กุมภาพันธ์ 2569" in sheet["A1"].value


def test_monthly_page_and_ita_split():
    rows = site_file(SITE, "/index.php?option=com_content&view=article&id=40").read_text(encoding="utf-8")
    assert "สขร.๑ เดือนธันวาคม ๒๕๖๘" in rows and "สขร.๑ เดือนกุมภาพันธ์ ๒๕๖๙" in rows
    assert "มกราคม" not in rows
    groups = sorted(p for p in (SITE / "ita" / "2569").iterdir() if p.is_dir())
    assert [g.name for g in groups] == ["10-1", "10-2", "9-1", "9-2", "9-3", "9-4", "9-5"]
    viewer = site_file(SITE, "/pdfviewer.php?doc=22").read_text(encoding="utf-8")
    assert "drive.google.com" in viewer and "/download.php?id=123" in viewer


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
