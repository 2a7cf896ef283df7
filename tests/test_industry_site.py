"""The industry held-out site (a provincial industry office) is whole: its PDFs, DOCX and XLSX open,
its old Word 97 .doc and Excel 97 .xls read, the declaration of integrity and the ethics order are
scans with no text layer, the monthly สขร.1 list lacks มกราคม 2569, the ITA 2569 page has no o21
row, and its only dead links are the ones its truth file declares (two 404s).  Asserts nothing
about the audit's verdicts."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pypdf
import xlrd
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "industry"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def page(path: str) -> str:
    return (SITE / path.strip("/") / "index.html").read_text(encoding="utf-8")


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix not in (".doc", ".xls")])
    for old in (p for p in docs if p.suffix in (".doc", ".xls")):
        assert old.read_bytes().startswith(OLE2), old
    for scan in ("4913.pdf", "4215.pdf"):
        assert not text(scan).strip()


def test_the_old_office_formats_read():
    book = xlrd.open_workbook(str(SITE / "files/4245.xls"))
    assert book.sheet_names() == ["แผนปี 68"]
    assert "พ.ศ. 2568" in book.sheet_by_index(0).cell_value(0, 0)
    doc = SITE / "files/4886.doc"
    try:
        out = subprocess.run(["antiword", str(doc)], capture_output=True, text=True, check=True).stdout
    except FileNotFoundError:  # no antiword here: the UTF-16 text is in the file itself
        out = doc.read_bytes().decode("utf-16-le", errors="ignore")
    assert "การตรวจกำกับโรงงานจำพวกที่ 3" in out


def test_distinctive_facts():
    assert "รายงานประจำปี ๒๕๖๗" in text("4012.pdf")  # the annual report: old year, Thai digits
    assert "(พ.ศ. ๒๕๖๖ - ๒๕๖๘)" in text("4507.pdf")  # the plan ends before 2569
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("4418.pdf")  # No Gift Policy of two years ago
    sheet = openpyxl.load_workbook(SITE / "files/4854.xlsx")
    assert sheet.sheetnames == ["สถิติบริการ 2569", "E-Service"]
    rows = page("/procurement/")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    ita = page("/ita/2569/")
    assert "<td>o20</td>" in ita and "<td>o22</td>" in ita and "<td>o21</td>" not in ita
    assert "<td>o23</td>" in page("/ita/2568/")
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in page("/about/plan/")
    stats = page("/complaint/stats/")
    assert "ก.ย. 2568" in stats and "2569" not in stats.split('<div id="main">')[1].split('<div id="footer">')[0]


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
