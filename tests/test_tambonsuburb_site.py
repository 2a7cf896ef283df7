"""The tambonsuburb held-out site is whole: its PDFs, DOC, DOCX, XLS and XLSX open (the
anti-corruption report 2567 and the declaration of integrity are scans with no text layer), the
monthly สขร.1 list lacks กุมภาพันธ์ 2568, and its only dead links are the ones its truth file
declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

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

SITE = Path(__file__).parent / "sites" / "tambonsuburb"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(name: str) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(SITE / "files" / name).pages)


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".doc", ".docx", ".xls", ".xlsx"}
    for scan in ("30477.pdf", "32116.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    for old in ("32176.doc", "31962.doc", "30631.xls"):
        assert (SITE / "files" / old).read_bytes().startswith(OLE2)


def test_distinctive_facts():
    assert "๒๕๖๘" in text("30524.pdf")  # the budget ordinance in Thai digits
    assert "2561 - 2565" in text("31427.pdf")  # the only local plan ends before 2568
    assert "พ.ศ. 2567 (1 ตุลาคม 2566 - 31 มีนาคม 2567)" in text("32069.pdf")  # last year's 6-month report
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in text("30905.pdf")  # posted Dec 2567, covers FY2566
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in text("31213.pdf")  # No Gift of two years ago
    risk = (SITE / "files/31962.doc").read_bytes().decode("utf-16-le", "ignore")
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in risk  # linked as "ปี 2567"
    sheet = openpyxl.load_workbook(SITE / "files/32009.xlsx").active
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in sheet["A1"].value
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนมกราคม 2568" in rows and "สขร.1 ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
