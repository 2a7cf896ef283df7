"""The irrigation held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift announcement is a
scan with no text layer), the monthly procurement list lacks the สขร.1 of January 2569, and its only
dead links are the ones its truth file declares.  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "irrigation"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "files").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert_documents_open(docs)
    assert not pypdf.PdfReader(SITE / "files/2569/nogift-2569.pdf").pages[0].extract_text().strip()  # the scan
    assert "๒๕๖๙" in pypdf.PdfReader(SITE / "files/2569/action-plan-2569.pdf").pages[0].extract_text()
    rows = (SITE / "procurement" / "monthly" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2569" in rows and "ประจำเดือนมกราคม 2569" not in rows


def test_pages_and_size():
    assert 40 <= len(list(SITE.rglob("index.html"))) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    dead, _links = dead_local_links(SITE)
    assert dead == {b["url"] for b in TRUTH["broken"]}
    for code, item in TRUTH["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or site_file(SITE, url).is_file(), (code, url)
    for d in TRUTH["decoys"]:
        assert site_file(SITE, d["url"]).is_file(), d


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
