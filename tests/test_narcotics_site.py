"""The narcotics held-out site (สำนักงาน ป.ป.ส. ภาค ๗, invented) is whole: its documents, served
through /download.php?id=N (query copies) and from the old CMS, open as what they claim to be (the
FY2569 risk assessment is a scan with no text layer, the staff manual a Word 97 .doc, the annual
procurement report an Excel 97 .xls); the monthly สขร.1 posts lack มกราคม 2569; the ITA 2569 row
o23 says ๒๕๖๙ while its file is the 2568 plan; its only dead links are the ones its truth file
declares.  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    OLE2,
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "narcotics"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _text(url: str) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(site_file(SITE, url)).pages)


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "download.php.q").rglob("*") if p.is_file())
    docs += sorted((SITE / "old" / "images" / "stories").rglob("*.pdf"))
    assert 30 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert all(len(list(folder.iterdir())) == 1 for folder in (SITE / "download.php.q").iterdir())
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert not pypdf.PdfReader(site_file(SITE, "/download.php?id=23")).pages[0].extract_text().strip()
    assert site_file(SITE, "/download.php?id=9").read_bytes().startswith(OLE2)
    assert "๒๕๖๖ - ๒๕๖๘" in _text("/download.php?id=3")  # the 3-year plan, Thai digits
    assert "2 ตุลาคม พ.ศ. 2566" in _text("/download.php?id=21")  # No Gift, two years old
    sheet = openpyxl.load_workbook(site_file(SITE, "/download.php?id=20")).active
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in sheet["A1"].value  # posted in ม.ค. 2569


def test_traps_hold():
    procurement = site_file(SITE, "/index.php?option=com_content&view=category&id=9").read_text(encoding="utf-8")
    for month in ("ตุลาคม 2568", "พฤศจิกายน 2568", "ธันวาคม 2568", "กุมภาพันธ์ 2569", "มีนาคม 2569"):
        assert f"ประจำเดือน{month}" in procurement
    assert "มกราคม 2569" not in procurement
    row = site_file(SITE, "/index.php?option=com_content&view=article&id=407").read_text(encoding="utf-8")
    assert 'href="/download.php?id=24">แผนปฏิบัติการป้องกันการทุจริต ประจำปี ๒๕๖๙' in row
    import docx

    plan = docx.Document(str(site_file(SITE, "/download.php?id=24")))
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in plan.paragraphs[0].text
    assert "/old/images/stories/ita2568/o25_analysis.pdf" in row
    assert "ITA ประจำปีงบประมาณ พ.ศ. 2567" in _text("/old/images/stories/ita2568/o25_analysis.pdf")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert len(list((SITE / "index.php.q").iterdir())) >= 40
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
