"""Soft 404s: a site that answers HTTP 200 with its "not found" page for any address.

Before the crawl, one address that cannot exist is fetched. When the site answers it with a
200 page, that page becomes the reference, and every later page (but the home page) that
shows the same content (or that redirects where the probe redirected) is recorded as an error
``soft 404: ...`` (a broken link), never as a page: it is never evidence and its links are not
followed.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

import scrapy
from scrapy.http import HtmlResponse

from common.thai import key
from common.urls import canonical
from crawler.fetched import Fetched, as_error, origin_url
from crawler.findings import note, state
from crawler.parse import comparable_lines, parse_html


@dataclass
class NotFoundPage:
    """What the site answers for an address that does not exist."""

    url: str  # the address asked for
    final_url: str  # canonical URL it ended on (after redirects)
    redirected: bool
    title: str  # key() of the title
    lines: frozenset[str]


def echoes(url: str) -> tuple[str, ...]:
    """The ways a not-found page may quote the address asked for."""
    path = urlsplit(url).path
    last = path.rstrip("/").rsplit("/", 1)[-1]
    out = {path, unquote(path), last, unquote(last)}
    return tuple(e for e in out if len(e) >= 4)


class Soft404:
    """Spider middleware: the probe before the first request (``OIT_SOFT404_PROBE``), and page
    facts like the probe's answer turned into errors."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.enabled = crawler.settings.getbool("OIT_SOFT404_PROBE", True)
        self.timeout = min(crawler.settings.getfloat("DOWNLOAD_TIMEOUT", 30), 15)
        self.not_found: NotFoundPage | None = None
        self.home_lines: frozenset[str] = frozenset()  # lines every page shares with the home page

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_start(self, start):
        spider = self.crawler.spider
        for fact in getattr(spider, "resume_facts", None) or ():
            if fact.depth == 0 and fact.kind == "page":
                self.home_lines = comparable_lines(fact.text)
        if self.enabled:
            await self.probe(spider.root)
        async for out in start:
            yield out

    async def probe(self, root: str) -> None:
        """Ask for an address that cannot exist: a 200 page means the site has soft 404s."""
        url = urljoin(root, f"oit-audit-no-such-page-{secrets.token_hex(6)}.html")
        request = scrapy.Request(url, dont_filter=True, meta={
            "dont_retry": True, "dont_cache": True, "oit_probe": True, "download_timeout": self.timeout,
        })
        try:
            response = await self.crawler.engine.download_async(request)
        except Exception:  # noqa: BLE001 - unreachable, refused, robots: no probe, no harm
            return
        if response.status != 200 or not isinstance(response, HtmlResponse):
            return
        try:
            parsed = parse_html(response.text[:500_000], response.url)
        except Exception:  # noqa: BLE001 - malformed: no probe
            return
        self.not_found = NotFoundPage(
            url=url,
            final_url=canonical(response.url),
            redirected=bool(response.meta.get("redirect_urls")),
            title=key(parsed["title"]),
            lines=comparable_lines(parsed["text"], echoes(url)),
        )
        state(self.crawler, "soft-404",
              f"the site answers HTTP 200 for addresses that do not exist (soft 404; tested with "
              f"{url}): links to missing pages look alive to visitors and search engines")

    def is_soft_404(self, response, title: str, text: str) -> bool:
        probe = self.not_found
        if probe is None:
            return False
        if probe.redirected and response.meta.get("redirect_urls"):
            return canonical(response.url) == probe.final_url
        asked = origin_url(response.request) if response.request else response.url
        lines = comparable_lines(text, echoes(asked)) - self.home_lines
        ref = probe.lines - self.home_lines
        if not ref:  # unknown addresses show the home page's content
            return not lines and key(title) == probe.title
        return len(lines & ref) / len(lines | ref) >= 0.8

    async def process_spider_output(self, response, result):
        async for out in result:
            fact = getattr(out, "fact", None)
            if fact is None or fact.kind != "page" or response is None:
                yield out
                continue
            if fact.depth == 0:
                self.home_lines = comparable_lines(fact.text)
            elif self.is_soft_404(response, fact.title, fact.text):
                asked = origin_url(response.request)
                note(self.crawler, "soft-404", asked, probe=self.not_found.url)
                yield Fetched(as_error(
                    fact, response,
                    "soft 404: the server answered HTTP 200 with the page it shows for addresses "
                    "that do not exist",
                ))
                return  # the rest of the page's output (its links) is never asked for
            yield out
