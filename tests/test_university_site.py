"""The university held-out site is whole when served as its static copy: the main site and its
sub-sites answer, its documents open (a file name with spaces included), and its only dead links
are the ones its truth file declares. Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import html
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from crawler.serve import StaticSite
from tests.site_checks import LINK, assert_documents_open

SITE = Path(__file__).parent / "sites" / "university"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def base():
    with StaticSite(SITE) as url:
        yield url.rstrip("/")


def fetch(base: str, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(base + path, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, b""


def test_every_document_opens():
    files = [p for p in SITE.rglob("*") if p.suffix in {".pdf", ".docx", ".xlsx"}]
    assert 25 <= len(files) <= 35
    assert {p.suffix for p in files} == {".pdf", ".docx", ".xlsx"}
    empty = [p for p in files if p.stat().st_size == 0]
    assert [p.name for p in empty] == ["doc20241030_01.pdf"]
    assert_documents_open(set(files) - set(empty))


def test_dead_links_are_exactly_the_declared_ones_and_truth_urls_answer(base):
    pages = list(SITE.rglob("index.html"))
    assert 40 <= len(pages) <= 70
    links = set()
    for page in pages:
        for link in LINK.findall(page.read_text(encoding="utf-8")):
            if not link.startswith(("http://", "https://")):
                links.add(html.unescape(link))
    assert "/plan/files/New%20Doc%202024-12-02.pdf" in links
    dead = {link for link in links if (lambda r: r[0] != 200 or not r[1])(fetch(base, link))}
    assert dead == {b["url"] for b in TRUTH["broken"]}
    statuses = [item["status"] for item in TRUTH["items"].values()]
    assert len(statuses) == 26
    assert TRUTH["counts"] == {s: statuses.count(s) for s in ("found", "outdated", "review", "missing")}
    for item in TRUTH["items"].values():
        for url in [item.get("url"), *item.get("also", [])]:
            if url:
                status, data = fetch(base, url)
                assert status == 200 and data, url
