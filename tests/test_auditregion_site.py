"""The auditregion held-out site is whole: its documents (PDF, DOCX, XLSX, old .doc and .xls, all
behind /download.php?id=N, two on the old website) open, the integrity-measures report is a scan
with no text layer, the monthly สขร.1 posts lack มกราคม 2569, the ITA 10.x pages are in Thai
digits, and its only dead links are the two download ids its truth file declares.  Asserts
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

SITE = Path(__file__).parent / "sites" / "auditregion"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    docs += sorted((SITE / "old" / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not _text("/download.php?id=76").strip()  # the scan
    assert "๒๕๖๙" in _text("/download.php?id=21")  # Thai digits
    assert "2564 - 2568" in _text("/download.php?id=11")  # the five-year plan ends in 2568
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in _text("/download.php?id=64")  # shown under a 2569 heading
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=58")).active
    assert "พ.ศ. 2568" in sheet["A1"].value


def test_site_habits():
    viewer = site_file(SITE, "/viewer.php?id=64").read_text(encoding="utf-8")
    assert "ประจำปี 2569" in viewer and 'src="/download.php?id=64"' in viewer
    group = site_file(SITE, "/index.php?option=com_content&view=article&id=106").read_text(encoding="utf-8")
    assert "o๒๐" in group and "o20" not in group
    procurement = site_file(SITE, "/index.php?option=com_content&view=category&id=15").read_text(encoding="utf-8")
    assert "ประจำเดือนธันวาคม 2568" in procurement and "ประจำเดือนกุมภาพันธ์ 2569" in procurement
    assert "มกราคม 2569" not in procurement


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
