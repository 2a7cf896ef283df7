"""The localadmin held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the office's
anti-corruption plan 2569 and the December สขร.1 are scans with no text layer), the monthly สขร.1
list lacks มกราคม 2569, the relayed documents of local governments are there, and its only dead
link is the one its truth file declares.  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "localadmin"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("21057.pdf", "21088.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    assert "๒๕๖๖ - ๒๕๖๘" in text("20114.pdf")  # the 3-year plan ends before 2569, in Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("21377.pdf")  # posted in 2569, covers 2567
    assert "2567" in text("20604.pdf") and "2569" not in text("20604.pdf")
    assert "๒๕๖๗" in text("20398.pdf")
    assert "เทศบาลตำบลบ้านเชี่ยน" in text("21066.pdf")
    sheet = openpyxl.load_workbook(SITE / "files/21233.xlsx").active
    assert "2569" in sheet["A1"].value
    assert "2568" in (SITE / "files/20612.doc").read_bytes().decode("utf-16-le", "ignore")


def test_pages_hold_the_traps():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))
    assert "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2569" in ita and "/files/20604.pdf" in ita
    stats = (SITE / "complaint" / "stats" / "index.html").read_text(encoding="utf-8").split('<div id="side">')[0]
    assert "๒๕๖๘" in stats and "๒๕๖๙" not in stats
    assert "/files/21093.pdf" in (SITE / "local" / "index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
