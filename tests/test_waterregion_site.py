"""The waterregion held-out site is whole: its documents (served by /download.php?id=N from
download.php.q/) open, the HR criteria are a scan with no text layer, the anti-corruption plan is
in Thai digits, the monthly สขร.1 list lacks มกราคม 2569, and its only dead links are the ones its
truth file declares (two 404s, one of them a download id).  Asserts nothing about the audit's
verdicts."""

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

SITE = Path(__file__).parent / "sites" / "waterregion"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(url: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted((SITE / "download.php.q").glob("id=*/*"))
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not text("/download.php?id=51").strip()  # the scanned HR criteria
    assert "๒๕๖๙" in text("/download.php?id=67")  # Thai digits
    assert "2563 - 2567" in text("/download.php?id=14")
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text("/download.php?id=65")  # the row says 2569
    assert "สำนักงานทรัพยากรน้ำภาค 11" in text("/download.php?id=22")
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=57")).active
    assert "31 มีนาคม 2568" in sheet["A1"].value
    assert not site_file(SITE, "/download.php?id=8").is_file()


def test_monthly_list_lacks_january():
    rows = site_file(SITE, "/index.php?option=com_content&view=article&id=9").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows


def test_ita_page_is_split_into_group_pages():
    main = site_file(SITE, "/index.php?option=com_content&view=article&id=8").read_text(encoding="utf-8")
    assert main.count("view=article&amp;id=8") >= 5  # the five group pages 81 … 85 (and itself)
    group = site_file(SITE, "/index.php?option=com_content&view=article&id=85").read_text(encoding="utf-8")
    assert "อยู่ระหว่างดำเนินการ" in group and "/download.php?id=8" in group


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
