"""The regionhosp held-out site is whole: its PDFs, DOCX, XLSX, Word 97 and Excel 97 files open
(the December สขร.1 and the No Gift announcement are scans with no text layer), the row "ม.ค. 69"
of the monthly สขร.1 holds January 2568, the download section is stored as query copies, and its
only dead links are the ones its truth file declares (two 404s).  Asserts nothing about the
audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "regionhosp"
FILES = SITE / "upload" / "files"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def text(name: str) -> str:
    return pypdf.PdfReader(FILES / name).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted(FILES.iterdir())
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"})
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for old in ("29115.doc", "32812.xls"):
        assert (FILES / old).read_bytes().startswith(OLE2)
    for scan in ("32398.pdf", "30811.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "มกราคม พ.ศ. 2568" in text("32541.pdf")  # the row says ม.ค. 69
    assert "กุมภาพันธ์ พ.ศ. 2569" in text("32677.pdf")
    assert "๒๕๖๔ - ๒๕๖๘" in text("30418.pdf")  # the strategic plan ends before 2569, Thai digits
    assert "รายงานประจำปี ๒๕๖๗" in text("32466.pdf")
    assert "๒๕๖๘" in text("32188.pdf")
    import docx

    hr_plan = "\n".join(p.text for p in docx.Document(FILES / "32119.docx").paragraphs)
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in hr_plan and "2569" not in hr_plan
    assert "2569" in openpyxl.load_workbook(FILES / "32071.xlsx").active["A1"].value
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "แผน HR ปี 2569" in ita and "/download.php?cat=5" in ita
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))
    cat5 = (SITE / "download.php.q" / "cat=5" / "index.html").read_text(encoding="utf-8")
    assert "/upload/files/31288.pdf" in cat5 and "/upload/files/32230.pdf" in cat5
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือน ม.ค. 69" in rows and "/upload/files/32541.pdf" in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
