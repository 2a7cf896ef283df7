"""The secondary held-out site (an invented สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา) is whole: its PDFs,
DOCX and XLSX open, its old .doc and .xls are OLE2 files, the anti-corruption plan 2568 is a scan
with no text layer, the outdated documents say the years the truth file gives them, the monthly
สขร.1 list lacks กุมภาพันธ์ 2568, and its only dead links are the two its truth file declares.
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
)

SITE = Path(__file__).parent / "sites" / "secondary"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    for old in ("39999.doc", "39877.xls", "40412.xls"):
        assert (SITE / "files" / old).read_bytes().startswith(OLE2)


def test_scan_and_dated_contents():
    assert not text("40175.pdf").strip()  # the anti-corruption plan 2568: pixels only
    assert "๒๕๖๓ - ๒๕๖๗" in text("31207.pdf")  # the development plan ends before 2568
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖" in text("36610.pdf")  # the "latest" annual report
    assert "รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2567" in text("37954.pdf")  # last FY's six-month report
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("36902.pdf") and "No Gift" in text("36902.pdf")
    book = openpyxl.load_workbook(SITE / "files/39733.xlsx")
    assert book.sheetnames == ["ปีงบ2567"] and "2567" in book.active["A1"].value
    stats = (SITE / "eservice/stats/index.html").read_text(encoding="utf-8")
    assert "ต.ค. 66" in stats and "ก.ย. 67" in stats and "68" not in stats.split("<table")[1].split("</table>")[0]
    hr_plan = (SITE / "hr/plan/index.html").read_text(encoding="utf-8")
    assert "แผนพัฒนาบุคลากร สพม.ศรีวารินทร์ ประจำปีงบประมาณ พ.ศ. 2567" in hr_plan
    ita = (SITE / "ita/2568/index.html").read_text(encoding="utf-8")
    assert "<td>o21</td><td>No Gift Policy</td><td>อยู่ระหว่างปรับปรุงข้อมูล</td>" in ita
    assert "/files/36902.pdf" in (SITE / "ita/2567/index.html").read_text(encoding="utf-8")


def test_monthly_procurement_lacks_february():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    for month in ("ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "มี.ค. 68"):
        assert f"สขร.1 {month}" in rows
    assert "ก.พ. 68" not in rows
    assert "กุมภาพันธ์" not in "".join(text(p.name) for p in (SITE / "files").glob("40[3-6]*.pdf"))


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for p in pages:  # the template on every page
        html = p.read_text(encoding="utf-8")
        assert '<nav><ul class="menu">' in html and '<aside class="side">' in html and "<footer>" in html


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
