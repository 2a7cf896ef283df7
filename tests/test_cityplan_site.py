"""The cityplan held-out site is whole: its PDFs, DOCX and XLSX open (two PDFs are scans with no text
layer), the FY2568 สขร.1 list lacks ธันวาคม 2567, the site folder stays small, and its only dead links
are the ones its truth file declares (two deleted files).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "cityplan"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
SCANS = {"uploads/2567/10/nogift68.pdf", "uploads/2568/01/scan_20250120_0931.pdf"}


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "uploads").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx"}
    assert all(p.stat().st_size > 0 for p in docs)
    assert_documents_open(docs)
    for p in docs:
        if p.suffix == ".pdf":
            text = pypdf.PdfReader(p).pages[0].extract_text().strip()
            assert bool(text) == (p.relative_to(SITE).as_posix() not in SCANS), p
    rows = (SITE / "procurement" / "skr" / "2568" / "index.html").read_text(encoding="utf-8")
    assert "ในรอบเดือน มีนาคม 2568" in rows and "ในรอบเดือน ธันวาคม 2567" not in rows


def test_site_is_small_and_has_its_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
    for code, item in TRUTH["items"].items():
        assert bool(item.get("months_missing")) == (item["status"] == "review" and code == "O12"), code
