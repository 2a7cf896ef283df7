"""The riceseed held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the FY2567
annual report is a scan with no text layer), the pages and attachments are query-string copies,
the monthly สขร.1 posts lack มกราคม 2568, and its only dead links are the ones its truth file
declares (two 404s, one a download script's query).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "riceseed"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "download.php.q").rglob("*.*"))
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not (SITE / "download.php.q" / "id=8").exists()  # the dead download
    scan = pypdf.PdfReader(site_file(SITE, "/download.php?id=10"))
    assert not "".join(p.extract_text() for p in scan.pages).strip()
    assert "๒๕๖๓ - ๒๕๖๗" in pypdf.PdfReader(site_file(SITE, "/download.php?id=7")).pages[0].extract_text()
    nogift = pypdf.PdfReader(site_file(SITE, "/download.php?id=19")).pages[0].extract_text()
    assert "9 ตุลาคม พ.ศ. 2566" in nogift and "2568" not in nogift
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=4")).active
    assert "2568" in sheet["A1"].value
    assert site_file(SITE, "/download.php?id=16").read_bytes()[:4] == b"\xd0\xcf\x11\xe0"


def test_distinctive_pages():
    proc = site_file(SITE, "/index.php?option=com_content&view=category&id=9").read_text(encoding="utf-8")
    assert "ประจำเดือนธันวาคม 2567" in proc and "ประจำเดือนกุมภาพันธ์ 2568" in proc
    assert "มกราคม 2568" not in proc
    group5 = site_file(SITE, "/index.php?option=com_content&view=article&id=105").read_text(encoding="utf-8")
    assert "O๒๕" in group5 and "O25" not in group5
    year2568 = site_file(SITE, "/index.php?option=com_docman&task=cat_view&gid=30&year=2568").read_text(encoding="utf-8")
    assert "หนังสือเชิญประชุม" in year2568 and "id=20" not in year2568
    assert "drive.google.com" in site_file(SITE, "/index.php?option=com_content&view=article&id=78").read_text(
        encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
