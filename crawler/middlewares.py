"""Downloader middlewares: Thai encodings, polite retries, and no crawling into private networks.

- :class:`ThaiEncodingMiddleware` re-decodes Thai pages whose HTTP header lies about the charset.
- :class:`RetryAfterMiddleware` retries 5xx/429 like Scrapy's RetryMiddleware, but waits as the
  server asks (``Retry-After``, up to ``OIT_RETRY_AFTER_MAX`` seconds; a longer wait is not
  retried) and backs off on 429/503 without one.
- :class:`PrivateAddressGuard` refuses requests (the start URL, links, redirects) to loopback,
  private, link-local or reserved addresses unless the audited site is on one of the same kind:
  a public site cannot make the audit fetch ``http://169.254.169.254/`` or a router's admin page
  into the report.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.utils.response import response_status_message

from common.urls import address_class  # noqa: F401 - also used here, kept importable from here

_THAI_CHARSETS = {"tis-620", "tis620", "windows-874", "cp874", "iso-8859-11", "x-cp874"}
_WESTERN = {"iso-8859-1", "latin-1", "latin1", "cp1252", "windows-1252", "utf-8", "utf8", "ascii"}
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_-]+)""", re.I)
# Thai letters in cp874 are 0xA1-0xFB; in UTF-8 Thai starts with 0xE0 0xB8/0xB9.
_CP874_THAI = re.compile(rb"[\xa1-\xfb]{3,}")


def _meta_charset(body: bytes) -> str:
    m = _META.search(body[:4096])
    return m.group(1).decode("ascii", "ignore").lower() if m else ""


_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
_UTF8_THAI = re.compile(rb"\xe0[\xb8\xb9][\x80-\xbf]")


def _is_utf8(body: bytes) -> bool:
    """Valid UTF-8, or UTF-8 Thai with a few broken bytes (a cut multi-byte character, stray
    garbage): re-decoding that as windows-874 would turn every Thai letter into mojibake."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        thai = len(_UTF8_THAI.findall(body))
        bad = body.decode("utf-8", "replace").count("\ufffd")
        return thai >= 3 and bad * 10 <= thai
    return True


def fix_thai_encoding(response: Response, request=None) -> Response:
    """The response re-decoded as windows-874 when the header claims latin-1/UTF-8 (or nothing)
    but the body is Thai; the mismatch is noted in the request's ``meta["encoding_finding"]``
    (in a downloader middleware ``response.request`` is not set yet: pass ``request``)."""
    if not isinstance(response, HtmlResponse) or response.body[:8].startswith(_BINARY_MAGIC):
        return response  # a PDF or Office file served as text/html is not a page to re-decode
    header = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
    m = re.search(r"charset=([\w-]+)", header)
    declared = m.group(1) if m else ""
    meta = _meta_charset(response.body)
    body = response.body
    target = ""
    if declared in _WESTERN:
        if meta in _THAI_CHARSETS or (not _is_utf8(body) and _CP874_THAI.search(body)):
            target = "cp874"
    elif not declared and not meta and not _is_utf8(body) and _CP874_THAI.search(body):
        target = "cp874"  # charset-normalizer guesses wrong on markup-heavy short pages
    if not target or response.encoding == target:
        return response
    fixed = response.replace(encoding=target)
    note = (
        f"the server said charset={declared} but the page is Thai windows-874 (TIS-620)"
        if declared
        else "no charset declared; the page is Thai windows-874 (TIS-620)"
    )
    request = request if request is not None else response.request
    if request is not None:
        request.meta["encoding_finding"] = note
    return fixed


class ThaiEncodingMiddleware:
    """Re-decode as windows-874 when the header claims latin-1 or UTF-8 but the body is Thai.

    The rule: if the header charset is western or UTF-8 and the body is not valid UTF-8 (or the
    meta tag says TIS-620), decode with the meta charset or cp874 (how it was chosen:
    docs/dependency-measurements.md §5). The mismatch is recorded on the response (a finding).
    """

    def process_response(self, request, response: Response, spider=None) -> Response:
        return fix_thai_encoding(response, request)


# ---------------------------------------------------------------------------- retries


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait (delta-seconds or HTTP-date); None if absent
    or unreadable. A date in the past is 0."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(int(text[:9]))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


async def _sleep(seconds: float) -> None:
    from scrapy.utils.defer import maybe_deferred_to_future
    from twisted.internet import reactor
    from twisted.internet.task import deferLater

    await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries (RETRY_TIMES, RETRY_HTTP_CODES; 404 is never retried) that honour
    ``Retry-After`` up to ``OIT_RETRY_AFTER_MAX`` seconds and back off on 429/503.

    A server asking for a longer wait is not retried; the reason is left in
    ``meta["oit_retry_note"]`` for the spider to record.
    """

    sleep: Callable[[float], Awaitable[None]] = staticmethod(_sleep)

    def __init__(self, settings):
        super().__init__(settings)
        self.max_wait = settings.getfloat("OIT_RETRY_AFTER_MAX", 30.0)
        self.backoff = settings.getfloat("OIT_RETRY_BACKOFF", 1.0)

    async def process_response(self, request, response):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait is not None and wait > self.max_wait:
            request.meta["oit_retry_note"] = (
                f"the server asked to retry after {wait:.0f} s, over the {self.max_wait:g} s cap: "
                "not retried"
            )
            return response
        if wait is None and response.status in (429, 503):
            wait = min(self.max_wait, self.backoff * 2 ** request.meta.get("retry_times", 0))
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        if wait:
            await self.sleep(wait)
        return retry


# ---------------------------------------------------------------- private addresses


class RefusedAddress(IgnoreRequest):
    """A request to a private, loopback or link-local address from a site that is not on one."""


def _literal(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host.strip("[]").split("%")[0]))
    except ValueError:
        return None


async def _resolve_in_thread(host: str) -> list[str]:
    from scrapy.utils.defer import maybe_deferred_to_future
    from twisted.internet.threads import deferToThread

    infos = await maybe_deferred_to_future(
        deferToThread(socket.getaddrinfo, host, None, 0, socket.SOCK_STREAM)
    )
    return [info[4][0] for info in infos]


class PrivateAddressGuard:
    """Refuse requests whose host is (or resolves to) a non-public address of another kind
    than the audited site's own address.

    An audit of ``https://www.example.go.th/`` never fetches 127.0.0.1, 10.x, 192.168.x,
    169.254.x (cloud metadata) or ::1, whether a link or a redirect points there. An audit of a
    site that is itself on such an address (``oit demo`` on 127.0.0.1, an intranet site) may
    fetch addresses of the same kind only. IP literals are checked without DNS; names are
    resolved with ``socket.getaddrinfo`` (in a thread, cached). The address a response actually
    came from is checked again (DNS rebinding).
    """

    resolve: Callable[[str], Awaitable[list[str]]] = staticmethod(_resolve_in_thread)

    def __init__(self, crawler=None, root: str | None = None):
        self.crawler = crawler
        self._root = root
        self._root_class: str | None = None
        self._cache: dict[str, list[str]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def root(self) -> str:
        if self._root is None and self.crawler is not None:
            spider = getattr(self.crawler, "spider", None)
            return str(getattr(spider, "root", "") or "")
        return self._root or ""

    async def _addresses(self, host: str) -> list[str]:
        literal = _literal(host)
        if literal is not None:
            return [literal]
        if host not in self._cache:
            try:
                self._cache[host] = list(dict.fromkeys(await self.resolve(host)))
            except (OSError, UnicodeError, ValueError):
                self._cache[host] = []  # unresolvable: the download itself fails and is recorded
        return self._cache[host]

    async def site_class(self) -> str:
        """The kind of address the audited site is on (``public`` when unknown)."""
        if self._root_class is None:
            host = urlsplit(self.root).hostname or ""
            addrs = await self._addresses(host) if host else []
            classes = {address_class(a) for a in addrs}
            self._root_class = classes.pop() if len(classes) == 1 else "public"
        return self._root_class

    async def refusal(self, url: str) -> str:
        """Why ``url`` must not be fetched, or "" when it may."""
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            return ""
        if not host:
            return ""
        allowed = {"public", await self.site_class()}
        for addr in await self._addresses(host):
            kind = address_class(addr)
            if kind not in allowed:
                shown = host if host == addr else f"{host} ({addr})"
                return (
                    f"refused: {shown} is a {kind} address and the audited site is not on one "
                    "(no crawling into private networks)"
                )
        return ""

    async def process_request(self, request):
        why = await self.refusal(request.url)
        if why:
            raise RefusedAddress(why)
        return None

    async def process_response(self, request, response):
        ip = getattr(response, "ip_address", None)
        if ip is None:
            return response
        kind = address_class(ip)
        if kind not in {"public", await self.site_class()}:
            raise RefusedAddress(
                f"refused: {urlsplit(response.url).hostname} answered from {ip}, a {kind} address "
                "(the audited site is not on one)"
            )
        return response
