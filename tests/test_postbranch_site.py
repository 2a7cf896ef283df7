"""The postbranch held-out site is whole: its PDFs, DOCX, old .doc and .xls open (the complaint
guideline is a scan with no text layer), documents go out through download.php query copies, the
monthly สขร.1 list of 2569 lacks มกราคม 2569, the complaint statistics page is in Thai digits only,
and its only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the
audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "postbranch"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOCS = sorted(p for p in [*SITE.glob("download.php.q/*/*"), *SITE.glob("old/files/**/*")] if p.is_file())


def test_every_document_opens():
    assert 25 <= len(DOCS) <= 45
    assert all(p.stat().st_size for p in DOCS)
    assert_documents_open(DOCS)
    assert {p.suffix for p in DOCS} == {".pdf", ".docx", ".doc", ".xls"}
    scan = site_file(SITE, "/download.php?id=201")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    report = pypdf.PdfReader(site_file(SITE, "/download.php?id=131")).pages[0].extract_text()
    assert "๒๕๖๗" in report and "2567" not in report  # Thai digits, calendar year 2567
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=112")).pages[0].extract_text()
    assert "2564 - 2568" in plan


def test_distinctive_pages():
    procurement = site_file(SITE, "/index.php?option=com_content&view=article&id=30&year=2569").read_text(encoding="utf-8")
    assert "เดือนธันวาคม 2568" in procurement and "เดือนกุมภาพันธ์ 2569" in procurement
    assert "มกราคม 2569" not in procurement
    stats = site_file(SITE, "/index.php?option=com_content&view=article&id=11").read_text(encoding="utf-8")
    content = stats.split('id="content"')[1].split('id="aside"')[0]
    body_text = re.sub(r"<[^>]*>", " ", content)  # the words, without tags or links
    assert "๒๕๖๘" in content and not any(c in body_text for c in "0123456789")
    ita = site_file(SITE, "/index.php?option=com_content&view=article&id=46").read_text(encoding="utf-8")
    assert "/download.php?id=8" in ita and "อยู่ระหว่างดำเนินการ" in ita
    assert (SITE / "old" / "ita-2568" / "index.html").is_file()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
