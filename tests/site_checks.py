"""Checks that a test site's folder is whole (shared by the held-out sites' tests): its documents
open as what they claim to be, and the links of its static pages that lead to nothing."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK = re.compile(r'(?:href|src)="([^"#]+)"')


def assert_documents_open(files: Iterable[Path]) -> None:
    """Every PDF has a header and an end marker; every DOCX/XLSX is a sound zip with its main part."""
    for p in files:
        data = p.read_bytes()
        if p.suffix == ".pdf":
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], p
        else:
            with zipfile.ZipFile(p) as zf:
                assert zf.testzip() is None, p
                assert ("word/document.xml" if p.suffix == ".docx" else "xl/workbook.xml") in zf.namelist(), p


def site_file(site: Path, path: str) -> Path:
    """The file a site-relative path is served from (a folder's index.html)."""
    return site / (path.lstrip("/") + ("index.html" if path.endswith("/") else ""))


def dead_local_links(site: Path, pages: str = "index.html") -> tuple[set[str], list[str]]:
    """The on-site link paths of the site's pages (files named ``pages``, a glob) whose file is
    absent or empty, and every on-site link as written (percent-encoded)."""
    dead, links = set(), []
    for page in site.rglob(pages):
        for link in LINK.findall(page.read_text(encoding="utf-8")):
            if urlsplit(link).scheme:  # off-site (http, https) or not a page at all (mailto, tel)
                continue
            links.append(link)
            path = unquote(urlsplit(link).path)
            target = site_file(site, path)
            if not target.is_file() or target.stat().st_size == 0:
                dead.add(path)
    return dead, links
