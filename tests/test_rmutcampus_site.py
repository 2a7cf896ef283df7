"""The rmutcampus held-out site is whole: its PDFs, DOCX and XLSX open, its old .doc/.xls are OLE2
files, the FY2567 procurement report is a scan with no text layer, the monthly สขร.1 list lacks
มกราคม 2568, and its only dead links are the ones its truth file declares (two 404s).  Asserts
nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "rmutcampus"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    for old in (p for p in docs if p.suffix in (".doc", ".xls")):
        assert old.read_bytes().startswith(OLE2), old
    assert not (SITE / "files/28905.pdf").exists()  # o22's file is gone


def test_distinctive_facts():
    assert not text("29641.pdf").strip()  # the scanned procurement report
    assert "๒๕๖๓ - ๒๕๖๗" in text("30009.pdf")  # the strategic plan ends before 2568, in Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 31 มีนาคม 2567)" in text("29855.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("29701.pdf")  # the row says 2568
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in text("29213.pdf")  # No Gift of two years ago
    sheet = openpyxl.load_workbook(SITE / "files/29962.xlsx").active
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in sheet["A1"].value
    ita = (SITE / "ita/2568/index.html").read_text(encoding="utf-8")
    assert "การประเมินความเสี่ยงการทุจริต ประจำปี 2568" in ita and "/files/29701.pdf" in ita
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2567" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2568" in rows
    assert "มกราคม 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    assert all("<aside>" in p.read_text(encoding="utf-8") for p in pages)


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
