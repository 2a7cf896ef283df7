"""The paowest held-out site is whole: its PDFs, DOCX and XLSX open, its Word 97 .doc files and its
.xls are OLE2 files, the ethics code and the No Gift announcement are scans with no text layer,
the only local plan ends in 2565 (Thai digits), the 6-month report linked from o6 covers FY2567,
the risk assessment linked as "2568" is that of 2567, the monthly สขร.1 list lacks กุมภาพันธ์ 2568,
and its only dead links are the ones its truth file declares (two 404s).  Asserts nothing about
the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "paowest"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return pypdf.PdfReader(SITE / "files" / name).pages[0].extract_text()


def page(path: str) -> str:
    return (SITE / path.strip("/") / "index.html").read_text(encoding="utf-8")


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    old = [p for p in docs if p.suffix in (".doc", ".xls")]
    assert len(old) == 3 and all(p.read_bytes().startswith(OLE2) for p in old)
    assert_documents_open(set(docs) - set(old))
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("20712.pdf", "22344.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๑ - ๒๕๖๕" in text("20418.pdf")  # the four-year plan ends in 2565, in Thai digits
    assert "๒๕๖๘" in text("22431.pdf")  # the budget ordinance of 2568, in Thai digits
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in text("21988.pdf")  # o6's 6-month report is FY2567's
    ita = page("/ita/2568/")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))
    assert "ประจำปี 2568</a>" in ita and "/files/21902.docx" in ita
    risk = "\n".join(p.text for p in docx.Document(SITE / "files/21902.docx").paragraphs)
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in risk and "2568" not in risk
    assert "/files/22735.pdf" in ita and not (SITE / "files" / "22735.pdf").exists()
    rows = page("/procurement/")
    assert "ประจำเดือนมกราคม 2568" in rows and "ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows
    sheet = openpyxl.load_workbook(SITE / "files/22698.xlsx").active
    assert "พ.ศ. 2568" in sheet["A1"].value
    assert "พ.ศ. 2567".encode("utf-16-le") in (SITE / "files/22050.xls").read_bytes()  # last year's statistics
    assert "โรงเรียนบ้านโนนสะอาดวิทยา" in text("22455.pdf")  # the 2568 plan in o25's list is a school's


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for p in pages:  # the template is on every page
        body = p.read_text(encoding="utf-8")
        assert 'id="menu"' in body and 'id="side"' in body and 'id="footer"' in body, p


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
