"""The zoo held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the risk
assessment 2568 and the declaration of integrity are scans with no text layer), the strategic
plan ends in 2567, the annual report is of 2566, the monthly สขร.1 list lacks กุมภาพันธ์ 2568, and
its only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the
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

SITE = Path(__file__).parent / "sites" / "zoo"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("31113.pdf", "31397.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๓ - ๒๕๖๗" in text("31231.pdf")  # the strategic plan ends before 2568, in Thai digits
    assert "รายงานประจำปี 2566" in text("30117.pdf")  # o7's "รายงานประจำปี" is of 2566
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in text("30615.pdf")  # the No Gift Policy
    assert "ธันวาคม พ.ศ. ๒๕๖๗" in text("30899.pdf")
    sheet = openpyxl.load_workbook(SITE / "files/30982.xlsx").active
    assert "มีนาคม พ.ศ. 2568" in sheet["A2"].value
    doc = (SITE / "files/30650.doc").read_bytes().decode("utf-16-le", errors="ignore")
    assert "แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2568" in doc
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2568" in rows and "สขร.1 ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    stats = (SITE / "complaint" / "stats" / "index.html").read_text(encoding="utf-8")
    assert "ปีงบประมาณ พ.ศ. 2567" in stats and "2568" not in stats.split('id="content"')[1].split('id="footer"')[0]
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>O{n}</td>" in ita for n in range(1, 27))


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
