"""The saoisland held-out site is whole: its PDFs, DOCX, old .doc and .xls open (the สขร.1 of
ธันวาคม 2567 is a scan with no text layer), the monthly สขร.1 list lacks มกราคม 2568, the old
local plan is in Thai digits, and its only dead links are the ones its truth file declares
(two 404s).  Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdf
import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    assert_truth_points_at_files,
)

SITE = Path(__file__).parent / "sites" / "saoisland"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = sorted((SITE / "files").iterdir())
    assert 25 <= len(docs) <= 40
    assert all(p.stat().st_size for p in docs)
    assert_documents_open(docs)
    assert {p.suffix for p in docs} == {".pdf", ".docx", ".doc", ".xls"}
    assert not pypdf.PdfReader(SITE / "files/4245.pdf").pages[0].extract_text().strip()  # the scan
    plan = pypdf.PdfReader(SITE / "files/3972.pdf").pages[0].extract_text()
    assert "๒๕๖๑" in plan and "๒๕๖๕" in plan and "๒๕๖๘" not in plan  # Thai digits, ends before 2568
    six = pypdf.PdfReader(SITE / "files/4677.pdf").pages[0].extract_text()
    assert "31 มีนาคม 2567" in six
    assert "2566" in pypdf.PdfReader(SITE / "files/3822.pdf").pages[0].extract_text()
    assert "2568" in "\n".join(p.text for p in docx.Document(SITE / "files/3920.docx").paragraphs)
    assert "ปีงบประมาณ พ.ศ. 2567".encode("utf-16-le") in (SITE / "files/4616.xls").read_bytes()


def test_pages_hold_the_traps():
    rows = (SITE / "procurement" / "index.html").read_text(encoding="utf-8")
    assert "สขร.1 เดือนธันวาคม 2567" in rows and "สขร.1 เดือนกุมภาพันธ์ 2568" in rows
    assert "มกราคม 2568" not in rows
    stats = (SITE / "complaint" / "stats" / "index.html").read_text(encoding="utf-8")
    assert "30 กันยายน 2567" in stats and "2568" not in stats.split("<h1>")[1].split("</div>")[0]
    ita = (SITE / "ita" / "2568" / "index.html").read_text(encoding="utf-8")
    assert "อยู่ระหว่างจัดทำ" in ita and 'href="/ita/2567/"' in ita
    for page in SITE.rglob("index.html"):
        text = page.read_text(encoding="utf-8")
        assert 'id="menu"' in text and 'id="side"' in text and 'id="footer"' in text, page


def test_site_size_and_pages():
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 90
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_500_000


def test_dead_links_are_exactly_the_declared_ones():
    assert_truth_points_at_files(SITE, TRUTH)


def test_truth_covers_every_item_of_the_year_once():
    assert_truth_covers_the_year(TRUTH)
