"""What the spider's callbacks yield for each address: a fact, with a document's bytes."""

from __future__ import annotations

from dataclasses import dataclass, field

from scrapy.http import Response

from common.facts import Fact
from common.urls import canonical


@dataclass
class Fetched:
    """A fact plus the raw bytes of a document, for the extraction pipeline (bytes not stored)."""

    fact: Fact
    body: bytes | None = field(default=None, repr=False)


def origin_url(request) -> str:
    """The address the link pointed to, before any redirect."""
    return (request.meta.get("redirect_urls") or [request.url])[0]


def as_error(fact: Fact, response: Response, error: str) -> Fact:
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
