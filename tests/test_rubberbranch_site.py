"""The rubberbranch held-out site is whole: its PDFs, DOCX, XLSX, old .doc and .xls open (the FY2567
procurement report and the declaration of integrity are scans with no text layer), the branch's
monthly สขร.1 list lacks its own กุมภาพันธ์ 2568 (the row there is the sister branch's), and its only
dead links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's
verdicts."""

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

SITE = Path(__file__).parent / "sites" / "rubberbranch"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("31795.pdf", "32069.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()


def test_the_years_are_inside_the_files():
    plan = text("30845.pdf")  # the enterprise plan, Thai digits, ends with 2567
    assert "๒๕๖๓ - ๒๕๖๗" in plan and "๒๕๖๘" not in plan
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in text("32009.pdf")  # last year's six-month report
    assert "รายงานประจำปี 2566" in text("30417.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in text("31213.pdf")  # the No Gift announcement
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("30477.pdf")  # the only approved anti-corruption plan
    assert "ยังไม่ได้รับอนุมัติ" in "\n".join(p.text for p in docx.Document(SITE / "files/30524.docx").paragraphs)
    sheet = openpyxl.load_workbook(SITE / "files/30798.xlsx").active
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in sheet["A1"].value
    assert "สาขาคลองวังหิน" in text("31748.pdf") and "กุมภาพันธ์ พ.ศ. 2568" in text("31748.pdf")
    assert "สาขาทุ่งโพธิ์ทอง" in text("31701.pdf") and "มีนาคม พ.ศ. 2568" in text("31701.pdf")


def test_procurement_list_lacks_the_branchs_february():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2568" in rows and "สขร.1 ประจำเดือนมีนาคม 2568" in rows
    assert "ประจำเดือนกุมภาพันธ์ 2568" not in rows
    assert "ก.พ. 68 (สาขาคลองวังหิน)" in rows


def test_ita_page_has_26_rows_and_o24_waits():
    page = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in page for n in range(1, 27))
    assert "<td>o24</td><td>รายงานผลการจัดการความเสี่ยง</td><td><span class=\"wait\">อยู่ระหว่างดำเนินการ" in page


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:  # the portal template on every page
        html = page.read_text(encoding="utf-8")
        assert 'id="portalbar"' in html and 'id="side"' in html and 'id="footer"' in html


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
