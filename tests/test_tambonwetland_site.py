"""The tambonwetland held-out site is whole: its PDFs, DOCX, XLSX, old .doc and .xls open (the
anti-corruption plan 2569 and the declaration of integrity are scans with no text layer), the
local plan is the 2561-2565 one in Thai digits, the monthly สขร.1 list lacks มกราคม 2569, and its
only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the
audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "tambonwetland"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("20231.pdf", "21452.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(SITE / "files/20943.pdf").pages[0].extract_text()
    assert "๒๕๖๑ - ๒๕๖๕" in plan  # Thai digits, a plan ending before 2569
    assert "2567" in pypdf.PdfReader(SITE / "files/20826.pdf").pages[0].extract_text()  # No Gift of 2567
    sheet = openpyxl.load_workbook(SITE / "files/21045.xlsx").active
    assert "ตุลาคม พ.ศ. 2568" in sheet["A2"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 เดือนธันวาคม 2568" in rows and "สขร.1 เดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
