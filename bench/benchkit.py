"""URL helpers the bench scripts share, kept here so a rename in common.urls cannot break them.

The crawler's own definitions are used when they exist (the bench should see URLs as the
audit does); the fallbacks are the definitions as of the bench's writing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import common.urls as _site  # noqa: E402

DOCUMENT_EXTENSIONS = getattr(_site, "DOCUMENT_EXTENSIONS", (".pdf", ".doc", ".docx", ".xls", ".xlsx"))
SKIP_EXTENSIONS = getattr(_site, "SKIP_EXTENSIONS", (
    ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".svg", ".ico", ".css", ".js", ".zip",
    ".rar", ".mp3", ".mp4", ".xml", ".json", ".ppt", ".pptx",
))


def extension(url: str) -> str:
    m = re.search(r"\.[a-z0-9]{1,5}$", urlsplit(url).path.lower())
    return m.group(0) if m else ""


def is_document_url(url: str) -> bool:
    return extension(url) in DOCUMENT_EXTENSIONS


def is_skipped_url(url: str) -> bool:
    fn = getattr(_site, "is_skipped_url", None)
    return fn(url) if fn else extension(url) in SKIP_EXTENSIONS


def canonical(url: str) -> str:
    fn = getattr(_site, "canonical", None)
    return fn(url) if fn else urldefrag(url)[0]


def same_site(url: str, root: str) -> bool:
    fn = getattr(_site, "same_site", None)
    return fn(url, root) if fn else urlsplit(url).hostname == urlsplit(root).hostname
