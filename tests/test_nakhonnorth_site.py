"""The nakhonnorth held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the
anti-corruption plan 2569 and the risk working-group order are scans with no text layer), the
monthly สขร.1 list lacks มกราคม 2569, the risk assessment row says 2569 while its file is of 2568,
and its only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the
audit's verdicts."""

from __future__ import annotations

import subprocess
import zipfile
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

SITE = Path(__file__).parent / "sites" / "nakhonnorth"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def pdf_text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("30178.pdf", "31710.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    assert "๒๕๖๙" in pdf_text("30285.pdf")  # the budget in Thai digits
    assert "๒๕๖๑ - ๒๕๖๕" in pdf_text("31081.pdf")  # the only local plan ends in 2565
    assert "พ.ศ. 2567" in pdf_text("31603.pdf") and "2568" not in pdf_text("31603.pdf").split("ส่วนที่ 1")[0]
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in pdf_text("30974.pdf")  # No Gift policy of two years ago
    sheet = openpyxl.load_workbook(SITE / "files/31924.xlsx")
    assert "E-Service" in sheet.sheetnames


def test_risk_row_says_2569_but_the_file_is_2568():
    with zipfile.ZipFile(SITE / "files/31663.docx") as zf:
        body = zf.read("word/document.xml").decode("utf-8")
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in body and "2569" not in body
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert '<a href="/files/31663.docx">การประเมินความเสี่ยงการทุจริต ประจำปี 2569</a>' in ita
    assert "อยู่ระหว่างดำเนินการ" in ita


def test_old_word_and_excel_files_hold_thai():
    doc = (SITE / "files/30225.doc").read_bytes()
    assert "ประจำปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in doc
    xls = (SITE / "files/31449.xls").read_bytes()
    assert "กุมภาพันธ์ พ.ศ. 2569".encode("utf-16-le") in xls


@pytest.mark.skipif(subprocess.run(["which", "antiword"], capture_output=True).returncode, reason="no antiword")
def test_antiword_reads_the_report():
    out = subprocess.run(["antiword", str(SITE / "files/30225.doc")], capture_output=True, text=True).stdout
    assert "แผนปฏิบัติการป้องกันการทุจริต" in out


def test_procurement_list_lacks_january():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    for month in ("ตุลาคม 2568", "พฤศจิกายน 2568", "ธันวาคม 2568", "กุมภาพันธ์ 2569", "มีนาคม 2569", "กันยายน 2568"):
        assert f"สขร.1 ประจำเดือน{month}" in rows
    assert "มกราคม 2569" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:  # the template is on every page
        text = page.read_text(encoding="utf-8")
        assert 'id="nav"' in text and 'id="sidebar"' in text and 'id="footer"' in text, page


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
