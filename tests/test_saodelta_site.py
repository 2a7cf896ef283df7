"""The saodelta held-out site is whole: its PDFs, DOCX, XLSX, .doc and .xls open (the operating plan
2569 and the declaration of integrity are scans with no text layer), every document hangs off a
news post, the monthly สขร.1 posts lack กุมภาพันธ์ 2569, the post titled 2569 for the risk
assessment attaches the 2568 file, and its only dead links are the ones its truth file declares
(two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    OLE2,
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "saodelta"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def page(path: str) -> str:
    return (SITE / path.strip("/") / "index.html").read_text(encoding="utf-8")


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("31876.pdf", "31828.pdf"):
        assert not text(scan).strip()
    assert "๒๕๖๙" in text("31702.pdf") and "๒๕๖๕" in text("30117.pdf")  # Thai digits
    assert (SITE / "files/31840.doc").read_bytes().startswith(OLE2)
    assert "2568".encode("utf-16-le") in (SITE / "files/31752.xls").read_bytes()
    sheet = openpyxl.load_workbook(SITE / "files/31461.xlsx").active
    assert "ปีงบประมาณ พ.ศ. 2568" in sheet["A2"].value
    with zipfile.ZipFile(SITE / "files/31745.docx") as zf:
        assert "ประจำปีงบประมาณ พ.ศ. 2568" in zf.read("word/document.xml").decode("utf-8")


def test_the_traps_are_there():
    # the post that says 2569 attaches the 2568 risk assessment
    post = page("/news/1352/")
    assert "ประจำปีงบประมาณ 2569" in post and "/files/31077.pdf" in post
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text("31077.pdf")
    # the only local plan ends in 2565; the operating-plan 2568 and the draft budget sit beside 2569's
    assert "๒๕๖๑ - ๒๕๖๕" in text("30117.pdf")
    assert "ร่าง" in text("31566.pdf")
    # monthly summaries: no กุมภาพันธ์ 2569
    tag = page("/news/tag/procurement/")
    assert "ประจำเดือนมกราคม 2569" in tag and "ประจำเดือนมีนาคม 2569" in tag
    assert "กุมภาพันธ์ 2569" not in tag
    assert "รอบเดือนมีนาคม พ.ศ. 2569" in text("31969.pdf")
    # the ITA page links posts, not files; o12 has no link
    ita = page("/ita/2569/")
    assert "/files/" not in ita and "<td>o12</td>" in ita
    assert "No Gift Policy" in text("30893.pdf") and "พ.ศ. 2567" in text("30893.pdf")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for p in pages:  # one template on every page
        html = p.read_text(encoding="utf-8")
        assert 'class="menubar"' in html and 'class="right"' in html and 'class="footer"' in html, p


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
