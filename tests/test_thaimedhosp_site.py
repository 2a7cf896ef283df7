"""The thaimedhosp held-out site (a provincial Thai traditional medicine hospital on a Joomla-like
CMS) is whole: its attachments behind /download.php?id=N open (PDF, DOCX, XLSX, old .doc and .xls;
the risk assessment is a scan with no text layer), the สขร.1 attachments lack มกราคม 2569, the ITA
section is split into one page per group, and its only dead links are the two its truth file
declares.  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "thaimedhosp"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    docs.append(SITE / "old" / "files" / "stat66.pdf")
    assert 28 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    scan = site_file(SITE, "/download.php?id=26")
    assert scan.name == "scan_risk2569.pdf"
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=3")).pages[0].extract_text()
    assert "๒๕๖๓ - ๒๕๖๗" in plan  # Thai digits, a plan whose years end before 2569
    report = " ".join(pypdf.PdfReader(site_file(SITE, "/download.php?id=7")).pages[0].extract_text().split())
    assert "ผลงานปี 2567" in report and "1 ตุลาคม 2566" in report and "ปีงบประมาณ พ.ศ. 2568" not in report
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=10")).active
    assert "2569" in sheet["A1"].value
    assert not site_file(SITE, "/download.php?id=8").exists()


def test_pages_of_the_cms():
    rows = site_file(SITE, "/index.php?option=com_content&view=article&id=9").read_text(encoding="utf-8")
    assert "เดือนกุมภาพันธ์ 2569" in rows and "เดือนธันวาคม 2568" in rows
    assert "มกราคม" not in rows
    group4 = site_file(SITE, "/ita.php?year=2569&group=4").read_text(encoding="utf-8")
    assert "o๒๕" in group4 and "อยู่ระหว่างดำเนินการ" in group4
    for g in (1, 2, 3):
        assert site_file(SITE, f"/ita.php?year=2569&group={g}").is_file()
    viewer = site_file(SITE, "/viewer.php?doc=7").read_text(encoding="utf-8")
    assert "heyzine.com" in viewer and "/download.php?id=7" in viewer


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
