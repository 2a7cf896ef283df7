"""The marineresearch held-out site is whole: its documents (served by /download.php?id=N, plus one
left on the old website's copy) open as PDF, DOCX, XLSX, .doc and .xls; the HR report 2567 is a scan
with no text layer; the monthly สขร.1 posts lack กุมภาพันธ์ 2568; the annual report is reachable only
through the flipbook viewer; and its only dead links are the ones its truth file declares (two
404s of the download script).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "marineresearch"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(url: str) -> str:
    return site_file(SITE, url).read_text(encoding="utf-8")


def pdf_text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted((SITE / "download.php.q").glob("id=*/*")) + sorted((SITE / "oldweb" / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert all(len(list(p.parent.iterdir())) == 1 for p in docs[:-1])  # one file per download id
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not pypdf.PdfReader(site_file(SITE, "/download.php?id=63")).pages[0].extract_text().strip()  # a scan
    assert "๒๕๖๓ - ๒๕๖๗" in pdf_text("/download.php?id=12")  # the strategic plan, Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in pdf_text("/download.php?id=83")  # its row says ปี ๒๕๖๗
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗" in pdf_text("/oldweb/files/nogift67.pdf")
    assert "รายงานประจำปี 2566" in pdf_text("/download.php?id=31")
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=45")).active
    assert "1 ตุลาคม 2567 - 31 มีนาคม 2568" in sheet["A1"].value


def test_distinctive_facts():
    monthly = text("/index.php?option=com_content&view=category&id=9")
    assert "ประจำเดือนมกราคม 2568" in monthly and "ประจำเดือนมีนาคม 2568" in monthly
    assert "กุมภาพันธ์" not in monthly
    viewer = text("/viewer.php?book=annual")
    assert 'src="/download.php?id=31#toolbar=0"' in viewer
    # the annual report's file is linked from nowhere but the viewer
    others = [p for p in SITE.rglob("index.html") if p != site_file(SITE, "/viewer.php?book=annual")]
    assert not any("download.php?id=31" in p.read_text(encoding="utf-8") for p in others)
    ita = text(TRUTH["ita_page"])
    assert "[ ๒๕๖๘ ]" in ita and "id=37" in ita
    groups = "".join(text(f"/index.php?option=com_content&view=article&id={n}") for n in range(31, 37))
    assert all(f"<td>o{i}</td>" in groups for i in range(1, 27))
    assert "/oldweb/nogift/" in text("/index.php?option=com_content&view=article&id=36")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert len(list((SITE / "index.php.q").iterdir())) >= 40  # query-string copies of the CMS
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
