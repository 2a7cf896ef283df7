"""The railwaydistrict held-out site is whole: its documents, served by /download.php?id=N and kept
under download.php.q/, open (the FY2569 risk assessment and the declaration of integrity are scans
with no text layer), the 3-year plan and the No Gift policy are in Thai digits, the สขร.1 page (Thai
digits only) has a มกราคม 2569 row whose file is gone, and its only dead links are the ones its truth
file declares.  Asserts nothing about the audit's verdicts."""

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

SITE = Path(__file__).parent / "sites" / "railwaydistrict"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(url: str) -> str:
    return pypdf.PdfReader(site_file(SITE, url)).pages[0].extract_text()


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    docs += sorted((SITE / "web2" / "images" / "stories" / "ita").iterdir())
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    # one file per download id: the script sends it as an attachment under its upload name
    assert all(len(list(folder.iterdir())) == 1 for folder in (SITE / "download.php.q").iterdir())
    for scan in ("/download.php?id=44", "/download.php?id=42"):
        assert not text(scan).strip()
    assert "๒๕๖๖ - ๒๕๖๘" in text("/download.php?id=3")  # the 3-year plan, Thai digits
    assert "๒๕๖๗" in text("/download.php?id=40")  # the No Gift policy of FY2567
    assert "รายงานประจำปี 2567" in text("/download.php?id=10")
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=36")).active
    assert "ปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน" in sheet["A1"].value


def test_procurement_page_in_thai_digits_lacks_january():
    page = site_file(SITE, "/index.php?option=com_content&view=article&id=30").read_text(encoding="utf-8")
    assert "ประจำเดือนธันวาคม ๒๕๖๘" in page and "ประจำเดือนมกราคม ๒๕๖๙" in page
    assert not site_file(SITE, "/download.php?id=23").is_file()
    assert "2569" not in page.split('<div id="content">')[1].split("</div>")[0]


def test_ita_is_split_by_group_and_links_the_old_site():
    hub = site_file(SITE, TRUTH["ita_page"]).read_text(encoding="utf-8")
    assert all(f"view=article&amp;id={n}" in hub for n in range(91, 98))
    codes = []
    for n in range(91, 98):
        group = site_file(SITE, f"/index.php?option=com_content&view=article&id={n}").read_text(encoding="utf-8")
        codes += [f"o{i}" for i in range(1, 27) if f"<td>o{i}</td>" in group]
    assert sorted(codes, key=lambda c: int(c[1:])) == [f"o{i}" for i in range(1, 27)]
    assert "/web2/ita-2568/" in hub


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
