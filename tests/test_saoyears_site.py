"""The saoyears held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift declaration of
2568 and the 2566 operating plan are scans with no text layer), the ITA page keeps its three year
sections with 2568 on top, the สขร.1 of ธันวาคม 2567 is nowhere, and its only dead links are the
ones its truth file declares (two files that are gone).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "saoyears"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "upload").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size > 0 for p in docs)
    assert_documents_open(docs)
    for scan in ("upload/ita68/o21.pdf", "upload/ita66/opplan66.pdf"):
        assert not pypdf.PdfReader(SITE / scan).pages[0].extract_text().strip(), scan
    text = pypdf.PdfReader(SITE / "upload/ita68/o23.pdf").pages[0].extract_text()
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘" in text


def test_ita_page_has_three_years_and_a_month_gap():
    page = (SITE / "ita" / "index.html").read_text(encoding="utf-8")
    starts = [page.index(f'id="ita{y}"') for y in (2568, 2567, 2566)]
    assert starts == sorted(starts)
    assert page[: starts[1]].count("อยู่ระหว่างดำเนินการ") == 5
    for where in ("ita", "procurement"):
        html = (SITE / where / "index.html").read_text(encoding="utf-8")
        assert "skr1-12-67" not in html and "ธ.ค. 67" not in html and "ธันวาคม 2567" not in html
    assert not (SITE / "upload/ita68/skr1-12-67.pdf").exists()


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_site_size_and_page_count():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
