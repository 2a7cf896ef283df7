"""The telecombranch held-out site is whole: its PDFs, DOCX, .doc and .xls open (the HR report is a
scan with no text layer), its Joomla query-string pages and download-script copies resolve, the
monthly สขร.1 list lacks กุมภาพันธ์ 2568, and its only dead links are the ones its truth file
declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "telecombranch"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOC_EXT = {".pdf", ".docx", ".doc", ".xls"}


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in DOC_EXT)
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == DOC_EXT
    scan = site_file(SITE, "/download.php?id=42")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=11")).pages[0].extract_text()
    assert "๒๕๖๘" in plan  # Thai digits
    assert "2564 - 2567" in pypdf.PdfReader(site_file(SITE, "/download.php?id=3")).pages[0].extract_text()


def test_query_pages_and_months():
    ita = site_file(SITE, TRUTH["ita_page"]).read_text(encoding="utf-8")
    assert all(f"view=article&amp;id={n}\"" in ita for n in range(51, 56))  # five group pages
    rows = site_file(SITE, "/index.php?option=com_content&view=category&id=12").read_text(encoding="utf-8")
    assert "สขร.1 เดือนมกราคม 2568" in rows and "สขร.1 เดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    assert not site_file(SITE, "/download.php?id=8").is_file()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
