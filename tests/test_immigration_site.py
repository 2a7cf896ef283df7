"""The immigration held-out site is whole: its documents (sent by /download.php?id=N, kept as
download.php.q/id=N/<file>, and a few under the old /images/stories/) open as what they claim to be,
the risk assessment and the declaration of integrity are scans with no text layer, the ITA page is a
hub with one page per sub-indicator, the monthly สขร.1 list lacks มกราคม 2569, and its only dead links
are the ones its truth file declares.  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import re
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

SITE = Path(__file__).parent / "sites" / "immigration"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
KINDS = {".pdf", ".docx", ".xlsx", ".doc", ".xls"}


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in KINDS)
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == KINDS
    assert all(len(list(p.iterdir())) == 1 for p in (SITE / "download.php.q").iterdir())  # one file per id
    for scan in ("/download.php?id=33", "/download.php?id=32"):
        assert not pypdf.PdfReader(site_file(SITE, scan)).pages[0].extract_text().strip()
    annual = pypdf.PdfReader(site_file(SITE, "/download.php?id=46")).pages[0].extract_text()
    assert "๒๕๖๘" in annual and "2568" not in annual  # Thai digits only
    stats = openpyxl.load_workbook(site_file(SITE, "/download.php?id=14")).active
    assert "ปีงบประมาณ พ.ศ. 2569" in stats["A1"].value
    strategy = pypdf.PdfReader(SITE / "images/stories/plan/strategy64-68.pdf").pages[0].extract_text()
    assert "2564 - 2568" in strategy


def test_distinctive_pages():
    hub = site_file(SITE, "/ita/").read_text(encoding="utf-8")
    assert len(re.findall(r"/ita/\?year=2569&amp;group=\d", hub)) == 7
    group6 = site_file(SITE, "/ita/?year=2569&group=6").read_text(encoding="utf-8")
    assert "/download.php?id=34" in group6 and "o22" in group6
    rows = site_file(SITE, "/procurement/").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    duties = site_file(SITE, "/about/authority/").read_text(encoding="utf-8")
    assert "๒๕๒๒" in duties and "2522" not in duties
    viewer = site_file(SITE, "/index.php?option=com_flipbook&view=book&id=6").read_text(encoding="utf-8")
    assert "drive.google.com" in viewer and "/download.php?id=6" in viewer and "Joomla" in viewer


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
