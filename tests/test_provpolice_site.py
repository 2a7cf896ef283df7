"""The provpolice held-out site is whole: its PDFs, DOCX, .doc and .xls open (the anti-corruption
plan 2568 is a scan with no text layer), documents come through a download script's query
copies, the monthly สขร.1 list lacks มกราคม 2568, and its only dead link is the one its truth file
declares (/download.php?id=8).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "provpolice"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOC_SUFFIXES = {".pdf", ".docx", ".doc", ".xls"}


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in DOC_SUFFIXES)
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == DOC_SUFFIXES
    scan = site_file(SITE, "/download.php?id=62")
    assert not "".join(page.extract_text() for page in pypdf.PdfReader(scan).pages).strip()
    text = pypdf.PdfReader(SITE / "images/doc/5477.pdf").pages[0].extract_text()
    assert "๒๕๖๗" in text  # Thai digits
    six = pypdf.PdfReader(site_file(SITE, "/download.php?id=33")).pages[0].extract_text()
    assert "31 มีนาคม 2567" in six
    risk = pypdf.PdfReader(site_file(SITE, "/download.php?id=61")).pages[0].extract_text()
    assert "พ.ศ. 2567" in risk


def test_procurement_list_lacks_january():
    rows = site_file(SITE, "/index.php?option=com_content&view=article&id=26").read_text(encoding="utf-8")
    assert "ตุลาคม 2567" in rows and "มีนาคม 2568" in rows
    assert "มกราคม 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
