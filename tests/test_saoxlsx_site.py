"""The saoxlsx held-out site is whole: its PDFs, DOCX and XLSX open (three PDFs are scans with no
text layer), the quarter workbook of แบบ สขร.1 lacks February, and its only dead links are the two
its truth file declares (a 404 and a 0-byte file).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import openpyxl
import pypdf
import yaml

from tests.site_checks import (
    LINK,
    assert_documents_open,
    assert_truth_covers_the_year,
)

SITE = Path(__file__).parent / "sites" / "saoxlsx"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _file(path: str) -> Path:
    return SITE / ("index.html" if path == "/" else path.lstrip("/"))


def test_every_document_opens():
    docs = [p for p in (SITE / "doc").rglob("*") if p.suffix in {".pdf", ".docx", ".xlsx"}]
    assert len(docs) >= 25
    empty = [p for p in docs if p.stat().st_size == 0]
    assert [p.name for p in empty] == ["procplan68.pdf"]
    assert_documents_open(set(docs) - set(empty))
    scans = sorted(p.name for p in docs if p.name.startswith("Scan_"))
    assert len(scans) == 3
    for p in docs:
        if p.name.startswith("Scan_"):
            assert not pypdf.PdfReader(p).pages[0].extract_text().strip(), p  # image only
    q2 = openpyxl.load_workbook(SITE / "doc/2568/04/q2-68.xlsx", read_only=True)
    assert q2.sheetnames == ["ม.ค.68", "มี.ค.68"]


def test_dead_links_are_exactly_the_declared_ones():
    dead = set()
    for page in SITE.rglob("*.html"):
        for link in LINK.findall(page.read_text(encoding="utf-8")):
            if urlsplit(link).scheme:
                continue
            target = _file(unquote(urlsplit(link).path))
            if not target.is_file() or target.stat().st_size == 0:
                dead.add(unquote(urlsplit(link).path))
    assert dead == {b["url"] for b in TRUTH["broken"]}
    for code, item in TRUTH["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or _file(url).is_file(), (code, url)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
