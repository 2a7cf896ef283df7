"""The pdfindex held-out site is whole: its PDFs, DOCX, old .doc and .xls open (the citizen's
manual and the declaration of integrity are scans with no text layer), the ITA answer is one PDF
table linked from the home page whose rows carry link annotations to the site's own pages, the
monthly สขร.1 list lacks กุมภาพันธ์ 2568, and its only dead links are the ones its truth file
declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "pdfindex"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    for scan in ("20981.pdf", "22455.pdf"):
        assert not pypdf.PdfReader(SITE / "files" / scan).pages[0].extract_text().strip()
    assert "๒๕๖๘" in pypdf.PdfReader(SITE / "files/22305.pdf").pages[0].extract_text()  # Thai digits
    six_months = pypdf.PdfReader(SITE / "files/21877.pdf").pages[0].extract_text()
    assert "2567" in six_months and "2568" not in six_months  # o6's "รอบ 6 เดือน" is last year's


def test_ita_index_is_one_pdf_linked_from_home():
    home = (SITE / "index.html").read_text(encoding="utf-8")
    assert f'href="{TRUTH["ita_page"]}"' in home
    assert not (SITE / "ita").exists()  # no ITA web page at all
    reader = pypdf.PdfReader(SITE / TRUTH["ita_page"].lstrip("/"))
    text = "".join(p.extract_text() for p in reader.pages)
    assert "ประจำปี พ.ศ. 2568" in text and "o26" in text
    uris = [a.get_object()["/A"]["/URI"] for p in reader.pages for a in p.get("/Annots", [])]
    assert len(uris) == 31
    for uri in uris:
        parts = urlsplit(uri)
        assert parts.netloc == "www.thasamrongmai.go.th"
        assert parts.path == "/files/22560.pdf" or site_file(SITE, parts.path).is_file(), uri


def test_monthly_list_lacks_february():
    rows = (SITE / "procurement" / "monthly" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนมกราคม 2568" in rows and "ประจำเดือนมีนาคม 2568" in rows
    assert "กุมภาพันธ์ 2568" not in rows


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
