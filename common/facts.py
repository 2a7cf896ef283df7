"""The recorded facts about a website: a fetched page or document, and its links.

A fact is recorded once, here, by the crawler, and never re-derived later. Facts are written
one JSON object a line to ``facts.jsonl`` in the run's work folder.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field


class Link(BaseModel):
    """An outgoing link as the page shows it."""

    url: str
    text: str = ""  # anchor text, cleaned (img alt / title attribute when the anchor is an image)
    context: str = ""  # the heading or menu label the link sits under
    nav: bool = False  # inside a menu, header, footer or sidebar (repeated on many pages)
    scheme: str = "http"  # http(s), mailto, tel, javascript, data ...


class LinkPool:
    """Equal links as one shared ``Link`` object: the menu, sidebar and footer are on every page
    (a 3,000-page site has ~14 thousand distinct links among ~300 thousand)."""

    def __init__(self, limit: int = 200_000) -> None:
        self.limit = limit
        self.links: dict[tuple, Link] = {}

    def _shared(self, k: tuple, make) -> Link:
        link = self.links.get(k)
        if link is None:
            if len(self.links) >= self.limit:
                self.links.clear()
            link = self.links[k] = make()
        return link

    def from_json(self, raw: dict) -> Link:
        """A link as a facts file stores it."""
        # Every writer is Link.model_dump_json: the same fields in the same order (another
        # order would only share less, never mix two links: the key holds the field names).
        return self._shared(tuple(raw.items()), lambda: Link.model_validate(raw))

    def from_fields(self, t: tuple) -> Link:
        """A link as (url, text, context, nav, scheme)."""
        return self._shared(t, lambda: Link(url=t[0], text=t[1], context=t[2], nav=t[3], scheme=t[4]))


class Step(BaseModel):
    """One click on the way from the home page: the link text followed and the page it led to."""

    text: str
    url: str


class DocumentInfo(BaseModel):
    """What reading a document gave."""

    format: str  # pdf, docx, xlsx, doc, xls, other
    size: int = 0
    sha256: str = ""
    pages: int = 0
    scanned: bool = False  # image-only: no text layer
    ocr: bool = False  # text came from OCR
    reader: str = ""  # which library produced the text
    error: str = ""  # corrupt / truncated / too large / timeout ... ("" when read)


class Fact(BaseModel):
    """One fetched URL."""

    kind: Literal["page", "document", "error"]
    url: str  # final URL after redirects
    requested_url: str
    status: int = 0
    content_type: str = ""
    sha256: str = ""  # pages: of the body as parsed (documents: document.sha256)
    title: str = ""
    headings: list[str] = Field(default_factory=list)
    text: str = ""  # main text (pages: without menus; documents: extracted text, capped)
    links: list[Link] = Field(default_factory=list)
    depth: int = 0
    encoding: str = ""
    forms: int = 0  # <form> elements in the page's own content
    images: int = 0  # <img> elements in the page's own content (menus and footers excluded)
    script_links: int = 0  # links found only in inline JavaScript
    findings: list[str] = Field(default_factory=list)  # e.g. "header said UTF-8, body is TIS-620"
    document: DocumentInfo | None = None
    error: str = ""  # for kind == "error": what failed
    # How the crawl first reached it (one of possibly many ways): kept last, with the fetch time,
    # so that crawler.cache.facts_digest can leave them out.
    found_on: str | None = None  # the page that first linked here
    anchor_text: str = ""  # the link text that first led here
    path: list[Step] = Field(default_factory=list)  # click path from the home page
    fetched_at: datetime = Field(default_factory=datetime.now)
