"""The regionoffice held-out site is whole: its PDFs, DOCX and XLSX open, its Word 97 .doc and .xls
files are OLE2 files, two PDFs are scans with no text layer, the monthly สขร.1 list lacks มกราคม
2568, and its only dead links are the ones its truth file declares.  Asserts nothing about the
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

SITE = Path(__file__).parent / "sites" / "regionoffice"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def test_every_document_opens():
    docs = sorted(p for d in ("files", "dept") for p in (SITE / d).rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    old = [p for p in docs if p.suffix in (".doc", ".xls")]
    assert len(old) == 3 and all(p.read_bytes().startswith(OLE2) for p in old)
    assert_documents_open(set(docs) - set(old))
    for scan in ("files/2568/nogift-2568.pdf", "files/2568/skr1-2568-02.pdf"):
        assert not pypdf.PdfReader(SITE / scan).pages[0].extract_text().strip()
    assert "แผนปฏิบัติราชการ" in pypdf.PdfReader(SITE / "files/2568/action-plan-2568.pdf").pages[0].extract_text()
    rows = (SITE / "procurement" / "monthly" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2568" in rows and "มกราคม 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    assert all("สำนักงานทรัพยากรน้ำภาคที่ 13" in p.read_text(encoding="utf-8") for p in pages)


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
