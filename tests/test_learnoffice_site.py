"""The learnoffice held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the FY2569
ethics working-group order and the declaration of integrity are scans with no text layer), the
monthly สขร.1 list lacks มกราคม 2569, the risk assessment row says 2569 while its .doc is of 2568,
and its only dead links are the ones its truth file declares (two 404s).  Asserts nothing about
the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "learnoffice"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("30840.pdf", "31161.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(SITE / "files/31375.pdf").pages[0].extract_text()
    assert "๒๕๖๕ - ๒๕๖๘" in plan  # Thai digits, a plan that ends before 2569
    report = pypdf.PdfReader(SITE / "files/31897.pdf").pages[0].extract_text()
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in report and "2568" not in report  # posted 2569, covers 2567
    stats = openpyxl.load_workbook(SITE / "files/32278.xlsx")
    assert "ปีงบประมาณ พ.ศ. 2569" in stats["สรุป"]["A1"].value and "E-Service" in stats.sheetnames


def test_rows_and_contents_that_disagree():
    risk = (SITE / "files/32064.doc").read_bytes()
    assert "ประจำปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in risk
    assert "พ.ศ. 2569".encode("utf-16-le") not in risk
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert "ประเมินความเสี่ยงการทุจริต ปี 2569" in ita and "/files/32064.doc" in ita
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "เดือนธันวาคม 2568" in rows and "เดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    no_gift = pypdf.PdfReader(SITE / "files/31315.pdf").pages[0].extract_text()
    assert "No Gift Policy" in no_gift and "ประจำปีงบประมาณ พ.ศ. 2567" in no_gift and "2569" not in no_gift


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
