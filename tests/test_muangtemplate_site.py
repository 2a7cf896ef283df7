"""The muangtemplate held-out site is whole: its PDFs, DOCX and XLSX open, its Word 97 .doc and .xls
files are OLE2 files, the No Gift announcement and the สขร.1 of ธันวาคม 2567 are scans with no text
layer, the January 2568 สขร.1 row links the file of January 2567, files named for 2568 hold FY2567,
every page carries the template, and its only dead links are the ones its truth file declares
(two 404s).  Asserts nothing about the audit's verdicts."""

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
    site_file,
)

SITE = Path(__file__).parent / "sites" / "muangtemplate"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(path: str) -> str:
    return pypdf.PdfReader(SITE / path.lstrip("/")).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "upload").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    old = [p for p in docs if p.suffix in (".doc", ".xls")]
    assert {p.name for p in old} == {"533814.doc", "531185.xls"}
    assert all(p.read_bytes().startswith(OLE2) for p in old)
    assert_documents_open(set(docs) - set(old))
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("/upload/534372.pdf", "/upload/536703.pdf"):
        assert not text(scan).strip()


def test_the_years_are_in_the_content_not_the_names():
    assert "๒๕๖๘" in text("/upload/530970.pdf")  # the budget, Thai digits
    assert "๒๕๖๗ - ๒๕๖๙" in text("/upload/533556.pdf")  # the manpower plan
    assert "มกราคม พ.ศ. 2567" in text("/upload/537032.pdf")  # the row says มกราคม 2568
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("/upload/538100.pdf")  # the row says ปี 2568
    assert "2561 - 2565" in text("/upload/535120.pdf")
    sheet = openpyxl.load_workbook(SITE / "upload/532282.xlsx").active
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in sheet["A2"].value
    six = "\n".join(p.text for p in docx.Document(SITE / "upload/539637.docx").paragraphs)
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in six
    skr = site_file(SITE, "/procurement/skr/").read_text(encoding="utf-8")
    assert "ประจำเดือนมกราคม 2568" in skr and '<a href="/upload/537032.pdf">' in skr
    assert "ประจำเดือนกันยายน 2567" not in skr  # page 2
    ita = site_file(SITE, "/ita/2568/").read_text(encoding="utf-8")
    assert ita.count('href="/upload/534372.pdf"') == 2  # o21 and o22: the same scan
    assert "อยู่ระหว่างดำเนินการ" in ita and "530672" not in ita  # o26; the FY2566 report is only on /ita/2567/


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for p in pages:  # the template on every page: menu with sub-menus, side column, footer
        body = p.read_text(encoding="utf-8")
        assert '<ul id="nav">' in body and 'id="side"' in body and "โทร 0 4405 6120" in body, p


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
