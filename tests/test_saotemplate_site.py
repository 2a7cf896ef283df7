"""The saotemplate held-out site is whole when served as its static copy: /index.php?_mod=...
pages and download-module files answer (files as attachments under their own name), its documents
open, and its only dead links are the ones its truth file declares. Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import html
import urllib.error
import urllib.request
from email.message import Message
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml

from crawler.serve import StaticSite
from tests.site_checks import LINK, assert_documents_open

SITE = Path(__file__).parent / "sites" / "saotemplate"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def base():
    with StaticSite(SITE) as url:
        yield url.rstrip("/")


def fetch(base: str, path: str) -> tuple[int, Message, bytes]:
    try:
        with urllib.request.urlopen(base + path, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, b""


def test_cms_pages_and_download_module_are_served(base):
    status, headers, body = fetch(base, TRUTH["ita_page"])
    assert status == 200 and headers["Content-Type"] == "text/html"
    text = body.decode("utf-8")
    assert 'charset=utf-8' in text and text.count("_mod=ita&amp;_op=view") == 25
    assert fetch(base, "/index.php?id=401&_op=view&_mod=ita")[0] == 200  # parameters in any order
    status, headers, data = fetch(base, "/index.php?_mod=download&_op=get&fid=305")
    assert status == 200 and headers["Content-Type"].endswith("spreadsheetml.sheet") and data[:2] == b"PK"
    assert unquote(headers["Content-Disposition"].split("''", 1)[1]) == "Book1.xlsx"


def test_every_document_opens():
    files = [p for p in SITE.rglob("*") if p.suffix in {".pdf", ".docx", ".xlsx"}]
    assert len(files) >= 20
    empty = [p for p in files if p.stat().st_size == 0]
    assert len(empty) == 1
    assert_documents_open(set(files) - set(empty))


def test_dead_links_are_exactly_the_declared_ones_and_truth_urls_answer(base):
    pages = [SITE / "index.html", *SITE.glob("index.php.q/*/index.html")]
    assert 40 <= len(pages) <= 70
    links = set()
    for page in pages:
        for link in LINK.findall(page.read_text(encoding="utf-8")):
            if not link.startswith(("http://", "https://")):
                links.add(html.unescape(link))
    dead = {link for link in links if (lambda r: r[0] != 200 or not r[2])(fetch(base, link))}
    assert dead == {b["url"] for b in TRUTH["broken"]}
    statuses = [item["status"] for item in TRUTH["items"].values()]
    assert len(statuses) == 26
    assert TRUTH["counts"] == {s: statuses.count(s) for s in ("found", "outdated", "review", "missing")}
    for item in TRUTH["items"].values():
        for url in [item.get("url"), *item.get("also", [])]:
            if url:
                status, _, data = fetch(base, url)
                assert status == 200 and data, url
