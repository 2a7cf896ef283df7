"""The saolarge held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the citizen's
manual and the declaration of integrity are scans with no text layer), the monthly สขร.1 page lacks
กุมภาพันธ์ 2568, the ITA page has no o25 row, and its only dead links are the ones its truth file
declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pypdf
import pytest
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "saolarge"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
UP = SITE / "wp-content" / "uploads"


def test_every_document_opens():
    docs = sorted(p for p in UP.rglob("*") if p.is_file() and p.suffix in {".pdf", ".docx", ".xlsx", ".doc", ".xls"})
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open([p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"}])
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for old in (p for p in docs if p.suffix in {".doc", ".xls"}):
        assert old.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1"), old  # OLE2 (Word 97 / Excel 97)
    for scan in ("2023/07/18670.pdf", "2024/10/20048.pdf"):
        assert not pypdf.PdfReader(UP / scan).pages[0].extract_text().strip()


def test_distinctive_facts():
    # the old plan and the anti-corruption report of 2566 are in Thai digits
    assert "๒๕๖๑ - ๒๕๖๕" in pypdf.PdfReader(UP / "2021/06/18828.pdf").pages[0].extract_text()
    assert "๒๕๖๖" in pypdf.PdfReader(UP / "2023/11/18496.pdf").pages[0].extract_text()
    assert "(ร่าง)" in pypdf.PdfReader(UP / "2022/05/18879.pdf").pages[0].extract_text()
    sheet = openpyxl.load_workbook(UP / "2025/04/18715.xlsx").active
    assert sheet.title == "ปีงบ 2568" and "2568" in sheet["A1"].value
    months = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "เดือนมกราคม 2568" in months and "เดือนมีนาคม 2568" in months
    assert "กุมภาพันธ์ 2568" not in months
    ita = (SITE / "ita-2568" / "index.html").read_text(encoding="utf-8")
    assert "<td>o24</td>" in ita and "<td>o26</td>" in ita and "<td>o25</td>" not in ita
    assert "<td>o25</td>" in (SITE / "ita-2567" / "index.html").read_text(encoding="utf-8")
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in (SITE / "annual-report" / "index.html").read_text(encoding="utf-8")
    assert "ก.ย. 67" in (SITE / "service-stats" / "index.html").read_text(encoding="utf-8")
    assert "ต.ค. 67" not in (SITE / "service-stats" / "index.html").read_text(encoding="utf-8")


@pytest.mark.skipif(not shutil.which("antiword"), reason="antiword not installed")
def test_the_word97_report_reads():
    text = subprocess.run(["antiword", str(UP / "2024/10/19780.doc")], capture_output=True, text=True, check=True).stdout
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
