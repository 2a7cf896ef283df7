"""The saomoved held-out site is whole: an อบต. that moved from Joomla to WordPress and left the old
site's copies online.  Its documents (new uploads and the old download script's files) open, the
budget ordinance and the declaration of integrity are scans with no text layer, the old pages are in
Thai digits, the monthly สขร.1 are split between the two sites with มกราคม 2569 on neither, and its
only dead links are the two its truth file declares.  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "saomoved"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOCS = (".pdf", ".docx", ".xlsx", ".doc", ".xls")


def text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def main(page: Path, start: str, end: str) -> str:
    """The page's own content, without its template."""
    return page.read_text(encoding="utf-8").split(start, 1)[1].split(end, 1)[0]


def test_every_document_opens():
    docs = sorted(p for p in SITE.rglob("*") if p.suffix in DOCS)
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == set(DOCS)
    old = sorted((SITE / "download.php.q").iterdir())
    assert len(old) == 15 and all(len(list(q.iterdir())) == 1 for q in old)  # one file per script id
    for scan in ("/wp-content/uploads/2026/01/scan_budget69.pdf", "/wp-content/uploads/2026/01/scan0007.pdf"):
        assert not text(scan).strip()


def test_distinctive_facts():
    assert "๒๕๖๑ - ๒๕๖๕" in text("/download.php?id=41")  # the only local plan, Thai digits, ends in 2565
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("/wp-content/uploads/2026/01/report-eval-2567.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("/download.php?id=88")  # the No Gift Policy is two years old
    assert site_file(SITE, "/download.php?id=93").read_bytes().startswith(b"\xd0\xcf\x11\xe0")  # a Word 97 .doc
    sheet = openpyxl.load_workbook(site_file(SITE, "/wp-content/uploads/2026/04/stat-eservice-69.xlsx")).active
    assert "2569" in sheet["A1"].value
    old_list = main(site_file(SITE, "/index.php?option=com_content&view=category&id=12"), "<main", "</main>")
    assert "ธันวาคม ๒๕๖๘" in old_list and "2568" not in old_list  # Thai digits only
    new_list = main(SITE / "procurement" / "index.html", "entry-content", "</article>")
    assert "กุมภาพันธ์ 2569" in new_list and "มกราคม 2569" not in new_list and "มกราคม ๒๕๖๙" not in old_list
    for group in ("9-1", "9-2", "9-3", "9-4", "9-5", "10-1", "10-2"):
        assert (SITE / "ita-2569" / group / "index.html").is_file()


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert len(list((SITE / "index.php.q").rglob("index.html"))) >= 12  # the old Joomla copies
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
