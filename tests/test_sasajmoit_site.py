"""The sasajmoit held-out site is whole: its attachments (sent by /download.php?id=N, kept under
download.php.q/) open as PDF, DOCX, XLSX, old .xls and .doc; the complaint statistics and the ITA
order are scans with no text layer; the risk assessment posted as "ปี 2568" is of 2567 inside; the
monthly สขร.1 lack กุมภาพันธ์ 2568; and its only dead links are the two its truth file declares.
Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "sasajmoit"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.is_file() and p.suffix in {".pdf", ".docx", ".xlsx", ".xls", ".doc"})
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".xls", ".doc"}
    for scan in ("/download.php?id=44", "/download.php?id=53"):
        assert not pypdf.PdfReader(site_file(SITE, scan)).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=14")).pages[0].extract_text()
    assert "พ.ศ. ๒๕๖๘" in plan and "2568" not in plan  # Thai digits only
    risk = site_file(SITE, "/download.php?id=48")
    assert risk.suffix == ".doc" and "ประจำปีงบประมาณ พ.ศ. 2567".encode("utf-16-le") in risk.read_bytes()
    stats = openpyxl.load_workbook(site_file(SITE, "/download.php?id=23")).active
    assert "พ.ศ. 2567" in stats["A1"].value


def test_distinctive_pages():
    ita = site_file(SITE, TRUTH["ita_page"]).read_text(encoding="utf-8")
    assert "o๒๖" in ita and "o26" not in ita and "/web2566/ita2567/" in ita
    o12 = site_file(SITE, "/index.php?option=com_content&view=article&id=212").read_text(encoding="utf-8")
    assert "ม.ค. ๖๘" in o12 and "มี.ค. ๖๘" in o12 and "ก.พ." not in o12
    viewer = site_file(SITE, "/viewer.php?id=22").read_text(encoding="utf-8")
    assert "drive.google.com" in viewer and "/download.php?id=22" in viewer
    post = site_file(SITE, "/index.php?option=com_content&view=article&id=119").read_text(encoding="utf-8")
    assert "ปี 2568" in post and "/download.php?id=48" in post


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
