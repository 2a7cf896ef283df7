"""The publicworks held-out site is whole: its PDFs, DOCX and XLSX open, its old Word 97 / Excel 97
files are OLE2 compound files (the No Gift announcement and the annual procurement report are scans
with no text layer), the monthly สขร.1 list lacks กุมภาพันธ์ 2568, the o25 row says 2568 over a 2567
plan, and its only dead links are the ones its truth file declares (two 404s).  Asserts nothing about
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

SITE = Path(__file__).parent / "sites" / "publicworks"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    old = [p for p in docs if p.suffix in (".doc", ".xls")]
    assert len(old) == 4 and all(p.read_bytes().startswith(OLE2) for p in old)
    for scan in ("31274.pdf", "31749.pdf"):  # No Gift 2566, procurement report 2567
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๓ - ๒๕๖๗" in text("32117.pdf")  # the strategic plan, Thai digits, ends before 2568
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("30585.pdf")  # the anti-corruption plan ...
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert '<a href="/files/30585.pdf" target="_blank">แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2568</a>' in ita  # ... says 2568
    assert "รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2567" in text("32070.pdf")
    sheet = openpyxl.load_workbook(SITE / "files/32010.xlsx").active
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    for month in ("ตุลาคม 2567", "พฤศจิกายน 2567", "ธันวาคม 2567", "มกราคม 2568", "มีนาคม 2568"):
        assert f"เดือน{month}" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    assert "สำนักงานจังหวัดศรีบุรินทร์" in text("31796.pdf")  # another unit's 2568 plan


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
