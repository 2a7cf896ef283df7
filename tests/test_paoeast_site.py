"""The paoeast held-out site is whole: its PDFs, DOCX and XLSX open, its Word 97 and Excel 97 files
are OLE2 compound files, the budget ordinance 2569 and the No Gift Policy 2567 are scans with no
text layer, the operating plan listed as 2569 is the 2568 plan, the สขร.1 row of มกราคม 2569 holds
the December file again, and its only dead links are the ones its truth file declares (two 404s).
Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "paoeast"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open(p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx"))
    for old in (p for p in docs if p.suffix in (".doc", ".xls")):
        assert old.read_bytes().startswith(OLE2), old
    for scan in ("30699.pdf", "30332.pdf"):
        assert not text(scan).strip()


def test_the_traps_are_where_the_truth_says():
    # the operating plan listed as 2569 is the plan of 2568, in Thai digits
    assert "แผนการดำเนินงาน ประจำปีงบประมาณ 2569" in (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert "พ.ศ. ๒๕๖๘" in text("30983.pdf") and "๒๕๖๙" not in text("30983.pdf")
    # the local plan ends in 2565
    assert "2561 - 2565" in text("30118.pdf")
    # the January row of the สขร.1 list holds the December file again
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2569" in rows and "สขร.1 ประจำเดือนธันวาคม 2568" in rows
    assert (SITE / "files/31398.pdf").read_bytes() == (SITE / "files/31350.pdf").read_bytes()
    assert "เดือนธันวาคม พ.ศ. 2568" in text("31398.pdf")
    # the service statistics of the first half of FY2569 carry an E-Service sheet
    book = openpyxl.load_workbook(SITE / "files/31516.xlsx")
    assert "E-Service" in book.sheetnames and "2569" in book.active["A1"].value
    # the Word 97 annual report and the Excel 97 statistics keep their Thai as UTF-16
    assert "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๗".encode("utf-16-le") in (SITE / "files/31267.doc").read_bytes()
    assert "ปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in (SITE / "files/30651.xls").read_bytes()
    # o22 links a plan, not a report
    assert "แผนบริหารจัดการความเสี่ยงการทุจริต" in text("31149.pdf")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:  # one template on every page
        html = page.read_text(encoding="utf-8")
        assert 'id="nav"' in html and 'id="aside"' in html and 'id="footer"' in html, page


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
