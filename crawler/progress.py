"""A one-line progress display on a terminal (never in cron: quiet when stderr is not a TTY)."""

from __future__ import annotations

import sys
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured


class Progress:
    """Scrapy extension: pages, documents and errors so far, refreshed at most 4 times a second."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.pages = self.documents = self.errors = 0
        self.last = 0.0

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("OIT_PROGRESS"):
            raise NotConfigured
        ext = cls()
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def item_scraped(self, item, response=None, spider=None):
        kind = getattr(getattr(item, "fact", None), "kind", "")
        if kind == "page":
            self.pages += 1
        elif kind == "document":
            self.documents += 1
        else:
            self.errors += 1
        now = time.monotonic()
        if now - self.last >= 0.25:
            self.last = now
            self._draw()

    def _draw(self) -> None:
        self.stream.write(
            f"\r  pages {self.pages}  documents {self.documents}  errors {self.errors} "
        )
        self.stream.flush()

    def spider_closed(self, spider=None, reason=None):
        self._draw()
        self.stream.write("\n")
        self.stream.flush()
