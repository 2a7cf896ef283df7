"""The muangnorth held-out site is whole: its PDFs, DOCX, old .doc and .xls open (the FY2567
anti-corruption report is a scan with no text layer), the monthly สขร.1 list lacks กุมภาพันธ์ 2568,
the English mirror shares the template, and its only dead links are the ones its truth file
declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "muangnorth"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert not _text("30654.pdf").strip()  # the scan
    assert "๒๕๖๑" in _text("30112.pdf") and "๒๕๖๕" in _text("30112.pdf")  # plan ends before 2568
    assert "๒๕๖๘" in _text("30203.pdf")  # the budget, Thai digits
    assert "ตุลาคม 2566 - มีนาคม 2567" in _text("30217.pdf")  # last year's six-month report
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in _text("30229.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in _text("30590.pdf")  # the No Gift declaration
    plan = docx.Document(SITE / "files/30185.docx")
    assert "2568" in plan.paragraphs[0].text
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 เดือนตุลาคม 2567" in rows and "สขร.1 เดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows


def test_ita_page_and_english_mirror():
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert "อยู่ระหว่างจัดทำ" in ita and "/files/30977.pdf" in ita
    en = list((SITE / "en").rglob("index.html"))
    assert len(en) == 6
    for page in en:
        html = page.read_text(encoding="utf-8")
        assert '<html lang="en">' in html and "<footer>" in html and "<aside>" in html


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
