"""The floor for the audit's crawl time: a bare Scrapy crawl of the same site, nothing else.

``python bench/bare_spider.py URL [--concurrency 8]`` follows every same-host link
(``<a>``, ``<area>``, ``<iframe>``) and downloads documents, with the settings the audit uses
at ``--delay 0 --concurrency N`` (robots.txt obeyed, AutoThrottle off, the same concurrency,
depth limit, retries, timeouts, size caps and skipped file types) but no parsing, extraction,
cache, facts or matching. Prints one JSON line: responses, pages, documents, bytes, seconds.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import TextResponse
from scrapy.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchkit import is_document_url, is_skipped_url  # noqa: E402

from crawler import settings as oit_settings  # noqa: E402


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, url: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_urls = [url]
        self.host = urlsplit(url).netloc
        self.pages = 0
        self.documents = 0
        self.seen: set[str] = {url}  # as the audit's spider: each URL is requested once

    def parse(self, response):
        if not isinstance(response, TextResponse) or is_document_url(response.url):
            self.documents += 1
            return
        self.pages += 1
        for href in response.xpath("//a/@href | //area/@href | //iframe/@src").getall():
            url = response.urljoin(href.strip()).split("#", 1)[0]
            if url in self.seen or urlsplit(url).netloc != self.host or is_skipped_url(url):
                continue
            self.seen.add(url)
            # shallow first, as the audit's spider: the same pages fit under DEPTH_LIMIT
            yield scrapy.Request(url, callback=self.parse, priority=-(response.meta.get("depth", 0) + 1))


def bare_settings(concurrency: int) -> Settings:
    s = Settings()
    for name in ("USER_AGENT", "ROBOTSTXT_OBEY", "DOWNLOAD_TIMEOUT", "RETRY_ENABLED", "RETRY_TIMES",
                 "RETRY_HTTP_CODES", "REDIRECT_MAX_TIMES", "DOWNLOAD_MAXSIZE", "DOWNLOAD_WARNSIZE",
                 "DOWNLOAD_VERIFY_CERTIFICATES", "REMOTE_CONTROL_ENABLED", "TELNETCONSOLE_ENABLED",
                 "COOKIES_ENABLED", "HTTPERROR_ALLOW_ALL", "DEPTH_LIMIT", "DEPTH_PRIORITY",
                 "REQUEST_FINGERPRINTER_IMPLEMENTATION"):
        if hasattr(oit_settings, name):
            s.set(name, getattr(oit_settings, name))
    s.set("ROBOTSTXT_OBEY", True)
    s.set("CONCURRENT_REQUESTS_PER_DOMAIN", concurrency)
    s.set("CONCURRENT_REQUESTS", max(concurrency * 2, 8))  # as crawler.run.build_settings
    s.set("DOWNLOAD_DELAY", 0)
    s.set("DOWNLOAD_DELAY_JITTER", 0)
    s.set("AUTOTHROTTLE_ENABLED", False)
    s.set("LOG_LEVEL", "WARNING")
    return s


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("url")
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--concurrent-items", type=int, default=0,
                   help="Scrapy's CONCURRENT_ITEMS (default: Scrapy's own, 100; the audit uses 4)")
    a = p.parse_args()
    t0 = time.monotonic()
    settings = bare_settings(a.concurrency)
    if a.concurrent_items:
        settings.set("CONCURRENT_ITEMS", a.concurrent_items)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, url=a.url)
    process.start()
    stats = crawler.stats.get_stats()
    spider = crawler.spider
    print(json.dumps({
        "responses": int(stats.get("response_received_count", 0)),
        "requests": int(stats.get("downloader/request_count", 0)),
        "pages": spider.pages,
        "documents": spider.documents,
        "bytes": int(stats.get("downloader/response_bytes", 0)),
        "seconds": round(time.monotonic() - t0, 2),
        "finish_reason": stats.get("finish_reason", ""),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
