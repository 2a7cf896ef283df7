"""The districtoffice held-out site (ที่ว่าการอำเภอห้วยไผ่งาม, invented) is whole: its PDFs, DOCX and
XLSX open, its Word 97 .doc and Excel 97 .xls are compound files, the สขร.1 of ธันวาคม 2568 and an
appointment order are scans with no text layer, the procurement list lacks มกราคม 2569, the
procurement report titled 2568 is of 2567 inside, and its only dead links are the ones its truth file
declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "districtoffice"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    for old in ("32064.doc", "32218.xls"):
        assert (SITE / "files" / old).read_bytes().startswith(OLE2)
    for scan in ("31850.pdf", "32111.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๕ - ๒๕๖๘" in text("30840.pdf")  # the district plan ends before 2569, in Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("31957.pdf")  # listed as 2568
    assert "พ.ศ. ๒๕๖๗" in text("31422.pdf")  # the No Gift Policy of two years ago
    sheet = openpyxl.load_workbook(SITE / "files/30733.xlsx").active
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 เดือนธันวาคม 2568" in rows and "สขร.1 เดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    assert "ประจำปีงบประมาณ 2568" in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert ita.count("<tr>") == 27 and 'href="/ita/2568/"' in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
