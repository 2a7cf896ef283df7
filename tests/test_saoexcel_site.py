"""The saoexcel held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift Policy and the
declaration of integrity are scans with no text layer), the monthly สขร.1 list lacks ธันวาคม 2568,
and its only dead links are the ones its truth file declares (two 404s).  Asserts nothing about
the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "saoexcel"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx"}
    for scan in ("20863.pdf", "21530.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    assert "๒๕๖๙" in pypdf.PdfReader(SITE / "files/20309.pdf").pages[0].extract_text()  # Thai digits
    sheet = openpyxl.load_workbook(SITE / "files/21165.xlsx").active
    assert "ตุลาคม พ.ศ. 2568" in sheet["A2"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 เดือนพฤศจิกายน 2568" in rows and "สขร.1 เดือนมกราคม 2569" in rows
    assert "ธันวาคม 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
