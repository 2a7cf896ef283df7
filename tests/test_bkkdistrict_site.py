"""The bkkdistrict held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the
December 2567 สขร.1 and the FY2567 risk-management report are scans with no text layer), the
monthly สขร.1 list lacks กุมภาพันธ์ 2568, the files behind the misleading rows say what the truth
file says they say, and its only dead links are the ones its truth file declares (two 404s).
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

SITE = Path(__file__).parent / "sites" / "bkkdistrict"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("21016.pdf", "21593.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()


def test_the_misleading_files_hold_what_the_truth_says():
    assert "(พ.ศ. ๒๕๖๓ - ๒๕๖๖)" in text("20400.pdf")  # the district's only plan ends in 2566, Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖" in text("21473.pdf")  # No Gift of two years ago
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("21551.pdf")  # risk assessment whose row says 2568
    assert "รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2567" in text("20610.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in text("21752.pdf")
    assert "ปีงบประมาณ พ.ศ. 2567" in openpyxl.load_workbook(SITE / "files/20872.xlsx").active["A1"].value
    assert "(ร่าง)" in docx.Document(SITE / "files/21234.docx").paragraphs[0].text
    assert "ผู้ว่าราชการกรุงเทพมหานคร" in text("20438.pdf")  # the BMA's plan, not the district's
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert "การประเมินความเสี่ยงการทุจริต ประจำปี 2568" in ita
    assert all(f">o{i}<" in ita for i in range(1, 27))


def test_monthly_procurement_lacks_february():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    for month in ("ตุลาคม 2567", "พฤศจิกายน 2567", "ธันวาคม 2567", "มกราคม 2568", "มีนาคม 2568"):
        assert f"เดือน{month}" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    assert (SITE / "files/21057.xls").read_bytes()[:4] == b"\xd0\xcf\x11\xe0"


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'id="bma-bar"' in html and 'id="side"' in html and 'id="footer"' in html, page


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
