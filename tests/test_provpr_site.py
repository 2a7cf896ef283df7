"""The provpr held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the FY2569 risk
assessment is a scan with no text layer), the monthly สขร.1 list lacks กุมภาพันธ์ 2569, the
anti-corruption plan labelled ๒๕๖๙ is of 2568 inside, and its only dead links are the ones its
truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "provpr"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(path: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / path).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not pypdf.PdfReader(SITE / "files/31986.pdf").pages[0].extract_text().strip()  # the scan
    assert "๒๕๖๙" in text("files/26746.pdf")  # the annual plan, Thai digits
    assert "พ.ศ. 2565 - 2568" in text("files/30048.pdf")  # the long-term plan ends in 2568
    assert "1 ตุลาคม 2566 - 30 กันยายน 2567" in text("files/26891.pdf")  # "รายงานประจำปี 2567"
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("files/29615.pdf")  # the No Gift policy
    old_plan = (SITE / "files/26104.xls").read_bytes()
    assert "พ.ศ. 2568".encode("utf-16-le") in old_plan and "2569".encode("utf-16-le") not in old_plan
    assert "2568" in docx.Document(SITE / "files/28298.docx").paragraphs[0].text  # the HR plan
    sheet = openpyxl.load_workbook(SITE / "files/27507.xlsx").active
    assert "2569" in sheet["A1"].value


def test_pages_and_rows():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    for month in ("ตุลาคม 2568", "พฤศจิกายน 2568", "ธันวาคม 2568", "มกราคม 2569", "มีนาคม 2569"):
        assert f"สขร.1 ประจำเดือน{month}" in rows
    assert "กุมภาพันธ์ 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert ita.count("<tr><td>o") == 26
    assert 'href="/files/26104.xls">XLS' in ita and "ปี ๒๕๖๙" in ita
    assert len(list((SITE / "news").glob("1[0-9][0-9][0-9]/index.html"))) == 17


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
