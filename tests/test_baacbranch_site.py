"""The baacbranch held-out site is whole: its documents open behind the download script (the FY2568
procurement report and the declaration of integrity are scans with no text layer; a .doc and an
.xls), the monthly สขร.1 article lacks กุมภาพันธ์ 2569, the ITA 2569 page is split into seven group
pages, and its only dead links are the ones its truth file declares.  Asserts nothing about the
audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "baacbranch"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    assert 28 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("/download.php?id=47", "/download.php?id=70"):
        assert not text(scan).strip()
    assert "๒๕๖๘" in text("/download.php?id=33")  # Thai digits
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in text("/download.php?id=65")
    assert "2567" in text("/download.php?id=35")


def test_distinctive_pages():
    ita = (SITE / "ita/2569/10-2/index.html").read_text(encoding="utf-8")
    assert "แผนปฏิบัติการป้องกันการทุจริต ประจำปี ๒๕๖๙" in ita and "/download.php?id=65" in ita
    assert len(list((SITE / "ita/2569").glob("*/index.html"))) == 7
    skr = site_file(SITE, "/index.php?option=com_content&view=article&id=40").read_text(encoding="utf-8")
    assert "สขร.1 ธันวาคม 2568" in skr and "สขร.1 มีนาคม 2569" in skr
    assert "กุมภาพันธ์" not in skr
    assert "drive.google.com" in (SITE / "flipbook/annual-report/index.html").read_text(encoding="utf-8")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
