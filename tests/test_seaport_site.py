"""The seaport held-out site is whole: its documents (sent by a download script, kept under
download.php.q/) open as PDF, DOCX, old .doc and .xls (the code of ethics is a scan with no text
layer), the monthly สขร.1 page lacks กุมภาพันธ์ 2569, the ITA page of 2569 is split into six group
pages, and its only dead links are the ones its truth file declares (two download ids).  Asserts
nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "seaport"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert all(len(list(p.iterdir())) == 1 for p in (SITE / "download.php.q").iterdir())
    assert not pypdf.PdfReader(site_file(SITE, "/download.php?id=8")).pages[0].extract_text().strip()  # scan
    assert "พ.ศ. ๒๕๖๙" in text("/download.php?id=41")  # operating plan 2569 in Thai digits
    assert "2564 - 2568" in text("/download.php?id=3")  # the enterprise plan ends before 2569
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("/download.php?id=52")  # posted in 2569, of FY2567
    assert site_file(SITE, "/download.php?id=66").read_bytes()[:4] == b"\xd0\xcf\x11\xe0"


def test_monthly_page_lacks_february_and_ita_is_split():
    months = site_file(SITE, "/index.php?option=com_content&view=article&id=70").read_text(encoding="utf-8")
    assert "มกราคม ๒๕๖๙" in months and "มีนาคม ๒๕๖๙" in months and "กุมภาพันธ์" not in months
    ita = site_file(SITE, "/ita.php?year=2569").read_text(encoding="utf-8")
    assert ita.count("group=") == 6
    six = site_file(SITE, "/ita.php?year=2569&group=6").read_text(encoding="utf-8")
    assert "download.php?id=64" in six and "o25" in six and "/old/ita/" in six


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
