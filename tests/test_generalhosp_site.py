"""The generalhosp held-out site is whole: its PDFs, XLSX, old .doc and .xls open (the signed
operating plan, anti-corruption plan, ITA analysis, No Gift announcement, declaration of integrity
and one สขร.1 are scans with no text layer), the monthly สขร.1 list lacks มกราคม 2569, the No Gift
scan is of 2567, and its only dead links are the ones its truth file declares (two 404s).
Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "generalhosp"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
SCANS = ("21067.pdf", "20164.pdf", "20699.pdf", "20960.pdf", "21970.pdf", "21328.pdf")


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".xlsx", ".doc", ".xls"}
    for scan in SCANS:
        assert not text(scan).strip(), scan
    assert (SITE / "files/20853.doc").read_bytes().startswith(OLE2)
    assert "๒๕๖๔ - ๒๕๖๘" in text("21910.pdf")  # the strategic plan ends before 2569, in Thai digits
    assert "๒๕๖๙" in text("21542.pdf")
    assert "ปีงบประมาณ พ.ศ. 2567" in text("20104.pdf")  # the annual report posted in 2569 is of FY2567
    assert "ตุลาคม 2567 - มีนาคม 2568" in text("20318.pdf")
    sheet = openpyxl.load_workbook(SITE / "files/21756.xlsx").active
    assert "ปีงบประมาณ 2569" in sheet["A1"].value


def test_pages_hold_the_traps():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ธันวาคม 2568" in rows and "กุมภาพันธ์ 2569" in rows and "มกราคม 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))
    assert ita.count("<tr><td>o") == 26
    assert 'href="/ita/2568/"' in ita and "/files/21696.pdf" in ita
    assert "/files/20532.pdf" in (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert "/files/20532.pdf" not in (SITE / "download" / "hr" / "index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
