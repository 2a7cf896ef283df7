"""The stateent held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift announcement and an
invitation letter are scans with no text layer), the monthly สขร.1 list of FY2568 lacks มกราคม 2568,
and its only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the
audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "stateent"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
UPLOADS = SITE / "wp-content" / "uploads"


def test_every_document_opens():
    docs = sorted(p for p in UPLOADS.rglob("*") if p.suffix in {".pdf", ".docx", ".xlsx"})
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    for scan in ("2024/10/scan-nogift-2568.pdf", "2025/01/invite-stakeholder-2568.pdf"):
        assert not pypdf.PdfReader(UPLOADS / scan).pages[0].extract_text().strip()
    assert "มีนาคม 2568" in pypdf.PdfReader(UPLOADS / "2025/04/skr1-Mar68.pdf").pages[0].extract_text()
    rows = (SITE / "procurement" / "monthly" / "index.html").read_text(encoding="utf-8")
    assert "เดือนกุมภาพันธ์ 2568" in rows and "เดือนธันวาคม 2567" in rows and "เดือนมกราคม 2568" not in rows


def test_dead_links_are_exactly_the_declared_ones():
    dead, _links = dead_local_links(SITE)
    assert dead == {b["url"] for b in TRUTH["broken"]}
    for code, item in TRUTH["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or site_file(SITE, url).is_file(), (code, url)
    for decoy in TRUTH["decoys"]:
        assert site_file(SITE, decoy["url"]).is_file(), decoy["url"]


def test_every_page_has_the_chrome():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert 'class="topbar"' in text and 'class="nav"' in text and 'class="side"' in text and 'class="foot"' in text, page


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
