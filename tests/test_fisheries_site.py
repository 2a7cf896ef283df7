"""The fisheries held-out site (a provincial fisheries office) is whole: its PDFs, DOCX and XLSX
open, the old Word 97 / Excel 97 files are OLE2 files, the No Gift Policy is a scan with no text
layer, the monthly สขร.1 list lacks มกราคม 2569, the ITA 2569 page has no o24 row, and its only
dead links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's
verdicts."""

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

SITE = Path(__file__).parent / "sites" / "fisheries"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    for old in (p for p in docs if p.suffix in (".doc", ".xls")):
        assert old.read_bytes().startswith(OLE2), old
    assert "ประจำปีงบประมาณ พ.ศ. 2567".encode("utf-16-le") in (SITE / "files/5227.xls").read_bytes()


def test_distinctive_facts():
    assert not text("5976.pdf").strip()  # the No Gift Policy 2569 is a scan
    assert "รายงานประจำปี ๒๕๖๗" in text("5120.pdf")  # the annual report's cover: Thai digits, old year
    assert "๒๕๖๔ - ๒๕๖๘" in text("6558.pdf")  # the strategy ends with FY2568
    assert "(ร่าง)" in text("6605.pdf")
    assert "31 มีนาคม 2568" in text("5394.pdf")  # complaint statistics: first half of FY2568
    book = openpyxl.load_workbook(SITE / "files/5608.xlsx")
    assert book.sheetnames == ["แผนพัฒนาบุคลากร 2568"]
    plan = (SITE / "plan/annual/index.html").read_text(encoding="utf-8")
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in plan and "2569" not in plan.split('<div id="content">')[1].split("</div>")[0]
    stats = (SITE / "eservice/stats/index.html").read_text(encoding="utf-8")
    assert "ปีงบประมาณ 2568" in stats and "ต.ค. 68" not in stats
    procurement = (SITE / "procurement/index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in procurement and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in procurement
    assert "มกราคม 2569" not in procurement
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert "<td>o23</td>" in ita and "<td>o25</td>" in ita and "<td>o24</td>" not in ita
    assert "<td>o24</td>" in (SITE / "ita/2568/index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:  # one template: menu, right column and footer on every page
        html = page.read_text(encoding="utf-8")
        assert 'id="nav"' in html and 'id="aside"' in html and 'id="footer"' in html, page


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
