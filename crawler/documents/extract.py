"""The public entry point: read a downloaded document in a separate, limited worker process.

The document goes to one of a few persistent ``python -m crawler.documents.worker --serve``
processes (:mod:`crawler.documents.pool`): a hostile file cannot exhaust the crawler's memory
(``RLIMIT_AS`` in the worker) or hang it (wall-clock timeout, then the worker's whole process
group is killed and a fresh worker replaces it). The call blocks and is thread-safe; from Scrapy
callbacks run it in a thread (``twisted.internet.threads.deferToThread``). :func:`close_pool`
ends the workers (also done at exit).
"""

from __future__ import annotations

import hashlib

from common.facts import DocumentInfo

from .common import clean_text
from .formats import sniff_format
from .pool import close_pool, get_pool, set_pool_size

__all__ = ["close_pool", "extract_document", "set_pool_size"]


def extract_document(
    data: bytes,
    url: str,
    content_type: str = "",
    *,
    timeout: float = 60.0,
    memory_mb: int = 1024,
    max_chars: int = 200_000,
    ocr_pages: int = 3,
    zip_limit_mb: float = 200,
    zip_max_ratio: float = 200,
) -> tuple[str, DocumentInfo]:
    """Text and facts of one downloaded document. Never raises for bad input, never hangs.

    ``format`` comes from :func:`sniff_format`. The text is ``thai.clean``-ed and at most
    ``max_chars`` long. ``error`` is "" when the document was read, else e.g. ``encrypted``,
    ``truncated: ...``, ``corrupt or unreadable pdf: ...``, ``archive bomb: declared N MB
    uncompressed``, ``timed out after N s``, ``too large to read (memory limit)``. A scanned
    PDF without tesseract gives ``scanned=True``, no text, no error, and a ``reader`` ending in
    "scanned, not read". ``pages`` is the page count for PDFs (and what Word saved for docx),
    the sheet count for spreadsheets.
    """
    data = bytes(data or b"")
    fmt = sniff_format(data, url, content_type)
    info = DocumentInfo(format=fmt, size=len(data), sha256=hashlib.sha256(data).hexdigest())
    if not data:
        info.error = "empty file"
        return "", info
    if fmt == "other":
        info.error = "unsupported format" + (f" ({content_type})" if content_type else "")
        return "", info

    options = {
        "format": fmt,
        "memory_mb": int(memory_mb),
        "max_chars": int(max_chars),
        "ocr_pages": int(ocr_pages),
        "timeout": float(timeout),
        "zip_limit_mb": float(zip_limit_mb),
        "zip_max_ratio": float(zip_max_ratio),
    }
    fields = get_pool().extract(options, data, timeout, fmt)
    text = fields.pop("text", "") or ""
    for name in ("pages", "scanned", "ocr", "reader", "error"):
        if name in fields:
            setattr(info, name, fields[name])
    text = clean_text(text)[: max(int(max_chars), 0)]
    return text, info
