"""The imagemapita held-out site is whole: its documents (behind /download.php?id=N) open, the
complaint manual is a scan with no text layer, the ITA page is one image with a 26-area image map
whose O26 area is the dead /download.php?id=8, the monthly สขร.1 list lacks กุมภาพันธ์ 2569, and its
only dead links are the ones its truth file declares.  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "imagemapita"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    scan = site_file(SITE, "/download.php?id=27")
    assert not any(page.extract_text().strip() for page in pypdf.PdfReader(scan).pages)
    budget = pypdf.PdfReader(site_file(SITE, "/download.php?id=6")).pages[0].extract_text()
    assert "๒๕๖๙" in budget  # Thai digits
    risk = pypdf.PdfReader(site_file(SITE, "/download.php?id=31")).pages[0].extract_text()
    assert "2568" in risk and "2569" not in risk


def test_ita_page_is_an_image_map():
    ita = (SITE / "ita2569" / "index.html").read_text(encoding="utf-8")
    assert 'usemap="#oit2569"' in ita and (SITE / "images" / "ita2569_oit.png").is_file()
    areas = re.findall(r'<area [^>]*href="([^"]+)"[^>]*alt="(O\d+) ', ita)
    assert [code for _href, code in areas] == [f"O{i}" for i in range(1, 27)]
    assert dict((c, h) for h, c in areas)["O26"] == "/download.php?id=8"
    rows = (SITE / "index.php.q" / "option=com_content&view=category&id=23" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 มกราคม 2569" in rows and "สขร.1 มีนาคม 2569" in rows
    assert "กุมภาพันธ์ 2569" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
