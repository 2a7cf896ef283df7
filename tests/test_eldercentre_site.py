"""The eldercentre held-out site is whole: its attachments behind /download.php?id=<n> open (the
bribery-risk assessment is a scan with no text layer, the work manual an old .doc, the spending plan
an old .xls), the ITA page is split into five group articles, the monthly summaries lack มกราคม 2568,
and its only dead links are the ones its truth file declares.  Asserts nothing about the audit."""

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

SITE = Path(__file__).parent / "sites" / "eldercentre"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.is_file() and p.suffix in (".pdf", ".docx", ".xlsx", ".doc", ".xls"))
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not _text("/download.php?id=55").strip()  # the scan
    assert "๒๕๖๘" in _text("/download.php?id=11")  # Thai digits
    assert "๒๕๖๕" in _text("/download.php?id=52")  # the No Gift Policy is of 2565
    assert "2563 - 2567" in _text("/download.php?id=3")
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in _text("/download.php?id=14")
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=25")).active
    assert "ตุลาคม 2567 - มีนาคม 2568" in sheet["A1"].value


def test_ita_groups_and_months():
    landing = (SITE / "ita2568" / "index.html").read_text(encoding="utf-8")
    assert landing.count("view=article&amp;id=20") == 5
    procurement = site_file(SITE, "/index.php?option=com_content&view=article&id=203").read_text(encoding="utf-8")
    assert "สขร. ธ.ค. 67" in procurement and "สขร. ก.พ. 68" in procurement
    assert "ม.ค. 68" not in procurement
    news = site_file(SITE, "/index.php?option=com_content&view=category&id=8").read_text(encoding="utf-8")
    assert "๑๕ เมษายน ๒๕๖๘" in news


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
