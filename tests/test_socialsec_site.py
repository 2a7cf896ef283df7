"""The socialsec held-out site is whole: its PDFs, DOCX and XLSX open, its Word 97 .doc and Excel
97 .xls are OLE2 files, three PDFs are scans with no text layer (No Gift Policy 2567, the
declaration of integrity 2569, the สขร.1 of ธันวาคม 2568), the monthly สขร.1 list lacks มกราคม 2569,
the risk assessment linked as "2569" is of 2568, and its only dead links are the ones its truth
file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "socialsec"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DOCS = SITE / "upload" / "doc"


def pdf_text(name: str) -> str:
    return pypdf.PdfReader(DOCS / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted(DOCS.iterdir())
    assert 28 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    old = [p for p in docs if p.suffix in (".doc", ".xls")]
    assert len(old) == 3 and all(p.read_bytes().startswith(OLE2) for p in old)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("4319.pdf", "5118.pdf", "4639.pdf"):
        assert not pdf_text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๖ - ๒๕๖๘" in pdf_text("4373.pdf")  # the only multi-year plan ends before 2569
    assert "๒๕๖๙" in pdf_text("3586.pdf")  # anti-corruption plan in Thai digits
    assert "พ.ศ. 2567" in pdf_text("3528.pdf")  # the "annual report" uploaded in FY2569 is of FY2567
    risk = "\n".join(p.text for p in docx.Document(DOCS / "4904.docx").paragraphs)
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in risk and "2569" not in risk
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "การประเมินความเสี่ยงการทุจริต ประจำปี 2569" in ita and "/upload/doc/4904.docx" in ita
    sheet = openpyxl.load_workbook(DOCS / "3691.xlsx").active
    assert "รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    assert "3963.doc" not in (SITE / "download" / "integrity" / "index.html").read_text(encoding="utf-8")
    assert "3963.doc" in (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
