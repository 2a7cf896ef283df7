"""One spider for one agency site: pages, documents, the link graph and click paths."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

import scrapy
from scrapy.http import Response, TextResponse

from crawler.items import DocumentInfo, Fact, Step
from crawler.parse import parse_html
from crawler.site import (
    canonical,
    host_of,
    is_document_url,
    is_skipped_url,
    same_site,
)
from crawler.thai import squash

DOCUMENT_TYPES = (
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument",
    "application/vnd.ms-excel",
    "application/octet-stream",
    "application/x-pdf",
)


@dataclass
class Fetched:
    """A fact plus the raw bytes of a document, for the extraction pipeline (bytes not stored)."""

    fact: Fact
    body: bytes | None = field(default=None, repr=False)


class SiteSpider(scrapy.Spider):
    name = "site"

    def __init__(self, url: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.root = url
        self.seen: set[str] = set()
        self.external_links = 0

    async def start(self):
        self.seen.add(canonical(self.root))
        yield self._request(self.root, path=[], depth=0, found_on=None, anchor="", document=False)

    # ------------------------------------------------------------------ requests

    def _request(self, url, *, path, depth, found_on, anchor, document, priority=0):
        return scrapy.Request(
            url,
            callback=self.parse_any,
            errback=self.on_error,
            priority=priority,
            meta={
                "oit_path": path,
                "oit_depth": depth,
                "oit_found_on": found_on,
                "oit_anchor": anchor,
                "oit_document": document,
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

    # ------------------------------------------------------------------ callbacks

    def parse_any(self, response: Response):
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if response.status >= 400:
            fact = self._base_fact(response, "error")
            fact.error = f"HTTP {response.status}"
            yield Fetched(fact)
            return
        if response.meta.get("oit_depth", 0) == 0:
            self._record_certificate(response)
        is_doc = (
            response.meta.get("oit_document")
            or is_document_url(response.url)
            or any(ctype.startswith(t) for t in DOCUMENT_TYPES)
        )
        if is_doc and not (isinstance(response, TextResponse) and "html" in ctype):
            yield from self._document(response)
            return
        if not isinstance(response, TextResponse) or not (
            "html" in ctype or "xml" in ctype or not ctype
        ):
            return  # images, media and other files are not evidence pages
        yield from self._page(response)

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
            self.crawler.stats.set_value(
                "oit/finding/certificate-expired",
                f"the site's TLS certificate expired on {not_after:%Y-%m-%d}: browsers warn visitors",
            )
        if self_signed:
            self.crawler.stats.set_value(
                "oit/finding/certificate-self-signed",
                "the site's TLS certificate is self-signed: browsers warn visitors",
            )

    def _document(self, response: Response):
        fact = self._base_fact(response, "document")
        body = response.body
        expected = response.headers.get(b"Content-Length")
        info = DocumentInfo(format="", size=len(body), sha256=hashlib.sha256(body).hexdigest())
        if expected and expected.isdigit() and int(expected) > len(body):
            info.error = f"truncated download: {len(body)} of {int(expected)} bytes"
        fact.document = info
        fact.title = squash(fact.anchor_text)
        yield Fetched(fact, body)

    def _page(self, response: TextResponse):
        fact = self._base_fact(response, "page")
        fact.encoding = response.encoding
        try:
            parsed = parse_html(response.text, response.url)
        except Exception as exc:  # noqa: BLE001 - malformed HTML must not stop the crawl
            fact.kind = "error"
            fact.error = f"could not parse the page: {type(exc).__name__}"
            yield Fetched(fact)
            return
        fact.title = parsed["title"]
        fact.headings = parsed["headings"]
        fact.text = parsed["text"]
        fact.links = parsed["links"]
        fact.forms = parsed["forms"]
        fact.images = parsed["images"]
        yield Fetched(fact)

        on_site_page = same_site(response.url, self.root)
        if not on_site_page:
            return  # a page of another host reached by redirect: record it, follow nothing
        path = response.meta.get("oit_path", [])
        depth = response.meta.get("oit_depth", 0)
        for link in fact.links:
            if link.scheme not in ("http", "https"):
                continue
            url = canonical(link.url)
            if url in self.seen or is_skipped_url(url):
                continue
            internal = same_site(url, self.root)
            document = is_document_url(url)
            if not internal and not document:
                self.external_links += 1
                continue  # external pages are recorded as links, not crawled
            self.seen.add(url)
            step = {"text": link.text or link.context or host_of(url), "url": url}
            yield self._request(
                url,
                path=[*path, step],
                depth=depth + 1,
                found_on=response.url,
                anchor=link.text,
                document=document,
                priority=-(depth + 1),
            )

    def on_error(self, failure):
        request = failure.request
        meta = request.meta
        reason = failure.getErrorMessage() or type(failure.value).__name__
        if "max size" in reason or "maxsize" in reason:
            # Over the download cap: a document that exists but is too large to read.
            cap = self.settings.getint("DOWNLOAD_MAXSIZE") // (1024 * 1024)
            fact = Fact(
                kind="document", url=request.url, requested_url=request.url, status=200,
                found_on=meta.get("oit_found_on"), anchor_text=meta.get("oit_anchor", ""),
                title=meta.get("oit_anchor", ""),
                path=[Step(**s) for s in meta.get("oit_path", [])], depth=meta.get("oit_depth", 0),
                document=DocumentInfo(format="", error=f"too large: over the {cap} MB download cap"),
                fetched_at=datetime.now(UTC),
            )
            yield Fetched(fact)
            return
        fact = Fact(
            kind="error",
            url=request.url,
            requested_url=request.url,
            status=0,
            found_on=meta.get("oit_found_on"),
            anchor_text=meta.get("oit_anchor", ""),
            path=[Step(**s) for s in meta.get("oit_path", [])],
            depth=meta.get("oit_depth", 0),
            error=f"{type(failure.value).__name__}: {reason}"[:300],
            fetched_at=datetime.now(UTC),
        )
        yield Fetched(fact)
