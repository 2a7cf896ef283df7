"""The botanic held-out site (a regional branch of องค์การสวนพฤกษศาสตร์ on Joomla) is whole: its
documents, served through /download.php?id=N copies and the old site's /old/images/stories/, open
(the HR report 2568 is a scan with no text layer; the manual is a Word 97 .doc, the annual
procurement report an Excel 97 .xls), the สขร.๑ list lacks มกราคม ๒๕๖๙, and its only dead links are
the two its truth file declares.  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "botanic"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in (".pdf", ".docx", ".xlsx", ".doc", ".xls"))
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert all(len(list(p.parent.iterdir())) == 1 for p in docs if p.parent.parent.name == "download.php.q")
    assert not "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, "/download.php?id=24")).pages).strip()


def test_distinctive_facts():
    assert "๒๕๖๖ - ๒๕๗๐" in text("/download.php?id=3")  # Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text("/download.php?id=33")  # linked as "2569"
    assert "ประจำปี 2569" in site_file(SITE, "/index.php?option=com_content&view=article&id=45").read_text(encoding="utf-8")
    assert "รายงานประจำปี ๒๕๖๗" in text("/download.php?id=10")
    assert "๙ ตุลาคม พ.ศ. ๒๕๖๖" in text("/download.php?id=31")
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=27")).active
    assert "ตุลาคม 2567 - มีนาคม 2568" in sheet["A1"].value
    rows = site_file(SITE, "/index.php?option=com_content&view=category&id=51").read_text(encoding="utf-8")
    assert "ประจำเดือนธันวาคม ๒๕๖๘" in rows and "ประจำเดือนกุมภาพันธ์ ๒๕๖๙" in rows
    assert "มกราคม ๒๕๖๙" not in rows
    assert not site_file(SITE, "/download.php?id=17").is_file()
    o23 = site_file(SITE, "/index.php?option=com_content&view=article&id=46").read_text(encoding="utf-8")
    assert "อยู่ระหว่างเสนอคณะกรรมการ" in o23


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
