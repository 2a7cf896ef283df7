"""Which kind of document a download is: magic bytes first, then the URL, then Content-Type.

Only the standard library (and :mod:`common.document_urls`) is imported here: :func:`sniff_format`
runs in the crawler process before a worker is started.
"""

from __future__ import annotations

import io
import zipfile

from common.document_urls import (  # noqa: F401 - the spider and tests import them from here too
    DOCUMENT_EXTENSIONS,
    is_document_url,
    url_extension,
)

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
PDF_MAGIC = b"%PDF-"

# OLE2 directory entries are UTF-16LE names; searching for them avoids an OLE parser.
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_EXCEL_STREAMS = ("Workbook".encode("utf-16-le"), "Book\0".encode("utf-16-le"))
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

_CONTENT_TYPES = {
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "application/acrobat": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/msword": "doc",
    "application/vnd.ms-word": "doc",
    "application/vnd.ms-excel": "xls",
    "application/x-msexcel": "xls",
    "application/excel": "xls",
}


def sniff_format(data: bytes, url: str = "", content_type: str = "") -> str:
    """One of pdf, docx, xlsx, doc, xls, other.

    Magic bytes decide when they can; an OLE2 or zip container that does not say what it holds
    falls back to the URL extension, and a body without known magic to the URL extension and
    then the Content-Type. A ``.pdf`` URL that serves garbage therefore stays ``pdf`` (and reads
    as a corrupt PDF), which is what the auditor wants to report.
    """
    head = data[:1024]
    ext = url_extension(url) if url else ""
    if PDF_MAGIC in head:
        return "pdf"
    if head.startswith(ZIP_MAGIC):
        kind = _zip_kind(data)
        if kind:
            return kind
    elif head.startswith(OLE2_MAGIC):
        kind = _ole_kind(data)
        if kind:
            return kind
        if ext in ("docx", "xlsx", "doc", "xls"):  # e.g. a password-protected docx
            return ext
        return "other"
    if ext:
        return ext
    ctype = content_type.split(";")[0].strip().lower()
    return _CONTENT_TYPES.get(ctype, "other")


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError, NotImplementedError):
        # Truncated zip (no central directory): look at the local headers' names instead.
        names = []
        head = data[:65536]
        if b"word/" in head:
            names = ["word/"]
        elif b"xl/" in head:
            names = ["xl/"]
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    return ""


def _ole_kind(data: bytes) -> str:
    if _ENCRYPTED_STREAM in data and _WORD_STREAM not in data:
        return ""  # an encrypted OOXML package; the URL says which
    if _WORD_STREAM in data:
        return "doc"
    if any(s in data for s in _EXCEL_STREAMS):
        return "xls"
    return ""
