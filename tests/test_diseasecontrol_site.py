"""The diseasecontrol held-out site (สคร.14 บึงกาฬ, a regional office of กรมควบคุมโรค, invented) is whole:
its PDFs, DOCX, XLSX, old .doc and .xls open (the FY2569 integrity measures are a scan with no text
layer), the procurement list lacks กุมภาพันธ์ 2569, the four-year plan ends in ๒๕๖๘, and its only dead
links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "diseasecontrol"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not text("5193.pdf").strip()  # the scanned integrity measures 2569
    assert "๒๕๖๕ - ๒๕๖๘" in text("5307.pdf")  # the four-year plan, Thai digits, ended before 2569
    assert "พ.ศ. ๒๕๖๗" in text("4883.pdf")  # the HR policy and plan of two years ago
    assert "รายงานประจำปี 2567" in text("4236.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text("4506.pdf")  # complaint statistics of last year
    assert (SITE / "files/5672.doc").read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    assert "2568".encode("utf-16-le") in (SITE / "files/5672.doc").read_bytes()


def test_procurement_months_and_statistics():
    book = openpyxl.load_workbook(SITE / "files/5624.xlsx")
    assert book.sheetnames == ["ต.ค. 68", "พ.ย. 68", "ธ.ค. 68"]
    assert "ธันวาคม พ.ศ. 2568" in book["ธ.ค. 68"]["A2"].value
    assert "มกราคม พ.ศ. 2569" in text("5513.pdf") and "มีนาคม พ.ศ. 2569" in text("5571.pdf")
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 เดือนมกราคม 2569" in rows and "สขร.1 เดือนมีนาคม 2569" in rows
    assert "กุมภาพันธ์" not in rows
    stats = openpyxl.load_workbook(SITE / "files/5890.xlsx").active
    assert "เมษายน - กันยายน 2568" in stats["A2"].value


def test_ita_page_and_query_categories():
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))
    assert "/download/?cat=report" in ita and "/files/5772.pdf" in ita
    report = (SITE / "download" / ".q" / "cat=report" / "index.html").read_text(encoding="utf-8")
    assert "/files/4236.pdf" in report and report.count("/files/") == 1
    assert (SITE / "news" / ".q" / "page=2" / "index.html").is_file()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
