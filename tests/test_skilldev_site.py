"""The skilldev held-out site (a regional skill development institute on Joomla) is whole: its
documents, served through /download.php?id=<n> and the old site's copy, open (the FY2569 risk
assessment and the ITA working-group order are scans with no text layer), the monthly สขร.1 list
lacks มกราคม 2569, and its only dead links are the ones its truth file declares (two 404s).
Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "skilldev"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _docs() -> list[Path]:
    return sorted(p for p in SITE.rglob("*") if p.is_file() and p.suffix in {".pdf", ".docx", ".xlsx", ".doc", ".xls"})


def _text(url: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = _docs()
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("/download.php?id=210", "/download.php?id=211"):
        assert not _text(scan).strip()


def test_the_years_inside_the_files():
    assert "๒๕๖๔ - ๒๕๖๘" in _text("/download.php?id=101")  # the 5-year plan ends before 2569, Thai digits
    assert "๒ ตุลาคม ๒๕๖๖" in _text("/download.php?id=200")  # No Gift Policy of FY2567
    assert "1 ตุลาคม 2566 - 30 กันยายน 2567" in _text("/download.php?id=120")  # annual report posted Dec 2568
    assert "2567" in _text("/web2566/files/ptc-report-2567.pdf")
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=132")).active
    assert "2569" in sheet["A1"].value


def test_query_pages_and_the_month_gap():
    ita = site_file(SITE, TRUTH["ita_page"]).read_text(encoding="utf-8")
    assert "o๒๖" in ita and "/web2566/ita/" in ita
    procurement = site_file(SITE, "/index.php?option=com_content&view=category&id=15").read_text(encoding="utf-8")
    assert "ประจำเดือนธันวาคม ๒๕๖๘" in procurement and "ประจำเดือนกุมภาพันธ์ ๒๕๖๙" in procurement
    assert "มกราคม ๒๕๖๙" not in procurement
    assert not (SITE / "download.php.q" / "id=144").exists()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
