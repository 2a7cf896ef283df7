"""The tambonriver held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the
anti-corruption plan is a scan with no text layer), its sections load their content in iframes,
the monthly สขร.1 list lacks กุมภาพันธ์ 2569, and its only dead links are the ones its truth file
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

SITE = Path(__file__).parent / "sites" / "tambonriver"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not pypdf.PdfReader(SITE / "files/20459.pdf").pages[0].extract_text().strip()  # the scan
    assert "๒๕๖๙" in pypdf.PdfReader(SITE / "files/20281.pdf").pages[0].extract_text()  # Thai digits
    assert "๒๕๖๘" in pypdf.PdfReader(SITE / "files/20268.pdf").pages[0].extract_text()
    assert "พ.ศ. 2567" in pypdf.PdfReader(SITE / "files/20440.pdf").pages[0].extract_text()
    sheet = openpyxl.load_workbook(SITE / "files/20417.xlsx").active
    assert "ตุลาคม พ.ศ. 2568" in sheet["A1"].value
    rows = (SITE / "procurement/list/index.html").read_text(encoding="utf-8")
    assert "มกราคม 2569" in rows and "มีนาคม 2569" in rows and "กุมภาพันธ์ 2569" not in rows


def test_sections_load_their_content_in_iframes():
    for shell, frame in (("", "/main/"), ("ita/", "/ita/2569/"), ("download/", "/download/all/"),
                         ("procurement/", "/procurement/list/"), ("news/", "/news/list/")):
        html = (SITE / shell / "index.html").read_text(encoding="utf-8")
        assert f'<iframe src="{frame}"' in html
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert ita.count("<tr><td>o") == 26


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for p in pages:
        html = p.read_text(encoding="utf-8")
        assert 'class="menu"' in html and 'class="side"' in html and 'class="footer"' in html


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
