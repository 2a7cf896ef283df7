"""The airwing held-out site (กองบิน 38, a Joomla site of an air force wing) is whole: its PDFs,
DOCX, XLSX and old .doc/.xls open (the FY2567 procurement report and the ethics order are scans
with no text layer), the monthly สขร.1 list lacks มกราคม 2569, the air force's documents sit beside
the wing's, and its only dead link is the one its truth file declares.  Asserts nothing about the
audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "airwing"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOCS = SITE / "images" / "docs"


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(DOCS / name).pages)


def test_every_document_opens():
    docs = sorted(DOCS.iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("31390.pdf", "30734.pdf"):
        assert not text(scan).strip()


def test_the_years_are_in_the_content_not_the_rows():
    assert "2563 - 2567" in text("31800.pdf")  # the wing's strategy ended before 2569
    assert "๒๕๖๘" in text("30517.pdf") and "๒๕๖๙" in text("30559.pdf")  # Thai digits
    assert "1 ตุลาคม 2566" in text("31422.pdf")  # the annual report posted in FY2569 is of FY2567
    assert "พ.ศ. 2567" in text("30603.pdf")  # its row says ปีงบ 2568
    assert "2 พฤศจิกายน 2566" in text("31092.pdf")  # No Gift announcement two years old
    assert "กองทัพอากาศ" in text("31543.pdf") and "2569" in text("31543.pdf")
    assert "2568" in " ".join(p.text for p in docx.Document(DOCS / "30857.docx").paragraphs)
    sheet = openpyxl.load_workbook(DOCS / "31182.xlsx").active
    assert "ตุลาคม พ.ศ. 2568" in sheet["A2"].value
    assert (DOCS / "31050.doc").read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    rows = (SITE / "procurement" / "monthly" / "index.html").read_text(encoding="utf-8")
    assert "เดือนธันวาคม 2568" in rows and "เดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "O26" in ita and "๒๕๖๙" in ita and "/download/plan/" in ita and "/images/docs/31505.pdf" in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert all("Powered by Joomla!" in p.read_text(encoding="utf-8") for p in pages)
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
