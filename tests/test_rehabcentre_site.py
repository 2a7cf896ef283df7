"""The rehabcentre held-out site is whole: its attachments (served by /download.php?id=<n>) open,
the No Gift announcement is a scan with no text layer, the FY2568 procurement tab lacks
กุมภาพันธ์ 2568, the ITA page is in Thai digits, and its only dead links are the two its truth file
declares.  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "rehabcentre"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    assert 35 <= len(docs) <= 50
    assert all(p.stat().st_size for p in docs)
    assert_documents_open([*docs, SITE / "old/files/hrplan2566.pdf"])
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    scan = site_file(SITE, "/download.php?id=64")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=12")).pages[0].extract_text()
    assert "๒๕๖๘" in plan  # Thai digits
    six = site_file(SITE, "/download.php?id=13")
    assert six.suffix == ".docx"
    report = pypdf.PdfReader(site_file(SITE, "/download.php?id=51")).pages[0].extract_text()
    assert "รายงานประจำปี 2566" in report
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=63")).active
    assert "พ.ศ. 2567" in sheet["A1"].value


def test_distinctive_pages():
    rows = site_file(SITE, "/procurement.php?year=2568").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2568" in rows and "สขร.1 ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    ita = (SITE / "ita2568" / "index.html").read_text(encoding="utf-8")
    assert "O๒๖" in ita and "O26" not in ita
    assert "/download.php?id=8" in (SITE / "ita2568/o22/index.html").read_text(encoding="utf-8")
    viewer = site_file(SITE, "/index.php?option=com_content&view=article&id=10").read_text(encoding="utf-8")
    assert "drive.google.com" in viewer and "/download.php?id=14" in viewer


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
