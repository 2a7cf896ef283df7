"""The nakhonsouth held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the
anti-corruption plan 2568 and the declaration of integrity are scans with no text layer), the
monthly สขร.1 list lacks กุมภาพันธ์ 2568, and its only dead links are the ones its truth file
declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "nakhonsouth"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("29733.pdf", "29690.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    assert "๒๕๖๘" in pypdf.PdfReader(SITE / "files/29540.pdf").pages[0].extract_text()  # Thai digits
    assert "๒๕๖๑ - ๒๕๖๕" in pypdf.PdfReader(SITE / "files/20114.pdf").pages[0].extract_text()


def test_distinctive_facts():
    six_months = pypdf.PdfReader(SITE / "files/30390.pdf").pages[0].extract_text()
    assert "พ.ศ. 2567" in six_months and "2568" not in six_months
    sheet = openpyxl.load_workbook(SITE / "files/29977.xlsx").active
    assert "พ.ศ. 2567" in sheet["A2"].value
    risk = (SITE / "files/30188.xls").read_bytes()
    assert "พ.ศ. 2567".encode("utf-16-le") in risk and "2568".encode("utf-16-le") not in risk
    ita = (SITE / "ita/2568/index.html").read_text(encoding="utf-8")
    assert "ประจำปี ๒๕๖๘" in ita and "/files/30188.xls" in ita
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2568" in rows and "สขร.1 ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    assert not (SITE / "files/30518.pdf").exists()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
