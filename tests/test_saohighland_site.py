"""The saohighland held-out site is whole: its PDFs, DOCX and old Word 97 .doc and Excel 97 .xls open (the
budget ordinance 2569 is a scan with no text layer), the local plan is in Thai digits and ends in
2565, the monthly สขร.1 list lacks มกราคม 2569, and its only dead links are the ones its truth file
declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "saohighland"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted([*(SITE / "files").iterdir(), *(SITE / "upload").iterdir()])
    assert 28 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert not pypdf.PdfReader(SITE / "files/3212.pdf").pages[0].extract_text().strip()  # scanned budget
    plan = pypdf.PdfReader(SITE / "files/4115.pdf").pages[0].extract_text()
    assert "๒๕๖๑ - ๒๕๖๕" in plan and "2569" not in plan and "๒๕๖๙" not in plan
    anti = pypdf.PdfReader(SITE / "files/3105.pdf").pages[0].extract_text()
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in anti  # the row says ปี 2569
    assert "แผนปฏิบัติการป้องกันการทุจริต ปี 2569" in (SITE / "ita/2569/index.html").read_text(encoding="utf-8")
    assert "พ.ศ. 2568".encode("utf-16-le") in (SITE / "upload/4590.doc").read_bytes()
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in rows
    assert "มกราคม 2569" not in rows
    assert not (SITE / "files/4757.pdf").exists()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:  # the template: menu, side column and footer on every page
        text = page.read_text(encoding="utf-8")
        assert 'id="nav"' in text and 'id="right"' in text and 'id="foot"' in text, page


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
