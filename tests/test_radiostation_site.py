"""The radiostation held-out site is whole: its documents (PDF, DOCX, XLSX, a Word 97 .doc and an
Excel 97 .xls, all behind /download.php?id=N except two left at old-CMS paths) open, the complaint
guideline is a scan with no text layer, the monthly สขร.1 post lacks กุมภาพันธ์ 2569, the year
selector's 2569 page is empty, and its only dead link is the one its truth file declares.  Asserts
nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "radiostation"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOC_EXT = {".pdf", ".docx", ".xlsx", ".doc", ".xls"}


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in DOC_EXT)
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == DOC_EXT
    scan = site_file(SITE, "/download.php?id=66")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=21")).pages[0].extract_text()
    assert "๒๕๖๙" in plan  # Thai digits
    stats = openpyxl.load_workbook(site_file(SITE, "/download.php?id=67")).active
    assert "พ.ศ. 2568" in stats["A1"].value
    assert "พ.ศ. 2567".encode("utf-16-le") in (SITE / "images/stories/doc/nogift.doc").read_bytes()


def test_distinctive_pages():
    rows = site_file(SITE, "/index.php?option=com_content&view=article&id=160").read_text(encoding="utf-8")
    assert "ตุลาคม 2568" in rows and "มีนาคม 2569" in rows and "กุมภาพันธ์" not in rows
    empty = site_file(SITE, "/index.php?option=com_docman&task=cat_view&gid=30&year=2569").read_text(encoding="utf-8")
    assert "ยังไม่มีเอกสาร" in empty
    ita = site_file(SITE, "/index.php?option=com_content&view=article&id=106").read_text(encoding="utf-8")
    assert 'href="/old/ita-2568/"' in ita and 'href="/download.php?id=8"' in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
