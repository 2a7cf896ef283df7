"""The publicorg held-out site is whole: its PDFs, DOCX and XLSX open, its old Word .doc and Excel
.xls are OLE2 files that antiword-style readers and xlrd read, the ethics order and the declaration
of integrity are scans with no text layer, the old strategic plan and the annual report are in Thai
digits, the monthly สขร.1 list lacks กุมภาพันธ์ 2569, this year's ITA page has no o21 row, and its
only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's
verdicts."""

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

SITE = Path(__file__).parent / "sites" / "publicorg"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open(p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"})
    for old in (p for p in docs if p.suffix in {".doc", ".xls"}):
        assert old.read_bytes().startswith(OLE2), old
    for scan in ("29907.pdf", "31273.pdf"):
        assert not text(scan).strip()


def test_the_old_years_are_in_the_files():
    assert "รายงานประจำปี ๒๕๖๗" in text("29527.pdf")  # the annual report: FY2567, Thai digits
    assert "๒๕๖๓ - ๒๕๖๗" in text("31117.pdf")  # the only adopted strategic plan ends before 2569
    sheet = openpyxl.load_workbook(SITE / "files/30903.xlsx").active
    assert sheet.title == "ปีงบ 2567" and "พ.ศ. 2567" in sheet["A1"].value
    stats = (SITE / "eservice/stats/index.html").read_text(encoding="utf-8")
    assert "ก.ย. 68" in stats and "69" not in stats.split("<h1>")[1].split("</table>")[0]
    assert "ปีงบประมาณ พ.ศ. 2567" in (SITE / "hr/report/index.html").read_text(encoding="utf-8")


def test_pages_hold_the_traps():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "เดือนมกราคม 2569" in rows and "เดือนมีนาคม 2569" in rows
    assert "กุมภาพันธ์ 2569" not in rows
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert "<td>o20</td>" in ita and "<td>o22</td>" in ita and "<td>o21</td>" not in ita
    assert 'href="/ita/2568/"' in ita  # last year's ITA page is in the menu
    assert (SITE / "download/.q/cat=hr/index.html").is_file()
    assert (SITE / "news/.q/page=3/index.html").is_file()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
