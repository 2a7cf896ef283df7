"""The treasury held-out site is whole: its PDFs, DOCX and XLSX open, its old Word 97 and Excel 97
files are OLE2 compound files, the old No Gift announcement is a scan with no text layer, the
monthly สขร.1 list lacks มกราคม 2568, the HR plan row says 2568 while its file is of 2567, and its
only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the
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

SITE = Path(__file__).parent / "sites" / "treasury"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"}])
    old = [p for p in docs if p.suffix in {".doc", ".xls"}]
    assert len(old) == 4 and all(p.read_bytes().startswith(OLE2) for p in old)


def test_the_traps_are_in_the_files():
    assert not pypdf.PdfReader(SITE / "files/31266.pdf").pages[0].extract_text().strip()  # No Gift scan
    strat = pypdf.PdfReader(SITE / "files/32117.pdf").pages[0].extract_text()
    assert "๒๕๖๓ - ๒๕๖๗" in strat  # Thai digits, a plan that ended with FY2567
    hr_plan = "\n".join(p.text for p in docx.Document(SITE / "files/31002.docx").paragraphs)
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in hr_plan and "2568" not in hr_plan
    six = "\n".join(p.text for p in docx.Document(SITE / "files/32023.docx").paragraphs)
    assert "31 มีนาคม 2567" in six
    sheet = openpyxl.load_workbook(SITE / "files/30737.xlsx").active
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in sheet["A1"].value
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert 'href="/files/31002.docx">แผนพัฒนาบุคลากร ปี 2568<' in ita
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 เดือนธันวาคม 2567" in rows and "สขร.1 เดือนกุมภาพันธ์ 2568" in rows
    assert "มกราคม 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
