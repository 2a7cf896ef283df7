"""The fyedges held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift declaration and the
operating plan's announcement are scans with no text layer), the procurement plan keeps its
copy-paste slip (cover ๒๕๖๙, table ๒๕๖๘), the สขร.1 list lacks February 2569, and its only dead
links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "fyedges"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "files").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert_documents_open(docs)
    for scan in ("files/2568/scan_0098.pdf", "files/2568/scan_0114.pdf"):
        assert not pypdf.PdfReader(SITE / scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(SITE / "files/2568/procplan69.pdf")
    assert "๒๕๖๙" in plan.pages[0].extract_text() and "พ.ศ. ๒๕๖๘" in plan.pages[1].extract_text()
    rows = (SITE / "docs" / "skr" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนมีนาคม 2569" in rows and "ประจำเดือนกุมภาพันธ์ 2569" not in rows


def test_pages_share_the_chrome():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert 'class="nav"' in text and 'class="side"' in text and 'class="footer"' in text, page


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


def test_site_stays_small():
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
