"""The paonorth held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the budget
ordinance 2569 is a scan with no text layer), the monthly สขร.1 list lacks กุมภาพันธ์ 2569, the files
behind misleading rows say what the truth file says they do, and its only dead links are the ones
its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "paonorth"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def pdf_text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not pypdf.PdfReader(SITE / "files/3214.pdf").pages[0].extract_text().strip()  # scanned budget


def test_the_misleading_files_say_what_the_truth_says():
    assert "๒๕๖๑ - ๒๕๖๕" in pdf_text("4284.pdf")  # the อบจ.'s own plan ended in 2565 (Thai digits)
    assert "สำนักงานจังหวัดดอยหลวง" in pdf_text("4806.pdf")  # the plan covering 2569 is the province's
    assert "๒๕๖๙" in pdf_text("4177.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in pdf_text("3963.pdf")  # posted 15 ธ.ค. 2568, covers FY2567
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in pdf_text("4010.pdf")  # No Gift Policy of two years ago
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in pdf_text("4759.pdf")
    risk = (SITE / "files/4866.doc").read_bytes().decode("utf-16-le", errors="ignore")
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in risk  # the row says ปี 2569
    xls = (SITE / "files/3321.xls").read_bytes().decode("utf-16-le", errors="ignore")
    assert "1 ตุลาคม 2567" in xls and "31 มีนาคม 2568" in xls
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert "การประเมินความเสี่ยงการทุจริต ปี 2569" in ita and "อยู่ระหว่างรวบรวมข้อมูล" in ita


def test_monthly_summaries_lack_february():
    sheet = openpyxl.load_workbook(SITE / "files/4438.xlsx").active
    assert "ตุลาคม พ.ศ. 2568" in sheet["A2"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2569" in rows and "สขร.1 ประจำเดือนมีนาคม 2569" in rows
    assert "กุมภาพันธ์ 2569" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:  # the template: menu, side column and footer on every page
        text = page.read_text(encoding="utf-8")
        assert '<nav class="mainmenu">' in text and '<aside class="side">' in text and "<footer>" in text


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
