"""The saocoast held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the integrity
measures 2569 and the declaration of integrity are scans with no text layer), the old local plan
and the budget are in Thai digits, the monthly สขร.1 list lacks มกราคม 2569, and its only dead links
are the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "saocoast"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("31267.pdf", "31955.pdf"):
        assert not text(scan).strip()
    assert "๒๕๖๑ - ๒๕๖๕" in text("31422.pdf")  # the old four-year plan, Thai digits
    assert "๒๕๖๙" in text("30649.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("31839.pdf")  # posted in FY2569, covers FY2567
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text("31880.pdf")  # its row says 2569
    assert "พ.ศ. 2567" in text("31306.pdf") and "No Gift Policy" in text("31306.pdf")
    sheet = openpyxl.load_workbook(SITE / "files/31583.xlsx").active
    assert "ตุลาคม พ.ศ. 2568" in sheet["A2"].value
    risk_row = (SITE / "download/integrity/index.html").read_text(encoding="utf-8")
    assert "การประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2569" in risk_row
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    assert "อยู่ระหว่างจัดทำ" in (SITE / "ita/2569/index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:  # the template on every page
        html = page.read_text(encoding="utf-8")
        assert '<ul class="menu">' in html and "<aside>" in html and "<footer>" in html, page


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
