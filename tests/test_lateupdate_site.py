"""The lateupdate held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift announcement
and a procurement winner notice are scans with no text layer), the สขร.1 list lacks มกราคม 2569,
and its only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the
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

SITE = Path(__file__).parent / "sites" / "lateupdate"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
SCANS = {"uploads/2568/10/nogift-2569.pdf", "uploads/2569/02/winner-print-plan.pdf"}


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "uploads").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert_documents_open(docs)
    for p in docs:
        if p.suffix == ".pdf":
            text = pypdf.PdfReader(p).pages[0].extract_text().strip()
            assert bool(text) == (p.relative_to(SITE).as_posix() not in SCANS), p
    rows = (SITE / "procurement" / "skr" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2569" in rows and "ประจำเดือนมกราคม 2569" not in rows


def test_site_is_of_the_asked_size():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
    for item in TRUTH["items"].values():
        if item["status"] == "missing":
            assert item["url"] is None
