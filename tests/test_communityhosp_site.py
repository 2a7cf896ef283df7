"""The communityhosp held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift announcement and
the ITA working-group order are scans with no text layer), the สขร.1 list lacks ธันวาคม 2568, the
folder stays small, and its only dead links are the ones its truth file declares (two 404s linked
from the ITA page).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "communityhosp"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
UPLOADS = SITE / "wp-content" / "uploads"


def test_every_document_opens():
    docs = sorted(p for p in UPLOADS.rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size > 0 for p in docs)
    assert_documents_open(docs)
    for scan in ("2025/10/nogift2569.pdf", "2025/10/order-ita-2569.pdf"):
        assert not pypdf.PdfReader(UPLOADS / scan).pages[0].extract_text().strip(), scan
    text = pypdf.PdfReader(UPLOADS / "2025/10/action-plan-2569.pdf").pages[0].extract_text()
    assert "แผนปฏิบัติการ" in text and "๒๕๖๙" in text  # a real Thai text layer, in Thai digits
    months = (SITE / "procurement" / "monthly" / "index.html").read_text(encoding="utf-8")
    assert "เดือนมกราคม 2569" in months and "เดือนธันวาคม 2568" not in months


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    assert not list(SITE.rglob("__pycache__"))


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
    for code, item in TRUTH["items"].items():
        assert (item["status"] == "missing") == (item.get("url") is None), code
