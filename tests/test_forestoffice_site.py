"""The forestoffice held-out site is whole: its documents (PDF, DOCX, XLSX, old .doc and .xls, all
sent through the download script ``/download.php?id=N``) open, the complaint guideline is a scan with
no text layer, the five-year plan is in Thai digits, the สขร.1 post lacks กุมภาพันธ์ 2569, the
o21 file says 2568 though its row says ๒๕๖๙, and its only dead links are the ones its truth file
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

SITE = Path(__file__).parent / "sites" / "forestoffice"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.is_file() and p.suffix in {".pdf", ".docx", ".xlsx", ".doc", ".xls"})
    assert 28 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert all(len(list(p.parent.iterdir())) == 1 for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    assert not _text("/download.php?id=44").strip()  # the scanned complaint guideline
    assert "๒๕๖๔ - ๒๕๖๘" in _text("/download.php?id=12")  # the five-year plan, Thai digits
    assert "พ.ศ. 2568" in _text("/download.php?id=49") and "2569" not in _text("/download.php?id=49")
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=45")).active
    assert "2568" in sheet["A1"].value


def test_distinctive_pages():
    post = site_file(SITE, "/index.php?option=com_content&view=article&id=20").read_text(encoding="utf-8")
    assert "สขร.1 มกราคม 2569" in post and "สขร.1 มีนาคม 2569" in post and "กุมภาพันธ์" not in post
    group = site_file(SITE, "/index.php?option=com_content&view=article&id=106").read_text(encoding="utf-8")
    assert "ประจำปี ๒๕๖๙" in group and "อยู่ระหว่างดำเนินการ" in group
    empty = site_file(SITE, "/index.php?option=com_docman&view=list&cat=9&year=2569").read_text(encoding="utf-8")
    assert "ไม่พบเอกสารในปีที่เลือก" in empty
    assert (SITE / "web2560" / "ita2568" / "index.html").is_file()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
