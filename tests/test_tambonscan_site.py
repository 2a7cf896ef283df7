"""The tambonscan held-out site is whole: its PDFs and DOCX open, its Word 97 .doc and .xls files
are OLE2 files, seven PDFs are scans with no text layer (one more carries only the copier's Latin
OCR junk, four a Thai OCR layer under the image), the operating plan listed as 2569 is the 2568
one, the "February" สขร.1 holds January's summary, and its only dead links are the ones its truth
file declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "tambonscan"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SCANS = ("18042", "21338", "19455", "20011", "21620", "21433", "21688")
THAI_OCR = ("20083", "21455", "21418", "21996")


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / f"{name}.pdf").pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx")])
    old = [p for p in docs if p.suffix in (".doc", ".xls")]
    assert len(old) == 4 and all(p.read_bytes().startswith(OLE2) for p in old)
    for scan in SCANS:
        assert not text(scan).strip(), scan
    assert not re.search("[\u0e00-\u0e7f]", text("20171")) and text("20171").strip()  # Latin OCR junk only
    for scan in THAI_OCR:
        assert re.search("[\u0e00-\u0e7f]", text(scan)), scan
    assert len(list((SITE / "images").iterdir())) == 8


def test_distinctive_facts():
    opplan = text("21406")  # listed as the 2569 plan; its content is of 2568, in Thai digits
    assert "แผนการดำเนินงาน" in opplan and "๒๕๖๘" in opplan and "๒๕๖๙" not in opplan
    assert "รอบเดือนมกราคม 2569" in text("21907") and "รอบเดือนกุมภาพันธ์" not in text("21907")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("21702")
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows and "/files/21907.pdf" in rows
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))
    assert ita.count("/files/20960.xls") == 2  # o21 and o22 link the same file
    assert "/files/21463.pdf" in ita and not (SITE / "files" / "21463.pdf").exists()
    assert "/files/21406.pdf" in (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    page = (SITE / "complaint" / "stats" / "index.html").read_text(encoding="utf-8")
    stats = page.split("<h1>")[1].split('<div id="right">')[0]  # the page's own text, not the template
    assert "๒๕๖๘" in stats and "๒๕๖๙" not in stats


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
