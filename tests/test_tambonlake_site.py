"""The tambonlake held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the
anti-corruption plan 2569 and the สขร.1 of พฤศจิกายน 2568 are scans with no text layer), the monthly
สขร.1 list lacks มกราคม 2569, the local plan on the site ends in 2565, and its only dead links are the
ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "tambonlake"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("3107.pdf", "4391.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    assert "๒๕๖๙" in text("3214.pdf")  # the budget 2569, in Thai digits
    assert "๒๕๖๕" in text("4177.pdf") and "๒๕๖๙" not in text("4177.pdf")  # the plan ends in 2565
    assert "ประจำปี พ.ศ. 2567" in text("3856.pdf")  # o25 says 2569, the file is of 2567
    assert "พ.ศ. 2567" in text("3488.pdf")  # the report posted in 2569 covers FY2567
    assert "2568" in docx.Document(SITE / "files/4070.docx").paragraphs[1].text  # last year's operating plan
    sheet = openpyxl.load_workbook(SITE / "files/4759.xlsx").active
    assert "2569" in sheet["A1"].value
    assert (SITE / "files/3274.doc").read_bytes().find("คู่มือสำหรับประชาชน".encode("utf-16-le")) > 0
    assert "ตุลาคม 2567 - มีนาคม 2568".encode("utf-16-le") in (SITE / "files/3321.xls").read_bytes()
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows


def test_ita_page_rows():
    page = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert page.count("<td>o") == 26
    assert "อยู่ระหว่างดำเนินการ" in page  # o21
    assert "ไปสู่การพัฒนาองค์กร ปี 2569" in page


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for p in pages:  # the template is on every page
        body = p.read_text(encoding="utf-8")
        assert 'id="menu"' in body and 'id="side"' in body and 'id="footer"' in body, p


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
