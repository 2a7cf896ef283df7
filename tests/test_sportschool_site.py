"""The sportschool held-out site is whole: its PDFs, DOCX, .doc and .xls open (the anti-corruption
plan 2569 is a scan with no text layer), the monthly สขร.1 list lacks กุมภาพันธ์ 2569, the
complaint statistics page is in Thai digits only, the query pages and download script copies are
where crawler/serve.py looks, and its only dead links are the ones its truth file declares.
Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "sportschool"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file()) + sorted((SITE / "old" / "files").iterdir())
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    scan = site_file(SITE, "/download.php?id=28")
    assert all(not page.extract_text().strip() for page in pypdf.PdfReader(scan).pages)
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=3")).pages[0].extract_text()
    assert "๒๕๖๔ - ๒๕๖๘" in plan and "2569" not in plan and "๒๕๖๙" not in plan
    hr = pypdf.PdfReader(site_file(SITE, "/download.php?id=20")).pages[0].extract_text()
    assert "๒๕๖๘" in hr and "๒๕๖๙" not in hr
    assert "ปี 2569" in (SITE / "index.php.q/option=com_content&view=category&id=11/index.html").read_text(encoding="utf-8")


def test_pages_and_traps():
    months = site_file(SITE, "/index.php?option=com_content&view=category&id=10").read_text(encoding="utf-8")
    assert "สขร.1 เดือนมกราคม 2569" in months and "สขร.1 เดือนมีนาคม 2569" in months
    assert "กุมภาพันธ์" not in months
    stats = site_file(SITE, "/index.php?option=com_content&view=article&id=12").read_text(encoding="utf-8")
    assert "๒๕๖๘" in stats and "2568" not in stats.split("<h2>")[1].split("</table>")[0]
    ita = site_file(SITE, "/ita.php?y=2569&g=4").read_text(encoding="utf-8")
    assert "/old/files/risk2568.pdf" in ita and "/download.php?id=8" in ita
    assert "drive.google.com" in site_file(SITE, "/index.php?option=com_content&view=article&id=6").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
