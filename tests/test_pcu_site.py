"""The pcu held-out site (a municipal primary-care unit, ศูนย์สุขภาพชุมชนเมืองโนนกระถิน) is whole:
its documents, served by a download script from download.php.q/id=N/ and from the old site's
/old/files/, open (two are scans with no text layer, two are old .doc, two .xls); its pages are
Joomla-like query-string copies; the second quarter's procurement post lacks มกราคม 2569; and
its only dead links are the two its truth file declares.  Asserts nothing about the audit."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "pcu"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    docs += sorted((SITE / "old" / "files").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert all(len(list(folder.iterdir())) == 1 for folder in (SITE / "download.php.q").iterdir())
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    for scan in ("/download.php?id=43", "/download.php?id=46"):
        assert not _text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๔ - ๒๕๖๘" in _text("/download.php?id=11")  # the strategy ends before 2569, Thai digits
    assert "๒๕๖๙" in _text("/download.php?id=23")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in _text("/download.php?id=38")  # the No Gift Policy is two years old
    assert "พ.ศ. 2567" in _text("/download.php?id=42")  # the ITA analysis is of ITA 2567
    assert "พ.ศ. 2568" in _text("/old/files/risk_2568.pdf")
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=24")).active
    assert "2569" in sheet["A1"].value
    q2 = site_file(SITE, "/index.php?option=com_content&view=article&id=66").read_text(encoding="utf-8")
    assert "skr1_feb69.xls" in q2 and "skr1_mar69.pdf" in q2 and "jan69" not in q2
    stats = site_file(SITE, "/index.php?option=com_content&view=article&id=48").read_text(encoding="utf-8")
    assert "๒๕๖๘" in stats and "2568" not in stats  # Thai digits only
    groups = [site_file(SITE, f"/ita.php?year=2569&group={g}").read_text(encoding="utf-8") for g in range(1, 7)]
    assert all(f"<td>o{n}</td>" in "".join(groups) for n in range(1, 27))
    assert "/download.php?id=8" in groups[5]
    assert not site_file(SITE, "/download.php?id=8").is_file()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
