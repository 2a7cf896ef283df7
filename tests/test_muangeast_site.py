"""The muangeast held-out site is whole: its PDFs, DOCX and XLSX open, its old Office files are
OLE2 compound files, the budget act and the declaration of integrity are scans with no text layer,
the monthly สขร.1 list lacks กุมภาพันธ์ 2569, the o21 row says 2569 over a file of 2568, and its only
dead links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's
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
)

SITE = Path(__file__).parent / "sites" / "muangeast"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"}])
    old = [p for p in docs if p.suffix in {".doc", ".xls"}]
    assert len(old) == 5 and all(p.read_bytes().startswith(OLE2) for p in old)
    assert "ประจำปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in (SITE / "files/30684.doc").read_bytes()
    for scan in ("30061.pdf", "30621.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๙" in text("30145.pdf") and "๒๕๖๘" in text("29870.pdf")  # Thai digits
    assert "2566 - 2570" in text("30112.pdf")
    assert "2565 - 2568" in text("30662.pdf")
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert 'href="/files/30648.pdf">การประเมินความเสี่ยงการทุจริต ประจำปี 2569<' in ita
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text("30648.pdf") and "2569" not in text("30648.pdf")
    assert 'href="/files/30690.pdf"' in ita and "ผลคะแนน ITA ประจำปี 2567" in text("30690.pdf")
    sheet = openpyxl.load_workbook(SITE / "files/30356.xlsx").active
    assert "ปีงบประมาณ พ.ศ. 2568" in sheet["A2"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2569" in rows and "สขร.1 ประจำเดือนมีนาคม 2569" in rows
    assert "กุมภาพันธ์ 2569" not in rows
    for year in ("2569", "2568", "2567"):
        assert (SITE / "ita" / year / "index.html").is_file()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
