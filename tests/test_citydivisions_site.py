"""The citydivisions held-out site is whole: its PDFs, DOCX, XLSX and old .doc open (the FY2568
anti-corruption report is a scan with no text layer), the central files are served by a download
script (/download.php?id=N) and the divisions' own under /division/<name>/files/, the finance
division's สขร.๑ list lacks มกราคม 2569, and its only dead links are the ones its truth file
declares (two download-script ids).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "citydivisions"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOC_SUFFIXES = {".pdf", ".docx", ".xlsx", ".doc"}


def _docs() -> list[Path]:
    return sorted(p for p in SITE.rglob("*") if p.is_file() and p.suffix in DOC_SUFFIXES)


def test_every_document_opens():
    docs = _docs()
    assert 30 <= len(docs) <= 50
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == DOC_SUFFIXES
    scan = site_file(SITE, "/download.php?id=56")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()


def test_distinctive_facts():
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=14")).pages[0].extract_text()
    assert "๒๕๖๖ - ๒๕๗๐" in plan  # Thai digits
    anti = pypdf.PdfReader(site_file(SITE, "/download.php?id=18")).pages[0].extract_text()
    assert "๒๕๖๕ - ๒๕๖๘" in anti  # a 4-year plan that ends before FY2569
    sheet = openpyxl.load_workbook(SITE / "division/palad/files/6788.xlsx").active
    assert "1 ตุลาคม 2567 - 31 มีนาคม 2568" in sheet["A1"].value
    rows = (SITE / "division/finance/procurement/index.html").read_text(encoding="utf-8")
    assert "ธันวาคม ๒๕๖๘" in rows and "กุมภาพันธ์ ๒๕๖๙" in rows
    assert "มกราคม ๒๕๖๙" not in rows
    viewer = site_file(SITE, "/viewer.php?id=22").read_text(encoding="utf-8")
    assert "drive.google.com" in viewer and "/download.php?id=22" in viewer
    for group in ("9-1", "9-2", "9-3", "9-4", "9-5", "10-1", "10-2"):
        assert (SITE / "ita" / "2569" / group / "index.html").is_file()
    assert (SITE / "division" / "palad" / "downloads" / "index.html").is_file()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
