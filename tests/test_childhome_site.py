"""The childhome held-out site is whole: its documents (served through /download.php?id=N and the
old site's /old/images/) open, the complaint guideline is a scan with no text layer, the 5-year
plan is in Thai digits and ends in 2568, the monthly สขร.1 posts lack มกราคม 2569, and its only
dead links are the ones its truth file declares.  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "childhome"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    docs += sorted(p for p in (SITE / "old" / "images").rglob("*") if p.is_file())
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert all(len(list(p.parent.iterdir())) == 1 for p in docs if "download.php.q" in p.parts)
    scan = site_file(SITE, "/download.php?id=32")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=5")).pages[0].extract_text()
    assert "๒๕๖๔ - ๒๕๖๘" in plan  # Thai digits, ends before 2569
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=22")).active
    assert "ธันวาคม พ.ศ. 2568" in sheet["A1"].value


def test_distinctive_facts():
    procurement = site_file(SITE, "/index.php?option=com_content&view=category&id=12").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2569" in procurement and "มกราคม 2569" not in procurement
    group10 = site_file(SITE, "/index.php?option=com_content&view=article&id=96").read_text(encoding="utf-8")
    assert "o๒๓" in group10 and 'href="/old/anticorruption/"' in group10
    annual = pypdf.PdfReader(site_file(SITE, "/download.php?id=12")).pages[0].extract_text()
    assert "พ.ศ. 2567" in annual and "ธันวาคม 2568" in pypdf.PdfReader(site_file(SITE, "/download.php?id=12")).pages[-1].extract_text()
    viewer = site_file(SITE, "/index.php?option=com_content&view=article&id=41").read_text(encoding="utf-8")
    assert "drive.google.com" in viewer and 'href="/download.php?id=7"' in viewer


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
