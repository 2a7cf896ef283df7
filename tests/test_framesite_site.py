"""The framesite held-out site is whole: / is a frameset, its documents (served through
/download.php?id=N and the old Joomla copy) open, the procurement report and the declaration of
integrity are scans with no text layer, the สขร.1 list lacks กุมภาพันธ์ 2568, and its only dead
links are the ones its truth file declares (two 404s of the download script).  Asserts nothing
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

SITE = Path(__file__).parent / "sites" / "framesite"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _docs() -> list[Path]:
    return sorted([*(SITE / "download.php.q").glob("*/*"), *(SITE / "old").rglob("*.xls")])


def test_every_document_opens():
    docs = _docs()
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    for scan in ("/download.php?id=67", "/download.php?id=102"):
        assert not pypdf.PdfReader(site_file(SITE, scan)).pages[0].extract_text().strip()
    assert "๒๕๖๘" in pypdf.PdfReader(site_file(SITE, "/download.php?id=22")).pages[0].extract_text()
    assert "๒๕๖๑" in pypdf.PdfReader(site_file(SITE, "/download.php?id=11")).pages[0].extract_text()


def test_frameset_and_query_pages():
    home = (SITE / "index.html").read_text(encoding="utf-8")
    assert "<frameset" in home and 'src="/menu/"' in home and 'src="/main/"' in home
    cat = site_file(SITE, "/index.php?option=com_content&id=34").read_text(encoding="utf-8")
    assert '<iframe src="/doclist.php?cat=4"' in cat
    rows = site_file(SITE, "/doclist.php?cat=4").read_text(encoding="utf-8")
    assert "สขร.1 ม.ค. 68" in rows and "สขร.1 มี.ค. 68" in rows and "ก.พ. 68" not in rows
    assert "ยังไม่มีข้อมูล" in site_file(SITE, "/stat.php?year=2568").read_text(encoding="utf-8")
    post = site_file(SITE, "/index.php?option=com_content&id=52").read_text(encoding="utf-8")
    assert "๒๑ มกราคม ๒๕๖๘" in post


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
