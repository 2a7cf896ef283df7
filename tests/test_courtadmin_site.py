"""The courtadmin held-out site (a ศาลแขวง) is whole: its PDFs, DOCX, XLSX and old .doc/.xls open
(the declaration of integrity 2569 and the integrity-measures report 2568 are scans with no text
layer), the monthly สขร.1 list lacks กุมภาพันธ์ 2569, and its only dead links are the ones its truth
file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "courtadmin"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("41021.pdf", "40993.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    assert "๒๕๖๕ - ๒๕๖๘" in text("40118.pdf")  # the strategic plan ends before 2569, in Thai digits
    assert "๒๕๖๙" in text("41036.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text("41318.pdf")  # the row says 2569
    assert "พ.ศ. 2567" in text("38177.pdf")
    assert "รายงานประจำปี 2567".encode("utf-16-le") in (SITE / "files/41490.doc").read_bytes()
    sheet = openpyxl.load_workbook(SITE / "files/41702.xlsx").active
    assert "ตุลาคม 2568" in sheet["A2"].value


def test_pages_say_what_the_truth_says():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนมกราคม 2569" in rows and "ประจำเดือนมีนาคม 2569" in rows
    assert "กุมภาพันธ์ 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "<td>o26</td>" in ita and "อยู่ระหว่างรวบรวมข้อมูล" in ita
    stats = (SITE / "complaint" / "stats" / "index.html").read_text(encoding="utf-8")
    assert "ปีงบประมาณ พ.ศ. 2568" in stats and "2569" not in stats.split("<h1>")[1].split("</div></div>")[0]


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
