"""The medsci held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (sent by a
download script, kept under download.php.q/id=N/, and one on the old website), the 2568 risk
assessment is a scan with no text layer, the monthly สขร.1 list lacks มกราคม 2568, the ITA item pages
are in Thai digits, and its only dead links are the ones its truth file declares (two 404s).
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

SITE = Path(__file__).parent / "sites" / "medsci"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _docs() -> list[Path]:
    return sorted([*(SITE / "download.php.q").glob("id=*/*"), *(SITE / "old" / "upload").rglob("*.pdf")])


def test_every_document_opens():
    docs = _docs()
    assert 30 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert all(len(list(p.parent.iterdir())) == 1 for p in docs if "download.php.q" in p.parts)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not pypdf.PdfReader(site_file(SITE, "/download.php?id=45")).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=12")).pages[0].extract_text()
    assert "๒๕๖๓ - ๒๕๖๗" in plan  # the strategic plan ends before 2568, in Thai digits
    six = pypdf.PdfReader(site_file(SITE, "/download.php?id=17")).pages[0].extract_text()
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in six
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=16")).active
    assert "2568" in sheet["A1"].value


def test_procurement_list_lacks_january():
    rows = site_file(SITE, "/index.php?option=com_content&view=category&id=20").read_text(encoding="utf-8")
    assert "สขร.1 เดือนธันวาคม 2567" in rows and "สขร.1 เดือนกุมภาพันธ์ 2568" in rows
    assert "มกราคม 2568" not in rows


def test_ita_item_pages_are_in_thai_digits():
    page = site_file(SITE, "/index.php?option=com_content&view=article&id=212").read_text(encoding="utf-8")
    assert "O๑๒" in page and "ปีงบประมาณ ๒๕๖๘" in page
    empty = site_file(SITE, "/index.php?option=com_content&view=category&id=31&year=2568").read_text(encoding="utf-8")
    assert "ไม่พบรายการ" in empty


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
