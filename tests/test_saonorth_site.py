"""The saonorth held-out site is whole: its PDFs and DOCX open and its old .doc and .xls are Word 97 /
Excel 97 compound files; the scans (the old local plan, the budget, the announcements, four monthly
สขร.1) have no text layer; the monthly list lacks มกราคม 2569, the ITA page has no o21 row, and its
only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the audit's
verdicts."""

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

SITE = Path(__file__).parent / "sites" / "saonorth"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SCANS = ("4596.pdf", "3939.pdf", "4680.pdf", "4300.pdf", "4063.pdf", "4507.pdf", "5129.pdf", "3893.pdf",
         "4712.pdf", "4759.pdf", "4795.pdf", "4833.pdf")


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert_documents_open([p for p in docs if p.suffix in (".pdf", ".docx")])
    for p in docs:
        if p.suffix in (".doc", ".xls"):
            assert p.read_bytes().startswith(OLE2), p
            assert not zipfile.is_zipfile(p), p


def test_scans_have_no_text_layer_and_the_text_pdf_has_thai_digits():
    for scan in SCANS:
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip(), scan
    text = pypdf.PdfReader(SITE / "files/5005.pdf").pages[0].extract_text()
    assert "๒๕๖๗" in text and "2567" not in text  # the annual report of FY2567, in Thai digits


def test_old_office_files_hold_their_years():
    hr_plan = (SITE / "files/4226.xls").read_bytes()
    assert "ปีงบ 2568".encode("utf-16-le") in hr_plan  # the sheet's name
    assert "แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in hr_plan
    integrity = (SITE / "files/4340.doc").read_bytes()
    assert "ประจำปีงบประมาณ พ.ศ. 2568".encode("utf-16-le") in integrity


def test_distinctive_pages():
    months = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2568" in months and "สขร.1 ประจำเดือนกุมภาพันธ์ 2569" in months
    assert "มกราคม 2569" not in months
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "<td>o20</td>" in ita and "<td>o22</td>" in ita and "<td>o21</td>" not in ita
    stats = (SITE / "stats" / "service" / "index.html").read_text(encoding="utf-8")
    assert "ก.ย. 68" in stats and "69" not in stats.split("<h1>")[1].split("</table>")[0]
    anti = (SITE / "integrity" / "anti-report" / "index.html").read_text(encoding="utf-8")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in anti


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
