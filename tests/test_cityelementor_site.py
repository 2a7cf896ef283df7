"""The cityelementor held-out site is whole: its PDFs, DOCX and XLSX open, its old Word .doc and
Excel .xls are OLE2 files that antiword-style readers and xlrd read, the budget ordinance and the
No Gift Policy are scans with no text layer, the January สขร.1 row holds December's content again,
three documents are sent only by the download manager's ?wpdmdl= button (query copies), and its
only dead links are the ones its truth file declares (two 404s).  Asserts nothing about
the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "cityelementor"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
UP = SITE / "wp-content" / "uploads"
WPDM = SITE / "download"
OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")


def text(rel: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(UP / rel).pages)


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in {".pdf", ".docx", ".xlsx", ".doc", ".xls"})
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"})
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for old in (p for p in docs if p.suffix in {".doc", ".xls"}):
        assert old.read_bytes().startswith(OLE2), old
    for scan in (UP / "2025/09/scan0033.pdf", WPDM / "no-gift-policy/.q/wpdmdl=1874/scan0012.pdf"):
        assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()
    sent = sorted(p.relative_to(WPDM).as_posix() for p in WPDM.glob("*/.q/*/*"))  # only by ?wpdmdl=
    assert sent == ["hrd-plan/.q/wpdmdl=1542/hrd3y.docx", "manual-registration/.q/wpdmdl=2101/manual_tr.doc",
                    "no-gift-policy/.q/wpdmdl=1874/scan0012.pdf"]
    page = (WPDM / "no-gift-policy" / "index.html").read_text(encoding="utf-8")
    assert 'href="/download/no-gift-policy/?wpdmdl=1874"' in page


def test_distinctive_facts():
    assert "๒๕๖๙" in text("2025/11/scan0041.pdf")  # Thai digits in the operating plan
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("2025/12/report-1.pdf")  # row says 2568
    assert "2566 - 2570" in text("2025/07/1-3.pdf")
    assert "ธันวาคม พ.ศ. 2568" in text("2026/02/sor260205-1.pdf")
    assert "มกราคม" not in text("2026/02/sor260205-1.pdf")
    sheet = openpyxl.load_workbook(UP / "2025/10/stat-complaint.xlsx").active
    assert "2568" in sheet["A1"].value
    rows = (SITE / "procurement" / "sor1" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือน มกราคม 2569" in rows and "sor260205-1.pdf" in rows
    post = SITE / "2026" / "02" / "04" / "สรุปผลประชาคมชุมชน-2569" / "index.html"
    assert "1,846" in post.read_text(encoding="utf-8")
    ita = (SITE / "ita" / "index.html").read_text(encoding="utf-8")
    assert ita.count("<tr><td>o") == 26 and "%e0%b8%aa" in ita
    embed = (SITE / "local-development-plan" / "index.html").read_text(encoding="utf-8")
    assert "docs.google.com/viewer?url=" in embed


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'id="secondary"' in html and "elementor-location-footer" in html, page


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
