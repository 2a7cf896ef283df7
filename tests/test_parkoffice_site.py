"""The parkoffice held-out site (a national park of กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช) is whole:
its PDFs, DOCX, XLSX and old Word/Excel 97 files open (the complaint flowchart is a scan with no
text layer), the monthly สขร.1 list lacks มกราคม 2569, the management plan ends in 2567, and its
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

SITE = Path(__file__).parent / "sites" / "parkoffice"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not pypdf.PdfReader(SITE / "files/30373.pdf").pages[0].extract_text().strip()  # the scan


def test_distinctive_facts():
    assert "๒๕๖๓ - ๒๕๖๗" in text("30906.pdf")  # the management plan ends before 2569, in Thai digits
    assert "๒๕๖๗" in text("30159.pdf") and "๒๕๖๙" not in text("30159.pdf")  # the annual report is FY2567
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("30947.pdf")  # No Gift of two years ago, a text PDF
    assert "รอบ 6 เดือน" in text("30334.pdf") and "2567" in text("30334.pdf")
    plan = docx.Document(SITE / "files/30990.docx")
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in [p.text for p in plan.paragraphs]
    sheet = openpyxl.load_workbook(SITE / "files/30414.xlsx").active
    assert "พ.ศ. 2568" in sheet["A1"].value
    assert (SITE / "files/31523.doc").read_bytes().find("SMART".encode("utf-16-le")) > 0
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'id="nav"' in html and 'id="aside"' in html and 'id="footer"' in html


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
