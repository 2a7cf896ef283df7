"""The saoisan held-out site is whole: its PDFs, DOCX and XLSX open, the old .doc and .xls are OLE2
files, the budget ordinance 2569 and the สขร.1 of ธันวาคม 2568 are scans with no text layer, the
monthly สขร.1 list lacks กุมภาพันธ์ 2569, o22 has no link, and its only dead links are the ones its
truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "saoisan"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    for old in (p for p in docs if p.suffix in (".doc", ".xls")):
        assert old.read_bytes().startswith(OLE2), old
    for scan in ("30589.pdf", "31283.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "(พ.ศ. ๒๕๖๑ - ๒๕๖๕)" in text("30112.pdf")  # the only local plan, Thai digits
    assert "๒๕๖๙" in text("30551.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("31745.pdf")  # o25 says ปี 2569
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("30488.pdf")  # the only No Gift Policy
    sheet = openpyxl.load_workbook(SITE / "files/31520.xlsx").active
    assert "พ.ศ. 2568 รอบ 6 เดือน" in sheet["A2"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนมกราคม 2569" in rows and "ประจำเดือนมีนาคม 2569" in rows
    assert "กุมภาพันธ์" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "<td>o22</td><td>รายงานผลตามแผนบริหารความเสี่ยง</td><td>อยู่ระหว่างดำเนินการ</td>" in ita
    assert 'href="/files/31745.pdf">การนำผลการประเมิน ITA ปี 2569' in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
