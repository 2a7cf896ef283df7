"""The dsiregion held-out site is whole: its documents (PDF, DOCX, old .doc and .xls, served
through /download.php?id=N and from the old website's copy) open, the 2569 anti-corruption plan
is a scan with no text layer, the monthly สขร.1 lack มกราคม 2569, and its only dead links are the
ones its truth file declares.  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "dsiregion"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    docs += sorted((SITE / "old" / "images").rglob("*.pdf"))
    assert 28 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert not _text("/download.php?id=36").strip()  # the 2569 anti-corruption plan: a scan
    assert "๒๕๖๘" in _text("/download.php?id=47")  # Thai digits
    assert "พ.ศ. 2567" in _text("/download.php?id=27")  # the report posted in 2569 covers 2567
    assert "ประจำปี พ.ศ. 2567" in _text("/download.php?id=38")  # its row says ๒๕๖๙
    assert "2563 - 2567" in _text("/download.php?id=21")


def test_awkward_shapes():
    ita = site_file(SITE, "/ita.php?year=2569&group=8").read_text(encoding="utf-8")
    assert "ประจำปี ๒๕๖๙" in ita and "download.php?id=38" in ita
    assert "/old/images/stories/ita/" in site_file(SITE, "/ita.php?year=2569&group=7").read_text(encoding="utf-8")
    viewer = site_file(SITE, "/index.php?option=com_content&view=article&id=20").read_text(encoding="utf-8")
    assert "drive.google.com" in viewer and "/download.php?id=24" in viewer
    months = site_file(SITE, "/index.php?option=com_content&view=article&id=40").read_text(encoding="utf-8")
    assert "ธันวาคม ๒๕๖๘" in months and "กุมภาพันธ์ ๒๕๖๙" in months and "มกราคม ๒๕๖๙" not in months


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
