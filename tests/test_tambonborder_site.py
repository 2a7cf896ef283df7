"""The tambonborder held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the adopted
budget ordinance 2569 and the province's No Gift letter are scans with no text layer), the old
local development plan is in Thai digits, the monthly สขร.1 list lacks มกราคม 2569, and its only dead
links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    OLE2,
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "tambonborder"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("30624.pdf", "32062.pdf"):
        assert not text(scan).strip()
    plan = text("31587.pdf")
    assert "๒๕๖๑ - ๒๕๖๕" in plan and "2569" not in plan and "๒๕๖๙" not in plan
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("31420.pdf")  # the only No Gift Policy of the municipality
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("31313.pdf")  # the ITA analysis o25 links
    for old in ("30945.doc", "32323.doc", "32109.xls"):
        assert (SITE / "files" / old).read_bytes().startswith(OLE2)
    assert "2568".encode("utf-16-le") in (SITE / "files/30945.doc").read_bytes()
    sheet = openpyxl.load_workbook(SITE / "files/32276.xlsx").active
    assert "ประจำปีงบประมาณ พ.ศ. 2569" in sheet["A1"].value


def test_procurement_months_and_ita_rows():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "อยู่ระหว่างจัดทำ" in ita and "/files/30898.pdf" in ita
    assert "/files/30838.pdf" in (SITE / "complaint" / "index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    assert all("ตำบลดอนโขงคำ" in p.read_text(encoding="utf-8") for p in pages)


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
