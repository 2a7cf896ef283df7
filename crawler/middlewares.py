"""Downloader middleware: repair Thai encodings that the HTTP header gets wrong."""

from __future__ import annotations

import re

from scrapy.http import HtmlResponse, Response

_THAI_CHARSETS = {"tis-620", "tis620", "windows-874", "cp874", "iso-8859-11", "x-cp874"}
_WESTERN = {"iso-8859-1", "latin-1", "latin1", "cp1252", "windows-1252", "utf-8", "utf8", "ascii"}
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_-]+)""", re.I)
# Thai letters in cp874 are 0xA1-0xFB; in UTF-8 Thai starts with 0xE0 0xB8/0xB9.
_CP874_THAI = re.compile(rb"[\xa1-\xfb]{3,}")


def _meta_charset(body: bytes) -> str:
    m = _META.search(body[:4096])
    return m.group(1).decode("ascii", "ignore").lower() if m else ""


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class ThaiEncodingMiddleware:
    """Re-decode as windows-874 when the header claims latin-1 or UTF-8 but the body is Thai.

    The rule measured in reference/dependency-measurements.md §5: if the header charset is
    western or UTF-8 and the body is not valid UTF-8 (or the meta tag says TIS-620), decode
    with the meta charset or cp874. The mismatch is recorded on the response (a finding).
    """

    def process_response(self, request, response: Response, spider=None) -> Response:
        if not isinstance(response, HtmlResponse):
            return response
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
        fixed.meta["encoding_finding"] = note
        return fixed
