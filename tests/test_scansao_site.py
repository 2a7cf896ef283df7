"""The scansao held-out site is whole: its PDFs, DOCX and XLSX open, the scanned ones have no Thai
text layer (some carry only the scanner's Latin junk), the typed ones carry Thai digits, the
สขร.1 list lacks มกราคม 2568, and its only dead links are the ones its truth file declares (two
404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "scansao"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
THAI = re.compile(r"[\u0e01-\u0e5b]")


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "files").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size > 0 for p in docs)
    assert_documents_open(docs)
    scans = [p for p in docs if p.name.startswith("scan")]
    assert len(scans) >= 12
    for p in scans:  # image only: no Thai in the text layer, at most the scanner's Latin junk
        assert not THAI.search(pypdf.PdfReader(p).pages[0].extract_text() or ""), p
    assert pypdf.PdfReader(SITE / "files/2568/scan0058.pdf").pages[0].extract_text().strip()  # junk layer
    typed = pypdf.PdfReader(SITE / "files/2568/DOC20241107.pdf").pages[0].extract_text()
    assert "แผนการดำเนินงาน" in typed and "๒๕๖๘" in typed
    rows = (SITE / "procurement" / "summary" / "index.html").read_text(encoding="utf-8")
    assert "กุมภาพันธ์ 2568" in rows and "มกราคม 2568" not in rows


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_pages_share_the_chrome():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    for p in pages:
        text = p.read_text(encoding="utf-8")
        assert 'class="topbar"' in text and 'class="menu"' in text and 'class="left"' in text and 'class="footer"' in text, p


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
