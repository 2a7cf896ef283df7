"""The saowestern held-out site is whole: its PDFs, DOCX, .doc and .xls open, its scans (the old
4-year plan, the operating plan 2568, the No Gift declaration, the monthly สขร.1 …) have no text
layer, the "2568" risk album shows pages of 2567, the monthly list lacks กุมภาพันธ์ 2568, and its
only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the
audit's verdicts."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "saowestern"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
SCANS = ("31122.pdf", "31075.pdf", "31597.pdf", "30386.pdf", "30647.pdf", "30540.pdf", "30908.pdf",
         "31289.pdf", "31336.pdf", "31396.pdf", "31443.pdf", "31490.pdf")


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    for scan in SCANS:
        assert not text(scan).strip(), scan
    assert "๒๕๖๑ - ๒๕๖๕" in text("31182.pdf")  # the old plan's amendment, Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text("30172.pdf")
    with zipfile.ZipFile(SITE / "files/31657.docx") as zf:  # o6's six-month report is of FY2567
        body = zf.read("word/document.xml").decode("utf-8")
    assert "รอบ 6 เดือน" in body and "ประจำปีงบประมาณ พ.ศ. 2567" in body and "2568" not in body


def test_galleries_and_lists():
    assert len(list((SITE / "images" / "album").rglob("*.jpg"))) == 7
    risk = (SITE / "album" / "23" / "index.html").read_text(encoding="utf-8")
    assert "การประเมินความเสี่ยงการทุจริต ปี 2568" in risk and risk.count(".jpg") == 2
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 มกราคม 2568" in rows and "สขร.1 มีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert ita.count("<tr>") == 27 and "/album/23/" in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
