"""The saomigrated held-out site is whole: an อบต. that moved to a new website on 16 ก.พ. 2569 with
the old site still online under /old/.  Its PDFs, DOCX, XLSX and the old site's .doc/.xls open (the
adopted budget 2569 is a scan with no text layer), the monthly สขร.1 are split between the two
sites with มกราคม 2569 on neither, and its only dead links are the ones its truth file declares
(two 404s on the old site).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "saomigrated"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _text(rel: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / rel).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir()) + sorted((SITE / "old" / "uploads").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not pypdf.PdfReader(SITE / "files/690214.pdf").pages[0].extract_text().strip()  # the budget scan
    assert "๒๕๖๖ - ๒๕๗๐" in _text("old/uploads/1654652011.pdf")  # Thai digits
    assert "๒๕๖๕ - ๒๕๖๘" in _text("old/uploads/1633074218.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in _text("files/690225.pdf")  # posted in 2569, of FY2567
    assert "(ร่าง)" in _text("files/690351.pdf")
    assert "ประกาศจังหวัดนครราชสีมา" in _text("files/690216.pdf")
    assert "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in (
        SITE / "old/uploads/1730274532.doc").read_bytes()
    sheet = openpyxl.load_workbook(SITE / "files/690402.xlsx").active
    assert "2569" in sheet["A1"].value


def test_the_monthly_summaries_are_split_by_the_move():
    new = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    old = (SITE / "old" / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "กุมภาพันธ์ 2569" in new and "มีนาคม 2569" in new and "/old/procurement/" in new
    assert all(f"{m} 2568" in old for m in ("กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"))
    assert "มกราคม 2569" not in new + old
    assert "สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนธันวาคม พ.ศ. 2568".encode("utf-16-le") in (
        SITE / "old/uploads/1767944377.xls").read_bytes()


def test_both_templates_and_the_move_notice():
    new_pages = [p for p in SITE.rglob("index.html") if "old" not in p.relative_to(SITE).parts]
    old_pages = list((SITE / "old").rglob("index.html"))
    assert all("/assets/new.css" in p.read_text(encoding="utf-8") for p in new_pages)
    assert all("ไม่มีการปรับปรุงข้อมูลแล้ว" in p.read_text(encoding="utf-8") for p in old_pages)
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert ita.count("<tr><td>o") == 26 and ita.count("อยู่ระหว่างดำเนินการ") == 2
    assert ita.count('href="/old/uploads/') == 8


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
