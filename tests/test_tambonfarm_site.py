"""The tambonfarm held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the FY2567
procurement report and the FY2568 declaration of integrity are scans with no text layer), the
monthly สขร.1 list lacks มกราคม 2568, the local plan on the site ends in 2565, and its only dead links
are the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "tambonfarm"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def pdf_text(name: str) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 28 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("5548.pdf", "5802.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()


def test_distinctive_facts():
    plan = pdf_text("5113.pdf")
    assert "๒๕๖๑ - ๒๕๖๕" in plan and "2568" not in plan and "๒๕๖๘" not in plan  # the plan ends in 2565
    assert "๒๕๖๗" in pdf_text("4102.pdf")  # last year's anti-corruption plan, Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in pdf_text("4951.pdf")  # No Gift Policy of two years back
    six = "\n".join(p.text for p in docx.Document(SITE / "files/5754.docx").paragraphs)
    assert "31 มีนาคม 2567" in six and "2568" not in six
    sheet = openpyxl.load_workbook(SITE / "files/5708.xlsx").active
    assert "2568" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2567" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2568" in rows
    assert "มกราคม 2568" not in rows
    stats = (SITE / "complaint" / "stats" / "index.html").read_text(encoding="utf-8")
    assert "ปีงบประมาณ พ.ศ. 2567" in stats and "2568" not in stats.split('id="content"')[1].split('id="aside"')[0]
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert ita.count("<tr><td>o") == 26


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
