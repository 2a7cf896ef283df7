"""The schoolsite held-out site is whole: its documents and pictures open, its Thai file names resolve
from the percent-encoded links, and its only dead links are the ones its truth file declares (two
404s and a 0-byte file). Asserts nothing about the audit's verdicts."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.site_checks import assert_documents_open, dead_local_links, site_file

SITE = Path(__file__).parent / "sites" / "schoolsite"


def test_every_document_and_picture_opens():
    uploads = [p for p in (SITE / "uploads").rglob("*") if p.is_file()]
    docs = [p for p in uploads if p.suffix in {".pdf", ".docx", ".xlsx"}]
    assert len(docs) >= 20
    empty = [p for p in docs if p.stat().st_size == 0]
    assert [p.name for p in empty] == ["O14_รายงานผลHR68.pdf"]
    assert_documents_open(set(docs) - set(empty))
    for p in (q for q in uploads if q.suffix == ".jpg"):
        assert p.read_bytes()[:3] == b"\xff\xd8\xff", p


def test_dead_links_are_exactly_the_declared_ones():
    truth = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
    dead, links = dead_local_links(SITE)
    assert dead == {b["url"] for b in truth["broken"]}
    assert sum("%E0%B8" in x or "%E0%B9" in x for x in links) >= 10  # Thai file names linked percent-encoded
    for code, item in truth["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or site_file(SITE, url).is_file(), (code, url)
