"""The peabranch held-out site is whole: its documents (served through /download.php?id=N and
one file of the old site) open, the anti-corruption plan and the declaration of integrity are scans
with no text layer, the monthly สขร.1 list lacks กุมภาพันธ์ 2568, and its only dead link is the one
its truth file declares (/download.php?id=8).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "peabranch"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    docs.append(SITE / "old/images/stories/ita2567/o26_report66.pdf")
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("/download.php?id=22", "/download.php?id=28"):
        assert not text(scan).strip()
    assert "๒๕๖๓" in text("/download.php?id=3")  # the strategy plan in Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("/download.php?id=17")  # the row says 2568
    assert "มีนาคม 2567" in text("/download.php?id=7")
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=41")).active
    assert "ตุลาคม 2567" in sheet["A1"].value
    assert not site_file(SITE, "/download.php?id=8").exists()


def test_monthly_list_lacks_february():
    rows = site_file(SITE, "/index.php?option=com_content&view=article&id=60").read_text(encoding="utf-8")
    assert "สขร.1 เดือนมกราคม 2568" in rows and "สขร.1 เดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows


def test_ita_is_split_by_group_in_thai_digits():
    hub = site_file(SITE, "/index.php?option=com_content&view=article&id=50").read_text(encoding="utf-8")
    assert "๒๕๖๘" in hub and "/old/ita2567/" in hub
    group = site_file(SITE, "/index.php?option=com_content&view=article&id=55").read_text(encoding="utf-8")
    assert "ข้อ ๒๑" in group and "/download.php?id=17" in group


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
