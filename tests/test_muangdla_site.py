"""The muangdla held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the 5-year
local plan is a scan with no text layer), the monthly สขร.1 list lacks มกราคม 2568, divisions sign
their own rows, and its only dead links are the ones its truth file declares (two 404s).  Asserts
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

SITE = Path(__file__).parent / "sites" / "muangdla"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".xls", ".doc"}
    assert not pypdf.PdfReader(SITE / "files/31294.pdf").pages[0].extract_text().strip()  # scanned plan
    assert "๒๕๖๘" in pypdf.PdfReader(SITE / "files/31234.pdf").pages[0].extract_text()  # Thai digits
    annual = pypdf.PdfReader(SITE / "files/30117.pdf").pages[0].extract_text()
    assert "2566" in annual and "12 ธันวาคม 2567" in annual  # posted this year, covers FY2566
    sheet = openpyxl.load_workbook(SITE / "files/30605.xlsx").active
    assert "2568" in sheet["A2"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ธันวาคม 2567" in rows and "กุมภาพันธ์ 2568" in rows
    assert "มกราคม 2568" not in rows


def test_divisions_post_their_own_documents():
    palad = (SITE / "division" / "palad" / "index.html").read_text(encoding="utf-8")
    assert "/files/31769.docx" in palad and "/files/30759.pdf" in palad
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert ita.count("<tr>") == 27 and 'href="/download/plan/"' in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
