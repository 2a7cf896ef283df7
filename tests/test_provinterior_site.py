"""The provinterior held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the FY2569
ethics order and the ITA 2568 score sheet are scans with no text layer), the monthly สขร.1 list has
no file for กุมภาพันธ์ 2569, the risk assessment's year is only in its body, and its only dead links
are the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "provinterior"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("4519.pdf", "4347.pdf"):
        assert not text(scan).strip()
    assert "๒๕๖๕ - ๒๕๖๘" in text("3182.pdf")  # the 4-year plan ends before 2569, in Thai digits
    assert "๒๕๖๙" in text("4470.pdf")
    assert "๒๕๖๗" in text("3590.pdf") and "ประสิทธิ์" in text("3590.pdf")  # No Gift Policy of FY2567, former head


def test_old_office_files_hide_their_year_inside():
    risk = (SITE / "files" / "4093.doc").read_bytes().decode("utf-16-le", errors="ignore")
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๘" in risk
    stats = (SITE / "files" / "4411.xls").read_bytes().decode("utf-16-le", errors="ignore")
    assert "ปีงบประมาณ พ.ศ. 2568" in stats
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert 'href="/files/4093.doc">การประเมินความเสี่ยง<' in ita
    assert "รายงานผลการดำเนินการตามมาตรการ ปี 2568" in ita
    assert len(re.findall(r"<td>o\d+</td>", ita)) == 26


def test_procurement_list_lacks_february():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "เดือนมกราคม 2569" in rows and "เดือนมีนาคม 2569" in rows
    feb = rows.split("เดือนกุมภาพันธ์ 2569", 1)[1].split("</tr>", 1)[0]
    assert "อยู่ระหว่างจัดทำ" in feb and "href" not in feb


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'id="menu"' in html and 'id="side"' in html and 'id="footer"' in html


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
