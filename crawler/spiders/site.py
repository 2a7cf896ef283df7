"""One spider for one agency site: pages, documents, the link graph and click paths.

Every URL the crawl tries ends as one fact (page, document or error), except links that
robots.txt forbids (counted in a finding, never fetched). Pages that are not the site's content
are recorded as errors, never as pages, so they are never evidence:

- a challenge or block page answered with 200 (Cloudflare "Just a moment...", F5, a captcha):
  ``error = "blocked by a challenge page (...)"``;
- a soft 404 (the page the site shows for any address that does not exist, with 200): one
  address that cannot exist is fetched before the crawl, and pages with its content (or that
  redirect where it redirects) get ``error = "soft 404: ..."``.

Crawler traps are bounded: session ids are stripped from URLs (:func:`common.urls.canonical`),
and links to the same path with a changing query are followed at most ``OIT_TRAP_CHAIN`` times in
a row and ``OIT_TRAP_VARIANTS`` times in all. Site-level problems go to the crawl stats as
``oit/finding/...`` (the report's ``crawl.findings``).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import unquote, urljoin, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response, TextResponse

from common.facts import DocumentInfo, Fact, Step
from common.thai import key, squash
from common.urls import (
    canonical,
    host_of,
    is_skipped_url,
    query_pattern,
    same_site,
    strip_session_ids,
)
from crawler.documents.formats import is_document_url
from crawler.middlewares import RefusedAddress, fix_thai_encoding
from crawler.parse import content_lines, parse_html
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


@dataclass
class Fetched:
    """A fact plus the raw bytes of a document, for the extraction pipeline (bytes not stored)."""

    fact: Fact
    body: bytes | None = field(default=None, repr=False)


@dataclass
class NotFoundPage:
    """What the site answers for an address that does not exist (a soft 404)."""

    url: str  # the address asked for
    final_url: str  # canonical URL it ended on (after redirects)
    redirected: bool
    title: str  # key() of the title
    lines: frozenset[str]


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


def origin_url(request) -> str:
    """The address the link pointed to, before any redirect."""
    return (request.meta.get("redirect_urls") or [request.url])[0]


def _echoes(url: str) -> tuple[str, ...]:
    """The ways a not-found page may quote the address asked for."""
    path = urlsplit(url).path
    last = path.rstrip("/").rsplit("/", 1)[-1]
    out = {path, unquote(path), last, unquote(last)}
    return tuple(e for e in out if len(e) >= 4)


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
        self.seen: set[str] = set()
        self.external_links = 0
        self.not_found: NotFoundPage | None = None
        self.home_lines: frozenset[str] = frozenset()
        self.variants: Counter[tuple[str, str]] = Counter()
        self.trapped: Counter[str] = Counter()  # path pattern -> links not followed
        self.trap_ids: dict[str, int] = {}  # path pattern -> number of its finding (10 at most)
        self.counts: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = {}
        self.previous: PreviousPages | None = None  # the last audit's parse of unchanged pages
        self.parser = ParseWorker()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        previous = crawler.settings.get("OIT_PREVIOUS_FACTS")
        if previous:
            spider.previous = PreviousPages(previous)
        return spider

    def closed(self, reason: str) -> None:
        self.parser.close()
        if self.previous is not None:
            self.previous.close()

    # ------------------------------------------------------------------ findings

    def _finding(self, name: str, text: str) -> None:
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.set_value(f"oit/finding/{name}", text)

    def _tally(self, name: str, url: str) -> tuple[int, str]:
        """Count one more case of ``name``; returns (count, examples for the finding)."""
        self.counts[name] += 1
        examples = self.examples.setdefault(name, [])
        if len(examples) < 3 and url not in examples:
            examples.append(url)
        return self.counts[name], ", ".join(examples)

    # ------------------------------------------------------------------ start

    async def start(self):
        self.parser.start()  # while robots.txt and the soft-404 probe are fetched
        self.seen.add(canonical(self.root))
        if self.settings.getbool("OIT_SOFT404_PROBE", True):
            await self._probe_not_found()
        done = getattr(self, "resume_facts", None) or []
        if not any(f.depth == 0 and f.kind == "page" for f in done):
            yield self._request(self.root, path=[], depth=0, found_on=None, anchor="", document=False)
            return
        # Continue a stopped crawl: what was recorded is not fetched again; the links of the
        # recorded pages that were not fetched yet are the frontier.
        for f in done:
            self.seen.update({canonical(f.url), canonical(f.requested_url)})
            if f.depth == 0 and f.kind == "page":
                self.home_lines = content_lines(f.text)
        for f in sorted(done, key=lambda f: f.depth):
            if f.kind == "page":
                for item in self._follow_fact(f, path=[s.model_dump() for s in f.path], depth=f.depth):
                    yield item

    async def _probe_not_found(self) -> None:
        """Ask for an address that cannot exist: a 200 page means the site has soft 404s."""
        url = urljoin(self.root, f"oit-audit-no-such-page-{secrets.token_hex(6)}.html")
        request = scrapy.Request(
            url,
            dont_filter=True,
            meta={
                "dont_retry": True,
                "dont_cache": True,
                "oit_probe": True,
                "download_timeout": min(self.settings.getfloat("DOWNLOAD_TIMEOUT", 30), 15),
            },
        )
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
        redirected = bool(response.meta.get("redirect_urls"))
        self.not_found = NotFoundPage(
            url=url,
            final_url=canonical(response.url),
            redirected=redirected,
            title=key(parsed["title"]),
            lines=content_lines(parsed["text"], _echoes(url)),
        )
        self._finding(
            "soft-404",
            f"the site answers HTTP 200 for addresses that do not exist (soft 404; tested with "
            f"{url}): links to missing pages look alive to visitors and search engines",
        )

    # ------------------------------------------------------------------ requests

    def _request(self, url, *, path, depth, found_on, anchor, document, priority=0, streak=0):
        return scrapy.Request(
            url,
            callback=self.parse_any,
            errback=self.on_error,
            priority=priority,
            # The spider's own `seen` set deduplicates; Scrapy's filter would silently drop the
            # second leg of a redirect loop (nothing recorded at all).
            dont_filter=True,
            meta={
                "oit_path": path,
                "oit_depth": depth,
                "oit_found_on": found_on,
                "oit_anchor": anchor,
                "oit_document": document,
                "oit_trap_streak": streak,
            },
        )

    def _base_fact(self, response: Response, kind: str) -> Fact:
        meta = response.meta
        findings = []
        if meta.get("encoding_finding"):
            findings.append(meta["encoding_finding"])
        return Fact(
            kind=kind,
            url=response.url,
            requested_url=response.request.url if response.request else response.url,
            status=response.status,
            content_type=response.headers.get(b"Content-Type", b"").decode("latin-1")[:200],
            found_on=meta.get("oit_found_on"),
            anchor_text=meta.get("oit_anchor", ""),
            path=[Step(**s) for s in meta.get("oit_path", [])],
            depth=meta.get("oit_depth", 0),
            findings=findings,
            fetched_at=datetime.now(UTC),
        )

    def _as_error(self, fact: Fact, response: Response, error: str) -> Fact:
        """A fetched page that is not the site's content: an error at the address linked to."""
        origin = origin_url(response.request) if response.request else response.url
        if canonical(origin) != canonical(response.url):
            error += f" (redirected to {response.url})"
        fact.kind = "error"
        fact.url = fact.requested_url = origin
        fact.error = error[:400]
        fact.text = ""
        fact.headings = []
        fact.forms = fact.images = 0
        return fact

    # ------------------------------------------------------------------ callbacks

    async def parse_any(self, response: Response):
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if response.status >= 400:
            yield Fetched(self._http_error(response, ctype))
            return
        if response.meta.get("oit_depth", 0) == 0:
            self._record_certificate(response)
        kind = sniff(response.body)
        declared = ctype.split(";")[0].strip() or "no content type"
        if kind in ("pdf", "zip", "ole"):
            note = ""
            if "html" in ctype or ctype.startswith("text/"):
                note = f"a {kind.upper()} file served as {declared}"
                self._wrong_type(response.url, note)
            for out in self._document(response, note):
                yield out
            return
        if kind == "html" and "html" not in ctype:
            if ctype:
                note = f"an HTML page served as {declared}: browsers may download it, not show it"
            else:
                note = "an HTML page served without a Content-Type"
            self._wrong_type(response.url, note)
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
                self._note_blocked(origin_url(response.request))
        return self._as_error(fact, response, error)

    def _wrong_type(self, url: str, note: str) -> None:
        n, examples = self._tally("content-type", url)
        self._finding(
            "content-type",
            f"{n} file(s) served with a wrong or missing content type (e.g. {examples}; last: {note})",
        )

    def _note_blocked(self, url: str) -> None:
        n, examples = self._tally("blocked", url)
        self._finding(
            "blocked",
            f"{n} address(es) answered with a challenge or block page instead of the content "
            f"(e.g. {examples}): not counted as evidence; assessors may be blocked too",
        )

    def _record_certificate(self, response: Response) -> None:
        cert = getattr(response, "certificate", None)
        if cert is None:
            return
        try:
            c = cert.original.to_cryptography()
            not_after, self_signed = c.not_valid_after_utc, c.issuer == c.subject
        except Exception:  # noqa: BLE001 - unknown certificate shapes are not fatal
            return
        if not_after < datetime.now(UTC):
            self._finding(
                "certificate-expired",
                f"the site's TLS certificate expired on {not_after:%Y-%m-%d}: browsers warn visitors",
            )
        if self_signed:
            self._finding(
                "certificate-self-signed",
                "the site's TLS certificate is self-signed: browsers warn visitors",
            )

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
        n, examples = self._tally("big-page", response.url)
        self._finding("big-page", f"{n} page(s) over the {cap / 2**20:g} MB page cap, read in part (e.g. {examples})")
        return response.body[:cap].decode(response.encoding, "replace")

    def _is_soft_404(self, response: TextResponse, parsed: dict) -> bool:
        probe = self.not_found
        if probe is None or response.meta.get("oit_depth", 0) == 0:
            return False
        if probe.redirected and response.meta.get("redirect_urls"):
            return canonical(response.url) == probe.final_url
        asked = origin_url(response.request) if response.request else response.url
        lines = content_lines(parsed["text"], _echoes(asked)) - self.home_lines
        ref = probe.lines - self.home_lines
        if not ref:  # unknown addresses show the home page's content
            return not lines and key(parsed["title"]) == probe.title
        return len(lines & ref) / len(lines | ref) >= 0.8

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
        depth = response.meta.get("oit_depth", 0)
        if parsed["challenge"]:
            self._note_blocked(origin_url(response.request))
            error = (
                f"blocked by a challenge page ({parsed['challenge']}): the server answered "
                f"HTTP {response.status} with a bot check instead of the page"
            )
            fact = self._as_error(fact, response, error)
            fact.links = []
            yield Fetched(fact)
            return  # its links are the challenge's, not the site's
        if depth == 0:
            self.home_lines = content_lines(fact.text)
        if self._is_soft_404(response, parsed):
            asked = origin_url(response.request)
            n, examples = self._tally("soft-404", asked)
            self._finding(
                "soft-404",
                f"the site answers HTTP 200 for addresses that do not exist (soft 404; tested "
                f"with {self.not_found.url}): {n} link(s) led to such a page and are counted as "
                f"broken (e.g. {examples})",
            )
            fact = self._as_error(
                fact, response,
                "soft 404: the server answered HTTP 200 with the page it shows for addresses "
                "that do not exist",
            )
            yield Fetched(fact)
            return
        if parsed["script_links"]:
            fact.findings.append(f"{parsed['script_links']} link(s) exist only in JavaScript")
            n, examples = self._tally("script-links", response.url)
            self._finding(
                "script-links",
                f"{n} page(s) have links that exist only in JavaScript, e.g. a menu built by a "
                f"script ({examples}): followed, but search engines and assessors' tools may "
                "not see them",
            )
        yield Fetched(fact)
        for request in self._follow(response, fact):
            yield request

    def _trap_streak(self, url: str, parent_url: str, parent_streak: int) -> int | None:
        """How many same-path query links in a row led here; None when over a trap limit."""
        pattern = query_pattern(url)
        if pattern is None:
            return 0
        parent = query_pattern(parent_url)
        streak = parent_streak + 1 if parent is not None and parent[0] == pattern[0] else 0
        chain = self.settings.getint("OIT_TRAP_CHAIN", 10)
        variants = self.settings.getint("OIT_TRAP_VARIANTS", 200)
        if streak > chain or self.variants[pattern] >= variants:
            where = f"{pattern[0]}?{pattern[1]}"
            self.trapped[where] += 1
            if where not in self.trap_ids and len(self.trap_ids) < 10:
                self.trap_ids[where] = len(self.trap_ids) + 1
            if where in self.trap_ids:
                self._finding(
                    f"trap-{self.trap_ids[where]}",
                    f"possible crawler trap (an endless calendar or list): {where} -- "
                    f"{self.variants[pattern]} addresses followed ({chain} in a row at most), "
                    f"{self.trapped[where]} more link(s) not followed",
                )
            return None
        self.variants[pattern] += 1
        return streak

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
            parent_streak=response.meta.get("oit_trap_streak", 0),
        )

    def _follow_fact(self, fact: Fact, *, path: list, depth: int, parent_streak: int = 0):
        """Requests for the links of a recorded page that are to be crawled and not yet seen."""
        if not same_site(fact.url, self.root):
            return  # a page of another host reached by redirect: record it, follow nothing
        max_depth = self.settings.getint("DEPTH_LIMIT", 0)
        for link in fact.links:
            if link.scheme not in ("http", "https"):
                continue
            url = canonical(link.url)
            if url in self.seen or is_skipped_url(url):
                continue
            if strip_session_ids(link.url) != link.url:
                n, examples = self._tally("session-ids", link.url)
                self._finding(
                    "session-ids",
                    f"{n} link(s) carry a session id in the URL (e.g. {examples}): removed, so "
                    "each page is fetched once; search engines may index duplicates",
                )
            internal = same_site(url, self.root)
            document = is_document_url(url)
            if not internal and not document:
                self.external_links += 1
                continue  # external pages are recorded as links, not crawled
            if max_depth and depth + 1 > max_depth:
                n, examples = self._tally("depth", url)
                self._finding(
                    "depth",
                    f"{n} link(s) more than {max_depth} clicks from the home page not followed "
                    f"(e.g. {examples})",
                )
                continue
            streak = self._trap_streak(url, fact.url, parent_streak)
            if streak is None:
                continue
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
                    streak=streak,
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
            n, examples = self._tally("robots", request.url)
            self._finding(
                "robots",
                f"robots.txt keeps crawlers out of {n} linked address(es) (e.g. {examples}): "
                "not checked, and assessors' tools may skip them too",
            )
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
            n, examples = self._tally("refused", origin)
            self._finding(
                "refused",
                f"{n} address(es) led to a private, loopback or link-local network address and "
                f"were not fetched (e.g. {examples})",
            )
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
