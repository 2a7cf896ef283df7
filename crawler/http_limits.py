"""Scrapy's HTTP/1.1 download handler with a bound on what a response's headers may cost.

Twisted reads header lines of up to 16 KB each, as many as the server sends: a host streaming
header lines forever took an audit to 5 GB in 35 s (issue 19). Here a response may carry at most
``OIT_MAX_HEADERS`` header lines and ``OIT_MAX_HEADER_KB`` of headers in all (browsers stop near
256 KB); past either the connection is dropped, the address is recorded as broken with the
reason, and the site gets one finding. A body cut at the download cap is named "too large"
instead of Scrapy's bare ``DownloadCancelledError``.
"""

from __future__ import annotations

from scrapy.core.downloader.handlers.http11 import (
    HTTP11DownloadHandler,
    _LenientHTTP11ClientFactory,
    _LenientHTTP11ClientProtocol,
    _LenientHTTPClientParser,
)
from scrapy.exceptions import DownloadCancelledError, DownloadFailedError
from twisted.internet.defer import CancelledError
from twisted.web._newclient import STATUS, ResponseFailed


class HeadersTooLarge(Exception):
    """A response whose headers went over the caps: cut before they were all read."""


class _BoundedParser(_LenientHTTPClientParser):
    max_headers = 256
    max_bytes = 256 * 1024

    def lineReceived(self, line: bytes) -> None:
        if self.state != STATUS:
            self._oit_lines = getattr(self, "_oit_lines", 0) + 1
            self._oit_bytes = getattr(self, "_oit_bytes", 0) + len(line) + 2
            if self._oit_lines > self.max_headers or self._oit_bytes > self.max_bytes:
                raise HeadersTooLarge(
                    f"headers over the cap ({self.max_headers} lines or {self.max_bytes // 1024} KB): "
                    "the answer was cut")
        super().lineReceived(line)


class _BoundedProtocol(_LenientHTTP11ClientProtocol):
    parser_class: type[_BoundedParser] = _BoundedParser

    def request(self, request):
        d = super().request(request)
        self._parser.__class__ = self.parser_class  # as Scrapy's lenient protocol does
        return d


class BoundedHTTPDownloadHandler(HTTP11DownloadHandler):
    """``DOWNLOAD_HANDLERS`` for http and https: Scrapy's handler with header caps."""

    def __init__(self, crawler):
        super().__init__(crawler)
        settings = crawler.settings
        parser = type("_Parser", (_BoundedParser,), {
            "max_headers": settings.getint("OIT_MAX_HEADERS", 256),
            "max_bytes": settings.getint("OIT_MAX_HEADER_BYTES", 256 * 1024),
        })
        protocol = type("_Protocol", (_BoundedProtocol,), {"parser_class": parser})

        class _Factory(_LenientHTTP11ClientFactory):
            def buildProtocol(self, addr):
                return protocol(self._quiescentCallback)

        self._pool._factory = _Factory
        self._cut = 0
        self._examples: list[str] = []

    async def download_request(self, request):
        try:
            return await super().download_request(request)
        except DownloadFailedError as exc:  # Scrapy's wrapper of Twisted's ResponseFailed
            failed = exc.__cause__
            reasons = failed.reasons if isinstance(failed, ResponseFailed) else []
            cut = next((r.value for r in reasons if isinstance(r.value, HeadersTooLarge)), None)
            if cut is None:
                raise
            self._note(request.url)
            raise cut from None
        except (DownloadCancelledError, CancelledError) as exc:
            if "max size" in str(exc):
                raise
            # Scrapy cancels a body that grows past DOWNLOAD_MAXSIZE without saying why
            maxsize = request.meta.get("download_maxsize", self._crawler.settings.getint("DOWNLOAD_MAXSIZE"))
            raise DownloadCancelledError(
                f"Received more bytes than the download max size ({maxsize}) for {request.url}") from None

    def _note(self, url: str) -> None:
        self._cut += 1
        if len(self._examples) < 3:
            self._examples.append(url)
        stats = self._crawler.stats
        if stats is not None:
            settings = self._crawler.settings
            stats.set_value("oit/finding/headers", (
                f"คำตอบ {self._cut} รายการมีส่วนหัว (HTTP headers) เกินเพดาน "
                f"{settings.getint('OIT_MAX_HEADERS', 256)} บรรทัดหรือ "
                f"{settings.getint('OIT_MAX_HEADER_BYTES', 256 * 1024) // 1024} KB จึงถูกตัดและไม่ได้อ่าน "
                f"(เช่น {', '.join(self._examples)}): ให้ผู้ดูแลเซิร์ฟเวอร์ตรวจการตั้งค่าส่วนหัวของคำตอบ"))
