"""The kidhosp held-out site is whole: its PDFs, DOCX and XLSX open, the old Word 97 .doc and
Excel 97 .xls are real compound files, the สขร.1 of พฤศจิกายน 2568 is a scan with no text layer, the
monthly list lacks มกราคม 2569, the risk assessment labelled 2569 is of 2568, and its only dead
links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "kidhosp"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")


def text(doc: Path) -> str:
    return "\n".join(p.text for p in docx.Document(doc).paragraphs)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx", ".xlsx")])
    for old in (SITE / "files/32069.doc", SITE / "files/32117.xls"):
        assert old.read_bytes().startswith(OLE2), old
    assert "งานเวชระเบียน".encode("utf-16-le") in (SITE / "files/32069.doc").read_bytes()
    assert not pypdf.PdfReader(SITE / "files/31591.pdf").pages[0].extract_text().strip()  # the scanned สขร.1


def test_distinctive_facts():
    strategy = pypdf.PdfReader(SITE / "files/32167.pdf").pages[0].extract_text()
    assert "๒๕๖๓ - ๒๕๖๗" in strategy and "๒๕๖๙" not in strategy  # Thai digits, ends before 2569
    assert "๒๕๖๙" in pypdf.PdfReader(SITE / "files/31372.pdf").pages[0].extract_text()
    assert "รายงานประจำปี 2567" in pypdf.PdfReader(SITE / "files/30417.pdf").pages[0].extract_text()
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in pypdf.PdfReader(SITE / "files/31216.pdf").pages[0].extract_text()
    risk = text(SITE / "files/31863.docx")
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in risk and "2569" not in risk
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text(SITE / "files/30962.docx")  # the only HR plan
    sheet = openpyxl.load_workbook(SITE / "files/30690.xlsx").active
    assert "1 ตุลาคม 2567 - 31 มีนาคม 2568" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "(สขร.1) ธันวาคม 2568" in rows and "(สขร.1) กุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "ประเมินความเสี่ยง ปี 2569" in ita and 'href="/files/31863.docx"' in ita
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
