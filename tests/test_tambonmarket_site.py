"""The tambonmarket held-out site is whole: its PDFs, DOCX, XLSX, old .doc and .xls open (the
declaration of integrity and the market-fee announcement are scans with no text layer), the
monthly สขร.1 list lacks มกราคม 2568, and its only dead links are the ones its truth file declares
(two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    OLE2,
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "tambonmarket"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("32030.pdf", "30866.pdf"):
        assert not text(scan).strip()
    assert (SITE / "files/31983.doc").read_bytes().startswith(OLE2)
    assert "๒๕๖๘" in text("30224.pdf")  # the budget in Thai digits
    assert "๒๕๖๑ - ๒๕๖๕" in text("31127.pdf")  # the only local plan ended in 2565


def test_the_rows_hide_older_years():
    assert "2567 (1 ตุลาคม 2566 - 31 มีนาคม 2567)" in text("31923.pdf")  # "รายงานรอบ 6 เดือน"
    assert "ปี 2567" in (SITE / "ita/2568/index.html").read_text(encoding="utf-8")
    assert "พ.ศ. 2566 (1 ตุลาคม 2565 - 30 กันยายน 2566)" in text("31709.pdf")  # o24 "รายงานผล ปี 2567"
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in text("30712.pdf")  # o14's "นโยบาย HR"
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2567" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2568" in rows
    assert "มกราคม 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
