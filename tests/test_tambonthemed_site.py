"""The tambonthemed held-out site is whole: its PDFs, DOCX, XLSX, old .doc and .xls open (the annual
procurement report 2568 and the code of ethics are scans with no text layer), the ITA page opens one
sub-page per item (o1 … o26), the monthly สขร.1 list lacks มกราคม 2569, and its only dead links are
the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "tambonthemed"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(path: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / path).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 28 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("41602.pdf", "40605.pdf"):  # procurement report 2568, code of ethics
        assert not text(f"files/{scan}").strip()
    assert "๒๕๖๙" in text("files/40284.pdf")  # the budget ordinance in Thai digits
    assert "(พ.ศ. ๒๕๖๑ - ๒๕๖๕)" in text("files/41127.pdf")  # the only local plan ended in 2565
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("files/40973.pdf")  # the only No Gift Policy
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("files/41234.pdf")  # the late monitoring report
    risk = docx.Document(SITE / "files/41662.docx")
    assert any("ประจำปีงบประมาณ พ.ศ. 2568" in p.text for p in risk.paragraphs)  # linked as "ปี 2569"
    sheet = openpyxl.load_workbook(SITE / "files/40545.xlsx").active
    assert "ตุลาคม 2567 - มีนาคม 2568" in sheet["A1"].value
    assert (SITE / "files/41080.doc").read_bytes().startswith(OLE2)
    assert "ธันวาคม".encode("utf-16-le") in (SITE / "files/41448.xls").read_bytes()


def test_ita_page_opens_one_sub_page_per_item():
    index = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    for n in range(1, 27):
        assert f'href="/ita/2569/o{n}/"' in index
        assert (SITE / f"ita/2569/o{n}/index.html").is_file()
    assert "ITA ประจำปี พ.ศ. 2567" in (SITE / "ita/2569/o25/index.html").read_text(encoding="utf-8")
    assert "อยู่ระหว่างดำเนินการ" in (SITE / "ita/2569/o26/index.html").read_text(encoding="utf-8")
    assert 'href="/files/41662.docx">ประเมินความเสี่ยงการทุจริต ปี 2569' in \
        (SITE / "ita/2569/o21/index.html").read_text(encoding="utf-8")


def test_procurement_list_lacks_january():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows


def test_every_page_has_the_theme():
    for page in SITE.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        assert 'class="tm-mega"' in html and 'class="tm-side"' in html and 'class="tm-footer"' in html, page
    home = (SITE / "index.html").read_text(encoding="utf-8")
    assert home.count('class="pane"') == 3


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
