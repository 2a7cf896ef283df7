"""The juvenile held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the
anti-corruption plan 2568 and an invitation letter are scans with no text layer), the monthly สขร.1
list lacks กุมภาพันธ์ 2568, the risk report linked as "ปี 2567" is of ๒๕๖๖, and its only dead links
are the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "juvenile"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("30774.pdf", "30783.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "พ.ศ. ๒๕๖๘" in text("30671.pdf")  # the action plan in Thai digits
    assert "2563 - 2567" in text("30112.pdf")  # the strategy ended before 2568
    assert "31 มีนาคม 2567" in text("30455.pdf")  # the six-month report is last year's
    assert "๒๕๖๖" in text("30620.pdf")  # the risk report linked as "ปี 2567"
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert "รายงานผลการจัดการความเสี่ยง ปี 2567" in ita and "/files/30620.pdf" in ita
    other = docx.Document(SITE / "files" / "30682.docx").paragraphs[1].text
    assert "ศูนย์ฝึกและอบรมเด็กและเยาวชน เขต 4" in other  # another unit's HR plan
    assert "2566" in docx.Document(SITE / "files" / "30603.docx").paragraphs[1].text
    sheet = openpyxl.load_workbook(SITE / "files" / "30812.xlsx").active
    assert "ตุลาคม 2567 - มีนาคม 2568" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "เดือนมกราคม 2568" in rows and "เดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
