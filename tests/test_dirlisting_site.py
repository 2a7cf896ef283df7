"""The dirlisting held-out site is whole: its documents (PDF, DOCX, XLSX, an old .doc and .xls) open,
the FY2567 gift report is a scan with no text layer, the Apache listings show what is on disk, the
monthly สขร.1 folder lacks กุมภาพันธ์ 2568, and its only dead links are the ones its truth file
declares (a dead download script id and a file gone from last year's ITA page).  Asserts nothing
about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import docx
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "dirlisting"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _documents() -> list[Path]:
    return sorted(p for p in SITE.rglob("*") if p.is_file() and p.suffix in (".pdf", ".docx", ".xlsx", ".doc", ".xls"))


def test_every_document_opens():
    docs = _documents()
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    scan = site_file(SITE, "/uploads/2568/ita/รายงานการรับของขวัญ 2567.pdf")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    plan = site_file(SITE, "/uploads/2562/plan/แผนพัฒนาท้องถิ่นสี่ปี 2561-2565 เพิ่มเติม ครั้งที่3.pdf")
    assert "๒๕๖๑" in pypdf.PdfReader(plan).pages[0].extract_text()  # Thai digits


def test_file_names_and_contents_disagree_on_the_year():
    risk = site_file(SITE, "/uploads/2568/ita/ประเมินความเสี่ยงสินบน 2568.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in pypdf.PdfReader(risk).pages[0].extract_text()
    six = docx.Document(site_file(SITE, "/uploads/2568/ita/รายงานกำกับติดตาม 6 เดือน.docx"))
    assert "ปีงบประมาณ พ.ศ. 2567" in "\n".join(p.text for p in six.paragraphs)
    assert site_file(SITE, "/download.php?id=5").name == "แผนปฏิบัติการป้องกันการทุจริต 4 ปี.pdf"


def test_listings_are_apache_indexes_of_the_folders():
    listing = (SITE / "uploads/2568/procurement/index.html").read_text(encoding="utf-8")
    assert "<title>Index of /uploads/2568/procurement</title>" in listing
    for month in ("ต.ค.67", "พ.ย.67", "ธ.ค.67", "ม.ค.68", "มี.ค.68"):
        assert quote(f"สขร1 {month}.pdf") in listing
    assert quote("ก.พ.68") not in listing
    assert not list((SITE / "uploads/2568/procurement").glob("*ก.พ.68*"))
    ita = (SITE / "uploads/2568/ita/index.html").read_text(encoding="utf-8")
    assert "..&gt;</a>" in ita and "Parent Directory" in ita


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
