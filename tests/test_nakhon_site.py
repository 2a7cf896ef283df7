"""The nakhon held-out site is whole: its documents open (one of them is a scan with no text
layer), its only dead links are the three its truth file declares (two 404s and a 0-byte file),
and its truth covers every item of ITA 2568 once. Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.site_checks import (
    assert_documents_open,
    assert_truth_covers_the_year,
    dead_local_links,
    site_file,
)

SITE = Path(__file__).parent / "sites" / "nakhon"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_every_document_opens():
    docs = [p for p in (SITE / "files").rglob("*") if p.suffix in {".pdf", ".docx", ".xlsx"}]
    assert len(docs) >= 25
    empty = [p for p in docs if p.stat().st_size == 0]
    assert [p.name for p in empty] == ["20241018101122_5366.pdf"]
    assert_documents_open(set(docs) - set(empty))


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
