"""The tambonjoomla held-out site is whole when served as its static copy: query-string pages and
download.php?id=N files answer (files as attachments under their upload name), its documents open,
and its only dead links are the ones its truth file declares. Asserts nothing about the audit's
verdicts."""

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

SITE = Path(__file__).parent / "sites" / "tambonjoomla"
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


def test_query_string_pages_and_downloads_are_served(base):
    status, headers, body = fetch(base, TRUTH["ita_page"])
    assert status == 200 and headers["Content-Type"] == "text/html"  # no charset: the meta tag decides
    assert b"charset=windows-874" in body and b"O26" in body
    assert "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568" in body.decode("cp874")
    # the same parameters in another order reach the same article, as Joomla reads them
    assert fetch(base, "/index.php?catid=10&id=120&view=article&option=com_content")[2] == body
    status, headers, data = fetch(base, "/download.php?id=30")
    assert status == 200 and headers["Content-Type"].endswith("wordprocessingml.document")
    disposition = headers["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert unquote(disposition.split("''", 1)[1]) == "คู่มือ งานจัดเก็บรายได้.docx"
    assert data[:2] == b"PK"
    assert fetch(base, "/index.php")[0] == 404
    # a path with no copies of queries still ignores its query (style.css?ver=1.4)
    assert fetch(base, "/templates/tambon_green/css/template.css?v=3")[0] == 200


def test_every_document_opens():
    files = [p for p in (SITE / "download.php.q").rglob("*") if p.is_file()] + [SITE / "images/stories/ita2568/o22.pdf"]
    assert len(files) >= 25
    empty = [p for p in files if p.stat().st_size == 0]
    assert [p.name for p in empty] == ["hr_report67.pdf"]
    assert_documents_open(set(files) - set(empty))


def test_dead_links_are_exactly_the_declared_ones_and_truth_urls_answer(base):
    pages = [SITE / "index.html", *SITE.glob("index.php.q/*/index.html")]
    assert 40 <= len(pages) <= 70
    links = set()
    for page in pages:
        for link in LINK.findall(page.read_bytes().decode("cp874")):
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


def test_first_evidence_is_compared_with_its_query_string():
    """On a query-string site the first evidence is told apart by its query (in any order), not
    only by the path /index.php that every page shares."""
    from app.site_eval import compare_with_truth

    truth = {"items": {"O1": {"status": "found", "url": "/index.php?option=com_content&view=article&id=3&catid=2"},
                       "O2": {"status": "found", "url": "/index.php?option=com_content&view=article&id=5&catid=3"},
                       "O3": {"status": "found", "url": "/contact/"}}}
    evidence = {"O1": "http://127.0.0.1:8000/index.php?catid=2&id=3&option=com_content&view=article",
                "O2": "http://127.0.0.1:8000/index.php?option=com_content&view=article&id=4&catid=2",
                "O3": "http://127.0.0.1:8000/contact/?utm=x"}
    report = {"items": [{"code": c, "status": "found", "evidence": [{"url": u}]} for c, u in evidence.items()]}
    rows = {r["code"]: r for r in compare_with_truth(report, truth)["rows"]}
    assert [rows[c]["first_ok"] for c in ("O1", "O2", "O3")] == [True, False, True]
