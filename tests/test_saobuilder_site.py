"""The saobuilder held-out site is whole: its documents (behind the download script, in the
builder's upload folders and on the old website) open, the anti-corruption plan is a scan with no
text layer, the pages are written in Thai digits, the procurement box lists กุมภาพันธ์ ๒๕๖๘ whose file
is gone, and its only dead links are the ones its truth file declares.  Asserts nothing about the
audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "saobuilder"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOC_SUFFIXES = {".pdf", ".docx", ".xlsx", ".doc", ".xls"}


def _documents() -> list[Path]:
    return sorted(p for p in SITE.rglob("*") if p.is_file() and p.suffix in DOC_SUFFIXES)


def test_every_document_opens():
    docs = _documents()
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert len(list((SITE / "download.php.q").iterdir())) == 30  # one uploaded file per id
    scan = site_file(SITE, "/upload/files/2567/10/c41d7b08.pdf")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    budget = pypdf.PdfReader(site_file(SITE, "/upload/files/2567/09/a83f21c7.pdf")).pages[0].extract_text()
    assert "พ.ศ. ๒๕๖๘" in budget  # Thai digits
    hr_plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=25")).pages[0].extract_text()
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in hr_plan  # the row says ๒๕๖๘
    assert site_file(SITE, "/download.php?id=20").name == "manual_saraban.doc"


def test_pages_are_builder_pages_in_thai_digits():
    box = site_file(SITE, "/index.php?mod=download&cat=5").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ ๒๕๖๘" in box and 'href="/download.php?id=44"' in box
    assert not site_file(SITE, "/download.php?id=44").exists()
    group = site_file(SITE, "/index.php?mod=ita&year=2568&group=4").read_text(encoding="utf-8")
    assert "ข้อ O๑๔" in group and "แผนพัฒนาบุคลากร ประจำปีงบประมาณ ๒๕๖๘" in group
    home = (SITE / "index.html").read_text(encoding="utf-8")
    assert "๐ ๔๓๗๕ ๑๒๙๐" in home and "0 4375 1290" not in home
    assert "ThaiLocalWeb" in home and 'href="/old/"' in home


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert len(list((SITE / "index.php.q").iterdir())) >= 50
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
