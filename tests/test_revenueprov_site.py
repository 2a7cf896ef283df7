"""The revenueprov held-out site (an area excise office) is whole: its PDFs, DOCX and XLSX open, its
old Word 97 / Excel 97 files are OLE2 containers, the ethics code and the declaration of integrity
are scans with no text layer, the monthly สขร.1 list lacks มกราคม 2569, and its only dead links are
the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "revenueprov"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"}])
    old = [p for p in docs if p.suffix in {".doc", ".xls"}]
    assert len(old) == 4 and all(p.read_bytes().startswith(OLE2) for p in old)
    for scan in ("4310.pdf", "5020.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๖ - ๒๕๖๘" in text("4417.pdf")  # the 3-year plan ends before 2569, in Thai digits
    assert "พ.ศ. 2567" in text("5121.pdf")  # the ITA analysis re-posted in Dec 2568 is of ITA 2567
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("4533.pdf")  # No Gift Policy of FY2567
    # the risk assessment listed as "ปี 2569" is the FY2568 one (UTF-16 in the Word 97 file)
    assert "ประจำปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in (SITE / "files/5047.doc").read_bytes()
    assert "ปี 2569" in (SITE / "download/integrity/index.html").read_text(encoding="utf-8")
    sheet = openpyxl.load_workbook(SITE / "files/5189.xlsx").active
    assert "2569" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    stats = (SITE / "complaint/stats/index.html").read_text(encoding="utf-8")
    assert "<td>2568</td>" in stats and "<td>2569</td>" not in stats
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
