"""The quarantine held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (they are
served through /download.php?id=N, kept as query copies), the FY2569 ethics working-group order is
a scan with no text layer, the No Gift Policy is in Thai digits and dated 2566, the monthly สขร.1
list lacks มกราคม 2569, the ITA group pages are in Thai digits, and its only dead links are the ones
its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "quarantine"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOCS = sorted(p for p in SITE.rglob("*") if p.suffix in (".pdf", ".docx", ".xlsx", ".doc", ".xls"))


def text(url: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    assert 28 <= len(DOCS) <= 45
    assert all(p.stat().st_size for p in DOCS)
    assert_documents_open(DOCS)
    assert {p.suffix for p in DOCS} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert all("download.php.q" in p.parts or "images" in p.parts for p in DOCS)
    assert not text("/download.php?id=26").strip()  # the scanned order
    nogift = text("/download.php?id=11")
    assert "๒๕๖๗" in nogift and "๒๕๖๖" in nogift and "2569" not in nogift
    assert "2563 - 2567" in text("/download.php?id=3")
    report = docx.Document(site_file(SITE, "/download.php?id=21"))
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in report.paragraphs[0].text
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=14")).active
    assert "ปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value


def test_distinctive_pages():
    months = site_file(SITE, "/index.php?option=com_content&view=category&id=11").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in months and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in months
    assert "มกราคม 2569" not in months
    group = site_file(SITE, "/index.php?option=com_content&view=article&id=34").read_text(encoding="utf-8")
    assert "ข้อ ๒๒" in group and "/download.php?id=8" in group
    empty = site_file(SITE, "/index.php?option=com_content&view=category&id=41").read_text(encoding="utf-8")
    assert "ไม่พบรายการ" in empty and "download.php" not in empty
    assert (SITE / "old" / "ita" / "2568" / "index.html").is_file()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
