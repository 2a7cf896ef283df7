"""The citydrupal held-out site (a เทศบาลนคร on Drupal 8) is whole: its PDFs, DOCX, XLSX and old
.doc/.xls open, the budget is a scan with no text layer, the views' pagers and the ITA year
selector are query copies, the สขร.1 view lacks พฤศจิกายน 2568, and its only dead links are the
ones its truth file declares (an attachment and an old download script's id).  Asserts nothing
about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "citydrupal"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
FILES = SITE / "sites" / "default" / "files"


def _text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in FILES.rglob("*") if p.is_file() and p.suffix != ".png")
    docs.append(site_file(SITE, "/old/download.php?id=7"))
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    scan = pypdf.PdfReader(FILES / "2025-09/scan0917.pdf")
    assert all(not page.extract_text().strip() for page in scan.pages)  # the budget: pixels only
    assert "๒๕๖๙" in _text("/sites/default/files/2025-10/doc00231.pdf")  # Thai digits
    assert "การวิเคราะห์ผลการประเมิน" in _text("/old/download.php?id=7")
    sheet = openpyxl.load_workbook(FILES / "2026-04/stat_eservice.xlsx").active
    assert "ปีงบประมาณ พ.ศ. 2569" in sheet["A1"].value


def test_the_files_say_other_years_than_their_links():
    ita = site_file(SITE, "/ita/?year=2569").read_text(encoding="utf-8")
    assert '<a href="/node/3123/">' in ita and '<a href="/procurement/">' in ita
    o23 = (SITE / "node/3123/index.html").read_text(encoding="utf-8")
    assert "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569" in o23
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in _text("/sites/default/files/2025-10/antiplan.pdf")
    assert "ปีงบประมาณ พ.ศ. 2567" in _text("/sites/default/files/2025-12/report_final.pdf")
    assert "(พ.ศ. 2561 - 2565)" in _text("/sites/default/files/2021-07/plan61-65_add2.pdf")
    assert "2 ตุลาคม 2566" in _text("/sites/default/files/2023-10/nogift.pdf")


def test_procurement_view_lacks_november():
    pages = [site_file(SITE, u).read_text(encoding="utf-8") for u in ("/procurement/", "/procurement/?page=1")]
    assert "ธันวาคม ๒๕๖๘" in pages[0] and "ตุลาคม ๒๕๖๘" in pages[0] and "กันยายน ๒๕๖๘" in pages[1]
    assert not any("พฤศจิกายน ๒๕๖๘" in p for p in pages)
    assert len(list(FILES.glob("*/sorkhor1*"))) == 7


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert any(".q" in p.parts for p in pages)  # views' pagers and the year selector
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
