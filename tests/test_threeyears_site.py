"""The threeyears held-out site is whole: its PDFs, DOCX and XLSX (uploaded under Thai names,
linked percent-encoded) open, the No Gift declaration and the operating-plan notice are scans
with no text layer, files named with the wrong year or none hold the year the truth says, the
procurement page lacks the สขร.1 of February 2569, the three ITA pages are linked from every page,
and the only dead links are the ones its truth file declares.  Asserts nothing about the audit's
verdicts."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    dead_local_links,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "threeyears"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def text(path: str) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(site_file(SITE, path)).pages)


def test_every_document_opens():
    docs = sorted(p for p in (SITE / "uploads").rglob("*") if p.is_file())
    assert 25 <= len(docs) <= 45
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".xlsx"}
    for scan in ("/uploads/2568/10/ประกาศ No Gift Policy.pdf", "/uploads/2568/11/ประกาศใช้แผนดำเนินงาน.pdf"):
        assert not text(scan).strip()
    assert "พ.ศ. ๒๕๖๙" in text("/uploads/2568/12/ประเมินความเสี่ยง 2568.pdf")  # named 2568, holds 2569
    assert "พ.ศ. 2569" in text("/uploads/2568/09/เทศบัญญัติงบประมาณรายจ่าย.pdf")
    assert "๒๕๖๘" in text("/uploads/2568/12/รายงานติดตามประเมินผลแผนพัฒนา.pdf")


def test_pages_and_links():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'href="/ita/2569/"' in html and 'href="/ita/2568/"' in html and 'href="/ita/2567/"' in html, page
    ita = (SITE / "ita" / "2569" / "index.html").read_text(encoding="utf-8")
    assert "อยู่ระหว่างดำเนินการ" in ita
    assert quote("/uploads/2568/11/แผนการดำเนินงาน ประจำปี 2569.pdf") in ita  # percent-encoded
    assert "/uploads/2568/11/แผนการดำเนินงาน" not in ita
    procurement = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "ประจำเดือนมกราคม 2569" in procurement and "ประจำเดือนมีนาคม 2569" in procurement
    assert "กุมภาพันธ์ 2569" not in procurement
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    dead, _links = dead_local_links(SITE)
    assert dead == {b["url"] for b in TRUTH["broken"]}
    for code, item in TRUTH["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or site_file(SITE, url).is_file(), (code, url)
    for decoy in TRUTH["decoys"]:
        assert site_file(SITE, decoy["url"]).is_file(), decoy["url"]


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
    for code, item in TRUTH["items"].items():
        assert item["status"] in {"found", "outdated", "review", "missing"}, code
        assert ("months_missing" in item) == (code == "O11"), code
