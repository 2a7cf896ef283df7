"""The muangwest held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the adopted
budget 2568 and the declaration of integrity are scans with no text layer), the monthly สขร.1 list
lacks กุมภาพันธ์ 2568, the files behind the outdated rows are of the years the truth file says,
and its only dead links are the ones its truth file declares (two 404s).  Asserts nothing about
the audit's verdicts."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    OLE2,
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "muangwest"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def pdf_text(name: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("4237.pdf", "5929.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    for old in ("4617.doc", "4447.xls"):
        assert (SITE / "files" / old).read_bytes().startswith(OLE2)
    assert "แบบ สขร.๑" in pdf_text("5414.pdf") and "๒๕๖๗" in pdf_text("5414.pdf")  # Thai digits
    sheet = openpyxl.load_workbook(SITE / "files/5827.xlsx").active
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value


def test_the_outdated_files_are_of_older_years():
    assert "(พ.ศ. ๒๕๖๑ - ๒๕๖๕)" in pdf_text("5082.pdf")  # the only local development plan
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in pdf_text("5877.pdf")  # last year's six-month report
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in pdf_text("5028.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in pdf_text("4832.pdf")  # No Gift Policy of two years ago
    assert "แต่งตั้งคณะทำงาน" in pdf_text("5672.pdf") and "2567" in pdf_text("5613.pdf")
    assert "แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. 2567".encode("utf-16-le") in (SITE / "files/4617.doc").read_bytes()
    assert "พ.ศ. 2567".encode("utf-16-le") in (SITE / "files/4447.xls").read_bytes()
    with zipfile.ZipFile(SITE / "files/4295.docx") as zf:
        assert "ประจำปีงบประมาณ พ.ศ. 2567" in zf.read("word/document.xml").decode("utf-8")


def test_the_procurement_list_lacks_february():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2568" in rows and "สขร.1 ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert ita.count("<tr><td>o") == 26


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
