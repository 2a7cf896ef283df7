"""One spider for one agency site: pages, documents, the link graph and click paths.

Every URL the crawl tries ends as one fact (page, document or error), except links that
robots.txt forbids (counted in a finding, never fetched) and links a limit refuses. Pages that
are not the site's content are recorded as errors, never as pages, so they are never evidence:
a challenge or block page answered with 200 (Cloudflare "Just a moment...", F5, a captcha) gets
``error = "blocked by a challenge page (...)"``.

The callbacks are here; each other concern is a Scrapy component of its own, declared in
crawler/settings.py: the soft-404 probe (:mod:`crawler.soft404`), the certificate check
(:mod:`crawler.tls_check`), links only in JavaScript (:mod:`crawler.script_links`), the
click-depth limit (:mod:`crawler.depth`), crawler traps (:mod:`crawler.traps`) and the wording
of site-level findings (:mod:`crawler.findings`). Session ids are stripped from URLs
(:func:`common.urls.canonical`).
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.utils.misc import load_object

from common.facts import DocumentInfo, Fact, Step
from common.thai import squash
from common.urls import canonical, host_of, is_skipped_url, same_site, strip_session_ids
from crawler import findings, signals
from crawler.documents.formats import is_document_url
from crawler.fetched import Fetched, as_error, origin_url
from crawler.middlewares import RefusedAddress, fix_thai_encoding
from crawler.parse import parse_html
from crawler.parse_worker import ParseWorker
from crawler.previous import PreviousPages

DOCUMENT_TYPES = (
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument",
    "application/vnd.ms-excel",
    "application/octet-stream",
    "application/x-pdf",
)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|title|meta|frameset)[\s>/]", re.I)
_RESET_ERRORS = {
    "ConnectionLost", "ConnectionDone", "ResponseFailed", "ResponseNeverReceived",
    "ConnectionResetError", "ConnectionAborted", "ResponseDataLossError", "PotentialDataLoss",
    "DownloadFailedError",
}
_DNS_ERRORS = {"DNSLookupError", "CannotResolveHostError", "gaierror"}
_REFUSED_ERRORS = {"ConnectionRefusedError", "DownloadConnectionRefusedError"}
_TIMEOUT_ERRORS = {"TimeoutError", "DownloadTimeoutError", "TCPTimedOutError", "TimeoutError_"}


def sniff(body: bytes) -> str:
    """What the bytes are, whatever the Content-Type says: pdf, zip (docx/xlsx), ole (doc/xls),
    html, or ""."""
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"
    if _HTML_START.search(head[:512]):
        return "html"
    return ""


def describe_failure(exc: BaseException, request, timeout: float, max_redirects: int) -> str:
    """One line naming what failed: timeout, reset, redirect loop, refused address ..."""
    name = type(exc).__name__
    msg = str(exc)
    retries = request.meta.get("retry_times", 0)
    after = f" (after {retries} retries)" if retries else ""
    if isinstance(exc, RefusedAddress):
        return msg
    if name == "HeadersTooLarge":  # crawler.http_limits
        return f"ส่วนหัวของคำตอบ (HTTP headers) ยาวเกินเพดาน จึงถูกตัด ({msg})"
    if isinstance(exc, IgnoreRequest) and "max redirections" in msg:
        urls = [*request.meta.get("redirect_urls", []), request.url]
        if len(set(urls)) < len(urls):
            return (
                f"redirect loop: {len(urls) - 1} redirects going round {len(set(urls))} addresses"
            )
        return f"redirect chain longer than {max_redirects} redirects"
    if name in _TIMEOUT_ERRORS or "took longer than" in msg or "timed out" in msg.lower():
        return f"timeout: no complete answer within {timeout:g} s{after}"
    if name in _DNS_ERRORS:
        return f"host not found (DNS): {host_of(request.url)}"
    if name in _REFUSED_ERRORS:
        return f"connection refused{after}"
    if name in _RESET_ERRORS or "reset" in msg.lower() or "lost" in msg.lower():
        detail = f": {msg}" if "certificate" in msg.lower() or "ssl" in msg.lower() else ""
        return f"connection reset or closed before the answer was complete{after}{detail}"[:300]
    return f"{name}: {msg}{after}"[:300]


class SiteSpider(scrapy.Spider):
    name = "site"

    def __init__(self, url: str, *args, link_hint=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.root = url
        self.link_hint = link_hint  # (text, context) -> 0-3, how likely the link leads to evidence
        self.seen: set[str] = set()  # canonical addresses asked for (or recorded as malformed)
        self.external_links = 0
        self.previous: PreviousPages | None = None  # the last audit's parse of unchanged pages
        self.parser = ParseWorker()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.link_hint is None and crawler.settings.get("OIT_LINK_HINT"):
            # a crawl started by name (a Scrapyd job): the hint is named by who scheduled it
            spider.link_hint = load_object(crawler.settings.get("OIT_LINK_HINT"))
        previous = crawler.settings.get("OIT_PREVIOUS_FACTS")
        if previous:
            spider.previous = PreviousPages(previous)
        crawler.signals.connect(spider.parser.start, signal=scrapy.signals.spider_opened)
        crawler.signals.connect(spider._not_followed, signal=signals.link_not_followed)
        return spider

    def closed(self, reason: str) -> None:
        self.parser.close()
        if self.previous is not None:
            self.previous.close()

    def _not_followed(self, request) -> None:
        """A limit refused the link: the same address may still be followed from elsewhere."""
        self.seen.discard(request.meta.get("oit_url"))

    def _note(self, kind: str, url: str, **details) -> None:
        findings.note(self.crawler, kind, url, **details)

    # ------------------------------------------------------------------ start

    async def start(self):
        # The page parser starts with the spider (spider_opened); the soft-404 probe runs
        # before this (crawler.soft404).
        self.seen.add(canonical(self.root))
        done = getattr(self, "resume_facts", None) or []
        if not any(f.depth == 0 and f.kind == "page" for f in done):
            yield self._request(self.root, path=[], depth=0, found_on=None, anchor="", document=False)
            return
        # Continue a stopped crawl: what was recorded is not fetched again; the links of the
        # recorded pages that were not fetched yet are the frontier.
        for f in done:
            self.seen.update({canonical(f.url), canonical(f.requested_url)})
        for f in sorted(done, key=lambda f: f.depth):
            if f.kind == "page":
                for item in self._follow_fact(f, path=[s.model_dump() for s in f.path], depth=f.depth):
                    yield item

    # ------------------------------------------------------------------ requests

    def _request(self, url, *, path, depth, found_on, anchor, document, priority=0):
        return scrapy.Request(
            url,
            callback=self.parse_any,
            errback=self.on_error,
            priority=priority,
            # The spider's own `seen` set deduplicates; Scrapy's filter would silently drop the
            # second leg of a redirect loop (nothing recorded at all).
            dont_filter=True,
            meta={
                "oit_url": url,
                "oit_path": path,
                "oit_depth": depth,
                "oit_found_on": found_on,
                "oit_anchor": anchor,
                "oit_document": document,
            },
        )

    def _base_fact(self, response: Response, kind: str) -> Fact:
        meta = response.meta
        notes = []
        if meta.get("encoding_finding"):
            notes.append(meta["encoding_finding"])
        return Fact(
            kind=kind,
            url=response.url,
            # the address the link named (before redirects and viewers): links to it lead here
            requested_url=origin_url(response.request) if response.request else response.url,
            status=response.status,
            content_type=response.headers.get(b"Content-Type", b"").decode("latin-1")[:200],
            found_on=meta.get("oit_found_on"),
            anchor_text=meta.get("oit_anchor", ""),
            path=[Step(**s) for s in meta.get("oit_path", [])],
            depth=meta.get("oit_depth", 0),
            findings=notes,
            fetched_at=datetime.now(UTC),
        )

    # ------------------------------------------------------------------ callbacks

    async def parse_any(self, response: Response):
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if response.status >= 400:
            yield Fetched(self._http_error(response, ctype))
            return
        kind = sniff(response.body)
        declared = ctype.split(";")[0].strip() or "no content type"
        if kind in ("pdf", "zip", "ole"):
            note = ""
            if "html" in ctype or ctype.startswith("text/"):
                note = f"a {kind.upper()} file served as {declared}"
                self._note("content-type", response.url, note=note)
            for out in self._document(response, note):
                yield out
            return
        if kind == "html" and "html" not in ctype:
            if ctype:
                note = f"an HTML page served as {declared}: browsers may download it, not show it"
            else:
                note = "an HTML page served without a Content-Type"
            self._note("content-type", response.url, note=note)
            page = response
            if not isinstance(response, HtmlResponse):
                page = HtmlResponse(
                    url=response.url, status=response.status, headers=response.headers,
                    body=response.body, request=response.request, flags=response.flags,
                    certificate=response.certificate, ip_address=response.ip_address,
                    protocol=response.protocol,
                )
            async for out in self._page(fix_thai_encoding(page), note):
                yield out
            return
        is_doc = (
            response.meta.get("oit_document")
            or is_document_url(response.url)
            or any(ctype.startswith(t) for t in DOCUMENT_TYPES)
        )
        if is_doc and not (isinstance(response, TextResponse) and "html" in ctype):
            for out in self._document(response):
                yield out
            return
        if not isinstance(response, TextResponse) or not (
            "html" in ctype or "xml" in ctype or not ctype
        ):
            return  # images, media and other files are not evidence pages
        async for out in self._page(response):
            yield out

    def _http_error(self, response: Response, ctype: str) -> Fact:
        fact = self._base_fact(response, "error")
        error = f"HTTP {response.status}"
        retries = response.meta.get("retry_times", 0)
        if retries:
            error += f" after {retries} retries"
        if response.meta.get("oit_retry_note"):
            error += f" ({response.meta['oit_retry_note']})"
        if isinstance(response, TextResponse) and "html" in ctype:
            try:
                parsed = parse_html(response.text[:200_000], response.url)
            except Exception:  # noqa: BLE001 - the status says enough
                parsed = {"challenge": ""}
            if parsed["challenge"]:
                error += f": blocked by a challenge page ({parsed['challenge']})"
                self._note("blocked", origin_url(response.request))
        return as_error(fact, response, error)

    def _document(self, response: Response, note: str = ""):
        fact = self._base_fact(response, "document")
        if note:
            fact.findings.append(note)
        body = response.body
        expected = response.headers.get(b"Content-Length")
        info = DocumentInfo(format="", size=len(body), sha256=hashlib.sha256(body).hexdigest())
        if expected and expected.isdigit() and int(expected) > len(body):
            info.error = f"truncated download: {len(body)} of {int(expected)} bytes"
        fact.document = info
        fact.title = squash(fact.anchor_text)
        yield Fetched(fact, body)

    def _page_html(self, response: TextResponse, fact: Fact) -> str:
        cap = self.settings.getint("OIT_MAX_PAGE_BYTES", 2 * 1024 * 1024)
        if len(response.body) <= cap:
            return response.text
        note = f"page of {len(response.body) / 2**20:.1f} MB: only the first {cap / 2**20:g} MB read"
        fact.findings.append(note)
        self._note("big-page", response.url, cap_mb=cap / 2**20)
        return response.body[:cap].decode(response.encoding, "replace")

    async def _page(self, response: TextResponse, note: str = ""):
        fact = self._base_fact(response, "page")
        if note:
            fact.findings.append(note)
        fact.encoding = response.encoding
        fact.sha256 = hashlib.sha256(response.body).hexdigest()
        parsed = None
        if self.previous is not None and len(response.body) <= self.settings.getint(
            "OIT_MAX_PAGE_BYTES", 2 * 1024 * 1024
        ):
            parsed = self.previous.parsed(response.url, fact.sha256)  # unchanged since last run
            if parsed is not None:
                self.crawler.stats.inc_value("oit/pages_unchanged")
        try:
            if parsed is None:
                parsed = await self.parser.parse(self._page_html(response, fact), response.url)
        except Exception as exc:  # noqa: BLE001 - malformed HTML must not stop the crawl
            fact.kind = "error"
            fact.error = f"could not parse the page: {type(exc).__name__}"
            yield Fetched(fact)
            return
        fact.script_links = parsed["script_links"]
        fact.title = parsed["title"]
        fact.headings = parsed["headings"]
        fact.text = parsed["text"]
        fact.links = parsed["links"]
        fact.forms = parsed["forms"]
        fact.images = parsed["images"]
        if parsed["challenge"]:
            self._note("blocked", origin_url(response.request))
            error = (
                f"blocked by a challenge page ({parsed['challenge']}): the server answered "
                f"HTTP {response.status} with a bot check instead of the page"
            )
            fact = as_error(fact, response, error)
            fact.links = []
            yield Fetched(fact)
            return  # its links are the challenge's, not the site's
        yield Fetched(fact)
        for request in self._follow(response, fact):
            yield request

    def _priority(self, link, depth: int, document: bool) -> int:
        """Breadth-first, but likely evidence first: a link whose text (or row, or menu) names a
        checklist topic or an item code jumps about two levels ahead, so that a crawl cut short
        by --max-minutes has still fetched most of the evidence."""
        if self.link_hint is None:
            return -depth * 10
        hint = self.link_hint(link.text, link.context)
        return hint * 15 + (5 if document and hint else 0) - depth * 10

    def _follow(self, response: TextResponse, fact: Fact):
        yield from self._follow_fact(
            fact,
            path=response.meta.get("oit_path", []),
            depth=response.meta.get("oit_depth", 0),
        )

    def _follow_fact(self, fact: Fact, *, path: list, depth: int):
        """Requests for the links of a recorded page that are to be crawled and not yet seen
        (the click-depth and trap limits may still refuse them: crawler.depth, crawler.traps)."""
        if not same_site(fact.url, self.root):
            return  # a page of another host reached by redirect: record it, follow nothing
        for link in fact.links:
            if link.scheme not in ("http", "https"):
                continue
            url = canonical(link.url)
            if url in self.seen or is_skipped_url(url):
                continue
            if strip_session_ids(link.url) != link.url:
                self._note("session-ids", link.url)
            internal = same_site(url, self.root)
            document = is_document_url(url)
            if not internal and not document:
                self.external_links += 1
                continue  # external pages are recorded as links, not crawled
            self.seen.add(url)
            step = {"text": link.text or link.context or host_of(url), "url": url}
            try:
                request = self._request(
                    url,
                    path=[*path, step],
                    depth=depth + 1,
                    found_on=fact.url,
                    anchor=link.text,
                    document=document,
                    priority=self._priority(link, depth + 1, document),
                )
            except ValueError:  # a URL Scrapy cannot request: record it as broken
                yield Fetched(Fact(
                    kind="error", url=url, requested_url=url, found_on=fact.url,
                    anchor_text=link.text, depth=depth + 1, error="malformed address",
                    path=[Step(**s) for s in [*path, step]], fetched_at=datetime.now(UTC),
                ))
                continue
            yield request

    def on_error(self, failure):
        request = failure.request
        meta = request.meta
        exc = failure.value
        reason = failure.getErrorMessage() or type(exc).__name__
        if isinstance(exc, IgnoreRequest) and "robots.txt" in reason:
            self._note("robots", request.url)
            return
        origin = origin_url(request)
        if "max size" in reason or "maxsize" in reason:
            # Over the download cap: a document that exists but is too large to read.
            cap = self.settings.getint("DOWNLOAD_MAXSIZE") // (1024 * 1024)
            if not meta.get("oit_document") and not is_document_url(origin):
                # a page (an endless or 200 MB HTML answer) is not a document: a broken link
                yield Fetched(Fact(
                    kind="error", url=origin, requested_url=origin, status=0,
                    found_on=meta.get("oit_found_on"), anchor_text=meta.get("oit_anchor", ""),
                    path=[Step(**s) for s in meta.get("oit_path", [])], depth=meta.get("oit_depth", 0),
                    error=f"too large: the page is over the {cap} MB download cap (หน้าเว็บใหญ่เกินเพดาน)",
                    fetched_at=datetime.now(UTC),
                ))
                return
            fact = Fact(
                kind="document", url=origin, requested_url=origin, status=200,
                found_on=meta.get("oit_found_on"), anchor_text=meta.get("oit_anchor", ""),
                title=meta.get("oit_anchor", ""),
                path=[Step(**s) for s in meta.get("oit_path", [])], depth=meta.get("oit_depth", 0),
                document=DocumentInfo(format="", error=f"too large: over the {cap} MB download cap"),
                fetched_at=datetime.now(UTC),
            )
            yield Fetched(fact)
            return
        timeout = meta.get("download_timeout") or self.settings.getfloat("DOWNLOAD_TIMEOUT", 30)
        error = describe_failure(exc, request, timeout, self.settings.getint("REDIRECT_MAX_TIMES", 10))
        if origin != request.url and "redirect" not in error:
            error += f" (redirected to {request.url})"
        if isinstance(exc, RefusedAddress):
            self._note("refused", origin)
        fact = Fact(
            kind="error",
            url=origin,
            requested_url=origin,
            status=0,
            found_on=meta.get("oit_found_on"),
            anchor_text=meta.get("oit_anchor", ""),
            path=[Step(**s) for s in meta.get("oit_path", [])],
            depth=meta.get("oit_depth", 0),
            error=error[:400],
            fetched_at=datetime.now(UTC),
        )
        yield Fetched(fact)
