"""The exciseoffice held-out site is whole: its PDFs, DOCX, .doc and .xls open (the annual
procurement report and the region's No Gift announcement are scans with no text layer), the
monthly สขร.1 list lacks กุมภาพันธ์ 2568, the strategic plan ends in 2567, and its only dead links
are the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "exciseoffice"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    for scan in ("31322.pdf", "31369.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()


def test_distinctive_facts():
    assert "๒๕๖๘" in text("30417.pdf")  # the operating plan in Thai digits
    assert "2563 - 2567" in text("31650.pdf")  # the strategic plan ends before FY2568
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in text("31569.pdf")  # last year's six-month report
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in text("31525.pdf")  # the row says 2567
    assert "พ.ศ. 2566" in "".join(p.text for p in docx.Document(SITE / "files/30836.docx").paragraphs)
    assert "2567".encode("utf-16-le") in (SITE / "files/31615.xls").read_bytes()  # FY2567 statistics
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2568" in rows and "สขร.1 ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
