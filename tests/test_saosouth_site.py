"""The saosouth held-out site is whole: its PDFs, DOCX, DOC, XLS open (the anti-corruption plan
2569 and the สขร.1 of ธันวาคม 2568 are scans with no text layer), the menu carries Malay in Thai
script, the monthly สขร.1 list lacks มกราคม 2569, the files whose rows mislead say what the truth
says they say, and its only dead link is the one its truth file declares.  Asserts nothing about
the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdf
import xlrd
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "saosouth"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def pdf_text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx")])
    old = [p for p in docs if p.suffix in (".doc", ".xls")]
    assert len(old) == 5 and all(p.read_bytes().startswith(OLE2) for p in old)
    for scan in ("3107.pdf", "4445.pdf"):
        assert not pdf_text(scan).strip()


def test_the_misleading_files_say_what_the_truth_says():
    assert "๒๕๖๑ - ๒๕๖๕" in pdf_text("4118.pdf")  # the old local plan, Thai digits
    assert "๒๕๖๗" in pdf_text("3956.pdf") and "No Gift" in pdf_text("3956.pdf")
    risk = "\n".join(p.text for p in docx.Document(SITE / "files/4713.docx").paragraphs)
    assert "พ.ศ. 2568" in risk and "2569" not in risk
    report = "\n".join(p.text for p in docx.Document(SITE / "files/4652.docx").paragraphs)
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in report and "8 มกราคม 2569" in report
    sheet = xlrd.open_workbook(SITE / "files/3335.xls").sheet_by_index(0)
    assert "2568" in sheet.cell_value(1, 0) and "รอบ 6 เดือน" in sheet.cell_value(0, 0)
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "ประเมินความเสี่ยงการทุจริต ปี 2569" in ita and "/files/4713.docx" in ita


def test_bilingual_template_and_months():
    home = (SITE / "index.html").read_text(encoding="utf-8")
    assert "ซลามัตดาตัง" in home and "บรีตอ" in home and "ฮูบุงีกามี" in home
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ธันวาคม 2568" in rows and "สขร.1 กุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
