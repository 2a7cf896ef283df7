"""The ruralroads held-out site is whole: its PDFs, DOCX and XLSX open, its Word 97 .doc and Excel 97
.xls are OLE2 files, three PDFs are scans with no text layer, the "กุมภาพันธ์ 2568" สขร.1 row is a
second upload of January's file, and its only dead links are the ones its truth file declares (two
404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "ruralroads"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
FILES = SITE / "sites" / "default" / "files"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(rel: str) -> str:
    return pypdf.PdfReader(FILES / rel).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted(p for p in FILES.glob("20*/*") if p.is_file())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    old = [p for p in docs if p.suffix in (".doc", ".xls")]
    assert len(old) == 3 and all(p.read_bytes().startswith(OLE2) for p in old)
    assert_documents_open(set(docs) - set(old))
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("2023-03/scan0007.pdf", "2022-10/scan0002.pdf", "2024-10/scan0011.pdf"):
        assert not text(scan).strip()
    assert "๒๕๖๘" in text("2024-10/doc02148320241010.pdf")  # the operating plan in Thai digits
    assert "2563 - 2567" in text("2020-01/plan_5y_final.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("2023-10/hrd_plan.pdf")  # listed as "ปี 2568"
    assert "๒๕๖๖".encode("utf-16-le") in (FILES / "2023-10/risk_report.doc").read_bytes()
    sheet = openpyxl.load_workbook(FILES / "2024-10/stat_service.xlsx").active
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in sheet["A1"].value


def test_february_row_is_january_again():
    jan, feb = FILES / "2025-02/skr_jan68.pdf", FILES / "2025-03/skr_jan68_0.pdf"
    assert jan.read_bytes() == feb.read_bytes()
    assert "เดือนมกราคม พ.ศ. 2568" in text("2025-03/skr_jan68_0.pdf")
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนกุมภาพันธ์ 2568" in rows and "skr_jan68_0.pdf" in rows
    assert "ไม่มีการจัดซื้อจัดจ้าง" in text("2025-01/skr_dec67.pdf")


def test_ita_page_and_last_years_page():
    page = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>O{n}</td>" in page for n in range(1, 27))
    assert "อยู่ระหว่างรวบรวมข้อมูล" in page
    old = (SITE / "ita" / "2567" / "index.html").read_text(encoding="utf-8")
    assert "2023-10/1697092877.pdf" in old and "1697092877" not in page


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
