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
