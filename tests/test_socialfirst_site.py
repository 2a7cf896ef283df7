"""The socialfirst held-out site is whole: its documents (PDF, DOCX, XLSX, an old .doc and .xls, all
served through /download.php?id=N or the old site's copy) open, the budget ordinance is a scan with no
text layer, the monthly สขร.1 posts lack มกราคม 2569, the complaint statistics' year selector stops at
2568, and its only dead links are the ones its truth file declares (two 404s).  Asserts nothing about
the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "socialfirst"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _docs() -> list[Path]:
    return sorted(p for p in SITE.rglob("*") if p.is_file() and p.suffix in {".pdf", ".docx", ".xlsx", ".doc", ".xls"})


def test_every_document_opens():
    docs = _docs()
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    scan = site_file(SITE, "/download.php?id=17")
    assert scan.name == "scan_budget69_0001.pdf"
    assert not any(page.extract_text().strip() for page in pypdf.PdfReader(scan).pages)
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=3")).pages[0].extract_text()
    assert "๒๕๖๑" in plan and "๒๕๖๕" in plan  # Thai digits, a plan that ended in 2565
    nogift = pypdf.PdfReader(site_file(SITE, "/download.php?id=4")).pages[0].extract_text()
    assert "2567" in nogift and "2569" not in nogift
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=29")).active
    assert "2568" in sheet["A1"].value


def test_distinctive_facts():
    ita = site_file(SITE, "/index.php?option=com_content&view=article&id=9").read_text(encoding="utf-8")
    assert "/download.php?id=8" in ita and "/old/ita2567/" in ita
    procure = site_file(SITE, "/index.php?option=com_content&view=category&id=8").read_text(encoding="utf-8")
    for month in ("ตุลาคม 2568", "พฤศจิกายน 2568", "ธันวาคม 2568", "กุมภาพันธ์ 2569", "มีนาคม 2569"):
        assert f"ประจำเดือน{month}" in procure
    assert "มกราคม 2569" not in procure
    stats = site_file(SITE, "/index.php?option=com_content&view=article&id=41").read_text(encoding="utf-8")
    assert "ปี 2568" in stats and "ปี 2569" not in stats
    post = site_file(SITE, "/index.php?option=com_content&view=article&id=146").read_text(encoding="utf-8")
    assert "drive.google.com" in post and "๒๕๖๙" in post and "/download.php?id=21" in post


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
