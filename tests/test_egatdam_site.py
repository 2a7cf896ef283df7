"""The egatdam held-out site is whole: its PDFs, DOCX, XLSX, the old .doc and .xls open (wherever
they lie: under /wp-content/uploads/ or as the old download script's copies under
download.php.q/id=N/), the annual procurement report and the declaration of integrity are scans with
no text layer, the ITA group pages speak in Thai digits, the monthly สขร.1 page of 2569 lacks
กุมภาพันธ์ 2569, and its only dead links are the ones its truth file declares (/download.php?id=8 and
a deleted upload).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "egatdam"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
KINDS = {".pdf", ".docx", ".xlsx", ".doc", ".xls"}


def text(url: str) -> str:
    return pypdf.PdfReader(site_file(SITE, url)).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in KINDS)
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == KINDS
    for scan in ("/wp-content/uploads/2025/11/scan_20251118.pdf", "/wp-content/uploads/2025/10/scan0007.pdf"):
        assert not text(scan).strip()
    assert "๒๕๖๔ - ๒๕๖๘" in text("/download.php?id=2")  # the strategic plan ended with FY2568
    assert "๒ ตุลาคม ๒๕๖๖" in pypdf.PdfReader(SITE / "wp-content/uploads/2023/10/nogift.pdf").pages[0].extract_text()
    assert "ประจำปี 2567" in text("/wp-content/uploads/2026/01/annual-report.pdf")  # uploaded in 2569
    sheet = openpyxl.load_workbook(site_file(SITE, "/wp-content/uploads/2026/04/stat-service-2569.xlsx")).active
    assert "2569" in sheet["A1"].value


def test_query_copies_and_thai_digits():
    old = site_file(SITE, "/index.php?option=com_content&view=article&id=95&Itemid=61").read_text(encoding="utf-8")
    assert "Joomla" in old and "/download.php?id=11" in old
    months = site_file(SITE, "/procurement.php?year=2569").read_text(encoding="utf-8")
    assert "มกราคม 2569" in months and "มีนาคม 2569" in months
    assert "กุมภาพันธ์ 2569</td><td>อยู่ระหว่างจัดทำ" in months
    group = (SITE / "ita-2569" / "10-2" / "index.html").read_text(encoding="utf-8")
    assert "ปี ๒๕๖๙" in group and "<h3>o25 " in group


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
