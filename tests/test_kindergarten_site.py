"""The kindergarten held-out site is whole: its documents behind /download.php?id=N open (the gift
report is a scan with no text layer, the work manual a Word 97 .doc, the HR report an Excel 97
.xls), the monthly สขร.1 list lacks กุมภาพันธ์ 2568, the plan is in Thai digits, and its only dead
links are the ones its truth file declares.  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "kindergarten"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open([*docs, SITE / "old/wp-content/uploads/2023/11/hrplan67.pdf"])
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    scan = site_file(SITE, "/download.php?id=22")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=3")).pages[0].extract_text()
    assert "๒๕๖๓" in plan and "๒๕๖๗" in plan
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=16")).active
    assert "ปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value
    rows = site_file(SITE, "/index.php?option=com_content&view=category&id=21").read_text(encoding="utf-8")
    assert "สขร.1 มกราคม 2568" in rows and "สขร.1 มีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    groups = [site_file(SITE, f"/ita2568/g{n}/") for n in range(1, 8)]
    assert all(g.is_file() for g in groups)
    assert "Joomla" in site_file(SITE, "/").read_text(encoding="utf-8")


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
