"""The tambonita2 held-out site is whole: its PDFs, DOCX, old .doc and .xls open (the 2567
anti-corruption report and the declaration of integrity are scans with no text layer), the
main CMS's pages and downloads are query-string copies, the ITA section is a second CMS with a
folder per year, the monthly สขร.1 page lacks มกราคม 2569, and its only dead links are the ones its
truth file declares (two 404s, one of them a download script's id).  Asserts nothing about the
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

SITE = Path(__file__).parent / "sites" / "tambonita2"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOC_EXT = {".pdf", ".docx", ".doc", ".xls"}


def documents() -> list[Path]:
    return sorted(p for p in SITE.rglob("*") if p.is_file() and p.suffix in DOC_EXT)


def text(url: str) -> str:
    return site_file(SITE, url).read_text(encoding="utf-8")


def test_every_document_opens():
    docs = documents()
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == DOC_EXT
    for scan in ("/ita/2569/files/1731.pdf", "/ita/2569/files/1690.pdf"):
        assert not pypdf.PdfReader(site_file(SITE, scan)).pages[0].extract_text().strip()
    budget = pypdf.PdfReader(site_file(SITE, "/ita/2569/files/1652.pdf")).pages[0].extract_text()
    assert "๒๕๖๙" in budget  # Thai digits
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=3")).pages[0].extract_text()
    assert "๒๕๖๑" in plan and "๒๕๖๕" in plan and "2569" not in plan and "๒๕๖๙" not in plan
    report = pypdf.PdfReader(site_file(SITE, "/download.php?id=19")).pages[0].extract_text()
    assert "2567" in report and "2568" not in report


def test_two_cms_and_their_habits():
    assert (SITE / "download.php.q" / "id=24" / "SOP_kongklang.doc").is_file()
    assert site_file(SITE, "/index.php?option=com_content&view=article&id=3").name == "index.html"
    assert 'content="Joomla!' in text("/")
    assert "ITA Portal" in text("/ita/2569/9-1/") and "ITA Portal" not in text("/")
    assert "/ita/2568/files/1544.pdf" in text("/ita/2569/10-1/")  # a 2569 row into the 2568 folder
    months = text("/ita/2569/o11/")
    assert "เดือนธันวาคม 2568" in months and "เดือนกุมภาพันธ์ 2569" in months
    assert "มกราคม 2569" not in months
    assert "ปีงบประมาณ พ.ศ. 2568" in text("/ita/2569/o18/")
    assert "drive.google.com" in text("/ebook.php?book=3") and "/download.php?id=26" in text("/ebook.php?book=3")
    assert "๒๕๖๘" in text("/ita/2568/") and "/old/ita-analysis/" in text("/ita/2569/10-2/")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
