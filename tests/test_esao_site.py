"""The esao held-out site (a primary educational service area office) is whole: its PDFs, DOCX and
XLSX open (the No Gift declaration and the HR report are scans with no text layer), the สขร.1 page
lacks January 2569, its only dead links are the ones its truth file declares (two 404s), and the
truth covers every item of ITA 2569 once.  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "esao"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
UPLOADS = SITE / "wp-content" / "uploads"


def test_every_document_opens():
    docs = sorted(p for p in UPLOADS.rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx"}
    assert_documents_open(docs)
    for scan in ("2568/10/no-gift-2569.pdf", "2568/10/hr-report-2568.pdf"):
        reader = pypdf.PdfReader(UPLOADS / scan)
        assert not "".join(page.extract_text() for page in reader.pages).strip(), scan
    text = pypdf.PdfReader(UPLOADS / "2568/11/action-plan-2569.pdf").pages[0].extract_text()
    assert "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๙" in text
    rows = (SITE / "procurement" / "skr1" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนกุมภาพันธ์ 2569" in rows and "ประจำเดือนมกราคม 2569" not in rows


def test_pages_are_many_and_dressed_alike():
    pages = sorted(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert 'class="top"' in text and 'class="menu"' in text and 'class="side"' in text and 'class="foot"' in text, page
    size = sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file())
    assert size < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
    monthly = TRUTH["items"]["O11"]
    assert monthly["months_missing"] == ["2569-01"] and len(monthly["months_present"]) == 5
