"""The click-depth limit: links more than ``DEPTH_LIMIT`` clicks from the home page are not
followed, and counted in the ``depth`` finding.

The depth is the spider's own (``meta["oit_depth"]``: clicks from the home page, also across a
resumed crawl), so this middleware takes the place of Scrapy's DepthMiddleware.
"""

from __future__ import annotations

from scrapy import Request

from crawler import signals
from crawler.findings import note


class ClickDepthLimit:
    """Spider middleware: drops link requests deeper than ``DEPTH_LIMIT`` (0: no limit)."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.max_depth = crawler.settings.getint("DEPTH_LIMIT", 0)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def allows(self, request: Request) -> bool:
        if not self.max_depth or request.meta.get("oit_depth", 0) <= self.max_depth:
            return True
        note(self.crawler, "depth", request.meta.get("oit_url", request.url), max_depth=self.max_depth)
        self.crawler.signals.send_catch_log(signal=signals.link_not_followed, request=request)
        return False

    async def process_start(self, start):
        async for out in start:
            if not isinstance(out, Request) or self.allows(out):
                yield out

    async def process_spider_output(self, response, result):
        async for out in result:
            if not isinstance(out, Request) or self.allows(out):
                yield out
