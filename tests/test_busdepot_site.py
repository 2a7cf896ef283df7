"""The busdepot held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls (served through
/download.php?id=N) open, the anti-corruption plan is a scan with no text layer, the strategic plan
is in Thai digits, the procurement year selector for 2569 lacks กุมภาพันธ์ 2569, and its only dead
links are the ones its truth file declares (download.php?id=8 and one file of the old site).
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

SITE = Path(__file__).parent / "sites" / "busdepot"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "download.php.q").glob("id=*/*"))
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not (SITE / "download.php.q" / "id=8").exists()
    scan = site_file(SITE, "/download.php?id=39")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=5")).pages[0].extract_text()
    assert "๒๕๖๗" in plan and "2567" not in plan  # Thai digits only
    risk = pypdf.PdfReader(site_file(SITE, "/download.php?id=37")).pages[0].extract_text()
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in risk and "2569" not in risk
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=33")).active
    assert "ตุลาคม 2567 - มีนาคม 2568" in sheet["A1"].value


def test_pages_of_the_site():
    year69 = site_file(SITE, "/index.php?option=com_content&view=category&id=22&year=2569").read_text(encoding="utf-8")
    assert "สขร.1 มกราคม 2569" in year69 and "สขร.1 มีนาคม 2569" in year69
    assert "กุมภาพันธ์ 2569" not in year69
    o25 = site_file(SITE, "/index.php?option=com_content&view=article&id=207").read_text(encoding="utf-8")
    assert "อยู่ระหว่างดำเนินการ" in o25
    ita = site_file(SITE, TRUTH["ita_page"]).read_text(encoding="utf-8")
    assert "๒๕๖๙" in ita
    viewer = site_file(SITE, "/viewer.php?id=10").read_text(encoding="utf-8")
    assert "drive.google.com" in viewer and 'href="/download.php?id=10"' in viewer


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
