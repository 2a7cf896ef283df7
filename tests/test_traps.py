"""Crawler traps stay bounded: at most OIT_TRAP_CHAIN query links of one path in a row and
OIT_TRAP_VARIANTS in all, whatever the parameters are called (crawler.traps)."""

from __future__ import annotations

import asyncio
import json
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from common.facts import Fact, Link
from crawler.findings import Findings
from crawler.spiders.site import SiteSpider
from crawler.traps import TrapLimit, query_path
from tests.conftest import HtmlHandler, load_report, run_oit, serve_handler

ROOT = "http://www.example.go.th/"


def test_the_trap_key_is_the_path_whatever_the_query():
    assert query_path("http://H/calendar.php?month=5&year=2568") == "h/calendar.php"
    assert query_path("http://h/calendar.php?a=1") == query_path("http://h/calendar.php?zz=9&q=x")
    assert query_path("http://h/about.html") is None


def _crawl_parts(**settings):
    crawler = get_crawler(SiteSpider, {"OIT_TRAP_VARIANTS": 200, "OIT_TRAP_CHAIN": 10, **settings})
    crawler.findings = Findings.from_crawler(crawler)  # signal receivers are weak references
    spider = SiteSpider.from_crawler(crawler, url=ROOT)
    return crawler, spider, TrapLimit.from_crawler(crawler)


def _page_response(spider: SiteSpider, url: str, streak: int, links: list[str]) -> tuple:
    """The spider's response for ``url`` (reached ``streak`` query links in a row) and a fact of
    it holding ``links``."""
    request = spider._request(url, path=[], depth=1, found_on=ROOT, anchor="", document=False)
    request.meta["oit_trap_streak"] = streak
    response = HtmlResponse(url, body=b"<html></html>", request=request)
    fact = Fact(kind="page", url=url, requested_url=url, links=[Link(url=u) for u in links])
    return response, fact


def _followed(trap: TrapLimit, spider: SiteSpider, response, fact) -> list[str]:
    async def run():
        async def out():
            for request in spider._follow_fact(fact, path=[], depth=1):
                yield request

        return [r.url async for r in trap.process_spider_output(response, out())]

    return asyncio.run(run())


def test_new_parameter_names_do_not_escape_the_variant_limit():
    crawler, spider, trap = _crawl_parts()
    links = [f"{ROOT}search.php?q=x&f{i}=1" for i in range(300)]  # a new name in every link
    response, fact = _page_response(spider, f"{ROOT}search.php?q=x", 0, links)
    followed = _followed(trap, spider, response, fact)
    assert len(followed) == 200
    finding = crawler.stats.get_value("oit/finding/trap-1")
    assert "www.example.go.th/search.php?…" in finding and "crawler trap" in finding
    assert "ตามไปแล้ว 200 ที่อยู่" in finding and "อีก 100 ลิงก์ไม่ได้ตาม" in finding
    # Refused links are forgotten by the spider: another way to them may still be followed.
    assert set(followed) <= spider.seen and not spider.seen & set(links[200:])


def test_a_chain_of_query_links_stops_at_the_chain_limit():
    crawler, spider, trap = _crawl_parts()
    response, fact = _page_response(spider, f"{ROOT}calendar.php?m=10", 10,
                                    [f"{ROOT}calendar.php?m=11", f"{ROOT}news.php?id=1", f"{ROOT}about.html"])
    assert _followed(trap, spider, response, fact) == [f"{ROOT}news.php?id=1", f"{ROOT}about.html"]
    assert "calendar.php" in crawler.stats.get_value("oit/finding/trap-1")
    response, fact = _page_response(spider, f"{ROOT}calendar.php?m=9", 9, [f"{ROOT}calendar.php?m=10b"])
    assert _followed(trap, spider, response, fact) == [f"{ROOT}calendar.php?m=10b"]


class _SearchTrap(HtmlHandler, BaseHTTPRequestHandler):
    """A search page whose every result link adds a parameter with a new name (the attack of
    issue 19: 2,957 variants of one path were crawled)."""

    def do_GET(self):  # noqa: N802 - http.server's name
        parts = urlsplit(self.path)
        if parts.path == "/":
            body = '<h1>เทศบาลตำบลทดสอบ</h1><a href="/search.php?q=%E0%B8%A0%E0%B8%B2%E0%B8%A9%E0%B8%B5">ค้นหา</a>'
        elif parts.path == "/search.php":
            params = parse_qsl(parts.query)
            links = "".join(
                f'<li><a href="/search.php?{urlencode([*params, (f"k{len(params)}x{i}", "1")])}">'
                f"ผลการค้นหา {i}</a></li>" for i in range(3))
            body = f"<h1>ผลการค้นหา</h1><ul>{links}</ul>"
        else:
            self.send_error(404)
            return
        self.send_html(f"<html><head><meta charset='utf-8'><title>ทดสอบ</title></head><body>{body}</body></html>")


@pytest.fixture
def search_trap_site():
    with serve_handler(_SearchTrap) as url:
        yield url


def test_a_search_page_adding_parameter_names_is_a_bounded_trap(search_trap_site, tmp_path):
    out = tmp_path / "out"
    r = run_oit("audit", search_trap_site, "--out", str(out), "--delay", "0", "--concurrency", "8",
                "--max-pages", "600", "--db", str(tmp_path / "h.sqlite"),
                env={"OIT_CACHE_DIR": str(tmp_path / "cache")})
    assert r.returncode == 0, r.stderr[-2000:]
    facts = [json.loads(line) for line in (out / ".work" / "facts.jsonl").read_text("utf-8").splitlines()]
    searches = {f["url"] for f in facts if "/search.php" in f["url"]}
    assert 100 <= len(searches) <= 200
    crawl = load_report(out)["crawl"]
    assert crawl["stopped_by"] == ""  # ended by the trap limit, not by --max-pages
    trap, = [f for f in crawl["findings"] if "crawler trap" in f]
    assert "127.0.0.1/search.php?…" in trap and "ตามไปแล้ว 200 ที่อยู่" in trap
