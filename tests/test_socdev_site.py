"""The socdev held-out site is whole: its PDFs, DOCX, XLSX and old .doc/.xls open (the No Gift
Policy 2567 and the declaration of integrity are scans with no text layer), the row "สขร.1
ประจำเดือนมกราคม 2569" holds January 2568, the o6 file titled 2569 is the plan of 2568, and its only
dead links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's
verdicts."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "socdev"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    for old in (p for p in docs if p.suffix in (".doc", ".xls")):
        assert old.read_bytes().startswith(OLE2), old
    assert "2569".encode("utf-16-le") in (SITE / "files/31220.doc").read_bytes()  # risk assessment 2569
    assert "2567".encode("utf-16-le") in (SITE / "files/31434.xls").read_bytes()  # last year's half-year stats


def test_the_traps_hold():
    for scan in ("30645.pdf", "31597.pdf"):
        assert not text(scan).strip()
    assert "๒๕๖๔ - ๒๕๖๘" in text("31475.pdf")  # the strategy ended with 2568, in Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text("30687.pdf")  # o6's "แผนปฏิบัติราชการ 2569"
    ita = (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert '<a href="/files/30687.pdf">แผนปฏิบัติราชการ 2569</a>' in ita
    assert "มกราคม พ.ศ. 2568" in text("31017.pdf")  # the row of January 2569
    assert "ตุลาคม พ.ศ. ๒๕๖๘" in text("30901.pdf")
    rows = (SITE / "procurement/index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2569" in rows and '<a href="/files/31017.pdf">' in rows
    sheet = openpyxl.load_workbook(SITE / "files/30279.xlsx").active
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value
    first = docx.Document(SITE / "files/30484.docx").paragraphs[1].text
    assert first == "ประจำปีงบประมาณ พ.ศ. 2568"


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
