"""The coopaudit held-out site is whole: its PDFs, DOCX, XLSX, old .doc and .xls open (the
department's HR criteria and the ITA working-group order are scans with no text layer), the 2567
annual report hides in the 2569 folder, the anti-corruption plan named 2569 is of 2568, the
monthly สขร.1 folder lacks มกราคม 2569, and its only dead links are the ones its truth file
declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "coopaudit"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
FILES = SITE / "images" / "phocadownload"


def text(name: str) -> str:
    return pypdf.PdfReader(FILES / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted(FILES.iterdir())
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("21012.pdf", "21166.pdf"):
        assert not text(scan).strip()


def test_the_traps_are_in_the_files():
    assert "รายงานประจำปี ๒๕๖๗" in text("20524.pdf")  # Thai digits, posted in the 2569 folder
    assert "๒๕๖๖ - ๒๕๖๘" in text("21380.pdf")  # the 3-year plan ends in 2568
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text("20584.pdf")
    folder = (SITE / "index.php/download/2569/integrity/index.html").read_text(encoding="utf-8")
    assert "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569" in folder and "20584.pdf" in folder
    assert "2567" in text("21273.pdf")  # No Gift Policy of two years ago
    sheet = openpyxl.load_workbook(FILES / "21641.xlsx").active
    assert "กุมภาพันธ์ พ.ศ. 2569" in sheet["A2"].value
    rows = (SITE / "index.php/download/2569/procurement/index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    page = (SITE / "index.php/complaint/statistics/index.html").read_text(encoding="utf-8")
    stats = page.split('<main id="content"')[1].split("</main>")[0]
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๘" in stats and "๒๕๖๙" not in stats


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    assert all("Joomla" in p.read_text(encoding="utf-8") for p in pages)


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
