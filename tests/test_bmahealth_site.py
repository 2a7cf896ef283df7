"""The bmahealth held-out site is whole: its documents, all served through /download.php?id=N
(query copies under download.php.q/), open; the complaint guideline is a scan with no text layer;
the monthly สขร.1 list lacks มกราคม 2569; its only dead link is the one its truth file declares
(/download.php?id=8).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "bmahealth"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOC_EXT = {".pdf", ".docx", ".doc", ".xls"}


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in DOC_EXT)
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == DOC_EXT
    scan = site_file(SITE, "/download.php?id=24")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    assert "๒๕๖๙" in pypdf.PdfReader(site_file(SITE, "/download.php?id=32")).pages[0].extract_text()
    assert b"2567" in site_file(SITE, "/download.php?id=25").read_bytes().replace(b"\x00", b"")  # FY2567 in the sheet
    rows = site_file(SITE, "/index.php?option=com_content&view=article&id=10").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    assert "อยู่ระหว่างดำเนินการ" in site_file(SITE, "/index.php?option=com_content&view=category&id=35").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
