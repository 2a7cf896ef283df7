"""The saoaccordion held-out site is whole: its PDFs, DOCX and XLSX open, its old .doc and .xls are
OLE2 files, the No Gift Policy 2566 and the สขร.1 of ธันวาคม 2567 are scans with no text layer, the
ITA page is one accordion of 26 panels whose O12 list lives on /ita/o12/ (its January row is the
file of January 2567), and its only dead links are the ones its truth file declares (two 404s).
Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "saoaccordion"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    for old in ("30533.doc", "30205.doc", "30671.xls"):
        assert (SITE / "files" / old).read_bytes().startswith(OLE2)
    for scan in ("30088.pdf", "30649.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๑ - ๒๕๖๕" in text("30112.pdf")  # the only local plan, Thai digits, ends before 2568
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("30579.pdf")  # linked as "ประจำปี ๒๕๖๘"
    assert "มกราคม 2567" in text("30519.pdf")
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in text("30298.pdf")
    sheet = openpyxl.load_workbook(SITE / "files/30702.xlsx").active
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in sheet["A1"].value
    ita = (SITE / "ita" / "index.html").read_text(encoding="utf-8")
    assert len(re.findall(r'class="acc-item"', ita)) == 26
    assert 'data-src="/ita/o12/"' in ita and "O๒๖" in ita and 'href="/ita/2567/"' in ita
    assert "การประเมินความเสี่ยงการทุจริต ประจำปี ๒๕๖๘" in ita
    o12 = (SITE / "ita" / "o12" / "index.html").read_text(encoding="utf-8")
    assert '<a href="/files/30519.pdf" target="_blank">สขร.๑ ประจำเดือนมกราคม ๒๕๖๘</a>' in o12


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
