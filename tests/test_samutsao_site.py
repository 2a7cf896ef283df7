"""The samutsao held-out site is whole: a coastal อบต. on WordPress whose files sit in the media
library (/wp-content/uploads/…) or behind a download script (/index.php?wpdmdl=<id>, static copies
under index.php.q/), whose ITA items are one post each (/index.php?p=<id>); its PDFs, DOCX, XLSX and
old .doc/.xls open (the budget ordinance 2569 is a scan with no text layer), the monthly สขร.๑ posts
lack กุมภาพันธ์ 2569, and its only dead links are the ones its truth file declares.  Asserts nothing
about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdf
import xlrd
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "samutsao"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
KINDS = (".pdf", ".docx", ".xlsx", ".doc", ".xls")


def _text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in KINDS)
    assert 28 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == set(KINDS)
    scan = site_file(SITE, "/wp-content/uploads/2025/09/Scan_20250922.pdf")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    assert "๒๕๖๙" in _text("/wp-content/uploads/2025/11/ops.pdf")  # Thai digits
    assert "๒๕๖๘" in _text("/wp-content/uploads/2024/11/ops.pdf")  # same name, a year older


def test_the_traps_are_in_the_files():
    assert "(พ.ศ. 2561 - 2565)" in _text("/index.php?wpdmdl=1845")  # O5: a plan that ended in 2565
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in _text("/index.php?wpdmdl=2012")  # O7
    risk = _text("/index.php?wpdmdl=2140")  # O21: its row says 2569
    assert "พ.ศ. 2568" in risk and "2569" not in risk
    post = site_file(SITE, "/index.php?p=2547").read_text(encoding="utf-8")
    assert "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2569" in post
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in _text("/wp-content/uploads/2023/10/nogift.pdf")  # O20
    sheet = openpyxl.load_workbook(site_file(SITE, "/wp-content/uploads/2025/04/stat.xlsx")).active
    assert "31 มีนาคม 2568" in sheet["A1"].value  # O18: first half of FY2568


def test_monthly_summaries_lack_february():
    covered = []
    for folder in ("2025/10", "2025/11", "2025/12", "2026/01", "2026/02", "2026/04"):
        book = xlrd.open_workbook(site_file(SITE, f"/wp-content/uploads/{folder}/report.xls"))
        covered.append(book.sheet_by_index(0).cell_value(1, 0))
    assert "เดือนกันยายน พ.ศ. ๒๕๖๘" in covered[0] and "เดือนมกราคม พ.ศ. ๒๕๖๙" in covered[4]
    assert not any("กุมภาพันธ์" in c for c in covered)
    listing = (SITE / "archives/category/procurement/sorkor-2569/index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนมีนาคม 2569" in listing and "กุมภาพันธ์" not in listing


def test_every_page_has_the_ita_mega_menu():
    pages = list(SITE.rglob("index.html"))
    wp = [p for p in pages if "old" not in p.relative_to(SITE).parts]
    assert all('class="menu-item menu-item-has-children mega-menu"' in p.read_text(encoding="utf-8") for p in wp)
    assert len(list((SITE / "index.php.q").glob("p=*/index.html"))) == 26


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
