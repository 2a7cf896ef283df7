"""The probation held-out site is whole: its PDFs, DOCX and XLSX open, its old .doc and .xls are
OLE2 files, the No Gift Policy of 2567 and the integrity measures of 2569 are scans with no text
layer, the "มกราคม 2569" สขร.1 row opens the file of มกราคม 2568, the procurement report listed as
2568 is of 2567, the risk sheet listed as 2569 is of 2568, and its only dead links are the ones its
truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "probation"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 35 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx"))
    old = [p for p in docs if p.suffix in (".doc", ".xls")]
    assert len(old) == 5 and all(p.read_bytes().startswith(OLE2) for p in old)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("19804.pdf", "21062.pdf"):
        assert not text(scan).strip()


def test_the_traps_are_in_the_files():
    assert "๒๕๖๖ - ๒๕๖๘" in text("20417.pdf")  # the 3-year plan ends with FY2568, in Thai digits
    assert "มกราคม พ.ศ. 2568" in text("20198.pdf")
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert '<a href="/files/20198.pdf" target="_blank">สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือนมกราคม 2569' in rows
    assert "ปีงบประมาณ พ.ศ. 2567" in text("21051.pdf") and "2568" not in text("21051.pdf").split("\n")[0]
    assert "ปีงบประมาณ พ.ศ. 2567" in text("21262.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in (SITE / "files/21075.xls").read_bytes()
    assert "2569" in (SITE / "files/21120.doc").read_bytes().decode("utf-16-le", "ignore")
    sheet = openpyxl.load_workbook(SITE / "files/20874.xlsx").active
    assert "ปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert ita.count("<tr><td>o") == 26 and "/files/21143.pdf" in ita
    assert "/files/21144.pdf" in (SITE / "download" / "integrity" / "index.html").read_text(encoding="utf-8")
    assert "ไม่มีไฟล์แนบ" in (SITE / "ita" / "2569" / "o22" / "index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
