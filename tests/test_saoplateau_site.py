"""The saoplateau held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the สขร.1 of
ธันวาคม 2568 and the declaration of integrity are scans with no text layer), the monthly สขร.1 list
lacks มกราคม 2569, the local plan ends in 2565, the risk assessment named 2569 is of 2568, and its
only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the
audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "saoplateau"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("3649.pdf", "3837.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "(พ.ศ. ๒๕๖๑ - ๒๕๖๕)" in text("3538.pdf")  # the only local plan, Thai digits
    assert "๒๕๖๙" in text("3098.pdf")  # the budget ordinance of the year
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text("3760.pdf")  # row and ITA link say 2569
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("3461.pdf")  # the No Gift policy of two years ago
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("3397.pdf")  # the annual report posted in FY2569
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "ประเมินความเสี่ยง ปี 2569" in ita and "/files/3760.pdf" in ita
    sheet = openpyxl.load_workbook(SITE / "files/3602.xlsx").active
    assert "ตุลาคม 2568" in sheet["A2"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    assert (SITE / "files/3286.doc").read_bytes().find("2567".encode("utf-16-le")) > 0


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
