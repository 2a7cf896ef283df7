"""The paocentral held-out site is whole: its PDFs, DOCX, old .doc and .xls open (the 2568
anti-corruption plan is a scan with no text layer), the monthly สขร.1 list lacks กุมภาพันธ์ 2568,
the download categories are query-string copies, and its only dead links are the ones its truth file
declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdf
import yaml

from tests.site_checks import (
    OLE2,
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "paocentral"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def pdf_text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def docx_text(name: str) -> str:
    return "\n".join(p.text for p in docx.Document(str(SITE / "files" / name)).paragraphs)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert (SITE / "files/30760.doc").read_bytes().startswith(OLE2)
    assert "คู่มือการปฏิบัติงาน".encode("utf-16-le") in (SITE / "files/30760.doc").read_bytes()
    assert "ตุลาคม 2567 - มีนาคม 2568".encode("utf-16-le") in (SITE / "files/31663.xls").read_bytes()


def test_the_scan_has_no_text_layer():
    assert not pypdf.PdfReader(SITE / "files/30118.pdf").pages[0].extract_text().strip()


def test_distinctive_facts():
    assert "๒๕๖๘" in pdf_text("30225.pdf") and "๙๘๖,๕๐๐,๐๐๐" in pdf_text("30225.pdf")  # budget, Thai digits
    old_plan = pdf_text("30974.pdf")
    assert "๒๕๖๑" in old_plan and "๒๕๖๘" not in old_plan  # the local plan ends before 2568
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in pdf_text("31449.pdf")  # annual report posted in 2568, of FY2566
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in docx_text("31710.docx")  # last year's six-month report
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in docx_text("31496.docx")  # risk assessment labelled 2568
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in docx_text("30606.docx")  # the only HR plan
    assert "พ.ศ. 2566" in pdf_text("30807.pdf")  # No Gift Policy of two years before
    ita = (SITE / "ita/2568/index.html").read_text(encoding="utf-8")
    assert "ประเมินความเสี่ยงการทุจริต ปี 2568</a>" in ita and "/files/31496.docx" in ita
    assert "/download.php?cat=3" in ita and (SITE / "download.php.q/cat=3/index.html").is_file()
    assert "/files/31449.pdf" in (SITE / "download.php.q/cat=3/index.html").read_text(encoding="utf-8")
    assert "ปีงบประมาณ พ.ศ. 2567" in (SITE / "complaint/stats/index.html").read_text(encoding="utf-8")
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2568" in rows and "สขร.1 ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
