"""The saomountain held-out site is whole: its PDFs, DOCX, old .doc and .xls open (the FY2567
procurement report and the declaration of integrity are scans with no text layer), the monthly
สขร.1 list lacks มกราคม 2568, and its only dead links are the ones its truth file declares (two
404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "saomountain"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    for scan in ("31448.pdf", "31769.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()


def test_distinctive_facts():
    assert "๒๕๖๑ - ๒๕๖๕" in text("31080.pdf")  # the only local plan ends before 2568 (Thai digits)
    assert "๒๕๖๘" in text("30224.pdf")  # the budget of FY2568, Thai digits
    assert "31 มีนาคม 2567" in text("31495.pdf")  # o6's six-month report is of FY2567
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in text("30605.pdf") and "12 ธันวาคม 2567" in text("30605.pdf")
    assert "พ.ศ. 2566" in text("30973.pdf")  # No Gift Policy of 2566
    risk = "\n".join(p.text for p in docx.Document(SITE / "files" / "31555.docx").paragraphs)
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in risk and "2568" not in risk
    xls = (SITE / "files" / "31709.xls").read_bytes()
    assert "๒๕๖๗".encode("utf-16-le") in xls
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert "การประเมินความเสี่ยงการทุจริต ประจำปี 2568" in (SITE / "download" / "index.html").read_text(encoding="utf-8")
    assert "/files/31555.docx" in ita and "/files/30498.pdf" in ita
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
