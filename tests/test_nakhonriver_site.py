"""The nakhonriver held-out site is whole: its PDFs, DOCX and XLSX open, its old Word 97 .doc and
Excel 97 .xls are OLE2 files, the budget ordinance 2569 is a scan with no text layer, the monthly
สขร.๑ list lacks มกราคม 2569, the sub-sites carry their own banners, and its only dead links are the
ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "nakhonriver"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")


def text(name: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open([p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"}])
    old = [p for p in docs if p.suffix in {".doc", ".xls"}]
    assert [p.name for p in old] == ["21877.doc", "24650.xls"]
    assert all(p.read_bytes().startswith(OLE2) for p in old)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}


def test_the_year_is_in_the_content():
    assert not text("24870.pdf").strip()  # the budget ordinance 2569: a scan
    assert len(pypdf.PdfReader(SITE / "files/24870.pdf").pages) == 2
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙" in text("25011.pdf")  # Thai digits
    assert "๒๕๖๗" in text("24733.pdf") and "๒๕๖๘" not in text("24733.pdf").split("รายงาน ณ")[0]
    assert "๒๕๖๑ - ๒๕๖๕" in text("20114.pdf")
    assert "๒๕๖๗" in text("22340.pdf")  # the No Gift Policy linked from o20
    assert "ศูนย์บริการสาธารณสุข" in text("25044.pdf")
    measure = text("24911.pdf")
    assert "๒๕๖๘" in measure and "๒๕๖๙" not in measure
    sheet = openpyxl.load_workbook(SITE / "files/24602.xlsx").active
    assert "2568" in sheet["A1"].value


def test_ita_page_and_monthly_list():
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))
    assert "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี ๒๕๖๙" in ita and "/files/24911.pdf" in ita
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.๑ ประจำเดือนธันวาคม ๒๕๖๘" in rows and "สขร.๑ ประจำเดือนกุมภาพันธ์ ๒๕๖๙" in rows
    assert "มกราคม" not in rows
    for sub, name in (("school/thesaban1", "โรงเรียนเทศบาล ๑"), ("health/center1", "ศูนย์บริการสาธารณสุข ๑"),
                      ("division/strategy", "กองยุทธศาสตร์และงบประมาณ")):
        assert f'<div class="sub"><b>{name}' in (SITE / sub / "index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
