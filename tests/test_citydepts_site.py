"""The citydepts held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift announcement is
a scan with no text layer), the procurement page lacks the สขร.1 of February 2568, and its only
dead links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's
verdicts."""

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

SITE = Path(__file__).parent / "sites" / "citydepts"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "uploads").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert_documents_open(docs)
    assert not pypdf.PdfReader(SITE / "uploads/palad/nogift2568.pdf").pages[0].extract_text().strip()  # the scan
    assert "๒๕๖๘" in pypdf.PdfReader(SITE / "uploads/palad/opplan68.pdf").pages[0].extract_text()
    rows = site_file(SITE, "/dept/finance/procurement/").read_text(encoding="utf-8")
    assert "ประจำเดือนมีนาคม 2568" in rows and "ประจำเดือนกุมภาพันธ์ 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    dead, _links = dead_local_links(SITE)
    assert dead == {b["url"] for b in TRUTH["broken"]}
    for code, item in TRUTH["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or site_file(SITE, url).is_file(), (code, url)
    for decoy in TRUTH["decoys"]:
        assert site_file(SITE, decoy["url"]).is_file(), decoy["url"]


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
