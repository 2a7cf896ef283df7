"""The paosouth held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the FY2568
anti-corruption report is a scan with no text layer), the local plan is in Thai digits and ends in
2565, the monthly สขร.1 list lacks มกราคม 2569, the ITA mini-site has a page per item, and its only
dead links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's
verdicts."""

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

SITE = Path(__file__).parent / "sites" / "paosouth"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not pypdf.PdfReader(SITE / "files/30171.pdf").pages[0].extract_text().strip()  # the scan
    plan = pypdf.PdfReader(SITE / "files/31128.pdf").pages[0].extract_text()
    assert "๒๕๖๕" in plan and "2565" not in plan  # Thai digits
    anti = pypdf.PdfReader(SITE / "files/30117.pdf").pages[0].extract_text()
    assert "พ.ศ. 2568" in anti and "2569" not in anti  # the row says 2569
    sheet = openpyxl.load_workbook(SITE / "files/30345.xlsx").active
    assert "31 มีนาคม 2568" in sheet["A2"].value


def test_the_pages_hold_their_traps():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ธันวาคม 2568" in rows and "กุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    assert all((SITE / "ita" / f"o{n}" / "index.html").is_file() for n in range(1, 27))
    o23 = (SITE / "ita" / "o23" / "index.html").read_text(encoding="utf-8")
    assert "ประจำปีงบประมาณ 2569" in o23 and "/files/30117.pdf" in o23


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
