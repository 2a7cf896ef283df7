"""The saoeplan held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the ITA
analysis and the ITA working-group order are scans with no text layer), the e-LAAS monthly สขร.1
list lacks มกราคม 2569, files are listed by upload year, and its only dead links are the ones its
truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "saoeplan"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read("word/document.xml").decode("utf-8")


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("30913.pdf", "30973.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    assert "๒๕๖๖ - ๒๕๗๐" in pypdf.PdfReader(SITE / "files/31294.pdf").pages[0].extract_text()  # Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in _docx_text(SITE / "files/31187.docx")  # O6's plan is last year's
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in _docx_text(SITE / "files/30652.docx")  # O7, uploaded Dec 2568
    assert "ประจำปีงบประมาณ พ.ศ. 2567".encode("utf-16-le") in (SITE / "files/30759.doc").read_bytes()
    assert "2565 - 2568" in pypdf.PdfReader(SITE / "files/30117.pdf").pages[0].extract_text()
    sheet = openpyxl.load_workbook(SITE / "files/31769.xlsx").active
    assert "2569" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows


def test_files_are_listed_by_upload_year():
    tab_2569 = (SITE / "download" / "2569" / "index.html").read_text(encoding="utf-8")
    older = (SITE / "download" / "older" / "index.html").read_text(encoding="utf-8")
    assert "/files/30652.docx" in tab_2569 and "/files/30759.doc" in tab_2569
    assert "/files/31294.pdf" in older and "/files/31294.pdf" not in tab_2569
    assert "อยู่ระหว่างรวบรวมข้อมูล" in (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
