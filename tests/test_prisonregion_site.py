"""The prisonregion held-out site is whole: its PDFs, DOCX, old .doc and .xls open (the ethics-code
announcement is a scan with no text layer), the monthly สขร.1 list lacks มกราคม 2568, and its only
dead links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's
verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "prisonregion"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert not text("30211.pdf").strip()  # the scanned ethics-code announcement
    assert "๒๕๖๘" in text("30131.pdf")  # Thai digits
    assert "๒๕๖๓ - ๒๕๖๗" in text("30112.pdf")  # the strategic plan ended with 2567
    assert "2566" in text("30140.pdf") and "31 มีนาคม 2567" in text("30140.pdf")  # last year's 6-month report
    assert "๒๕๖๖" in text("30152.pdf")  # the annual report posted in 2568 covers FY2566
    assert "2 กุมภาพันธ์ 2566" in text("30231.pdf")
    assert "ประกาศกรมราชทัณฑ์" in text("30233.pdf") and "อธิบดีกรมราชทัณฑ์" in text("30233.pdf")  # another unit
    assert "พ.ศ. 2567".encode("utf-16-le") in (SITE / "files/30226.xls").read_bytes()


def test_procurement_list_lacks_january():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 เดือนธันวาคม 2567" in rows and "สขร.1 เดือนกุมภาพันธ์ 2568" in rows
    assert "มกราคม 2568" not in rows
    assert "มีนาคม พ.ศ. 2568" in text("30185.pdf")


def test_ita_page_rows():
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))
    assert 'href="/download/report/"' in ita and 'href="/files/30238.pdf"' in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
