"""The provjustice held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the staff
manual for mediation is a scan with no text layer), the monthly สขร.1 list lacks มกราคม 2569, a few
of its distinctive traps hold (the 3-year plan ends in 2568, the 2568-titled anti-corruption report
is of 2567, the No Gift Policy is of 2567), and its only dead links are the ones its truth file
declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "provjustice"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def pdf_text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def docx_text(name: str) -> str:
    return "\n".join(p.text for p in docx.Document(str(SITE / "files" / name)).paragraphs)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not pypdf.PdfReader(SITE / "files/5213.pdf").pages[0].extract_text().strip()  # the scan
    for old in ("4631.doc", "5166.doc"):  # Word 97 text stored as UTF-16
        assert "สำนักงานยุติธรรมจังหวัดแม่ระวี".encode("utf-16-le") in (SITE / "files" / old).read_bytes()
    assert "แผนการบริหารและพัฒนาทรัพยากรบุคคล".encode("utf-16-le") in (SITE / "files/4952.xls").read_bytes()
    with zipfile.ZipFile(SITE / "files/4798.xlsx") as zf:
        assert "xl/workbook.xml" in zf.namelist()


def test_distinctive_facts():
    assert "(พ.ศ. ๒๕๖๖ - ๒๕๖๘)" in pdf_text("5487.pdf")  # the multi-year plan, Thai digits, ends 2568
    assert "๒๕๖๙" not in pdf_text("5487.pdf")
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๘" in pdf_text("4417.pdf")  # the annual report of FY2568
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in pdf_text("5273.pdf")  # No Gift Policy of FY2567
    report = docx_text("4584.docx")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in report and "2568" not in report
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2568" in ita and "/files/4584.docx" in ita
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in docx_text("5012.docx")  # HR report posted in FY2569
    sheet = openpyxl.load_workbook(SITE / "files/4798.xlsx").active
    assert "1 ตุลาคม 2567 - 31 มีนาคม 2568" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนธันวาคม 2568" in rows and "ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    assert "รอบเดือนมกราคม" not in "".join(pdf_text(p.name) for p in (SITE / "files").glob("*.pdf"))


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
