"""The nakhonmoit held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the FY2567
annual procurement report and the FY2568 declaration of integrity are scans with no text layer),
its query-string CMS pages and download script have their static copies, the monthly สขร.1 posts
lack มกราคม 2568, and its only dead links are the ones its truth file declares (two 404s, one of
them a download-script id).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "nakhonmoit"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOC_TYPES = {".pdf", ".docx", ".xlsx", ".doc", ".xls"}


def _text(url: str) -> str:
    return site_file(SITE, url).read_text(encoding="utf-8")


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in DOC_TYPES)
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == DOC_TYPES
    for scan in ("/download.php?id=428", "/download.php?id=405"):
        assert not pypdf.PdfReader(site_file(SITE, scan)).pages[0].extract_text().strip()
    budget = pypdf.PdfReader(site_file(SITE, "/download.php?id=396")).pages[0].extract_text()
    assert "๒๕๖๘" in budget  # Thai digits
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=112")).pages[0].extract_text()
    assert "๒๕๖๑ - ๒๕๖๕" in plan  # the only local plan ends before 2568
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=455")).active
    assert "พ.ศ. 2568" in sheet["A1"].value
    assert not site_file(SITE, "/download.php?id=8").exists()


def test_distinctive_facts():
    group = _text("/index.php?option=com_content&view=article&id=202")
    assert "o๖" in group and "๖.๓" in group and 'href="/download.php?id=352"' in group
    assert "อยู่ระหว่างดำเนินการ" in _text("/index.php?option=com_content&view=article&id=206")
    ita = _text(TRUTH["ita_page"])
    assert all(f"view=article&amp;id={n}" in ita for n in range(201, 208)) and "/oldweb/ita2567/" in ita
    posts = _text("/index.php?option=com_content&view=category&id=15")
    assert "ประจำเดือนธันวาคม ๒๕๖๗" in posts and "ประจำเดือนกุมภาพันธ์ ๒๕๖๘" in posts
    assert "มกราคม ๒๕๖๘" not in posts
    assert "drive.google.com" in _text("/index.php?option=com_content&view=article&id=61")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert len(list((SITE / "index.php.q").iterdir())) >= 40  # a query-string CMS
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
