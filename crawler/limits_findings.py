"""Limits Scrapy applies silently, made visible: each becomes one finding in the report (Thai).

- :class:`LongUrlMiddleware` (spider middleware): links longer than ``URLLENGTH_LIMIT`` (2,083
  characters, as browsers) are still not followed, but counted and named.
- :class:`BoundedRobotsTxtMiddleware` (downloader middleware): a robots.txt over
  ``OIT_ROBOTS_MAX_BYTES`` (500 KB, as Google) is read up to that size, and one that could not be
  downloaded at all for its size is named; the crawl then goes on without its rules.
"""

from __future__ import annotations

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.spidermiddlewares.urllength import UrlLengthMiddleware


def _set_finding(crawler, name: str, text: str) -> None:
    if crawler is not None and crawler.stats is not None:
        crawler.stats.set_value(f"oit/finding/{name}", text)


class LongUrlMiddleware(UrlLengthMiddleware):
    """Scrapy's URL length limit, with the links it drops counted in a finding."""

    dropped = 0
    examples: list[str]

    def get_processed_request(self, request, response):
        kept = super().get_processed_request(request, response)
        if kept is None:
            self.dropped += 1
            if not hasattr(self, "examples"):
                self.examples = []
            if len(self.examples) < 3:
                self.examples.append(request.url[:120] + "…")
            _set_finding(self.crawler, "long-urls", (
                f"ลิงก์ {self.dropped} รายการยาวเกิน {self.maxlength:,} ตัวอักษร จึงไม่ได้ตรวจ "
                f"(เช่น {', '.join(self.examples)}): เบราว์เซอร์และเครื่องมือของผู้ประเมินอาจเปิดไม่ได้เช่นกัน "
                "ให้ย่อที่อยู่ของหน้าเหล่านี้"))
        return kept


class BoundedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware reading at most OIT_ROBOTS_MAX_BYTES of each robots.txt."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.cap = crawler.settings.getint("OIT_ROBOTS_MAX_BYTES", 500 * 1024)

    async def _parse_robots(self, response, netloc, request):
        body = response.body
        if len(body) > self.cap:
            cut = body[: self.cap]
            cut = cut[: cut.rfind(b"\n") + 1] or cut
            response = response.replace(body=cut)
            _set_finding(self.crawler, f"robots-size-{netloc}", (
                f"robots.txt ของ {netloc} ใหญ่ {len(body) / 1024:,.0f} KB เกินเพดาน {self.cap // 1024} KB: "
                f"อ่านเฉพาะ {self.cap // 1024} KB แรก (เช่นเดียวกับ Google) กฎที่อยู่ถัดไปไม่มีผล "
                "ให้ย่อ robots.txt"))
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc, netloc):
        text = f"{type(exc).__name__} {exc}"
        if "max size" in text or "DownloadCancelled" in text:
            _set_finding(self.crawler, f"robots-size-{netloc}", (
                f"robots.txt ของ {netloc} ใหญ่เกินเพดานการดาวน์โหลด จึงอ่านไม่ได้: ตรวจทั้งเว็บไซต์โดยไม่มีกฎของ "
                "robots.txt ให้ย่อ robots.txt"))
        super()._robots_error(exc, netloc)
