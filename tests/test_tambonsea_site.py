"""The tambonsea held-out site is whole: its PDFs, DOCX and XLSX open, its old Word .doc and Excel
.xls are OLE2 files, the budget ordinance 2568 and the No Gift Policy 2568 are scans with no text
layer, the local plan and the annual procurement report carry Thai digits, the monthly สขร.1 list
lacks กุมภาพันธ์ 2568, and its only dead links are the ones its truth file declares (two 404s).
Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "tambonsea"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"})
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for old in (p for p in docs if p.suffix in {".doc", ".xls"}):
        assert old.read_bytes().startswith(OLE2), old
    for scan in ("30158.pdf", "30172.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()


def test_distinctive_facts():
    plan = pypdf.PdfReader(SITE / "files/28410.pdf").pages[0].extract_text()
    assert "๒๕๖๑ - ๒๕๖๕" in plan and "๒๕๖๘" not in plan  # the local plan ends before FY2568
    assert "๒๕๖๗" in pypdf.PdfReader(SITE / "files/30249.pdf").pages[0].extract_text()
    evaluation = pypdf.PdfReader(SITE / "files/30264.pdf").pages[0].extract_text()
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in evaluation
    sheet = openpyxl.load_workbook(SITE / "files/30561.xlsx").active
    assert "พ.ศ. 2568" in sheet["A1"].value
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567".encode("utf-16-le") in (SITE / "files/29933.doc").read_bytes()
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2568" in rows and "สขร.1 ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert "<td>o24</td><td>รายงานผลจัดการความเสี่ยงทุจริต</td><td>อยู่ระหว่างดำเนินการ</td>" in ita
    assert "/files/29402.pdf" not in ita
    assert "/files/29402.pdf" in (SITE / "ita" / "2567" / "index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert 'id="menu"' in text and 'id="side"' in text and 'id="footer"' in text, page


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
