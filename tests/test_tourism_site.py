"""The tourism held-out site is whole: its PDFs, DOCX and XLSX open, its old .doc and .xls are
Word 97 / BIFF8 files that antiword-style readers take (the annual report, the service statistics),
the No Gift Policy 2566 and the ethics working-group order are scans with no text layer, the
monthly สขร.1 list lacks มกราคม 2568, and its only dead links are the ones its truth file declares
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

SITE = Path(__file__).parent / "sites" / "tourism"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    for old in (p for p in docs if p.suffix in (".doc", ".xls")):
        assert old.read_bytes().startswith(OLE2), old
    for scan in ("31040.pdf", "30775.pdf"):
        assert not text(scan).strip()


def test_old_office_files_hold_their_year():
    import xlrd

    sheet = xlrd.open_workbook(SITE / "files/31714.xls").sheet_by_index(0)
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in sheet.cell_value(0, 0)
    raw = (SITE / "files/30251.doc").read_bytes().decode("utf-16-le", errors="ignore")
    assert "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567" in raw
    assert "รายงานผลการใช้จ่ายงบประมาณประจำปี" in raw


def test_the_traps_are_in_the_files():
    assert "(พ.ศ. ๒๕๖๔ - ๒๕๖๗)" in text("31077.pdf")  # the strategic plan ends before 2568
    assert "ประจำปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 31 มีนาคม 2567)" in text("31788.pdf")  # last year's 6 months
    assert "๒๕๖๘" in text("30177.pdf")  # this year's action plan, in Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖" in text("30383.pdf")
    hr = (SITE / "ita/2568/index.html").read_text(encoding="utf-8")
    assert "แผนพัฒนาบุคลากร ปี 2568" in hr and "/files/30868.docx" in hr
    import docx

    body = "\n".join(p.text for p in docx.Document(SITE / "files/30868.docx").paragraphs)
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in body and "2568" not in body
    sheet = openpyxl.load_workbook(SITE / "files/30610.xlsx").active
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in sheet["A1"].value


def test_monthly_procurement_lacks_january():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    for month in ("ตุลาคม 2567", "พฤศจิกายน 2567", "ธันวาคม 2567", "กุมภาพันธ์ 2568", "มีนาคม 2568", "กันยายน 2567"):
        assert f"สขร.1 ประจำเดือน{month}" in rows
    assert "มกราคม 2568" not in rows
    assert "ธันวาคม พ.ศ. ๒๕๖๗" in text("31356.pdf")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:  # one template on every page
        html = page.read_text(encoding="utf-8")
        assert 'id="nav"' in html and 'id="aside"' in html and 'id="footer"' in html, page


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
