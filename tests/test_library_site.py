"""The library held-out site is whole: its documents open behind the download script's query copies
(the annual procurement report is a scan with no text layer, the action plan 2569 is in Thai
digits), the ITA pages are one per group in Thai digits, the 2569 สขร.1 list lacks กุมภาพันธ์ 2569,
and its only dead links are the ones its truth file declares.  Asserts nothing about the audit's
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

SITE = Path(__file__).parent / "sites" / "library"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    docs += sorted((SITE / "old" / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    scan = site_file(SITE, "/download.php?id=16")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=2")).pages[0].extract_text()
    assert "๒๕๖๙" in plan and "2569" not in plan
    old_plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=1")).pages[0].extract_text()
    assert "2566 - 2568" in old_plan
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=23")).active
    assert "2568" in sheet["A1"].value and "2567" in sheet["A2"].value
    assert not site_file(SITE, "/download.php?id=8").is_file()


def test_ita_pages_and_procurement_list():
    ita = site_file(SITE, "/index.php?option=com_content&view=article&id=46").read_text(encoding="utf-8")
    assert "o๒๒" in ita and "/download.php?id=8" in ita
    row23 = site_file(SITE, "/index.php?option=com_content&view=article&id=47").read_text(encoding="utf-8")
    assert 'href="/old/anticorruption/"' in row23
    rows = site_file(SITE, "/index.php?option=com_content&view=article&id=31").read_text(encoding="utf-8")
    assert "สขร.1 มีนาคม 2569" in rows and "สขร.1 มกราคม 2569" in rows
    assert "กุมภาพันธ์ 2569" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
