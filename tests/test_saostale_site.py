"""The saostale held-out site is whole: its PDFs, DOCX and XLSX open, its Word 97 and Excel 97
files are compound files, the ข้อบัญญัติ 2569 and the annual procurement report 2568 are scans with
no text layer, several files say another year than their link text or upload folder, the monthly
สขร.1 stop at มกราคม 2569, and its only dead links are the ones its truth file declares (two 404s).
Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "saostale"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def pdf_text(rel: str) -> str:
    return "".join(page.extract_text() or "" for page in pypdf.PdfReader(SITE / rel).pages)


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "files").rglob("*") if p.is_file())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open(p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"})
    old = [p for p in docs if p.suffix in {".doc", ".xls"}]
    assert len(old) == 4
    assert all(p.read_bytes().startswith(OLE2) for p in old)
    assert "ป้องกันการทุจริต".encode("utf-16-le") in (SITE / "files/2568/1739.doc").read_bytes()


def test_scans_have_no_text_layer():
    for scan in ("files/2568/1694.pdf", "files/2568/1738.pdf"):
        assert not pdf_text(scan).strip(), scan


def test_contents_say_another_year_than_their_links():
    assert "พ.ศ. ๒๕๖๑ - ๒๕๖๕" in pdf_text("files/2562/318.pdf")  # the local plan, in Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in pdf_text("files/2568/1775.pdf")  # uploaded ธ.ค. 2568
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in pdf_text("files/2568/1752.pdf")  # linked as "ปี 2569"
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in pdf_text("files/2566/1302.pdf")  # the No Gift Policy
    assert "ผลการประเมิน ITA ปี 2567" in pdf_text("files/2567/1497.pdf")  # o25 of 2569 and 2568
    opplan = docx.Document(str(SITE / "files/2567/1488.docx"))
    assert any("พ.ศ. 2568" in p.text for p in opplan.paragraphs)
    sheet = openpyxl.load_workbook(SITE / "files/2568/1552.xlsx").active
    assert "รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert '<a href="/files/2568/1752.pdf">แผนพัฒนาบุคลากร ปี 2569</a>' in ita
    assert '<a href="/files/2567/1497.pdf">' in (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert '<a href="/files/2567/1497.pdf">' in ita


def test_monthly_summaries_stop_in_january():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 เดือนตุลาคม 2568" in rows and "สขร.1 เดือนมกราคม 2569" in rows
    assert "กุมภาพันธ์ 2569" not in rows and "มีนาคม 2569" not in rows
    sheet = openpyxl.load_workbook(SITE / "files/2569/1789.xlsx").active
    assert "ธันวาคม พ.ศ. 2568" in sheet["A2"].value
    assert "มกราคม พ.ศ. 2569" in pdf_text("files/2569/1803.pdf")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:  # the template on every page
        text = page.read_text(encoding="utf-8")
        assert 'id="menu"' in text and 'id="right"' in text and 'id="footer"' in text, page


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
