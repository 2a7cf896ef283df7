"""The rollover held-out site is whole: its documents open (one is a scan with no text layer, one
a 0-byte upload), its pages are in the encoding their meta tag declares (windows-874 and tis-620
beside UTF-8), and its only dead links are the ones its truth file declares.
Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

from tests.site_checks import LINK, assert_documents_open

SITE = Path(__file__).parent / "sites" / "rollover"
CODEC = {"utf-8": "utf-8", "windows-874": "cp874", "tis-620": "cp874"}


def _truth() -> dict:
    return yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def _pages() -> dict[str, str]:
    """Each page's site path and text, decoded as its meta tag says."""
    pages = {}
    for path in SITE.rglob("*.html"):
        raw = path.read_bytes()
        declared = re.search(rb"charset=([\w-]+)", raw).group(1).decode()
        pages["/" + path.relative_to(SITE).as_posix()] = raw.decode(CODEC[declared])
    return pages


def test_every_document_opens():
    docs = [p for p in (SITE / "fileupload").iterdir() if p.suffix in {".pdf", ".docx", ".xlsx"}]
    assert len(docs) == 29
    empty = [p.name for p in docs if p.stat().st_size == 0]
    assert empty == ["14251.pdf"]
    assert_documents_open(p for p in docs if p.stat().st_size)


def test_pages_are_in_their_declared_encoding():
    pages = _pages()
    assert len(pages) == 49
    cp874 = {p for p in pages if not _is_utf8(SITE / p.lstrip("/"))}
    assert cp874 == set(_truth()["encoding"]["cp874_pages"])
    assert "ประจำปีงบประมาณ พ.ศ. 2569" in pages["/ita2569.html"]


def _is_utf8(path: Path) -> bool:
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_dead_links_are_exactly_the_declared_ones():
    truth = _truth()
    dead = set()
    for text in _pages().values():
        for link in LINK.findall(text):
            if urlsplit(link).scheme:
                continue
            path = unquote(urlsplit(link).path)
            target = SITE / (path.lstrip("/") or "index.html")
            if not target.is_file() or target.stat().st_size == 0:
                dead.add(path)
    assert dead == {b["url"] for b in truth["broken"]}
    for code, item in truth["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or (SITE / (url.lstrip("/") or "index.html")).is_file(), (code, url)


def test_truth_covers_every_item_of_the_year_once():
    truth = _truth()
    year = yaml.safe_load((Path(__file__).parents[1] / "checklist" / "data" / "ita-2569.yaml").read_text(encoding="utf-8"))
    assert {i["code"]: i["title"] for i in year["items"]} == {c: i["title"] for c, i in truth["items"].items()}
    assert dict(Counter(i["status"] for i in truth["items"].values())) == truth["counts"]
