"""The saohills held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift announcement and
the สขร.1 of ธันวาคม 2567 are scans with no text layer), the procurement list lacks the สขร.1 of
มกราคม 2568, the HR report 2566 is linked only from last year's ITA page, and its only dead links
are the two its truth file declares (404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "saohills"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
SCANS = ["upload/doc/256710/3125702825.pdf", "upload/doc/256801/1248769415.pdf"]


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "upload").rglob("*") if p.is_file())
    assert len(docs) >= 25
    assert all(p.stat().st_size > 0 for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx"}
    assert_documents_open(docs)
    for scan in SCANS:
        assert not pypdf.PdfReader(SITE / scan).pages[0].extract_text().strip(), scan
    text = pypdf.PdfReader(SITE / "upload/doc/256712/2353635615.pdf").pages[0].extract_text()
    assert "๒๕๖๘" in text  # Thai digits in the text layer
    rows = (SITE / "docs" / "procure" / "index.html").read_text(encoding="utf-8")
    assert "กุมภาพันธ์ ๒๕๖๘" in rows and "มกราคม ๒๕๖๘" not in rows


def test_pages_are_many_and_share_the_chrome():
    pages = sorted(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'id="menu"' in html and 'id="left"' in html and 'id="footer"' in html, page
    hr_report = "/upload/doc/256610/1320547103.pdf"
    linking = {p.relative_to(SITE).as_posix() for p in pages if hr_report in p.read_text(encoding="utf-8")}
    assert linking == {"ita/2567/index.html"}


def test_site_is_small():
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
