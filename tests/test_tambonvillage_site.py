"""The tambonvillage held-out site is whole: its PDFs, DOCX, XLSX, Word 97 and Excel 97 files open
(the No Gift announcement is a scan with no text layer), every page but the home page is a stored
copy of a query URL (/page.php?id=N …) that answers, the monthly สขร.1 list lacks กุมภาพันธ์ 2569,
this year's ITA table has no o25 row, and its only dead links are the ones its truth file declares
(two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import copy
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import docx
import openpyxl
import pypdf
import yaml

from crawler.serve import StaticSite, _query_name
from tests.site_checks import (
    LINK,
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "tambonvillage"
FILES = SITE / "files"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def stored(url: str) -> str:
    """The site path of the static copy a query URL is served from (/page.php?id=2 ->
    /page.php.q/id=2/); other paths unchanged."""
    parts = urlsplit(url)
    return f"{parts.path}.q/{_query_name(parts.query)}/" if parts.query else url


def text(name: str) -> str:
    return pypdf.PdfReader(FILES / name).pages[0].extract_text()


def page(url: str) -> str:
    return (SITE / stored(url).lstrip("/") / "index.html").read_text(encoding="utf-8")


def test_every_document_opens():
    docs = sorted(FILES.iterdir())
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
    assert_documents_open(p for p in docs if p.suffix in {".pdf", ".docx", ".xlsx"})
    for old in ("27780.doc", "29941.xls"):
        assert (FILES / old).read_bytes().startswith(OLE2)
    assert not text("29390.pdf").strip()  # the No Gift announcement: a scan


def test_distinctive_facts():
    assert "๒๕๖๑ - ๒๕๖๕" in text("24117.pdf")  # the adopted local plan ends before 2569
    assert "(ร่าง)" in "\n".join(p.text for p in docx.Document(FILES / "27355.docx").paragraphs)
    assert "รายงานผลการดำเนินงานประจำปี ๒๕๖๗" in text("28544.pdf")
    assert "๒๕๖๙" in text("29482.pdf")
    sheet = openpyxl.load_workbook(FILES / "28120.xlsx").active
    assert sheet.title == "แผนพัฒนา2568" and "2568" in sheet["A1"].value
    assert "มีนาคม พ.ศ. 2569" in text("30312.pdf")
    procurement = page("/download.php?cat=4")
    assert "สขร.1 เดือนมกราคม 2569" in procurement and "กุมภาพันธ์ 2569" not in procurement
    ita = page(TRUTH["ita_page"])
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27) if n != 25)
    assert "<td>o25</td>" not in ita
    assert "<td>o25</td>" in page("/page.php?id=15") and "/files/28433.pdf" in page("/page.php?id=15")
    assert "ปีงบประมาณ พ.ศ. 2567" in page("/page.php?id=12")
    stats = page("/page.php?id=8")
    assert "ก.ย. 68" in stats and "69</td>" not in stats
    assert "ประจำปี 2567" in page("/news.php?id=322")


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_every_query_link_has_its_copy_and_answers():
    queries = set()
    for p in SITE.rglob("index.html"):
        for link in LINK.findall(p.read_text(encoding="utf-8")):
            if not urlsplit(link).scheme and urlsplit(link).query:
                queries.add(link.replace("&amp;", "&"))
    assert len(queries) >= 40
    for url in queries:
        folder = SITE / stored(url).lstrip("/")
        assert [f.name for f in folder.iterdir()] == ["index.html"], url
    with StaticSite(SITE) as base:
        for url in ("/page.php?id=20", "/news.php?page=2&cat=1", "/download.php?cat=4"):
            with urllib.request.urlopen(base.rstrip("/") + url, timeout=10) as r:
                assert r.status == 200 and "เทศบาลตำบลดอนตะแบกงาม" in r.read().decode("utf-8")


def test_dead_links_are_exactly_the_declared_ones():
    truth = copy.deepcopy(TRUTH)  # the query URLs of the truth, as the copies they are stored as
    for item in truth["items"].values():
        item["url"] = item["url"] and stored(item["url"])
        item["also"] = [stored(u) for u in item.get("also") or []]
    for decoy in truth["decoys"]:
        decoy["url"] = stored(decoy["url"])
    assert_truth_points_at_files(SITE, truth)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
