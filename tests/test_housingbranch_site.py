"""The housingbranch held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the
anti-corruption plan 2569 is a scan with no text layer), the enterprise plan ends in ๒๕๖๘, the
monthly สขร.1 list lacks กุมภาพันธ์ 2569, and its only dead links are the ones its truth file declares
(the download script's id=8 and a file of the old CMS).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "housingbranch"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOCS = SITE / "download.php.q"


def test_every_document_opens():
    docs = sorted(p for p in DOCS.rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    scan = site_file(SITE, "/download.php?id=62")
    assert not any(page.extract_text().strip() for page in pypdf.PdfReader(scan).pages)
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=3")).pages[0].extract_text()
    assert "๒๕๖๔ - ๒๕๖๘" in plan  # the enterprise plan ends before 2569, in Thai digits
    report = pypdf.PdfReader(site_file(SITE, "/download.php?id=12")).pages[0].extract_text()
    assert "ปีงบประมาณ พ.ศ. 2567" in report
    stats = openpyxl.load_workbook(site_file(SITE, "/download.php?id=49")).active
    assert "2568" in stats["A1"].value
    rows = site_file(SITE, "/index.php?option=com_content&view=category&id=22").read_text(encoding="utf-8")
    assert "สขร.1 เดือนมกราคม 2569" in rows and "สขร.1 เดือนมีนาคม 2569" in rows
    assert "กุมภาพันธ์ 2569" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
