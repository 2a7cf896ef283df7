"""The specialedu held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the annual
procurement report and the declaration of integrity are scans with no text layer), the monthly
สขร.1 list lacks กุมภาพันธ์ 2568, the strategy plan ends in 2567, and its only dead links are the
ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "specialedu"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("21633.pdf", "22048.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(SITE / "files/21941.pdf").pages[0].extract_text()
    assert "๒๕๖๓ - ๒๕๖๗" in plan  # Thai digits; the plan ends before 2568
    six = pypdf.PdfReader(SITE / "files/21834.pdf").pages[0].extract_text()
    assert "2567" in six and "2568" not in six
    gift = pypdf.PdfReader(SITE / "files/21145.pdf").pages[0].extract_text()
    assert "2 ตุลาคม 2566" in gift
    sheet = openpyxl.load_workbook(SITE / "files/21359.xlsx").active
    assert "ตุลาคม พ.ศ. 2567" in sheet["A2"].value
    assert "ปีงบประมาณ พ.ศ. 2567".encode("utf-16-le") in (SITE / "files/21680.xls").read_bytes()
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 มกราคม 2568" in rows and "สขร.1 มีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    ita = (SITE / "ita" / "ita-2568" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>O{n}</td>" in ita for n in range(1, 27))
    assert "<iframe" in (SITE / "plans" / "action-plan" / "index.html").read_text(encoding="utf-8")


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
