"""The airport held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the complaint
flow chart and the FY2567 gift report are scans with no text layer), the monthly สขร.1 list lacks
กุมภาพันธ์ 2568, the files behind misleading rows say what the truth file says they say, and its
only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the
audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "airport"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def pdf_text(name: str) -> str:
    """The text layer with its line breaks and spaces taken out (long lines wrap)."""
    return "".join("".join(page.extract_text().split()) for page in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 28 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("47592.pdf", "47687.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()


def test_misleading_rows_open_older_years():
    assert "๒๕๖๑-๒๕๖๕" in pdf_text("48057.pdf")  # the development plan, Thai digits, ends in 2565
    assert "๒๕๖๘" in pdf_text("47156.pdf")  # the action plan 2568, Thai digits
    half = "\n".join(p.text for p in docx.Document(SITE / "files/47746.docx").paragraphs)
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in half and "2568" not in half  # "รายงานรอบ 6 เดือน" is last year's
    report = pdf_text("47375.pdf")  # row says ประจำปี 2567, the content is 2566
    assert "ประจำปีงบประมาณพ.ศ.2566" in report and "2567" not in report
    assert "ประจำปีงบประมาณพ.ศ.2566" in pdf_text("48003.pdf")  # No Gift Policy of two years ago
    assert "ITA 2567" in "\n".join(p.text for p in docx.Document(SITE / "files/48493.docx").paragraphs)
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2567" in ita and 'href="/download/integrity/"' in ita
    stats = openpyxl.load_workbook(SITE / "files/48708.xlsx").active
    assert "ตุลาคม 2567 - มีนาคม 2568" in stats["A1"].value
    assert (SITE / "files/47539.xls").read_bytes().find("2567".encode("utf-16-le")) > 0


def test_procurement_months():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    for month in ("ตุลาคม 2567", "พฤศจิกายน 2567", "ธันวาคม 2567", "มกราคม 2568", "มีนาคม 2568"):
        assert f"เดือน{month}" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    assert "มีนาคมพ.ศ.2568" in pdf_text("48323.pdf")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
