"""The cooperative held-out site (a สำนักงานสหกรณ์จังหวัด) is whole: its PDFs, DOCX and XLSX open, its
old Word 97 .doc and Excel 97 .xls are OLE2 files, the planning-team order and the declaration of
integrity are scans with no text layer, the monthly สขร.1 list lacks มกราคม 2569, and its only dead
links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "cooperative"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for old in ("30781.doc", "31480.xls"):
        assert (SITE / "files" / old).read_bytes().startswith(OLE2)
    for scan in ("31515.pdf", "31563.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()


def test_distinctive_facts():
    assert "๒๕๖๙" in text("30899.pdf")  # the FY2569 action plan, in Thai digits
    assert "พ.ศ. 2566 - 2568" in text("30982.pdf")  # the only multi-year plan ends in 2568
    assert "รายงานประจำปี 2567" in text("30117.pdf")  # uploaded in 2569, of FY2567
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("30816.pdf")  # No Gift Policy of two years ago
    assert "พ.ศ. 2568" in openpyxl.load_workbook(SITE / "files/31432.xlsx").active["A1"].value
    assert "31 มีนาคม 2568" in openpyxl.load_workbook(SITE / "files/30283.xlsx").active["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
