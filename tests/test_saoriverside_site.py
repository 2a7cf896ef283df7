"""The saoriverside held-out site is whole: its PDFs, DOCX, old .doc and .xls open (the budget
ordinance 2568 and the declaration of integrity are scans with no text layer), the plan and the
monthly สขร.1 are in Thai digits, the สขร.1 list lacks กุมภาพันธ์ 2568, the category lists are
query-string copies, and its only dead links are the ones its truth file declares (two 404s).
Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "saoriverside"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
FILES = SITE / "upload" / "files"


def text(name: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(FILES / name).pages)


def test_every_document_opens():
    docs = sorted(FILES.iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    for scan in ("1727146874.pdf", "1727925584.pdf"):
        assert not text(scan).strip()
    assert "๒๕๖๑ - ๒๕๖๕" in text("1624590592.pdf")  # the only local plan ends in 2565
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("1713842273.pdf")  # last year's six-month report
    assert "๒๕๖๖" in text("1664852807.pdf")  # the No Gift declaration is of FY2566
    assert "ประจำปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in (FILES / "1730949399.doc").read_bytes()
    assert "ประจำปีงบประมาณ พ.ศ. 2567".encode("utf-16-le") in (FILES / "1728529348.xls").read_bytes()


def test_pages_hold_the_sites_facts():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2568" in rows and "สขร.1 ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert ita.count("<tr><td>o") == 26 and "อยู่ระหว่างดำเนินการ" in ita
    assert 'href="/datacenter/?cat=report"' in ita
    for cat in ("plan", "budget", "report", "integrity"):
        assert (SITE / "datacenter" / ".q" / f"cat={cat}" / "index.html").is_file()
    integrity = (SITE / "datacenter" / ".q" / "cat=integrity" / "index.html").read_text(encoding="utf-8")
    assert "/upload/files/1729221436.pdf" in integrity and "388.4 KB" in integrity
    assert not (FILES / "1729221436.pdf").exists()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
