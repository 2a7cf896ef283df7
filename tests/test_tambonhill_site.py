"""The tambonhill held-out site is whole: its PDFs, DOCX and XLSX open, the old Word and Excel files
are OLE2 compound files, the budget act and the declaration of integrity are scans with no text
layer, every ITA document hangs off a news post, the monthly สขร.1 posts lack มกราคม 2568, and its
only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the
audit's verdicts."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "tambonhill"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def page(path: str) -> str:
    return (SITE / path.strip("/") / "index.html").read_text(encoding="utf-8")


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    for old in (p for p in docs if p.suffix in (".doc", ".xls")):
        assert old.read_bytes().startswith(OLE2), old
    for scan in ("29566.pdf", "29610.pdf"):
        assert not text(scan).strip()


def test_the_years_are_in_the_files():
    assert "๒๕๖๔ - ๒๕๖๗" in text("20644.pdf")  # the 4-year plan ends before 2568 (Thai digits)
    assert "๒๕๖๗" in text("29755.pdf")
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in text("27305.pdf")  # last year's six-month report
    assert "พ.ศ. 2566" in text("23345.pdf")  # No Gift Policy of FY2566
    assert "พ.ศ. 2567" in text("27042.pdf")  # HR policy of FY2567
    sheet = openpyxl.load_workbook(SITE / "files/29688.xlsx").active
    assert "พ.ศ. 2567" in sheet["A1"].value  # service statistics posted in FY2568, of FY2567
    assert "2568" in (SITE / "files/29871.doc").read_bytes().decode("utf-16-le", "ignore")


def test_ita_documents_are_news_attachments():
    ita = page("/ita/2568/")
    assert len(re.findall(r"<td>o\d+</td>", ita)) == 26
    assert len(re.findall(r'href="/news/\d+/"', ita)) >= 15
    assert "อยู่ระหว่างดำเนินการ" in ita
    assert 'href="/files/29903.docx"' in page("/news/538/") and 'href="/files/29904.xlsx"' in page("/news/538/")
    rows = page("/procurement/")
    for month in ("ตุลาคม 2567", "พฤศจิกายน 2567", "ธันวาคม 2567", "กุมภาพันธ์ 2568", "มีนาคม 2568"):
        assert f"ประจำเดือน{month}" in rows
    assert "มกราคม 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert all('id="menu"' in p.read_text(encoding="utf-8") and 'id="footer"' in p.read_text(encoding="utf-8")
               for p in pages)
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
