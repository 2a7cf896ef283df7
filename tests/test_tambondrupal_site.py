"""The tambondrupal held-out site is whole: its PDFs, DOCX, .doc and .xls open (the สขร.1 of
ธันวาคม 2567 and the declaration of integrity are scans with no text layer), the download
counter's query-string links and the news pager's ?page=1 answer from their static copies, the
procurement category lacks มกราคม 2568, and its only dead links are the ones its truth file
declares (two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import docx
import pypdf
import yaml

from crawler.serve import StaticSite
from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "tambondrupal"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
FILES = SITE / "sites" / "default" / "files"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def test_every_document_opens():
    docs = sorted(p for p in FILES.iterdir() if p.is_file() and p.suffix in {".pdf", ".docx", ".doc", ".xls"})
    assert 30 <= len(docs) <= 45
    assert all(p.stat().st_size for p in docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert_documents_open(p for p in docs if p.suffix in {".pdf", ".docx"})
    old = [p for p in docs if p.suffix in {".doc", ".xls"}]
    assert len(old) == 6 and all(p.read_bytes().startswith(OLE2) for p in old)
    for scan in ("21597.pdf", "21377.pdf"):
        assert not pypdf.PdfReader(FILES / scan).pages[0].extract_text().strip()
    assert "๒๕๖๘" in pypdf.PdfReader(FILES / "21305.pdf").pages[0].extract_text()  # Thai digits
    assert "๒๕๖๑ - ๒๕๖๕" in pypdf.PdfReader(FILES / "20113.pdf").pages[0].extract_text()
    # the .doc the ITA row calls "ประจำปี 2568" is last year's assessment (UTF-16 text in the Word stream)
    assert "ประจำปีงบประมาณ พ.ศ. 2567".encode("utf-16-le") in (FILES / "21519.doc").read_bytes()
    six = "\n".join(p.text for p in docx.Document(FILES / "20931.docx").paragraphs)
    assert "1 ตุลาคม 2566 - 31 มีนาคม 2567" in six
    rows = (SITE / "taxonomy/term/3/index.html").read_text(encoding="utf-8")
    assert "สขร.1 ประจำเดือนธันวาคม 2567" in rows and "สขร.1 ประจำเดือนกุมภาพันธ์ 2568" in rows
    assert "มกราคม 2568" not in rows


def test_query_string_copies_are_served():
    with StaticSite(SITE) as url:
        base = url.rstrip("/")
        with urllib.request.urlopen(base + "/news/?page=1", timeout=10) as r:
            assert "งานวันเด็กแห่งชาติ 2567" in r.read().decode("utf-8")
        link = "/sites/all/modules/pubdlcnt/pubdlcnt.php?file=/sites/default/files/21390.pdf&nid=304"
        with urllib.request.urlopen(base + link, timeout=10) as r:
            assert r.headers["Content-Disposition"].startswith("attachment;")
            assert r.read() == (FILES / "21390.pdf").read_bytes()
    copies = list((SITE / "sites/all/modules/pubdlcnt/pubdlcnt.php.q").iterdir())
    assert len(copies) == 13


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000
    ita = (SITE / "oit2568" / "index.html").read_text(encoding="utf-8")
    assert all(f"<td>o{n}</td>" in ita for n in range(1, 27))


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
