"""The muangnortheast held-out site is whole: its PDFs, DOCX, Word 97 .doc and Excel 97 .xls open
(the HR report 2568 and the declaration of integrity are scans with no text layer), the monthly
สขร.1 list lacks มกราคม 2569, the files behind the outdated rows say the older year inside, and its
only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the
audit's verdicts."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "muangnortheast"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def pdf_text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def utf16(name: str) -> str:
    return (SITE / "files" / name).read_bytes().decode("utf-16-le", errors="ignore")


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    for scan in ("5006.pdf", "6118.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    assert "๒๕๖๙" in pdf_text("4551.pdf")  # the budget ordinance, in Thai digits
    assert "(พ.ศ. ๒๕๖๑ - ๒๕๖๕)" in pdf_text("5428.pdf")  # the only local plan ends in 2565


def test_outdated_files_say_the_older_year_inside():
    with zipfile.ZipFile(SITE / "files/5908.docx") as zf:  # row: "ประเมินความเสี่ยง ปี 2569"
        body = zf.read("word/document.xml").decode("utf-8")
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in body and "2569" not in body
    with zipfile.ZipFile(SITE / "files/5876.docx") as zf:  # uploaded in 2569, covers FY2567
        body = zf.read("word/document.xml").decode("utf-8")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in body and "14 มกราคม 2569" in body
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in pdf_text("5288.pdf")  # No Gift Policy of two years ago
    assert "(1 ตุลาคม 2567 - 31 มีนาคม 2568)" in utf16("4654.xls")  # last year's 6-month statistics
    assert "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569" in utf16("5377.doc")


def test_procurement_months_and_ita_page():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนธันวาคม 2568" in rows and "ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>O{n}</td>" in ita for n in range(1, 27))
    assert not (SITE / "files/5129.pdf").exists() and "/files/5129.pdf" in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
