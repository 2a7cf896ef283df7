"""The teachcollege held-out site is whole: a Joomla college site whose pages are query-string copies
(index.php.q/), whose documents go out through /download.php?id=N (download.php.q/), one of them a
scan with no text layer; its monthly สขร.1 list lacks มกราคม 2569, and its only dead links are the
ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "teachcollege"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    docs += sorted((SITE / "old" / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    scan = site_file(SITE, "/download.php?id=115")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=101")).pages[0].extract_text()
    assert "๒๕๖๓" in plan and "๒๕๖๗" in plan  # Thai digits, a plan that ends before 2569
    stats = openpyxl.load_workbook(site_file(SITE, "/download.php?id=107")).active
    assert "2569" in stats["A1"].value


def test_distinctive_facts():
    procurement = site_file(SITE, "/index.php?option=com_content&view=category&id=40").read_text(encoding="utf-8")
    assert "เดือนธันวาคม 2568" in procurement and "เดือนกุมภาพันธ์ 2569" in procurement
    assert "มกราคม 2569" not in procurement
    ita = site_file(SITE, "/index.php?option=com_content&view=article&id=96").read_text(encoding="utf-8")
    assert "/download.php?id=123" in ita and "/viewer.php?id=124" in ita
    viewer = site_file(SITE, "/viewer.php?id=102").read_text(encoding="utf-8")
    assert "drive.google.com" in viewer and "/download.php?id=102" in viewer
    news = site_file(SITE, "/index.php?option=com_content&view=category&id=11").read_text(encoding="utf-8")
    assert "๒ เม.ย. ๒๕๖๙" in news


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
