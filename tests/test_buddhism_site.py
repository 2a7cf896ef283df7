"""The buddhism held-out site is whole: its PDFs, DOCX, XLSX, old .doc and .xls open (the สขร.1 of
ธันวาคม 2568 and an order of appointment are scans with no text layer), the monthly สขร.1 list lacks
กุมภาพันธ์ 2569, and its only dead links are the ones its truth file declares (two 404s).  Asserts
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
)

SITE = Path(__file__).parent / "sites" / "buddhism"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    old = [p for p in docs if p.suffix in (".doc", ".xls")]
    assert [p.name for p in old] == ["5274.doc", "5738.xls"]
    assert all(p.read_bytes().startswith(b"\xd0\xcf\x11\xe0") for p in old)  # OLE2 compound files
    assert "สถานะวัด".encode("utf-16-le") in (SITE / "files/5274.doc").read_bytes()
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("5793.pdf", "5416.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()


def test_distinctive_facts():
    plan = pypdf.PdfReader(SITE / "files/5678.pdf").pages[0].extract_text()
    assert "๒๕๖๕ - ๒๕๖๘" in plan  # the 4-year plan ends before 2569, in Thai digits
    assert "๒๕๖๙" in pypdf.PdfReader(SITE / "files/5147.pdf").pages[0].extract_text()
    assert "พ.ศ. 2567" in pypdf.PdfReader(SITE / "files/5651.pdf").pages[0].extract_text()  # No Gift 2567
    stats = openpyxl.load_workbook(SITE / "files/6028.xlsx").active
    assert "2568" in stats["A1"].value
    complaints = openpyxl.load_workbook(SITE / "files/5301.xlsx").active
    assert "31 มีนาคม 2568" in complaints["A1"].value
    sheet = openpyxl.load_workbook(SITE / "files/5817.xlsx").active
    assert "มกราคม พ.ศ. 2569" in sheet["A2"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 เดือนมกราคม 2569" in rows and "สขร.1 เดือนมีนาคม 2569" in rows
    assert "กุมภาพันธ์ 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert ita.count("<tr><td>o") == 26


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
