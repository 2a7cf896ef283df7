"""The onepagesao held-out site is whole: its documents (served by /download.php?id=N, kept under
download.php.q/) open, the complaint manual is a scan with no text layer, the old .doc/.xls are OLE2
files, the one-page ITA answer carries anchors o1 … o26, the monthly สขร.1 list for 2568 lacks
กุมภาพันธ์, and its only dead link is the one its truth file declares.  Asserts nothing about the
audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "onepagesao"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "download.php.q").glob("*/*"))
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    scan = site_file(SITE, "/download.php?id=18")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    budget = pypdf.PdfReader(site_file(SITE, "/download.php?id=7")).pages[0].extract_text()
    assert "๒๕๖๘" in budget  # Thai digits
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=3")).pages[0].extract_text()
    assert "2561 - 2564" in plan and "2568" not in plan
    assert not (SITE / "download.php.q" / "id=8").exists()


def test_one_page_ita_and_procurement_months():
    ita = site_file(SITE, TRUTH["ita_page"]).read_text(encoding="utf-8")
    assert all(f'id="o{n}"' in ita for n in range(1, 27))
    months = site_file(SITE, "/index.php?option=com_content&view=article&id=10&year=2568").read_text(encoding="utf-8")
    assert "สขร.1 เดือนมกราคม 2568" in months and "สขร.1 เดือนมีนาคม 2568" in months
    assert "กุมภาพันธ์" not in months


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
