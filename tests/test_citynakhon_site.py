"""The citynakhon held-out site (a large city municipality, ITA 2569) is whole: its PDFs, DOCX and
XLSX open (the No Gift announcement is a scan with no text layer), the FY2569 สขร.1 list lacks
มกราคม 2569, and its only dead links are the ones its truth file declares (the FY2568
anti-corruption report and a file of last year's OIT page, both 404).  Asserts nothing about the
audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "citynakhon"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "uploads").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size > 0 for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx"}
    assert not pypdf.PdfReader(SITE / "uploads/2569/bdde52685e.pdf").pages[0].extract_text().strip()  # the scan
    text = pypdf.PdfReader(SITE / "uploads/2569/790e344b08.pdf").pages[0].extract_text()
    assert "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569" in text
    rows = (SITE / "procurement" / "sor1" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2569" in rows and "ประจำเดือนมกราคม 2569" not in rows


def test_pages_and_size():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'class="menu"' in html and 'class="side"' in html and 'class="ft"' in html, page
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
    for item in TRUTH["items"].values():
        assert ("url" in item) == (item["status"] != "missing")
