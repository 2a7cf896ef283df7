"""The muangcentral held-out site is whole: its PDFs, DOCX, XLSX, old .doc and .xls open (the FY2567
risk assessment and the declaration of integrity are scans with no text layer), the monthly สขร.1
list lacks กุมภาพันธ์ 2568, the files behind misleading rows hold the older years, and its only dead
links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    OLE2,
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "muangcentral"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def pdf_text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("4483.pdf", "4757.pdf"):
        assert not pdf_text(scan).strip()
    for old in ("4804.doc", "3319.xls"):
        assert (SITE / "files" / old).read_bytes().startswith(OLE2)
    assert "คู่มือการปฏิบัติงาน" in (SITE / "files/4804.doc").read_bytes().decode("utf-16-le", "ignore")


def test_the_year_is_in_the_content():
    assert "๒๕๖๘" in pdf_text("3212.pdf")  # the budget, Thai digits
    assert "๒๕๖๑ - ๒๕๖๕" in pdf_text("4008.pdf")  # the only local plan ends in 2565
    assert "2566" in pdf_text("3593.pdf") and "2567" not in pdf_text("3593.pdf").split("เสนอต่อสภา")[0]
    six_months = "\n".join(p.text for p in docx.Document(SITE / "files/4697.docx").paragraphs)
    assert "31 มีนาคม 2567" in six_months
    report = "\n".join(p.text for p in docx.Document(SITE / "files/3165.docx").paragraphs)
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in report and "ประจำปีงบประมาณ พ.ศ. 2567" not in report
    assert "พ.ศ. 2566" in pdf_text("3854.pdf")  # No Gift Policy of two years back
    assert "2568" in pdf_text("3105.pdf")  # the 4-year anti-corruption plan covers 2568
    sheet = openpyxl.load_workbook(SITE / "files/3486.xlsx").active
    assert "พ.ศ. 2567" in sheet["A1"].value
    stats = openpyxl.load_workbook(SITE / "files/4650.xlsx").active
    assert "พ.ศ. 2568" in stats["A1"].value


def test_procurement_months_and_ita_page():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    for month in ("ตุลาคม 2567", "พฤศจิกายน 2567", "ธันวาคม 2567", "มกราคม 2568", "มีนาคม 2568"):
        assert f"สขร.1 ประจำเดือน{month}" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>O{n}</td>" in ita for n in range(1, 27))
    assert '"/files/3640.pdf"' in ita and not (SITE / "files/3640.pdf").exists()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:  # the template is on every page
        text = page.read_text(encoding="utf-8")
        assert 'class="nav"' in text and 'class="aside"' in text and 'class="footer"' in text


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
