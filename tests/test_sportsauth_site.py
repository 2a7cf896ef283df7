"""The sportsauth held-out site is whole: its documents behind /download.php?id=N open (the
anti-corruption plan 2568 is a scan with no text layer; the service statistics an old .xls and the
work manual an old .doc), the monthly สขร.1 posts lack มกราคม 2568, and its only dead links are the
two its truth file declares (/download.php?id=8 and id=31).  Asserts nothing about the audit's
verdicts."""

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

SITE = Path(__file__).parent / "sites" / "sportsauth"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOCS = (".pdf", ".docx", ".doc", ".xls")


def text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in DOCS)
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == set(DOCS)
    assert not text("/download.php?id=62").strip()  # the scan
    assert site_file(SITE, "/download.php?id=49").suffix == ".xls"
    assert site_file(SITE, "/download.php?id=47").suffix == ".doc"


def test_distinctive_facts():
    assert "๒๕๖๘" in text("/download.php?id=42")  # Thai digits
    assert "พ.ศ. 2567" in text("/download.php?id=59")  # its link says ๒๕๖๘
    assert "(พ.ศ. 2563 - 2567)" in text("/download.php?id=12")
    assert "พ.ศ. 2566" in text("/download.php?id=51")
    procurement = site_file(SITE, "/index.php?option=com_content&view=category&id=9").read_text(encoding="utf-8")
    assert "ประจำเดือนธันวาคม ๒๕๖๗" in procurement and "ประจำเดือนกุมภาพันธ์ ๒๕๖๘" in procurement
    assert "มกราคม" not in procurement
    group5 = site_file(SITE, "/ita.php?year=2568&group=5").read_text(encoding="utf-8")
    assert "/download.php?id=8" in group5
    assert "drive.google.com" in site_file(SITE, "/flipbook.php?id=45").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
