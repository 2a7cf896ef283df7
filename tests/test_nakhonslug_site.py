"""The nakhonslug held-out site is whole: its documents open (PDF, DOCX, XLSX, an old .doc and .xls,
under /storage/<B.E. year>/<month>/<hash> or behind the download script /download.php?id=N), the
ethics code is a scan with no text layer, the procurement list's 2569 tab lacks มกราคม 2569, the
query copies (year selector, download script, old Joomla articles) are where the server looks,
and its only dead links are the ones its truth file declares.  Asserts nothing about the audit's
verdicts."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "nakhonslug"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOC_SUFFIXES = {".pdf", ".docx", ".xlsx", ".doc", ".xls"}


def documents() -> list[Path]:
    return sorted(p for p in SITE.rglob("*") if p.suffix in DOC_SUFFIXES)


def text(url: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = documents()
    assert 28 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == DOC_SUFFIXES
    assert not pypdf.PdfReader(SITE / "storage/2566/02/6e0b5a93c7f1.pdf").pages[0].extract_text().strip()  # the scan


def test_the_download_script_and_its_contents():
    assert site_file(SITE, "/download.php?id=14").suffix == ".doc"
    assert site_file(SITE, "/download.php?id=31").suffix == ".xls"
    assert "๒๕๖๑" in text("/download.php?id=3") and "๒๕๖๙" not in text("/download.php?id=3")  # Thai digits, old plan
    assert "ประจำปีงบประมาณ พ.ศ. 2569" in text("/download.php?id=21")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("/download.php?id=5")
    assert not site_file(SITE, "/download.php?id=8").is_file()
    # a post of January 2569 whose attachment covers FY2567
    post = (SITE / "news/annual-performance-report/index.html").read_text(encoding="utf-8")
    assert "12 ม.ค. 2569" in post and "/storage/2569/01/8be2f7c41a90.pdf" in post
    assert "ปีงบประมาณ พ.ศ. 2567" in text("/storage/2569/01/8be2f7c41a90.pdf")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in text("/storage/2566/10/2c9f4e7b8d03.pdf")  # the No Gift policy


def test_year_selector_and_monthly_summaries():
    rows = site_file(SITE, "/procurement/?year=2569").read_text(encoding="utf-8")
    assert "<b>2569</b>" in rows and "?year=2568" in rows
    assert "ตุลาคม 2568" in rows and "มีนาคม 2569" in rows and "มกราคม 2569" not in rows
    assert "กันยายน 2568" in site_file(SITE, "/procurement/?year=2568").read_text(encoding="utf-8")
    old_ita = site_file(SITE, "/index.php?option=com_content&view=article&id=88").read_text(encoding="utf-8")
    assert "ITA 2568" in old_ita and "Joomla" in old_ita
    stats = (SITE / "complaint/statistics/index.html").read_text(encoding="utf-8")
    main = re.sub(r"<[^>]+>", " ", stats.split("<main>")[1].split("</main>")[0])
    assert "๒๕๖๙" in main and not any(c in main for c in "0123456789")  # Thai digits only


def test_ita_pages_split_by_group():
    groups = sorted(p.parent.name for p in (SITE / "ita/2569").glob("*/index.html"))
    assert len(groups) == 6
    rows = "".join((SITE / "ita/2569" / g / "index.html").read_text(encoding="utf-8") for g in groups)
    assert all(f"<td>o{n}</td>" in rows for n in range(1, 27))


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
