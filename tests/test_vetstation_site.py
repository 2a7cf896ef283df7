"""The vetstation held-out site is whole: its documents open (two PDFs are scans with no text layer,
the staff manual is an old .doc, the budget plan and the statistics old .xls), its documents come
from /download.php?id=N query copies, the monthly สขร.1 lack กุมภาพันธ์ 2568, and its only dead
links are the ones its truth file declares.  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "vetstation"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _docs():
    return sorted(p for p in SITE.rglob("*") if p.suffix in (".pdf", ".docx", ".xlsx", ".doc", ".xls"))


def test_every_document_opens():
    docs = _docs()
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("/download.php?id=36", "/download.php?id=41"):
        assert not pypdf.PdfReader(site_file(SITE, scan)).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=11")).pages[0].extract_text()
    assert "๒๕๖๓" in plan and "๒๕๖๗" in plan and "๒๕๖๘" not in plan  # the 5-year plan ends before 2568
    assert "2566" in pypdf.PdfReader(site_file(SITE, "/download.php?id=16")).pages[0].extract_text()


def test_distinctive_pages():
    months = site_file(SITE, "/index.php?option=com_content&view=article&id=60").read_text(encoding="utf-8")
    assert "สขร.1 เดือนมกราคม 2568" in months and "สขร.1 เดือนมีนาคม 2568" in months
    assert "กุมภาพันธ์" not in months
    stats = site_file(SITE, "/index.php?option=com_content&view=article&id=64").read_text(encoding="utf-8")
    assert "๒๕๖๘" in stats
    ita = site_file(SITE, "/ita2568/10-1/").read_text(encoding="utf-8")
    assert "/download.php?id=8" in ita and "/web2562/images/stories/ita2567/risk67.pdf" in ita
    years = site_file(SITE, "/index.php?option=com_content&view=article&id=77&year=2567").read_text(encoding="utf-8")
    assert "ไม่พบข้อมูล" in years


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
