"""The bpp held-out site is whole: the documents behind its download script open (PDF, DOCX, old
.doc and .xls; the annual procurement report is a scan with no text layer), its pages are static
copies of query-string URLs, the monthly สขร.1 list lacks กุมภาพันธ์ 2569, and its only dead links
are the ones its truth file declares (a download id and a file of the old site).  Asserts nothing
about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "bpp"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _text(url: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    docs += sorted((SITE / "old" / "files").iterdir())
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert all(len(list(p.parent.iterdir())) == 1 for p in docs if "download.php.q" in p.parts)
    assert not _text("/download.php?id=27").strip()  # the scanned annual procurement report
    assert "๒๕๖๘" in _text("/download.php?id=7")  # last year's operating plan, Thai digits
    assert "๒๕๖๙" in _text("/download.php?id=42")
    assert "2566 - 2568" in _text("/download.php?id=3")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in _text("/download.php?id=12")
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in _text("/download.php?id=38")
    assert not site_file(SITE, "/download.php?id=8").is_file()


def test_pages_are_query_copies_with_thai_digits():
    ita = site_file(SITE, "/index.php?option=com_content&view=article&id=206").read_text(encoding="utf-8")
    assert "o๒๐" in ita and "/viewer.php?file=38" in ita and "/download.php?id=8" in ita
    assert "อยู่ระหว่างจัดทำ" in site_file(SITE, "/index.php?option=com_content&view=article&id=207").read_text(encoding="utf-8")
    procurement = site_file(SITE, "/index.php?option=com_docman&task=cat_view&gid=2").read_text(encoding="utf-8")
    assert "สขร.1 ม.ค. 69" in procurement and "สขร.1 มี.ค. 69" in procurement and "ก.พ. 69" not in procurement
    post = site_file(SITE, "/index.php?option=com_content&view=article&id=112").read_text(encoding="utf-8")
    assert "๑๕ ม.ค. ๒๕๖๙" in post and "/download.php?id=12" in post


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
