"""The provhealth2 held-out site (a provincial public health office, invented) is whole: its PDFs,
DOCX, XLSX, old .doc and .xls open (the FY2569 risk assessment and the ITA working-group order are
scans with no text layer), the old strategic plan and No Gift announcement are in Thai digits, the
monthly สขร.1 list lacks a file for กุมภาพันธ์ 2569, and its only dead links are the ones its truth
file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "provhealth2"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("40438.pdf", "41976.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(SITE / "files/40228.pdf").pages[0].extract_text()
    assert "๒๕๖๓ - ๒๕๖๗" in plan  # the strategic plan ends before 2569
    gift = pypdf.PdfReader(SITE / "files/41871.pdf").pages[0].extract_text()
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗" in gift
    old_doc = (SITE / "files/40278.doc").read_bytes()
    assert "ประจำปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in old_doc


def test_monthly_list_lacks_february():
    rows = (SITE / "procurement" / "monthly" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมีนาคม 2569" in rows and "สขร.1 ประจำเดือนตุลาคม 2568" in rows
    assert rows.count("ดาวน์โหลด (") == 5
    assert "อยู่ระหว่างรวบรวมข้อมูล" in rows


def test_ita_page_and_template():
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    for code in range(1, 27):
        assert f"<td>o{code}</td>" in ita
    assert "/files/39982.pdf" in ita and "/download/plan/" in ita
    for page in SITE.rglob("index.html"):
        text = page.read_text(encoding="utf-8")
        assert 'id="nav"' in text and 'id="aside"' in text and 'id="footer"' in text, page


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
