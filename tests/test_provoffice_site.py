"""The provoffice held-out site is whole: its documents open (PDF, DOCX, XLSX), its only empty file
and its dead links are the ones its truth file declares, and every evidence link of the truth
exists. Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.site_checks import assert_documents_open, dead_local_links, site_file

SITE = Path(__file__).parent / "sites" / "provoffice"


def test_every_document_opens():
    docs = [p for p in (SITE / "fileupload").rglob("*") if p.suffix in {".pdf", ".docx", ".xlsx"}]
    assert len(docs) >= 25
    empty = [p for p in docs if p.stat().st_size == 0]
    assert [p.name for p in empty] == ["gift67.pdf"]
    assert_documents_open(set(docs) - set(empty))


def test_dead_links_are_exactly_the_declared_ones():
    truth = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
    dead, _links = dead_local_links(SITE)
    assert dead == {b["url"] for b in truth["broken"]}
    assert len(truth["items"]) == 26
    for code, item in truth["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or site_file(SITE, url).is_file(), (code, url)
