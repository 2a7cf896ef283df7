"""The muniviewer held-out site is whole: its PDFs, the old .doc and .xls open (the risk assessment
is a scan with no text layer), the documents sit under upload-timestamp names behind a PDF.js
viewer page or a download script whose static copies are served by query string, the monthly
สขร.1 list lacks กุมภาพันธ์ 2568, the ITA page has a year selector, and its only dead links are the
ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "muniviewer"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir()) + sorted((SITE / "download.php.q").glob("*/*"))
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".doc", ".xls"}
    assert not pypdf.PdfReader(SITE / "files/1731899947.pdf").pages[0].extract_text().strip()  # the scan
    assert "๒๕๖๘" in pypdf.PdfReader(SITE / "files/1727406148.pdf").pages[0].extract_text()  # Thai digits
    plan = pypdf.PdfReader(SITE / "files/1483931540.pdf").pages[0].extract_text()
    assert "๒๕๖๑ - ๒๕๖๕" in plan
    risk = pypdf.PdfReader(SITE / "files/1729739984.pdf").pages[0].extract_text()
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in risk


def test_the_site_publishes_through_its_viewer_and_scripts():
    ita = site_file(SITE, "/ita.php?year=2568").read_text(encoding="utf-8")
    assert '<option value="/ita.php?year=2567">' in ita and 'href="/ita.php?year=2567"' not in ita
    o5 = site_file(SITE, "/ita.php?year=2568&o=5").read_text(encoding="utf-8")
    assert 'href="/viewer/?file=/files/1483931540.pdf"' in o5 and 'href="/download.php?id=3"' in o5
    assert site_file(SITE, "/download.php?id=3").read_bytes() == (SITE / "files/1483931540.pdf").read_bytes()
    assert "drive.google.com" in site_file(SITE, "/ita.php?year=2568&o=26").read_text(encoding="utf-8")
    rows = site_file(SITE, "/index.php?option=com_content&view=article&id=9").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2568" in rows and "สขร.1 ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
