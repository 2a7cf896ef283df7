"""The healthcentre held-out site is whole: its PDFs, DOCX and XLSX open, its old .doc/.xls are
OLE2 files, the December สขร.1 and the declaration of integrity are scans with no text layer, the
monthly สขร.1 list lacks มกราคม 2569, and its only dead links are the ones its truth file declares
(two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "healthcentre"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"}])
    for old in (p for p in docs if p.suffix in {".doc", ".xls"}):
        assert old.read_bytes().startswith(OLE2), old
    assert "ปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in (SITE / "files/32010.doc").read_bytes()
    for scan in ("31796.pdf", "31274.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๙" in text("30692.pdf")  # the operating plan in Thai digits
    assert "๒๕๖๗" in text("31595.pdf") and "2569" not in text("31595.pdf")  # the strategy plan ended
    annual = text("30418.pdf")
    assert "30 กันยายน 2567" in annual and "มกราคม 2569" in annual  # printed this year, of FY2567
    assert "พ.ศ. 2567" in text("31488.pdf")  # the No Gift Policy of two years ago
    assert "รอบ 6 เดือน" in text("32117.pdf")
    sheet = openpyxl.load_workbook(SITE / "files/32284.xlsx").active
    assert "2569" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
