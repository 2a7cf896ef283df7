"""The districthealth held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the
FY2569 corruption risk assessment is a scan with no text layer), the monthly สขร.1 list lacks
กุมภาพันธ์ 2569, the strategic plan ends in ๒๕๖๗, and its only dead links are the ones its truth
file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "districthealth"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not pypdf.PdfReader(SITE / "files/30342.pdf").pages[0].extract_text().strip()  # the scan
    plan = pypdf.PdfReader(SITE / "files/28744.pdf").pages[0].extract_text()
    assert "๒๕๖๓ - ๒๕๖๗" in plan  # Thai digits, a plan ending before 2569
    report = pypdf.PdfReader(SITE / "files/30655.pdf").pages[0].extract_text()
    assert "พ.ศ. ๒๕๖๗" in report  # uploaded in 2569, of FY2567
    sheet = openpyxl.load_workbook(SITE / "files/30103.xlsx").active
    assert "พ.ศ. 2568" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2569" in rows and "สขร.1 ประจำเดือนมีนาคม 2569" in rows
    assert "กุมภาพันธ์" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "/files/31877.pdf" in ita and ita.count("<tr>") == 27


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert len(list(SITE.glob("news/[0-9]*/index.html"))) == 12
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
