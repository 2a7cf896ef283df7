"""The museum held-out site is whole: its documents (PDF, DOCX, XLSX, an old .doc and .xls, all
behind /download.php?id=N or under /images/doc/ and /old/images/) open, the anti-corruption report
is a scan with no text layer, the o23 file named 2569 holds the plan of ๒๕๖๘, the monthly สขร.1 list
lacks มกราคม 2569, the ITA group pages are in Thai digits, and its only dead links are the two its
truth file declares.  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "museum"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOC_SUFFIXES = {".pdf", ".docx", ".xlsx", ".doc", ".xls"}


def _text(url: str) -> str:
    return pypdf.PdfReader(site_file(SITE, url)).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in DOC_SUFFIXES)
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == DOC_SUFFIXES
    assert not _text("/download.php?id=17").strip()  # the scanned anti-corruption report
    assert "๒๕๖๘" in _text("/download.php?id=15") and "๒๕๖๙" not in _text("/download.php?id=15")
    assert "๒๕๖๙" in _text("/download.php?id=1")
    assert "2565 - 2568" in _text("/download.php?id=5")
    assert "รายงานประจำปี 2567" in _text("/download.php?id=7")
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=26")).active
    assert "2569" in sheet["A1"].value


def test_pages_show_the_traps():
    rows = site_file(SITE, "/procurement/").read_text(encoding="utf-8")
    assert "สขร.1 เดือนธันวาคม 2568" in rows and "สขร.1 เดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    group6 = site_file(SITE, "/ita2569/group6/").read_text(encoding="utf-8")
    assert "แผนปฏิบัติการป้องกันการทุจริต ปี ๒๕๖๙" in group6 and "o๒๓" in group6
    assert 'href="/download.php?id=15"' in group6
    assert "drive.google.com" in site_file(SITE, "/ebook/annual-report/").read_text(encoding="utf-8")
    assert "18 ตุลาคม 2567" in site_file(SITE, "/index.php?option=com_content&view=article&id=104").read_text(
        encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
