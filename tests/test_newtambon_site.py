"""The newtambon held-out site is whole: its PDFs, DOCX and XLSX open, its old Word/Excel files
are OLE2 files that antiword/xlrd read (the staff manual, last year's complaint statistics), the
citizen manual and the old No Gift Policy are scans with no text layer, documents of the former
อบต. keep its name, the "มกราคม 2569" สขร.1 row holds มกราคม 2568, and its only dead links are the
ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "newtambon"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"}])
    for old in (p for p in docs if p.suffix in {".doc", ".xls"}):
        assert old.read_bytes().startswith(OLE2), old
    for scan in ("40284.pdf", "41020.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()


def test_distinctive_facts():
    budget = pypdf.PdfReader(SITE / "files/40224.pdf").pages[0].extract_text()
    assert "เทศบัญญัติ" in budget and "๒๕๖๙" in budget  # Thai digits
    plan = pypdf.PdfReader(SITE / "files/40545.pdf").pages[0].extract_text()
    assert "องค์การบริหารส่วนตำบลดอนพะยอม" in plan and "๒๕๗๐" in plan  # the old name, still in force
    # the ITA row says 2569, the file is the plan of 2568
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert '<a href="/files/41127.docx">แผนการดำเนินงาน ประจำปี 2569</a>' in ita
    assert "2568" in docx.Document(SITE / "files/41127.docx").paragraphs[0].text
    # the January row of the monthly list holds January of the year before
    rows = (SITE / "procurement/index.html").read_text(encoding="utf-8")
    assert '<a href="/files/41187.xlsx" target="_blank">สขร.1 ประจำเดือนมกราคม 2569</a>' in rows
    assert "มกราคม พ.ศ. 2568" in openpyxl.load_workbook(SITE / "files/41187.xlsx").active["A2"].value
    assert "<td>o22</td><td>รายงานผลบริหารความเสี่ยง</td><td>-</td>" in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
