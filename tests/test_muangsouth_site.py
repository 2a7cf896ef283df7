"""The muangsouth held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the ethics
working-group order and the declaration of integrity are scans with no text layer), the monthly
สขร.1 list lacks กุมภาพันธ์ 2569, and its only dead links are the ones its truth file declares (two
404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    OLE2,
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "muangsouth"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def pdf_text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("30737.pdf", "32167.pdf"):
        assert not pdf_text(scan).strip()
    assert (SITE / "files/30907.doc").read_bytes().startswith(OLE2)
    assert "ในรอบเดือนมกราคม พ.ศ. 2569".encode("utf-16-le") in (SITE / "files/31704.xls").read_bytes()


def test_the_traps_hold():
    assert "๒๕๖๙" in pdf_text("30527.pdf")  # the budget in Thai digits
    assert "๒๕๖๑ - ๒๕๖๕" in pdf_text("31372.pdf")  # the only local plan ended in 2565
    assert "พ.ศ. 2568" in pdf_text("31318.pdf") and "2569" not in pdf_text("31318.pdf")
    report = "\n".join(p.text for p in docx.Document(SITE / "files/31903.docx").paragraphs)
    assert "ปีงบประมาณ พ.ศ. 2567" in report and "2568" not in report
    sheet = openpyxl.load_workbook(SITE / "files/32117.xlsx").active
    assert "ปีงบประมาณ พ.ศ. 2568" in sheet["A2"].value
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in pdf_text("31216.pdf")  # the No Gift Policy
    analysis = pdf_text("31122.pdf")
    assert "(ITA) ประจำปี" in analysis and "ประจำปีงบประมาณ พ.ศ. 2568" in analysis and "2569" not in analysis
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert "มาตรการฯ ปี ๒๕๖๙" in ita and "/files/31122.pdf" in ita
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in (SITE / "complaint/stats/index.html").read_text(encoding="utf-8")
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนมกราคม ๒๕๖๙" in rows and "ประจำเดือนมีนาคม ๒๕๖๙" in rows
    assert "กุมภาพันธ์ ๒๕๖๙" not in rows and "กุมภาพันธ์ 2569" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
