"""The deptsite held-out site is whole: its PDFs, DOCX and XLSX open (the ethics order and the No Gift
declaration are scans with no text layer), the สขร.1 list of FY2569 lacks มกราคม 2569, and its only
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

SITE = Path(__file__).parent / "sites" / "deptsite"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
SCANS = ["uploads/2025/11/ethics-committee-order-2569.pdf", "uploads/2024/10/nogift-2568.pdf"]


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "uploads").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size > 0 for p in docs)
    assert_documents_open(docs)
    for scan in SCANS:
        assert not pypdf.PdfReader(SITE / scan).pages[0].extract_text().strip(), scan
    text = pypdf.PdfReader(SITE / "uploads/2026/04/สขร1-มีค69.pdf").pages[0].extract_text()
    assert "มีนาคม พ.ศ. 2569" in text
    months = (SITE / "infocenter" / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2569" in months and "ประจำเดือนมกราคม 2569" not in months


def test_pages_share_the_chrome_and_stay_small():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert 'class="topbar"' in text and "<nav>" in text and 'class="side"' in text and "<footer>" in text, page
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
    for item in TRUTH["items"].values():
        if item["status"] != "missing":
            assert item.get("url"), item["title"]
