"""The muangriver held-out site is whole: its PDFs, DOCX and XLSX open, its old Word-97 .doc and
Excel-97 .xls are OLE2 files, the risk assessment and the declaration of integrity are scans with
no text layer, the monthly สขร.1 list lacks มกราคม 2568, and its only dead links are the ones its
truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "muangriver"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(pdf: str, page: int = 0) -> str:
    return pypdf.PdfReader(SITE / "files" / pdf).pages[page].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 28 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"}])
    for old in (p for p in docs if p.suffix in {".doc", ".xls"}):
        assert old.read_bytes().startswith(OLE2), old
    for scan in ("30318.pdf", "30275.pdf"):
        assert not text(scan).strip()


def test_the_old_years_are_in_the_content():
    assert "รายงานประจำปี ๒๕๖๖" in text("30167.pdf")  # annual report: the cover's year in Thai digits
    assert "๒๕๖๑ - ๒๕๖๕" in text("30017.pdf")  # the only adopted local plan ended in 2565
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in text("30152.pdf")  # six months of FY2567
    assert "๒๕๖๘" in text("30141.pdf")  # the budget of 2568 in Thai digits
    sheet = openpyxl.load_workbook(SITE / "files/30255.xlsx").active
    assert sheet.title == "แผนพัฒนาบุคลากร67" and "พ.ศ. 2567" in sheet["A1"].value
    body = "\n".join(p.text for p in docx.Document(SITE / "files/30342.docx").paragraphs)
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in body and "2567" not in body.split("ช่วงเวลา")[0]
    stats = (SITE / "dept/palad/stats/index.html").read_text(encoding="utf-8")
    assert "ก.ย. 67" in stats and "68" not in stats.split("<table")[1].split("</table>")[0]


def test_the_rows_the_assessor_follows():
    ita = (SITE / "ita/2568/index.html").read_text(encoding="utf-8")
    assert "/files/30296.xlsx" not in ita and "/files/30296.xlsx" in (SITE / "ita/2567/index.html").read_text(encoding="utf-8")
    assert "รายงานผล ปี 2567" in ita and "/files/30342.docx" in ita
    rows = (SITE / "dept/finance/procurement/index.html").read_text(encoding="utf-8")
    for month in ("ตุลาคม 2567", "พฤศจิกายน 2567", "ธันวาคม 2567", "กุมภาพันธ์ 2568", "มีนาคม 2568"):
        assert f"สขร.1 ประจำเดือน{month}" in rows
    assert "มกราคม 2568" not in rows
    assert 'href="/ita/2567/"' in (SITE / "index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
