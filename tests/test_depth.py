"""Links more than DEPTH_LIMIT clicks from the home page are not followed, and counted
(crawler.depth); the spider may still reach the same address by a shorter way."""

from __future__ import annotations

import asyncio

from scrapy.utils.test import get_crawler

from common.facts import Fact, Link
from crawler.depth import ClickDepthLimit
from crawler.findings import Findings
from crawler.spiders.site import SiteSpider

ROOT = "http://www.example.go.th/"


def _links_followed(depth_limit: int, depth: int, fact: Fact, spider=None):
    crawler = get_crawler(SiteSpider, {"DEPTH_LIMIT": depth_limit})
    crawler.findings = Findings.from_crawler(crawler)  # signal receivers are weak references
    spider = SiteSpider.from_crawler(crawler, url=ROOT)
    limit = ClickDepthLimit.from_crawler(crawler)

    async def run():
        async def start():
            for request in spider._follow_fact(fact, path=[], depth=depth):
                yield request

        return [r async for r in limit.process_start(start())]

    return crawler, spider, asyncio.run(run())


def _page(*paths: str) -> Fact:
    return Fact(kind="page", url=f"{ROOT}deep.html", requested_url=f"{ROOT}deep.html",
                links=[Link(url=ROOT + p) for p in paths])


def test_links_past_the_limit_are_counted_and_forgotten():
    crawler, spider, followed = _links_followed(3, 3, _page("a.html", "b.pdf"))
    assert followed == []
    assert crawler.stats.get_value("oit/finding/depth") == (
        f"2 link(s) more than 3 clicks from the home page not followed (e.g. {ROOT}a.html, {ROOT}b.pdf)")
    assert f"{ROOT}a.html" not in spider.seen  # a shorter way to it is still followed


def test_links_within_the_limit_keep_their_click_depth():
    crawler, _spider, followed = _links_followed(3, 2, _page("a.html"))
    assert [(r.url, r.meta["oit_depth"]) for r in followed] == [(f"{ROOT}a.html", 3)]
    assert crawler.stats.get_value("oit/finding/depth") is None
    _c, _s, unlimited = _links_followed(0, 40, _page("a.html"))
    assert len(unlimited) == 1
