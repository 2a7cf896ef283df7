"""The transport held-out site is whole: its PDFs, DOCX and XLSX open, its old .doc and .xls are
OLE2 files with their Thai text, the No Gift Policy and the bribery-risk assessment are scans with
no text layer, the สขร.1 row of กุมภาพันธ์ 2568 holds January's form, files are named by their
upload time, and its only dead links are the ones its truth file declares (two 404s).  Asserts
nothing about the audit's verdicts."""

from __future__ import annotations

import re
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

SITE = Path(__file__).parent / "sites" / "transport"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
FILES = SITE / "uploads" / "files"


def text(name: str) -> str:
    return pypdf.PdfReader(FILES / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted(FILES.iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert all(re.fullmatch(r"6[3-8]\d{8}", p.stem) for p in docs)  # B.E. upload time yymmddhhmm
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open(p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx"))
    for old in (p for p in docs if p.suffix in (".doc", ".xls")):
        assert old.read_bytes().startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), old
    for scan in ("6610030845.pdf", "6712171428.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "พ.ศ. ๒๕๖๘" in text("6710281405.pdf")  # the FY2568 action plan, Thai digits
    assert "2563 - 2567" in text("6301200912.pdf")  # the strategic plan ends before 2568
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in text("6801151032.pdf")  # uploaded in 2568, covers 2566
    assert "เดือนมกราคม พ.ศ. 2568" in text("6803060958.pdf")  # the "February" row
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in "\n".join(p.text for p in docx.Document(FILES / "6711191003.docx").paragraphs)
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๗".encode("utf-16-le") in (FILES / "6710211019.doc").read_bytes()
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๘".encode("utf-16-le") in (FILES / "6804030926.xls").read_bytes()
    sheet = openpyxl.load_workbook(FILES / "6711041140.xlsx").active
    assert "พ.ศ. 2568" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนกุมภาพันธ์ 2568" in rows and "สขร.1 ประจำเดือนตุลาคม 2567" in rows
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert all(f'id="o{n}"' in ita for n in range(1, 27))
    assert 'href="/ita/2567/#o26"' in ita and "อยู่ระหว่างรวบรวมข้อมูล" in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
