"""Checks that a test site's folder is whole (shared by the held-out sites' tests): its documents
open as what they claim to be, and the links of its static pages that lead to nothing."""

from __future__ import annotations

import html
import os
import re
import zipfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK = re.compile(r'(?:href|src)="([^"#]+)"')


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the header of a Word 97 .doc and an Excel 97 .xls


def assert_documents_open(files: Iterable[Path]) -> None:
    """Every PDF has a header and an end marker; every DOCX/XLSX is a sound zip with its main part;
    every old .doc/.xls is an OLE2 compound file."""
    for p in files:
        data = p.read_bytes()
        if p.suffix == ".pdf":
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], p
        elif p.suffix in (".doc", ".xls"):
            assert data.startswith(OLE2), p
        else:
            with zipfile.ZipFile(p) as zf:
                assert zf.testzip() is None, p
                assert ("word/document.xml" if p.suffix == ".docx" else "xl/workbook.xml") in zf.namelist(), p


def _query_copies(site: Path, url: str) -> bool:
    """The URL has a query string and its path a folder of query copies (``<path>.q/``)."""
    parts = urlsplit(url)
    return bool(parts.query) and (site / (unquote(parts.path).lstrip("/") + ".q")).is_dir()


def site_file(site: Path, url: str) -> Path:
    """The file a site-relative URL is served from, as ``crawler.serve`` serves it: a folder's
    index.html; a query string's copy under ``<path>.q/`` (a path with no such folder ignores its
    query)."""
    from crawler.serve import query_copy

    parts = urlsplit(url)
    base = os.path.join(site, unquote(parts.path).lstrip("/"))  # a folder's trailing "/" kept, as the server keeps it
    if _query_copies(site, url):
        return Path(query_copy(base, parts.query)[0])
    return Path(base) / "index.html" if parts.path.endswith("/") else Path(base)


def dead_local_links(site: Path, pages: str = "index.html") -> tuple[set[str], list[str]]:
    """The on-site links of the site's pages (files named ``pages``, a glob) whose file is absent
    or empty, each as its path (with its query when the path keeps query copies), and every
    on-site link as written (percent-encoded)."""
    dead, links = set(), []
    for page in site.rglob(pages):
        for link in LINK.findall(page.read_text(encoding="utf-8")):
            if urlsplit(link).scheme:  # off-site (http, https) or not a page at all (mailto, tel)
                continue
            links.append(link)
            url = html.unescape(link)  # "?a=1&amp;b=2" in the page's source is "?a=1&b=2"
            target = site_file(site, url)
            if not target.is_file() or target.stat().st_size == 0:
                parts = urlsplit(url)
                dead.add(unquote(parts.path) + (f"?{unquote(parts.query)}" if _query_copies(site, url) else ""))
    return dead, links


def assert_truth_points_at_files(site: Path, truth: dict) -> None:
    """The site's dead links are exactly the truth file's ``broken:`` ones, and every evidence
    path (``url``, ``also``) and look-alike (``decoys:``) it names is a file of the site."""
    dead, _links = dead_local_links(site)
    assert dead == {b["url"] for b in truth["broken"]}
    for code, item in truth["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or site_file(site, url).is_file(), (code, url)
    for decoy in truth["decoys"]:
        assert site_file(site, decoy["url"]).is_file(), decoy


def assert_truth_covers_the_year(truth: dict) -> None:
    """The truth file judges every item of its year's checklist once, under the checklist's own
    titles, and its ``counts`` are the counts of its statuses."""
    import yaml

    data = Path(__file__).parents[1] / "checklist" / "data" / f"ita-{truth['year']}.yaml"
    year = yaml.safe_load(data.read_text(encoding="utf-8"))
    assert {i["code"]: i["title"] for i in year["items"]} == {c: i["title"] for c, i in truth["items"].items()}
    assert dict(Counter(i["status"] for i in truth["items"].values())) == truth["counts"]
