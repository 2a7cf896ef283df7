"""The sparsesao held-out site is whole: its PDFs, DOCX and XLSX open (the citizen's manual and the
No Gift declaration are scans with no text layer), the procurement page lacks the สขร.1 of มกราคม
and มีนาคม 2569, and its only dead links are the ones its truth file declares (the webboard and two
files that were never stored).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    dead_local_links,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "sparsesao"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "upload").iterdir())
    assert 25 <= len(docs) <= 45
    assert_documents_open(docs)
    for scan in ("file_0530.pdf", "file_0672.pdf"):
        assert not pypdf.PdfReader(SITE / "upload" / scan).pages[0].extract_text().strip()
    assert "๒๕๖๙" in pypdf.PdfReader(SITE / "upload/file_0763.pdf").pages[0].extract_text()
    rows = (SITE / "procure" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2569" in rows and "ประจำเดือนมกราคม 2569" not in rows
    assert "ประจำเดือนมีนาคม 2569" not in rows


def test_dead_links_are_exactly_the_declared_ones():
    dead, _links = dead_local_links(SITE)
    assert dead == {b["url"] for b in TRUTH["broken"]}
    for code, item in TRUTH["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or site_file(SITE, url).is_file(), (code, url)


def test_pages_and_size():
    assert 40 <= len(list(SITE.rglob("index.html"))) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
