"""Documents shown through a viewer page: the viewer's file is what the link leads to.

Thai agencies often link their PDFs through a viewer page (PDF.js ``/viewer/?file=/files/plan.pdf``,
``/pdfjs/web/viewer.html?file=...``, a flipbook ``/flipbook.php?pdf=...``): the browser opens the
viewer, the viewer loads the file named in its address. An assessor clicking the link reads the
file. :class:`DocumentViewerMiddleware` does the same: an HTML answer to an address whose query
names a document on the same site, from a page that reads as a viewer, is followed to that
document like a redirect (the viewer's address stays the fact's ``requested_url``, so the link
and its ITA row count for the document).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from scrapy.http import Request, Response, TextResponse

from common.document_urls import is_document_url
from common.urls import same_site

# What a viewer page's HTML says of itself: PDF.js, a PDF object, a flipbook library.
_VIEWER = re.compile(rb"pdf\.?js|pdfviewer|viewer\.(?:js|mjs|html)|pdfobject|flip\s*book|dflip|"
                     rb"turn(?:\.min)?\.js|pdf-?viewer", re.I)
VIEWER_BYTES = 64 * 1024  # how much of a viewer page is looked at


def viewed_document(url: str) -> str:
    """The on-site document a viewer's address names in its query (``?file=/files/plan.pdf``), as
    an absolute URL; "" when the query names none."""
    for _name, value in parse_qsl(urlsplit(url).query, keep_blank_values=False):
        if is_document_url(value) and not value.lower().startswith(("javascript:", "data:")):
            target = urljoin(url, value.strip())
            if urlsplit(target).scheme in ("http", "https") and same_site(target, url):
                return target
    return ""


class DocumentViewerMiddleware:
    """Follows a document viewer page to the document its address names (one hop, same site)."""

    def process_response(self, request: Request, response: Response, spider=None):
        if (response.status != 200 or not isinstance(response, TextResponse)
                or "html" not in response.headers.get(b"Content-Type", b"html").decode("latin-1").lower()):
            return response
        target = viewed_document(request.url)
        if not target or target == request.url or request.meta.get("oit_viewer_of"):
            return response
        if not _VIEWER.search(response.body[:VIEWER_BYTES]):
            return response  # a page of its own that happens to carry a file name in its address
        meta = dict(request.meta)
        meta["redirect_urls"] = [*request.meta.get("redirect_urls", []), request.url]
        meta["redirect_reasons"] = [*request.meta.get("redirect_reasons", []), "viewer"]
        meta["oit_viewer_of"] = request.url
        meta["oit_document"] = True
        return request.replace(url=target, meta=meta, dont_filter=True)
