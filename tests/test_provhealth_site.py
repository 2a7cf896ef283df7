"""The provhealth held-out site is whole: its documents open as what they claim to be (one is a
scan with no text layer), its only dead links are those its truth file declares (three 404s and a
0-byte file), and its truth covers every item of ITA 2568 once. Asserts nothing about the audit's
verdicts."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest
import yaml

from tests.site_checks import assert_documents_open, dead_local_links, site_file

SITE = Path(__file__).parent / "sites" / "provhealth"


def _site_docs():
    spec = importlib.util.spec_from_file_location("provhealth_docs", SITE / "_make_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DOCS = _site_docs()
PRESENT = {k: u for k, u in DOCS.FILES.items() if k not in DOCS.GONE and k not in DOCS.EMPTY}


def _truth() -> dict:
    return yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = [p for p in SITE.rglob("*") if p.suffix in {".pdf", ".docx", ".xlsx"}]
    assert len(docs) >= 25
    empty = [p for p in docs if p.stat().st_size == 0]
    assert [site_file(SITE, DOCS.FILES[k]) for k in DOCS.EMPTY] == empty
    assert_documents_open(set(docs) - set(empty))
    for key in DOCS.GONE:
        assert not site_file(SITE, DOCS.FILES[key]).exists(), key


@pytest.mark.parametrize("key", sorted(PRESENT))
def test_document_text(key: str) -> None:
    path = site_file(SITE, PRESENT[key])
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        text = "".join(page.extract_text() or "" for page in PdfReader(path).pages)
        if key == "risk_mgmt67":
            assert text.strip() == ""  # a copier scan: the Thai text is only pixels
        else:
            assert "สาธารณสุข" in text or "โรงพยาบาล" in text
    elif path.suffix == ".docx":
        import docx

        assert any("2568" in p.text or "คู่มือ" in p.text for p in docx.Document(str(path)).paragraphs)
    else:
        import openpyxl

        sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
        head = " ".join(str(cell) for row in sheet.iter_rows(max_row=3, values_only=True) for cell in row)
        assert "256" in head  # a Buddhist-era year in the title rows


def test_dead_links_are_exactly_the_declared_ones():
    truth = _truth()
    dead, _links = dead_local_links(SITE, pages="*.html")
    assert dead == {b["url"] for b in truth["broken"]}
    for code, item in truth["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or site_file(SITE, url).is_file(), (code, url)
    for decoy in truth["decoys"]:
        assert site_file(SITE, decoy["url"]).is_file(), decoy["url"]


def test_truth_covers_every_item_of_the_year_once():
    truth = _truth()
    year = yaml.safe_load((Path(__file__).parents[1] / "checklist" / "data" / "ita-2568.yaml").read_text(encoding="utf-8"))
    assert {i["code"]: i["title"] for i in year["items"]} == {c: i["title"] for c, i in truth["items"].items()}
    assert dict(Counter(i["status"] for i in truth["items"].values())) == truth["counts"]
