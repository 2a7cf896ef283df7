"""Crawler traps (an endless calendar, a search page whose links add a parameter at each
click, ``?page=N`` without end) stay bounded.

Links to one path with a query (host + path, whatever the parameters are called) are followed
at most ``OIT_TRAP_CHAIN`` times in a row (a query page linking to a query page of the same
path) and ``OIT_TRAP_VARIANTS`` times in all. The limits key on the path alone: a site cannot
escape them by changing the parameters' names or order. The first ten paths that reach a limit
are each named in a ``trap-N`` finding.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

from scrapy import Request

from crawler import signals
from crawler.findings import state

MAX_FINDINGS = 10  # trap paths named one by one; more are still bounded, not named


def query_path(url: str) -> str | None:
    """host + path of a URL with a query (the key of the trap limits); None without a query."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if not parts.query:
        return None
    return f"{(parts.hostname or '').lower()}{parts.path}"


class TrapLimit:
    """Spider middleware: drops link requests over a trap limit; sets ``meta["oit_trap_streak"]``
    (query links of the same path in a row that led to the request)."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.chain = crawler.settings.getint("OIT_TRAP_CHAIN", 10)
        self.limit = crawler.settings.getint("OIT_TRAP_VARIANTS", 200)
        self.followed: Counter[str] = Counter()  # path -> query variants followed
        self.refused: Counter[str] = Counter()  # path -> links not followed
        self.ids: dict[str, int] = {}  # path -> number of its finding

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def allows(self, request: Request, parent_streak: int) -> bool:
        parent_url = request.meta.get("oit_found_on")
        if parent_url is None:
            return True  # the home page
        path = query_path(request.meta.get("oit_url", request.url))
        if path is None:
            request.meta["oit_trap_streak"] = 0
            return True
        streak = parent_streak + 1 if query_path(parent_url) == path else 0
        if streak <= self.chain and self.followed[path] < self.limit:
            self.followed[path] += 1
            request.meta["oit_trap_streak"] = streak
            return True
        self.refused[path] += 1
        if path not in self.ids and len(self.ids) < MAX_FINDINGS:
            self.ids[path] = len(self.ids) + 1
        if path in self.ids:
            state(self.crawler, f"trap-{self.ids[path]}", self.wording(path))
        self.crawler.signals.send_catch_log(signal=signals.link_not_followed, request=request)
        return False

    def wording(self, path: str) -> str:
        return (
            f"ลิงก์ไปยัง {path}?… อาจเป็นกับดักโปรแกรมเก็บหน้าเว็บ (crawler trap: ปฏิทินหรือหน้าค้นหา"
            f"ที่สร้างที่อยู่ใหม่ได้ไม่รู้จบ): ตามไปแล้ว {self.followed[path]} ที่อยู่ (ต่อกันไม่เกิน "
            f"{self.chain} ครั้ง) อีก {self.refused[path]} ลิงก์ไม่ได้ตาม; หากมีข้อมูล OIT อยู่หลังหน้าเหล่านี้ "
            "ให้ลิงก์ถึงข้อมูลนั้นโดยตรงจากเมนูหรือหน้ารวมข้อมูล ITA"
        )

    async def process_start(self, start):
        async for out in start:
            if not isinstance(out, Request) or self.allows(out, 0):
                yield out

    async def process_spider_output(self, response, result):
        parent_streak = getattr(response, "meta", {}).get("oit_trap_streak", 0) if response else 0
        async for out in result:
            if not isinstance(out, Request) or self.allows(out, parent_streak):
                yield out
