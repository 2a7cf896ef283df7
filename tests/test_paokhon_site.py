"""The paokhon held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the
anti-corruption plan 2568 is a scan with no text layer), the monthly สขร.1 list lacks กุมภาพันธ์
2568, and its only dead links are the ones its truth file declares (two 404s).  Asserts nothing
about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "paokhon"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not pypdf.PdfReader(SITE / "files/30901.pdf").pages[0].extract_text().strip()
    assert "๒๕๖๑" in pypdf.PdfReader(SITE / "files/28114.pdf").pages[0].extract_text()  # Thai digits
    assert "๒๕๖๘" in pypdf.PdfReader(SITE / "files/30733.pdf").pages[0].extract_text()
    sheet = openpyxl.load_workbook(SITE / "files/30955.xlsx").active
    assert "พ.ศ. 2567" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนตุลาคม 2567" in rows and "สขร.1 ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert ita.count("<tr><td>o") == 26


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
