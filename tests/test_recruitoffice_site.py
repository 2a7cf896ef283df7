"""The recruitoffice held-out site is whole: its documents (PDF, DOCX, XLSX, an old .doc and .xls, all
behind the download script attach.php or on the old WordPress site) open, the สขร.1 of ธันวาคม 2568 and
the hearing invitation are scans with no text layer, the ITA pages are one per item in Thai digits, the
procurement list lacks มกราคม 2569, and its only dead links are the two its truth file declares.
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

SITE = Path(__file__).parent / "sites" / "recruitoffice"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _text(url: str) -> str:
    return pypdf.PdfReader(site_file(SITE, url)).pages[0].extract_text()


def test_every_document_opens():
    docs = [p for p in (SITE / "attach.php.q").glob("*/*")] + list((SITE / "wp" / "wp-content" / "uploads").rglob("*.pdf"))
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("/attach.php?fid=1427", "/attach.php?fid=1446"):
        assert not _text(scan).strip()
    assert "๒๕๖๖ - ๒๕๖๘" in _text("/attach.php?fid=1184")  # the plan ends with 2568, in Thai digits
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๗" in _text("/attach.php?fid=1433")  # the "annual report" posted in Dec 2568
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗" in _text("/attach.php?fid=1212")  # No Gift of two years ago
    sheet = openpyxl.load_workbook(site_file(SITE, "/attach.php?fid=1401")).active
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value


def test_query_pages_and_the_ita_section():
    assert site_file(SITE, "/oit.php?o=7&y=2569").is_file()  # the parameters in another order
    index = site_file(SITE, "/oit.php?y=2569").read_text(encoding="utf-8")
    assert index.count('href="/oit.php?y=2569&amp;o=') == 26 and "o๒๖" in index
    o26 = site_file(SITE, "/oit.php?y=2569&o=26").read_text(encoding="utf-8")
    assert "อยู่ระหว่างรวบรวมข้อมูล" in o26 and 'href="/oit.php?y=2568"' in o26
    procurement = site_file(SITE, "/news.php?type=2").read_text(encoding="utf-8")
    assert "ประจำเดือนธันวาคม 2568" in procurement and "ประจำเดือนกุมภาพันธ์ 2569" in procurement
    assert "มกราคม 2569" not in procurement
    history = site_file(SITE, "/content.php?cid=1").read_text(encoding="utf-8")
    assert "๒๔๙๘" in history and "2498" not in history  # a page in Thai digits only
    assert "/wp/" in site_file(SITE, "/oit.php?y=2569&o=21").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
