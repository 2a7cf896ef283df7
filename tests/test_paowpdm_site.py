"""The paowpdm held-out site is whole: its WordPress Download Manager packages are served through
?wpdmdl= query copies, its PDFs, DOCX, .doc and .xls open (the risk-management report is a scan
with no text layer), the สขร.1 category lacks มกราคม 2568, the statistics year selector has no 2568
data, and its only dead links are the ones its truth file declares (two 404s, one behind the old
site's download.php).  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "paowpdm"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
DOC_TYPES = {".pdf", ".docx", ".doc", ".xls"}


def _docs() -> list[Path]:
    return sorted(p for p in SITE.rglob("*") if p.is_file() and p.suffix in DOC_TYPES)


def _text(url: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = _docs()
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == DOC_TYPES
    scan = site_file(SITE, "/download/risk-management-report-2567/?wpdmdl=2507")
    assert not pypdf.PdfReader(scan).pages[0].extract_text().strip()


def test_distinctive_facts():
    assert "๒๕๖๘" in _text("/download/budget-ordinance-2568/?wpdmdl=2431")  # Thai digits
    assert "2561 - 2565" in _text("/wp-content/uploads/2020/07/eplan_export_p01_2561-2565.pdf")
    assert "e-plan" in _text("/download/action-plan-2568/?wpdmdl=2455")
    assert "ประจำปีงบประมาณ พ.ศ. 2566" in _text("/download/no-gift-policy/?wpdmdl=2048")
    assert "2566" in _text("/wp-content/uploads/2024/12/report-eval-66.pdf")
    six = site_file(SITE, "/download/six-month-report/?wpdmdl=2356")
    assert six.name.endswith(".docx") and six.parent.name == "wpdmdl=2356"
    category = (SITE / "download-category/sorkhor1/index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2567" in category and "สขร.1 ประจำเดือนกุมภาพันธ์ 2568" in category
    assert "มกราคม 2568" not in category
    assert "ยังไม่มีข้อมูล" in site_file(SITE, "/stats/?year=2568").read_text(encoding="utf-8")
    assert "stat-service-2567.xls" in site_file(SITE, "/stats/?year=2567").read_text(encoding="utf-8")
    assert "drive.google.com" in (SITE / "download/corruption-risk-assessment/index.html").read_text(encoding="utf-8")
    groups = sorted(p.parent.name for p in (SITE / "ita-2568").glob("*/index.html"))
    assert groups == ["anticorruption", "basic", "budget", "hr", "procurement", "transparency"]


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
