"""The tambonvalley held-out site (a เทศบาลตำบล on WordPress) is whole: its PDFs, DOCX, XLSX and old
.doc/.xls open (the signed budget ordinance and an order are scans with no text layer, the local plan
is in Thai digits), the monthly สขร.1 category lacks กุมภาพันธ์ 2569, and its only dead links are the
ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    OLE2,
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "tambonvalley"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
UP = SITE / "wp-content" / "uploads"


def documents() -> list[Path]:
    return sorted(p for p in UP.rglob("*") if p.is_file() and p.suffix != ".png")


def test_every_document_opens():
    docs = documents()
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("2025/10/30585.pdf", "2026/02/30417.pdf"):
        assert not pypdf.PdfReader(UP / scan).pages[0].extract_text().strip()
    assert "๒๕๖๙" in pypdf.PdfReader(UP / "2022/06/31546.pdf").pages[0].extract_text()  # Thai digits, 2566-2570
    assert (UP / "2025/12/31318.doc").read_bytes().startswith(OLE2)
    assert "2568" in openpyxl.load_workbook(UP / "2025/10/32117.xlsx").active["A1"].value  # last year's stats


def test_distinctive_facts():
    opplan = pypdf.PdfReader(UP / "2025/11/31486.pdf").pages[0].extract_text()
    assert "ขยายเวลา" in opplan and "2569" in opplan
    anti = pypdf.PdfReader(UP / "2021/10/30471.pdf").pages[0].extract_text()
    assert "2565 - 2568" in anti
    procurement = (SITE / "category" / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2569" in procurement and "สขร.1 ประจำเดือนมีนาคม 2569" in procurement
    assert "กุมภาพันธ์ 2569" not in procurement
    measures = (SITE / "ita" / "measures" / "index.html").read_text(encoding="utf-8")
    assert "แก้ไขล่าสุด 12 ม.ค. 2569" in measures and "พ.ศ. 2567" in measures
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert 'href="/ita/2568/"' in ita and "o26" in ita
    for page in SITE.rglob("index.html"):  # the WordPress template on every page
        text = page.read_text(encoding="utf-8")
        assert 'content="WordPress' in text and 'id="secondary"' in text and 'id="colophon"' in text, page


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
