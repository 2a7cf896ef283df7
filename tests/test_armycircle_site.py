"""The armycircle held-out site is whole: its documents open (PDF, DOCX, old .doc and .xls; the
2569 anti-corruption plan is a scan with no text layer), its pages are Joomla query-string copies,
the ITA articles are in Thai digits, the สขร.1 category lacks กุมภาพันธ์ 2569, and its only dead
links are the ones its truth file declares (a download id and an old-site file).  Asserts nothing
about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "armycircle"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in (*(SITE / "download.php.q").rglob("*"), *(SITE / "old" / "files").iterdir()) if p.is_file())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert not _text("/download.php?id=59").strip()  # the signed 2569 anti-corruption plan is a scan
    assert "๒๕๖๔ - ๒๕๖๘" in _text("/download.php?id=21")  # the strategy ended with 2568, Thai digits
    assert "๒๕๖๘" in _text("/download.php?id=23")  # the Drive-viewer plan is last year's
    assert "พ.ศ. 2567" in _text("/download.php?id=64")  # the "ITA ๒๕๖๙" row opens the 2567 analysis


def test_joomla_pages_and_ita_in_thai_digits():
    ita = site_file(SITE, TRUTH["ita_page"]).read_text(encoding="utf-8")
    assert "/old/ita2568/" in ita
    group = site_file(SITE, "/index.php?option=com_content&view=article&id=107&Itemid=120").read_text(encoding="utf-8")
    assert "o๒๕" in group and "ITA ๒๕๖๙" in group
    skr = site_file(SITE, "/index.php?option=com_phocadownload&view=category&id=3&Itemid=130").read_text(encoding="utf-8")
    assert "ม.ค. ๖๙" in skr and "มี.ค. ๖๙" in skr and "ก.พ. ๖๙" not in skr
    drive = site_file(SITE, "/index.php?option=com_content&view=article&id=55&Itemid=112").read_text(encoding="utf-8")
    assert "drive.google.com" in drive and "/download.php?id=23" in drive


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
