"""The landdev held-out site (a provincial land development station) is whole: its PDFs, DOCX,
XLSX and old .doc/.xls open, the 2569 anti-corruption plan is a scan with no text layer, the
strategic plan ends in 2568 (Thai digits), the monthly สขร.1 list lacks มกราคม 2569, and its only
dead links are the ones its truth file declares (two 404s).  Asserts nothing about the audit."""

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

SITE = Path(__file__).parent / "sites" / "landdev"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not text("20104.pdf").strip()  # the scanned anti-corruption plan
    assert "๒๕๖๔ - ๒๕๖๘" in text("11408.pdf")  # the strategic plan ends before 2569
    assert "๒๕๖๗" in text("15820.pdf")  # the No Gift announcement is of FY2567
    assert "ITA) ประจำปี พ.ศ. 2567" in text("20247.pdf")  # o25's "2569" row opens the 2567 analysis
    assert "สำนักงานพัฒนาที่ดินเขต 8" in text("20560.pdf")  # another unit's สขร.1
    sheet = openpyxl.load_workbook(SITE / "files/17730.xlsx").active
    assert "ตุลาคม 2567 - มีนาคม 2568" in sheet["A1"].value
    assert (SITE / "files/9877.doc").read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows


def test_every_page_has_the_template():
    for page in SITE.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        assert 'id="menu"' in html and 'id="side"' in html and 'id="footer"' in html, page


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
