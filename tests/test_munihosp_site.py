"""The munihosp held-out site is whole: its documents (PDF, DOCX, XLSX, an old .doc and .xls) open
through the download script's copies, the risk assessment is a scan with no text layer, the
procurement row for February opens the municipality's summary, and its only dead links are the
ones its truth file declares (download.php?id=8 and one file of the old site).  Asserts nothing
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

SITE = Path(__file__).parent / "sites" / "munihosp"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _docs() -> list[Path]:
    return sorted(p for p in SITE.rglob("*") if p.is_file() and p.suffix in (".pdf", ".docx", ".xlsx", ".doc", ".xls"))


def test_every_document_opens():
    docs = _docs()
    assert 30 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    scan = site_file(SITE, "/download.php?id=37")
    assert scan.suffix == ".pdf"
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()


def test_distinctive_facts():
    plan = pypdf.PdfReader(site_file(SITE, "/download.php?id=12")).pages[0].extract_text()
    assert "๒๕๖๔" in plan and "๒๕๖๘" in plan  # Thai digits, a plan that ends before 2569
    anti = pypdf.PdfReader(site_file(SITE, "/download.php?id=39")).pages[0].extract_text()
    assert "พ.ศ. 2568" in anti and "2569" not in anti
    feb = openpyxl.load_workbook(site_file(SITE, "/download.php?id=26")).active
    assert "กุมภาพันธ์" in feb["A2"].value and "กองคลัง" in feb["A3"].value
    ita = site_file(SITE, TRUTH["ita_page"]).read_text(encoding="utf-8")
    assert "/old/ita2568/" in ita
    assert not site_file(SITE, "/download.php?id=8").is_file()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
