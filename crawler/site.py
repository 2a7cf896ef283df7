"""What belongs to the audited site: registrable domains, document and skip extensions."""

from __future__ import annotations

import ipaddress
import re
from functools import cache
from urllib.parse import unquote, urldefrag, urlsplit

import tldextract

# The bundled public-suffix snapshot only: never fetch the list from the internet.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

DOCUMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx")
SKIP_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".svg", ".ico", ".tif", ".tiff",
    ".mp3", ".mp4", ".avi", ".mov", ".wmv", ".flv", ".webm", ".wav", ".m4a",
    ".zip", ".rar", ".7z", ".gz", ".tar", ".exe", ".msi", ".apk", ".iso", ".dmg",
    ".css", ".js", ".json", ".xml", ".rss", ".ppt", ".pptx", ".swf", ".woff", ".woff2", ".ttf",
)


@cache
def site_key(url: str) -> str:
    """The registrable domain of a URL (www./http/https alike); the host itself for IPs."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if not host:
        return ""
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    ext = _EXTRACT(host)
    return ext.top_domain_under_public_suffix or host


def same_site(url: str, root: str) -> bool:
    return site_key(url) == site_key(root)


def canonical(url: str) -> str:
    """Drop the fragment; keep the query (PHP CMSs route by it)."""
    return urldefrag(url)[0]


def path_words(url: str) -> str:
    """The URL's path and query, percent-decoded (Thai slugs), for matching words in URLs."""
    parts = urlsplit(url)
    return unquote(parts.path + (" " + parts.query if parts.query else ""))


def extension(url: str) -> str:
    path = urlsplit(url).path.lower()
    m = re.search(r"\.[a-z0-9]{1,5}$", path)
    return m.group(0) if m else ""


def is_document_url(url: str) -> bool:
    return extension(url) in DOCUMENT_EXTENSIONS


def is_skipped_url(url: str) -> bool:
    return extension(url) in SKIP_EXTENSIONS


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()
