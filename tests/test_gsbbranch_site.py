"""The gsbbranch held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the annual
procurement report is a scan with no text layer), documents come through /download.php?id=N query
copies, the monthly สขร.1 list lacks กุมภาพันธ์ 2569, and its only dead links are the ones its truth
file declares (a deleted download id and an old-site upload).  Asserts nothing about the audit's
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
    site_file,
)

SITE = Path(__file__).parent / "sites" / "gsbbranch"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
KINDS = {".pdf", ".docx", ".xlsx", ".doc", ".xls"}


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in KINDS)
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == KINDS
    assert len(list((SITE / "download.php.q").iterdir())) == len(docs) - 3  # three old-site uploads
    scan = site_file(SITE, "/download.php?id=47")
    assert scan.name == "scan_20251108_0931.pdf"
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=23")).pages[0].extract_text()
    assert "แผนปฏิบัติการประจำปี ๒๕๖๙" in plan  # Thai digits
    report = pypdf.PdfReader(site_file(SITE, "/download.php?id=27")).pages[0].extract_text()
    assert "ประจำปี 2567" in report and "2568" not in report.split("\n")[0]  # named 2568, is 2567
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=58")).active
    assert "ปีงบประมาณ 2568" in sheet["A1"].value


def test_pages_in_place():
    months = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมีนาคม 2569" in months and "สขร.1 ประจำเดือนมกราคม 2569" in months
    assert "กุมภาพันธ์" not in months
    selector = site_file(SITE, "/index.php?option=com_content&view=category&id=20&year=2569").read_text(encoding="utf-8")
    assert "ไม่พบรายการ" in selector
    news = site_file(SITE, "/index.php?option=com_content&view=category&id=8").read_text(encoding="utf-8")
    assert "๒๕๖๙" in news
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert ita.count("view=article&amp;id=10") == 7  # one page per group


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
