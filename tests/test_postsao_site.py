"""The postsao held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift announcement and
the FY2569 budget are scans with no text layer), the procurement category has no สขร.1 of January
2569, and its only dead links are the ones its truth file declares (two files that are gone).
Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "postsao"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "uploads" / "files").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size > 0 for p in docs)
    assert_documents_open(docs)
    for scan in ("202510/20251001_0262b1.pdf", "202509/20250922_f8940b.pdf"):
        assert not pypdf.PdfReader(SITE / "uploads/files" / scan).pages[0].extract_text().strip()
    text = pypdf.PdfReader(SITE / "uploads/files/202511/20251112_f568df.pdf").pages[0].extract_text()
    assert "๒๕๖๘" in text  # Thai digits in the text layer
    rows = (SITE / "news" / "cat" / "procure" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2569" in rows and "ประจำเดือนมกราคม 2569" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:  # the chrome is on every page
        text = page.read_text(encoding="utf-8")
        assert 'id="menu"' in text and 'id="side"' in text and 'id="footer"' in text, page


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
    for code, item in TRUTH["items"].items():
        assert item["status"] in {"found", "outdated", "review", "missing"}, code
        assert (item["status"] == "missing") == (item.get("url") is None), code
