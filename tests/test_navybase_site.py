"""The navybase held-out site is whole: its documents (served by /download.php?id=N) open, the risk
assessment 2569 is a scan with no text layer, the procurement list lacks กุมภาพันธ์ 2569, the
ITA group pages number their rows in Thai digits, and its only dead links are the two its truth
file declares.  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "navybase"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(url: str) -> str:
    return pypdf.PdfReader(site_file(SITE, url)).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert not text("/download.php?id=50").strip()  # the scanned risk assessment
    assert "๒๕๖๖ - ๒๕๖๘" in text("/download.php?id=5")  # the strategy ended before 2569, Thai digits
    assert "ปีงบประมาณ พ.ศ. 2567" in text("/download.php?id=12")  # the report posted in 2569
    assert "2567" in text("/download.php?id=48")  # No Gift of two years ago


def test_pages_and_lists():
    rows = site_file(SITE, "/index.php?option=com_docman&task=cat_view&gid=4&year=2569").read_text(encoding="utf-8")
    assert "สขร.1 มกราคม 2569" in rows and "สขร.1 มีนาคม 2569" in rows
    assert "กุมภาพันธ์" not in rows
    group = site_file(SITE, "/index.php?option=com_content&view=article&id=56").read_text(encoding="utf-8")
    assert "o๒๒" in group and "/download.php?id=8" in group
    assert "drive.google.com" in site_file(SITE, "/index.php?option=com_content&view=article&id=22").read_text(
        encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
