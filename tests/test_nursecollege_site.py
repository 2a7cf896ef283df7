"""The nursecollege held-out site is whole: its PDFs, DOCX, XLSX, old .doc and .xls open (the FY2568
procurement report and the declaration of integrity are scans with no text layer), the monthly
สขร.1 posts lack กุมภาพันธ์ 2569, the file that o23 calls the plan of 2569 is the plan of 2568, and
its only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the
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

SITE = Path(__file__).parent / "sites" / "nursecollege"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
UP = SITE / "wp-content" / "uploads"


def text(pdf: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)


def test_every_document_opens():
    docs = sorted(p for p in UP.rglob("*") if p.is_file())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("2025/11/scan0021.pdf", "2025/10/scan0118.pdf"):
        assert not text(UP / scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๔ - ๒๕๖๘" in text(UP / "2021/03/plan-strategy.pdf")  # the strategic plan ends before 2569
    assert "๒๕๖๙" in text(UP / "2025/10/1-1.pdf")
    anti = text(UP / "2025/12/anti-plan.pdf")
    assert "๒๕๖๘" in anti and "๒๕๖๙" not in anti
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569" in ita and "/2025/12/anti-plan.pdf" in ita
    assert "รายงานประจำปี 2567" in text(UP / "2026/01/AR-BCNST.pdf")  # uploaded January 2026
    plan = docx.Document(UP / "2024/07/HRD-plan.docx")
    assert any("ปีการศึกษา 2567" in p.text for p in plan.paragraphs)
    stats = openpyxl.load_workbook(UP / "2025/02/complaint-stat.xlsx").active
    assert "มกราคม - ธันวาคม 2567" in stats["A1"].value
    assert "๒๕๖๗" in text(UP / "2023/10/nogift.pdf")
    posts = (SITE / "category/procurement/index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนมกราคม 2569" in posts and "ประจำเดือนมีนาคม 2569" in posts
    assert "ประจำเดือนกุมภาพันธ์" not in posts
    assert "/wp-content/uploads/2025/01/risk-assessment.docx" not in (SITE / "download/integrity/index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'id="primary-menu"' in html and 'class="site-footer"' in html and 'id="secondary"' in html


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
