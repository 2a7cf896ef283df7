"""The waterworks held-out site is whole: its PDFs, DOCX and XLSX open, its old .doc/.xls are OLE2
files, the FY2567 procurement summary is a scan with no text layer, the monthly สขร.1 list lacks
กุมภาพันธ์ 2568, the risk assessment whose row says 2568 is of 2567, and its only dead links are
the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "waterworks"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text_of(name: str) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"})
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for old in (p for p in docs if p.suffix in {".doc", ".xls"}):
        assert old.read_bytes().startswith(OLE2), old


def test_distinctive_facts():
    assert not text_of("30119.pdf").strip()  # the scan
    assert "๒๕๖๓ - ๒๕๖๗" in text_of("11873.pdf")  # the strategic plan ends before 2568
    assert "๒๕๖๖" in text_of("23318.pdf") and "No" in text_of("23318.pdf")
    assert "พ.ศ. 2567 (1 ตุลาคม 2566 - 31 มีนาคม 2567)" in text_of("29410.pdf")
    risk = "\n".join(p.text for p in docx.Document(SITE / "files/30103.docx").paragraphs)
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in risk and "2568" not in risk
    ita = (SITE / "ita/2568/index.html").read_text(encoding="utf-8")
    assert "ประจำปี 2568" in ita and "/files/30103.docx" in ita and "/files/30112.pdf" in ita
    stats = openpyxl.load_workbook(SITE / "files/30066.xlsx").active
    assert "2567" in stats["A2"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2568" in rows and "สขร.1 ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
