"""The districtagri held-out site is whole: its PDFs, DOCX and XLSX open and its Word 97 / Excel 97
files are OLE2 compound files; the No Gift Policy of 2567, the integrity measures of 2569 and the
สขร.1 of กุมภาพันธ์ 2569 are scans with no text layer; the file sold as "แผนปฏิบัติงานประจำปี 2569"
is the 2568 plan; the "ม.ค. 69" สขร.1 is December's file again; and its only dead links are the
ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "districtagri"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    old = [p for p in docs if p.suffix in (".doc", ".xls")]
    assert len(old) == 4 and all(p.read_bytes().startswith(OLE2) for p in old)
    for scan in ("12005.pdf", "14245.pdf", "14336.pdf"):
        assert not _text(scan).strip()


def test_distinctive_facts():
    # the "2569" action plan is last year's, in Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘" in _text("14102.pdf")
    assert "๒๕๖๙" not in _text("14102.pdf")
    # the January row carries December's summary, byte for byte
    assert (SITE / "files/14297.pdf").read_bytes() == (SITE / "files/14231.pdf").read_bytes()
    assert "ธันวาคม พ.ศ. 2568" in _text("14297.pdf")
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ม.ค. 69" in rows and "มกราคม พ.ศ. 2569" not in rows
    # the multi-year plan ends in 2568
    assert "๒๕๖๔ - ๒๕๖๘" in _text("10422.pdf")
    # last year's half-year complaint statistics
    sheet = openpyxl.load_workbook(SITE / "files/12960.xlsx").active
    assert "ปีงบประมาณ พ.ศ. 2568" in sheet["A2"].value
    # o22 has no link on this year's ITA page
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "<tr><td>o22</td><td>ผลการบริหารความเสี่ยงการทุจริต</td><td>-</td></tr>" in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
