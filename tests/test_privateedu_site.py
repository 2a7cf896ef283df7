"""The privateedu held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift Policy of 2566,
the HR report 2568 and the สขร.1 of ธันวาคม 2568 are scans with no text layer; the old .doc and
.xls are OLE2 files), the row "สขร.1 ประจำเดือนมกราคม" is January 2568, the o6 file says 2568, and its
only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the
audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "privateedu"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix not in (".doc", ".xls")])
    for old in (p for p in docs if p.suffix in (".doc", ".xls")):
        assert old.read_bytes().startswith(OLE2), old
    for scan in ("29611.pdf", "31190.pdf", "31382.pdf"):
        assert not text(scan).strip()
    assert "๒๕๖๕ - ๒๕๖๘" in text("30114.pdf")  # the plan ends before 2569, Thai digits
    assert "พ.ศ. 2568" in text("31205.pdf") and "2569" not in text("31205.pdf")  # o6 says 2569
    assert "มกราคม พ.ศ. 2568" in text("31429.pdf")
    sheet = openpyxl.load_workbook(SITE / "files/30925.xlsx").active
    assert "รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value


def test_pages_show_the_traps():
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert "แผนปฏิบัติราชการ ประจำปี 2569" in ita and "/files/31205.pdf" in ita
    assert "/files/31205.pdf" in (SITE / "ita/2568/index.html").read_text(encoding="utf-8")
    rows = (SITE / "procurement/index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม<" in rows and "มกราคม 2569" not in rows
    assert (SITE / "download.php.q/cat=hr/index.html").is_file() and (SITE / "download.php").is_file()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
