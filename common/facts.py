"""The recorded facts about a website (a fetched page or document, and its links), and the
facts file that holds them.

A fact is recorded once, by the crawler, and never re-derived later. Facts are written one
JSON object a line to ``facts.jsonl`` in the run's work folder; this module is the only writer
and reader of that format (its layout is described below, at :func:`fact_line`).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import BaseModel, Field


class Link(BaseModel):
    """An outgoing link as the page shows it."""

    url: str
    text: str = ""  # anchor text, cleaned (img alt / title attribute when the anchor is an image)
    context: str = ""  # the heading or menu label the link sits under
    nav: bool = False  # inside a menu, header, footer or sidebar (repeated on many pages)
    scheme: str = "http"  # http(s), mailto, tel, javascript, data ...


class LinkPool:
    """Equal links as one shared ``Link`` object: the menu, sidebar and footer are on every page,
    so most of a site's links are repeats."""

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
    # so that the facts digest (site_content) can leave them out.
    found_on: str | None = None  # the page that first linked here
    anchor_text: str = ""  # the link text that first led here
    path: list[Step] = Field(default_factory=list)  # click path from the home page
    fetched_at: datetime = Field(default_factory=datetime.now)


# ---------------------------------------------------------------------------- the facts file
#
# ``facts.jsonl``: one fact a line, written by :func:`fact_line` only: compact JSON (no spaces)
# with the fields in :class:`Fact`'s order, which puts them in groups:
#
#   {"kind":…,"url":…,"requested_url":…,"status":…,"content_type":…,"sha256":…,"title":…,
#    "headings":[…]                                                              the head
#    ,"text":…,"links":[…]                                     the content (most of the bytes)
#    ,"depth":…,"encoding":…,"forms":…,"images":…,"script_links":…,"findings":[…],
#    "document":{…}|null,"error":…                                                   the tail
#    ,"found_on":…,"anchor_text":…,"path":[…]                          how the crawl reached it
#    ,"fetched_at":…}                                                        when it was fetched
#
# Inside a JSON string every quote is escaped, so a quote after a comma is always the start of
# a key: the first ``,"text":`` is the fact's own (a link's comes after it), and ``,"depth":``,
# ``,"found_on":`` and ``,"fetched_at":`` occur once. The readers below take the groups they
# need by these markers (a few byte searches), without parsing a page's text and links; a
# line in another layout (an older writer, spaces) is parsed whole.

_TEXT = b',"text":'
_DEPTH = b',"depth":'
_FOUND_ON = b',"found_on":'
_FETCHED_AT = b',"fetched_at":'
_TITLE = b',"title":"'
_REQUESTED = b',"requested_url":"'
# A download or a reading cut short, or not read by the time limit: may differ next time.
_TRANSIENT = ("truncated download", "timed out", "too large", "cannot start the document reader",
              "document reader failed", "not read")


def fact_line(fact: Fact) -> bytes:
    """The fact as one line of a facts file (compact JSON from pydantic-core, with its newline)."""
    return fact.__pydantic_serializer__.to_json(fact) + b"\n"


class FactHead(NamedTuple):
    """The small fields of a fact line: what a check of the site needs, without its content."""

    kind: str
    url: str
    requested_url: str
    status: int
    sha256: str
    depth: int
    error: str  # the fact's error ("" unless kind == "error")
    document_error: str  # a document's reading error

    @property
    def cut_short(self) -> str:
        """The error when a download or a reading was cut short (may differ next time), else ""."""
        return next((e for e in (self.error, self.document_error) if e.startswith(_TRANSIENT)), "")


def _marks(line: bytes) -> tuple[int, int, int] | None:
    """Where the content, the tail and "how it was reached" start, for a line in the writer's
    layout; None for another layout."""
    if not line.startswith(b'{"kind":"'):
        return None
    text, depth, found_on = line.find(_TEXT), line.rfind(_DEPTH), line.rfind(_FOUND_ON)
    if not 0 < text < depth < found_on:
        return None
    return text, depth, found_on


def _whole(line: bytes) -> bool:
    """Not a line cut by a hard stop (readers skip those)."""
    return line.endswith(b"}")


def read_head(line: bytes) -> FactHead | None:
    """The head and tail fields of a fact line; None for a cut or malformed line."""
    line = line.strip()
    if not _whole(line):
        return None
    marks = _marks(line)
    try:
        data = json.loads(line[: marks[0]] + line[marks[1]: marks[2]] + b"}" if marks else line)
        document = data.get("document") or {}
        return FactHead(data["kind"], data["url"], data["requested_url"], int(data.get("status") or 0),
                        data.get("sha256") or "", int(data.get("depth") or 0), data.get("error") or "",
                        document.get("error") or "")
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _string_end(data: bytes, start: int) -> int:
    """Where the JSON string starting at ``start`` (after its opening quote) closes."""
    end = data.find(b'"', start)
    while end > 0:
        slashes = 0
        while data[end - 1 - slashes] == 0x5C:
            slashes += 1
        if slashes % 2 == 0:
            return end
        end = data.find(b'"', end + 1)
    return -1


def site_content(line: bytes) -> tuple[bytes, bytes] | None:
    """(requested URL as written, the fact's bytes without how and when the crawl reached it):
    the line up to ``found_on``, without ``depth``, and for a document without its title (its
    first link's text). None for a cut or malformed line. A line in another layout is written
    again by :func:`fact_line` first."""
    line = line.strip()
    if not _whole(line):
        return None
    marks = _marks(line)
    if marks is None:
        try:
            line = fact_line(Fact.model_validate_json(line)).rstrip(b"\n")
        except ValueError:
            return None
        if (marks := _marks(line)) is None:
            return None
    at = line.find(_REQUESTED) + len(_REQUESTED)
    requested = line[at: _string_end(line, at)]
    _text, depth, found_on = marks
    after_depth = line.find(b",", depth + len(_DEPTH))
    content = line[: depth + 1] + line[after_depth + 1: found_on]
    if line.startswith(b'{"kind":"document"'):
        title = content.find(_TITLE) + 1
        end = _string_end(content, title + len(_TITLE) - 1)
        content = content[:title] + content[end + 2:]
    return requested, content


def restamped(line: bytes, when: datetime) -> bytes:
    """The fact line with another fetch time (``fetched_at`` is its last field)."""
    at = line.rfind(_FETCHED_AT)
    if at < 0:
        return line
    iso = when.isoformat().replace("+00:00", "Z").encode()
    return line[:at] + _FETCHED_AT + b'"' + iso + b'"}\n'


def read_facts(path: Path, *, content: bool = True) -> list[Fact]:
    """Facts of a run, the last record of each URL winning (a resumed run may repeat some).

    Equal links (the menu, sidebar and footer on every page) are one ``Link`` object
    (:class:`LinkPool`). Without ``content``,
    facts come without their text and links (what the crawl summary and the history need,
    when the verdicts are already known).
    """
    links = LinkPool(limit=10**9)
    by_url: dict[str, Fact] = {}
    with path.open("rb") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                marks = None if content else _marks(line)
                data = json.loads(line[: marks[0]] + line[marks[1]:] if marks else line)
                if content:
                    data["links"] = [links.from_json(raw) for raw in data.get("links") or ()]
                else:
                    data["links"], data["text"] = [], ""
                fact = Fact.model_validate(data)
            except (ValueError, TypeError, AttributeError):
                continue  # a line cut by a hard stop
            by_url[fact.requested_url] = fact
    # In a canonical order, not the order responses happened to arrive in (it varies with the
    # load of the machine that crawled, and matching breaks ties by order): the same facts give
    # the same verdicts wherever and however fast they were crawled.
    return sorted(by_url.values(), key=lambda f: (f.depth, f.requested_url))
