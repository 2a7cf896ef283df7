"""The staleyear held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift announcement of
2568 is a scan with no text layer), its สขร.1 page lacks January 2569, two files labelled 2569 hold
FY2568 content, and its only dead link is the one its truth file declares (a 404 on the ITA 2569
page).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "staleyear"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "images" / "files").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size > 0 for p in docs)
    assert_documents_open(docs)
    assert not pypdf.PdfReader(SITE / "images/files/2567-10/c2eed3db.pdf").pages[0].extract_text().strip()  # the scan
    for labelled_2569 in ["2568-12/e91c62b8.pdf", "2569-01/04d8a7ca.pdf"]:
        text = pypdf.PdfReader(SITE / "images/files" / labelled_2569).pages[0].extract_text()
        assert "2568" in text and "2569" not in text, labelled_2569
    rows = (SITE / "procurement" / "monthly" / "index.html").read_text(encoding="utf-8")
    assert "กุมภาพันธ์ 2569" in rows and "มกราคม 2569" not in rows


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


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
