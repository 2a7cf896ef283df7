"""The saofarm held-out site is whole: its PDFs, DOCX and XLSX open, the old .doc and .xls are OLE2
files that antiword and xlrd read, the budget ordinance 2568 and the สขร.1 of ธันวาคม 2567 are scans
with no text layer, the monthly สขร.1 list lacks มกราคม 2568, and its only dead links are the ones
its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pypdf
import xlrd
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "saofarm"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    for old in (p for p in docs if p.suffix in (".doc", ".xls")):
        assert old.read_bytes().startswith(OLE2), old
    for scan in ("3398120.pdf", "3460921.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๑ - ๒๕๖๕" in text("2204518.pdf")  # the only local plan ends in 2565, Thai digits
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in text("3087733.pdf")  # last year's six months
    assert "พ.ศ. 2566" in text("2524761.pdf") and "3 ตุลาคม พ.ศ. 2565" in text("2524761.pdf")
    assert "๒๕๖๗ - ๒๕๖๙" in text("2978814.pdf")
    sheet = openpyxl.load_workbook(SITE / "files/3388290.xlsx").active
    assert "พ.ศ. 2567" in sheet["A1"].value
    book = xlrd.open_workbook(str(SITE / "files/3520664.xls"))
    assert "ปีงบประมาณ พ.ศ. 2568" in book.sheet_by_index(0).cell_value(0, 0)
    docs68 = (SITE / "documents-2568" / "index.html").read_text(encoding="utf-8")
    assert "/files/3388290.xlsx" in docs68  # FY2567 statistics listed among 2568's uploads
    procurement = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 เดือนธันวาคม 2567" in procurement and "สขร.1 เดือนกุมภาพันธ์ 2568" in procurement
    assert "มกราคม" not in procurement
    ita = (SITE / "ita-2568" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))
    assert "/files/3415598.pdf" in ita and not (SITE / "files" / "3415598.pdf").exists()
    assert "อยู่ระหว่างดำเนินการ" in ita and '<a href="/documents-2567/">' in ita


def test_old_word_file_reads():
    try:
        out = subprocess.run(["antiword", str(SITE / "files/3011842.doc")], capture_output=True, text=True, check=True)
    except FileNotFoundError:
        return  # antiword not installed: the OLE2 header was checked above
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in out.stdout


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
