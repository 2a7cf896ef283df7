"""The wildlife held-out site is whole: its documents (served by /download.php?id=N, kept under
download.php.q/) open, the two scans have no text layer, the Thai-digit procurement page lacks
กุมภาพันธ์ ๒๕๖๙, and its only dead link is the one its truth file declares (/download.php?id=8).
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

SITE = Path(__file__).parent / "sites" / "wildlife"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
ART = "/index.php?option=com_content&view=article&id="


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    assert 28 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".doc", ".xls", ".xlsx", ".docx"}
    for n in (19, 27):
        scan = site_file(SITE, f"/download.php?id={n}")
        assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=3")).pages[0].extract_text()
    assert "๒๕๖๓ - ๒๕๖๗" in plan  # the management plan's years end before 2569
    acp = pypdf.PdfReader(site_file(SITE, "/download.php?id=29")).pages[0].extract_text()
    assert "พ.ศ. ๒๕๖๘" in acp
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=14")).active
    assert "ตุลาคม 2568" in sheet["A1"].value


def test_distinctive_pages():
    ita = site_file(SITE, ART + "104").read_text(encoding="utf-8")
    assert "แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ ๒๕๖๙" in ita and "อยู่ระหว่างดำเนินการ" in ita
    proc = site_file(SITE, ART + "50").read_text(encoding="utf-8")
    assert "มีนาคม ๒๕๖๙" in proc and "กุมภาพันธ์ ๒๕๖๙" not in proc
    assert site_file(SITE, ART + "50&year=2568").is_file()
    assert (SITE / "old" / "ita-2568" / "index.html").is_file()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
