"""The harbour held-out site is whole: its PDFs, DOCX, XLSX, old .doc and .xls open (the FY2567
risk-management report and the complaint flow chart are scans with no text layer), the monthly
สขร.1 list lacks the branch's own มกราคม 2568, and its only dead links are the ones its truth file
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

SITE = Path(__file__).parent / "sites" / "harbour"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def pdf_text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("31022.pdf", "30268.pdf"):
        assert not pdf_text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๗" in pdf_text("30931.pdf")  # the six-month report is of FY2567, in Thai digits
    assert "(พ.ศ. 2565 - 2567)" in pdf_text("30618.pdf")  # the 3-year plan ends before 2568
    assert "2566" in pdf_text("30530.pdf") and "3 ตุลาคม 2565" in pdf_text("30530.pdf")
    risk = "\n".join(p.text for p in docx.Document(str(SITE / "files/30995.docx")).paragraphs)
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in risk and "2568" not in risk
    stats = openpyxl.load_workbook(SITE / "files/31079.xlsx").active
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in stats["A1"].value
    sheet = openpyxl.load_workbook(SITE / "files/30732.xlsx").active
    assert "ตุลาคม พ.ศ. 2567" in sheet["A2"].value
    assert (SITE / "files/30325.xls").read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือน ธันวาคม 2567" in rows and "สขร.1 ประจำเดือน กุมภาพันธ์ 2568" in rows
    assert "มกราคม 2568" not in rows and "ม.ค. 2568 (สจท.4)" in rows
    assert "สำนักงานเจ้าท่าภูมิภาคที่ 4" in pdf_text("30871.pdf")
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
