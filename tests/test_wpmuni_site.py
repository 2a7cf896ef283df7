"""The wpmuni held-out site is whole: its PDFs, DOCX and XLSX under /wp-content/uploads/ open (the
HR report and the No Gift announcement are scans with no text layer), the procurement category
lacks the สขร.1 of January 2569, and its only dead links are the ones its truth file declares (two
404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "wpmuni"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
UPLOADS = SITE / "wp-content" / "uploads"


def test_every_document_opens():
    docs = sorted(p for p in UPLOADS.rglob("*") if p.suffix in {".pdf", ".docx", ".xlsx"})
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size > 0 for p in docs)
    assert_documents_open(docs)
    for scan in ("2568/10/scan0001.pdf", "2567/10/scan0003.pdf"):
        assert not pypdf.PdfReader(UPLOADS / scan).pages[0].extract_text().strip()
    text = pypdf.PdfReader(UPLOADS / "2569/04/skr1-0369.pdf").pages[0].extract_text()
    assert "สขร.๑" in text and "มีนาคม พ.ศ. ๒๕๖๙" in text
    archive = "".join((SITE / "category" / "procurement" / p / "index.html").read_text(encoding="utf-8")
                      for p in ("", "page/2"))
    assert "ประจำเดือนกุมภาพันธ์ 2569" in archive and "ประจำเดือนมกราคม 2569" not in archive


def test_pages_have_the_chrome():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert 'id="site-navigation"' in text and 'id="secondary"' in text and 'id="colophon"' in text, page
    assert sum(f.stat().st_size for f in SITE.rglob("*") if f.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
    assert TRUTH["year"] == 2569
