"""The dlcenter held-out site is whole: its PDFs, DOCX and XLSX open (the No Gift announcement is a
scan with no text layer), the download centre's rows lack the สขร.1 of January 2568, and its only
dead links are the ones its truth file declares (two 404s and a 0-byte file).  Asserts nothing
about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "dlcenter"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "dl" / "files").iterdir())
    assert len(docs) >= 30
    empty = [p for p in docs if p.stat().st_size == 0]
    assert [p.name for p in empty] == ["2ee7bd9c6d.pdf"]
    assert_documents_open(set(docs) - set(empty))
    assert not pypdf.PdfReader(SITE / "dl/files/84a1b755ba.pdf").pages[0].extract_text().strip()  # the scan
    rows = (SITE / "download" / "cat" / "procure" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2568" in rows and "ประจำเดือนมกราคม 2568" not in rows


def test_dead_links_are_exactly_the_declared_ones():
    dead, _links = dead_local_links(SITE)
    assert dead == {b["url"] for b in TRUTH["broken"]}
    for code, item in TRUTH["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or site_file(SITE, url).is_file(), (code, url)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
