"""The enforcement held-out site is whole: its PDFs, DOCX and XLSX open, its Word 97 and Excel 97
files are OLE2 compound files, the FY2568 annual report and the No Gift Policy of 2567 are scans
with no text layer, the monthly สขร.1 list has no January 2569 (an auction summary sits in its
place), and its only dead links are the ones its truth file declares (two 404s).  Asserts nothing
about the audit's verdicts."""

from __future__ import annotations

import zipfile
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

SITE = Path(__file__).parent / "sites" / "enforcement"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOCS = SITE / "upload" / "doc"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def pdf_text(name: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(DOCS / name).pages)


def test_every_document_opens():
    docs = sorted(DOCS.iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"}])
    for p in docs:
        if p.suffix in {".doc", ".xls"}:
            assert p.read_bytes().startswith(OLE2), p
            assert not zipfile.is_zipfile(p), p
    for scan in ("4578.pdf", "3936.pdf"):
        assert not pdf_text(scan).strip()


def test_distinctive_facts():
    assert "พ.ศ. ๒๕๖๔ - ๒๕๖๘" in pdf_text("4150.pdf")  # the 5-year plan ends in 2568, in Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘" in pdf_text("3140.pdf")  # the anti-corruption plan is last year's
    assert "มกราคม 2569" in pdf_text("3247.pdf") and "ขายทอดตลาด" in pdf_text("3247.pdf")
    # the HR plan linked as 2569 is the plan of 2568
    first = docx.Document(str(DOCS / "3675.docx")).paragraphs[0].text
    assert first == "แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. 2568"
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "แผนพัฒนาบุคลากร ปี 2569" in ita and "/upload/doc/3675.docx" in ita
    sheet = openpyxl.load_workbook(DOCS / "3414.xlsx").active
    assert "ปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value
    assert "ปีงบประมาณ พ.ศ. 2567" in (DOCS / "4792.doc").read_bytes().decode("utf-16-le", "ignore")
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือน ธันวาคม 2568" in rows and "สขร.1 ประจำเดือน กุมภาพันธ์ 2569" in rows
    assert "สขร.1 ประจำเดือน มกราคม 2569" not in rows and "สรุปผล ประจำเดือน มกราคม 2569" in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert 'id="nav"' in text and 'id="right"' in text and 'id="footer"' in text, page


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
