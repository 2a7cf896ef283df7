"""The police held-out site is whole: its documents and pictures open, every Drive-like view page
offers a download on the same host, and its only dead links are the ones its truth file declares
(two 404s, a 0-byte file and a view page's missing download). Asserts nothing about the audit's
verdicts."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.site_checks import assert_documents_open, dead_local_links, site_file

SITE = Path(__file__).parent / "sites" / "police"


def test_every_document_and_picture_opens():
    docs = [p for p in SITE.rglob("*") if p.suffix in {".pdf", ".docx", ".xlsx"}]
    assert len(docs) >= 25
    empty = [p for p in docs if p.stat().st_size == 0]
    assert [p.name for p in empty] == ["f1231.pdf"]
    assert_documents_open(set(docs) - set(empty))
    for p in (SITE / "images").rglob("*.jpg"):
        assert p.read_bytes()[:3] == b"\xff\xd8\xff", p


def test_dead_links_are_exactly_the_declared_ones():
    truth = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
    dead, links = dead_local_links(SITE, "*.html")
    assert dead == {b["url"] for b in truth["broken"]}
    assert sum(x.startswith("/drive/file/") and x.endswith("/view/") for x in links) >= 7
    for code, item in truth["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or site_file(SITE, url).is_file(), (code, url)
