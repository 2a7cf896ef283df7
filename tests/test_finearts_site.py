"""The finearts held-out site (a Fine Arts Department regional office on Drupal) is whole: its PDFs,
DOCX, XLSX and old .doc/.xls open (the annual procurement report and the risk working-group order
are scans with no text layer), the monthly สขร.1 list lacks กุมภาพันธ์ 2569, the files whose row
says one year hold another, and its only dead links are the ones its truth file declares (two
404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    OLE2,
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "finearts"
DOCS = SITE / "sites" / "default" / "files" / "documents"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(DOCS / name).pages)


def test_every_document_opens():
    docs = sorted(DOCS.iterdir())
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("31496.pdf", "31663.pdf"):
        assert not pypdf.PdfReader(DOCS / scan).pages[0].extract_text().strip()
    assert "๒๕๖๙" in text("30178.pdf") and "๒๕๖๘" in text("31081.pdf")  # Thai digits
    assert "๒๕๖๙" not in text("31081.pdf")  # the 4-year plan ends with 2568


def test_contents_contradict_their_rows():
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("31556.pdf")  # posted in ม.ค. 2569 as a yearless report
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("30392.pdf")  # row says ปี 2568
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("31021.pdf")  # the only No Gift policy
    doc = (DOCS / "30760.doc").read_bytes()
    assert doc.startswith(OLE2) and "ประจำปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in doc
    xls = (DOCS / "30499.xls").read_bytes()
    assert "ปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in xls
    sheet = openpyxl.load_workbook(DOCS / "31770.xlsx").active
    assert "2569" in sheet["A1"].value


def test_procurement_months():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2569" in rows and "สขร.1 ประจำเดือนมีนาคม 2569" in rows
    assert "กุมภาพันธ์ 2569" not in rows
    assert "เดือนมีนาคม พ.ศ. 2569".encode("utf-16-le") in (DOCS / "31449.xls").read_bytes()


def test_drupal_query_copies_and_ita_page():
    assert (SITE / "news" / ".q" / "page=1" / "index.html").is_file()
    for tid in range(11, 19):
        assert (SITE / "documents" / ".q" / f"category={tid}" / "index.html").is_file()
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert 'href="/documents/?category=11"' in ita and "o26" in ita
    assert "Drupal 9" in (SITE / "index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
