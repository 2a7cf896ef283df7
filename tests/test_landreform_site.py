"""The landreform held-out site is whole: its PDFs, DOCX, old .doc and .xls open (the FY2567 annual
procurement report and the declaration of integrity are scans with no text layer), the expired
strategic plan is in Thai digits, the monthly สขร.1 list of FY2568 lacks มกราคม 2568, and its only
dead links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's
verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "landreform"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def pdf_text(name: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    for scan in ("31066.pdf", "31398.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()


def test_distinctive_facts():
    assert "(พ.ศ. ๒๕๖๓ - ๒๕๖๗)" in pdf_text("31267.pdf")  # the expired plan, in Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 31 มีนาคม 2567)" in pdf_text("31114.pdf")  # last year's 6 months
    assert "รายงานประจำปี 2566" in pdf_text("30118.pdf")
    assert "9 ตุลาคม 2566" in pdf_text("30581.pdf")  # the No Gift announcement of two years before
    assert "แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. 2567".encode("utf-16-le") in (SITE / "files/30450.doc").read_bytes()
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2567" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2568" in rows
    assert "มกราคม 2568" not in rows
    old = (SITE / "procurement" / ".q" / "year=2567" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนกันยายน 2567" in old
    assert "อยู่ระหว่างดำเนินการ" in (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
