"""The hospmoit held-out site is whole: a Joomla hospital site kept as query-string copies, whose
documents (served by /download.php?id=N or from /images/ita2569/) open as what they claim to be
(PDF, DOCX, XLSX, old .doc and .xls; the complaint guideline is a scan with no text layer), whose
MOIT pages hold the traps its truth file describes, and whose only dead links are the declared
ones (/download.php?id=8 and a file of last year's ITA page).  Asserts nothing about the audit's
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

SITE = Path(__file__).parent / "sites" / "hospmoit"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOC_TYPES = {".pdf", ".docx", ".xlsx", ".doc", ".xls"}


def _text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in DOC_TYPES)
    assert 28 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == DOC_TYPES
    # every download-script copy is one file, sent under the uploader's name
    assert all(len(list(q.iterdir())) == 1 for q in (SITE / "download.php.q").iterdir())
    assert not _text("/images/ita2569/moit8/scan0012.pdf").strip()  # a scan


def test_distinctive_facts():
    assert "๒๕๖๕ - ๒๕๖๘" in _text("/images/ita2569/moit2/1e7c42d9.pdf")  # Thai digits, ends 2568
    assert "รายงานประจำปี 2567" in _text("/download.php?id=17")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in _text("/images/ita2569/moit10/ng.pdf")
    analysis = _text("/download.php?id=65")
    assert "ITA" in analysis and "2569" not in analysis
    moit13 = site_file(SITE, "/index.php?option=com_content&view=article&id=214&Itemid=150").read_text(encoding="utf-8")
    assert "ปี ๒๕๖๙" in moit13 and 'href="/download.php?id=65"' in moit13
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=47")).active
    assert "1 ตุลาคม 2567 - 31 มีนาคม 2568" in sheet["A1"].value
    procurement = site_file(SITE, "/index.php?option=com_phocadownload&view=category&id=3&Itemid=130")
    rows = procurement.read_text(encoding="utf-8")
    assert "มกราคม ๒๕๖๙" in rows and "มีนาคม ๒๕๖๙" in rows and "กุมภาพันธ์" not in rows
    moit12 = site_file(SITE, "/index.php?option=com_content&view=article&id=213&Itemid=150").read_text(encoding="utf-8")
    assert 'href="/web2562/images/stories/file/rpt_ptc.pdf"' in moit12
    assert "2566" in _text("/web2562/images/stories/file/rpt_ptc.pdf")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert len(list((SITE / "index.php.q").iterdir())) >= 40  # query-string copies
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
