"""The energy held-out site is whole: its PDFs, DOCX and XLSX open, its old .doc and .xls are OLE2
files, the risk assessment of FY2567 and the ITA-team order are scans with no text layer, the
สขร.1 row of มกราคม 2568 opens the summary of มกราคม 2567, and its only dead links are the ones its
truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "energy"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    old = [p for p in docs if p.suffix in (".doc", ".xls")]
    assert len(old) == 4 and all(p.read_bytes()[:8] == OLE2 for p in old)
    for scan in ("4039.pdf", "3521.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๔ - ๒๕๖๗" in text("4098.pdf")  # the strategy ends before FY2568, in Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("3439.pdf")  # the "2568" HR plan is the 2567 one
    assert "มกราคม 2567" in text("3839.pdf")  # the January 2568 row holds January 2567
    assert "๕ ตุลาคม ๒๕๖๖" in text("3639.pdf") and "รัชนี" in text("3639.pdf")
    assert "รายงานประจำปี 2566" in text("3144.pdf")
    sheet = openpyxl.load_workbook(SITE / "files/3321.xlsx").active
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "เดือนมกราคม 2568" in rows and "เดือนมีนาคม 2568" in rows
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert "อยู่ระหว่างดำเนินการ" in ita and "/files/3403.pdf" in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
