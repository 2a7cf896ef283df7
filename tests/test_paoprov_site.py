"""The paoprov held-out site is whole: its documents open and its only dead links are the two its
truth file declares (a 404 and a 0-byte file). Asserts nothing about the audit's verdicts."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

SITE = Path(__file__).parent / "sites" / "paoprov"


def _target(path: str) -> Path:
    return SITE / (path.lstrip("/") + ("index.html" if path.endswith("/") else ""))


def test_every_document_opens():
    docs = [p for p in (SITE / "wp-content" / "uploads").rglob("*") if p.suffix in {".pdf", ".docx", ".xlsx"}]
    assert len(docs) >= 25
    empty = [p for p in docs if p.stat().st_size == 0]
    assert [p.name for p in empty] == ["Book2.xlsx"]
    for p in set(docs) - set(empty):
        data = p.read_bytes()
        if p.suffix == ".pdf":
            assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], p
        else:
            with zipfile.ZipFile(p) as zf:
                assert zf.testzip() is None, p
                assert ("word/document.xml" if p.suffix == ".docx" else "xl/workbook.xml") in zf.namelist(), p


def test_dead_links_are_exactly_the_declared_ones():
    truth = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
    declared = {b["url"] for b in truth["broken"]}
    dead = set()
    for page in SITE.rglob("index.html"):
        for link in re.findall(r'(?:href|src)="([^"#]+)"', page.read_text(encoding="utf-8")):
            if link.startswith(("http://", "https://")):
                continue
            path = unquote(urlsplit(link).path)
            target = _target(path)
            if not target.is_file() or target.stat().st_size == 0:
                dead.add(path)
    assert dead == declared
    for code, item in truth["items"].items():
        for url in [item.get("url"), *(item.get("also") or [])]:
            assert url is None or _target(url).is_file(), (code, url)
