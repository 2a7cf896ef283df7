"""The georesources held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the
anti-corruption plan 2569 is a scan with no text layer), its documents go out through a download
script kept as query copies, the monthly สขร.1 list lacks ธันวาคม 2568, and its only dead links are
the ones its truth file declares (two 404s, one of them a download id).  Asserts nothing about the
audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "georesources"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
KINDS = {".pdf", ".docx", ".xlsx", ".doc", ".xls"}


def text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in KINDS)
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == KINDS
    assert sum(1 for p in docs if "download.php.q" in p.parts) >= 30  # behind the download script
    assert not text("/download.php?id=34").strip()  # the scan
    assert "๒๕๖๕" in text("/download.php?id=3") and "๒๕๖๘" in text("/download.php?id=3")
    measures = text("/download.php?id=36")
    assert "๒๕๖๗" in measures and "๒๕๖๙" not in measures  # the row says 2569
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๗" in text("/download.php?id=30")
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=27")).active
    assert "31 มีนาคม 2568" in sheet["A2"].value


def test_pages_and_selectors():
    rows = site_file(SITE, "/index.php?option=com_phocadownload&view=category&id=2").read_text(encoding="utf-8")
    assert "สขร.๑ เดือนพฤศจิกายน ๒๕๖๘" in rows and "สขร.๑ เดือนมกราคม ๒๕๖๙" in rows
    assert "ธันวาคม" not in rows
    assert "&amp;year=2568" in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert ita.count("view=article&amp;id=1") == 26  # one page per item
    viewer = site_file(SITE, "/viewer.php?file=km_pp_01").read_text(encoding="utf-8")
    assert "drive.google.com" in viewer and "/images/stories/manual/km_pp_01.pdf" in viewer
    assert "rpt_ac_2567.pdf" in (SITE / "web2562" / "ita" / "index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
