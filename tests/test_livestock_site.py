"""The livestock held-out site is whole: its PDFs, DOCX and XLSX open, its old .doc and .xls are
OLE2 files that antiword/xlrd-style readers take (the SOP, the ITA analysis, the complaint
statistics), the No Gift Policy, the risk assessment and the October สขร.1 are scans with no text
layer, the monthly สขร.1 list lacks มกราคม 2569, and its only dead links are the ones its truth file
declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "livestock"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    old = [p for p in docs if p.suffix in (".doc", ".xls")]
    assert len(old) == 3 and all(p.read_bytes().startswith(OLE2) for p in old)
    for scan in ("30943.pdf", "31320.pdf", "31084.pdf"):
        assert not text(scan).strip(), scan


def test_distinctive_facts():
    assert "๒๕๖๔ - ๒๕๖๘" in text("31461.pdf")  # the expired strategy, Thai digits
    assert "๒๕๖๙" in text("30448.pdf")  # this year's operating plan, Thai digits
    assert "ปีงบประมาณ พ.ศ. 2567" in text("30471.pdf")  # the "annual report" posted in FY2569
    assert "สำนักงานปศุสัตว์เขต 4" in text("31284.pdf")  # another unit's plan
    body = "\n".join(p.text for p in docx.Document(SITE / "files/30789.docx").paragraphs)
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in body
    sheet = openpyxl.load_workbook(SITE / "files/31379.xlsx").active
    assert "ปีงบประมาณ พ.ศ. 2568" in sheet["A2"].value  # last year's six-month statistics
    xls = (SITE / "files/30684.xls").read_bytes()
    assert "ประจำปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in xls  # linked as "ปี 2569"
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert "สถิติเรื่องร้องเรียน ปี 2569" in ita and "/files/30684.xls" in ita
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือน ธันวาคม 2568" in rows and "สขร.1 ประจำเดือน กุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:  # the template on every page
        html = page.read_text(encoding="utf-8")
        assert 'id="menu"' in html and 'id="side"' in html and 'id="footer"' in html, page


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
