"""Which URLs name a document (pdf, doc, docx, xls, xlsx): by the path's extension, else a query
value's. Only the standard library: the spider asks it of every link, the matcher of every piece of
evidence, a document worker of every file."""

from __future__ import annotations

import posixpath
from urllib.parse import parse_qsl, unquote, urlsplit

DOCUMENT_EXTENSIONS = ("pdf", "doc", "docx", "xls", "xlsx")


def url_extension(url: str) -> str:
    """The document extension a URL names ('' if none): the path's, else a query value's.

    ``/files/plan.PDF?dl=1`` -> ``pdf``; ``/download.php?file=plan.xlsx`` -> ``xlsx``.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    ext = _ext_of(parts.path)
    if ext:
        return ext
    for _, value in parse_qsl(parts.query, keep_blank_values=True):
        ext = _ext_of(value)
        if ext:
            return ext
    return ""


def _ext_of(path: str) -> str:
    name = posixpath.basename(unquote(path).strip().rstrip("/"))
    ext = posixpath.splitext(name)[1].lower().lstrip(".")
    return ext if ext in DOCUMENT_EXTENSIONS else ""


def is_document_url(url: str) -> bool:
    """True when the URL names a pdf/doc/docx/xls/xlsx file (case-insensitive)."""
    return bool(url_extension(url))
