"""The schoolsite held-out site is whole: its documents and pictures open, its Thai file names resolve
from the percent-encoded links, and its only dead links are the ones its truth file declares (two
404s and a 0-byte file). Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

SITE = Path(__file__).parent / "sites" / "schoolsite"


def _target(path: str) -> Path:
    return SITE / (path.lstrip("/") + ("index.html" if path.endswith("/") else ""))


def test_every_document_and_picture_opens():
    uploads = [p for p in (SITE / "uploads").rglob("*") if p.is_file()]
    docs = [p for p in uploads if p.suffix in {".pdf", ".docx", ".xlsx"}]
    assert len(docs) >= 20
    empty = [p for p in docs if p.stat().st_size == 0]
    assert [p.name for p in empty] == ["O14_รายงานผลHR68.pdf"]
    for p in set(docs) - set(empty):
        data = p.read_bytes()
        if p.suffix == ".pdf":
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], p
        else:
            with zipfile.ZipFile(p) as zf:
                assert zf.testzip() is None, p
                assert ("word/document.xml" if p.suffix == ".docx" else "xl/workbook.xml") in zf.namelist(), p
    for p in (q for q in uploads if q.suffix == ".jpg"):
        assert p.read_bytes()[:3] == b"\xff\xd8\xff", p


def test_dead_links_are_exactly_the_declared_ones():
    truth = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
    declared = {b["url"] for b in truth["broken"]}
    dead, thai_links = set(), 0
    for page in SITE.rglob("index.html"):
        for link in re.findall(r'(?:href|src)="([^"#]+)"', page.read_text(encoding="utf-8")):
            if link.startswith(("http://", "https://")):
                continue
            thai_links += "%E0%B8" in link or "%E0%B9" in link
            path = unquote(urlsplit(link).path)
            target = _target(path)
            if not target.is_file() or target.stat().st_size == 0:
                dead.add(path)
    assert dead == declared
    assert thai_links >= 10  # Thai file names are linked percent-encoded
    for code, item in truth["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or _target(url).is_file(), (code, url)
