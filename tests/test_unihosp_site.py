"""The unihosp held-out site (a university hospital's Joomla site) is whole: its documents, all sent
through /download.php?id=<n>, open (the complaint-handling manual is a scan with no text layer; a
.doc and .xls files come from old Office), the procurement year selector's 2569 tab (Thai digits)
lacks มกราคม, and its only dead links are the ones its truth file declares (a download id and a
file of the old CMS).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "unihosp"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in (".pdf", ".docx", ".xlsx", ".doc", ".xls"))
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    scan = site_file(SITE, "/download.php?id=262")
    assert scan.name == "scan_262.pdf"
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    strat = pypdf.PdfReader(site_file(SITE, "/download.php?id=112")).pages[0].extract_text()
    assert "๒๕๖๔ - ๒๕๖๘" in strat  # Thai digits; the plan ends in 2568
    report = pypdf.PdfReader(site_file(SITE, "/download.php?id=163")).pages[0].extract_text()
    assert "Annual Report 2024" in report and "ปีงบประมาณ 2567" in report
    analysis = pypdf.PdfReader(site_file(SITE, "/download.php?id=310")).pages[0].extract_text()
    assert "พ.ศ. 2567" in analysis and "ITA 2568" not in analysis
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=271")).active
    assert "พ.ศ. 2568" in sheet["A1"].value


def test_procurement_year_selector():
    rows = site_file(SITE, "/procurement.php?year=2569").read_text(encoding="utf-8")
    assert "ประจำเดือนธันวาคม ๒๕๖๘" in rows and "ประจำเดือนกุมภาพันธ์ ๒๕๖๙" in rows
    assert "มกราคม" not in rows and "2569" not in rows.split("<main")[1].split("</main>")[0].replace("year=2569", "")
    assert "กันยายน ๒๕๖๘" in site_file(SITE, "/procurement.php?year=2568").read_text(encoding="utf-8")


def test_ita_page_is_split_by_group():
    hub = site_file(SITE, TRUTH["ita_page"]).read_text(encoding="utf-8")
    for n in range(401, 408):
        assert f"id={n}" in hub
    group = site_file(SITE, "/index.php?option=com_content&view=article&id=406").read_text(encoding="utf-8")
    assert "/download.php?id=292" in group and "/oldsite/files/ita67_o24.pdf" in group


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
