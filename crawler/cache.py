"""Where oit-audit keeps things between runs: documents' extracted text by SHA-256 (no file is
read twice), verdicts by everything they are computed from, and the digests of both keys.
The HTTP cache of weekly re-crawls is :mod:`crawler.httpcache`."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

from crawler.items import DocumentInfo


def cache_root() -> Path:
    """$OIT_CACHE_DIR, else $XDG_CACHE_HOME/oit-audit, else ~/.cache/oit-audit."""
    if os.environ.get("OIT_CACHE_DIR"):
        return Path(os.environ["OIT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "oit-audit"


class TextCache:
    """Extracted document text keyed by the file's SHA-256."""

    def __init__(self, root: Path | None = None):
        self.root = (root or cache_root()) / "text"

    def _path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.json"

    def get(self, sha256: str) -> tuple[str, DocumentInfo] | None:
        if not sha256:
            return None
        try:
            data = json.loads(self._path(sha256).read_text(encoding="utf-8"))
            return data["text"], DocumentInfo.model_validate(data["info"])
        except (OSError, ValueError, KeyError):
            return None

    def put(self, sha256: str, text: str, info: DocumentInfo) -> None:
        if not sha256 or info.error.startswith(("timed out", "too large", "cannot start the document reader")):
            return  # limits (or this machine) may differ next time: try again
        path = self._path(sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"text": text, "info": info.model_dump()}, ensure_ascii=False),
                       encoding="utf-8")
        os.replace(tmp, path)


class VerdictCache:
    """Item verdicts keyed by everything they are computed from: the crawl's facts (all but
    their fetch times), the site, the checklist and lexicon files, the responsible units and
    the matcher's own code. A re-audit of an unchanged site reuses them instead of matching
    again; any change to any of these is a new key."""

    def __init__(self, root: Path | None = None):
        self.root = (root or cache_root()) / "verdicts"

    def _path(self, k: str) -> Path:
        return self.root / f"{k}.json"

    def get(self, k: str) -> list[dict] | None:
        try:
            data = json.loads(self._path(k).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, list) else None

    def put(self, k: str, items: list[dict]) -> None:
        from crawler.files import write_atomic

        self.root.mkdir(parents=True, exist_ok=True)
        write_atomic(self._path(k), json.dumps(items, ensure_ascii=False))
        # keep the newest few hundred: one per site and week is plenty
        old = sorted(self.root.glob("*.json"), key=lambda p: p.stat().st_mtime)[:-500]
        for p in old:
            p.unlink(missing_ok=True)


_REQUESTED = re.compile(rb'"requested_url": ?"((?:[^"\\]|\\.)*)"')
_HOW_REACHED = re.compile(rb',\s?"found_on":')  # crawler.items.Fact keeps how and when it was reached last
_DEPTH = re.compile(rb'"depth": ?\d+, ?')
_DOC_TITLE = re.compile(rb'"title": ?"(?:[^"\\]|\\.)*", ?')  # a document's title is its first link's text
_DOCUMENT = re.compile(rb'^\{"kind": ?"document"')


def facts_digest(path: Path) -> str:
    """SHA-256 of a facts file's content: the last record of each URL, in URL order, without
    how and when the crawl reached it (first link text, click path, depth, fetch time). These
    vary with the order in which concurrent fetches return: an unchanged site crawled twice
    gives the same digest, and its verdicts are those of an equally valid crawl of it."""
    digest = FactsDigest()
    with path.open("rb") as fh:
        for line in fh:
            digest.add(line)
    return digest.hexdigest()


class FactsDigest:
    """:func:`facts_digest` line by line: the facts writer takes it as it writes (so the audit
    need not read the file again), :func:`facts_digest` from a file."""

    def __init__(self) -> None:
        self.records: dict[bytes, bytes] = {}

    def add(self, line: bytes) -> None:
        line = line.strip()
        if not line.endswith(b"}"):
            return  # a line cut by a hard stop: read_facts skips it too
        m = _REQUESTED.search(line)
        if m is None:
            return
        cut = _last(_HOW_REACHED, line, b'"found_on":', back=2)
        content = line[: cut.start()] if cut else line
        # The literal each pattern starts with is found by bytes.find (fast on a page's tens of
        # kB), then the pattern is matched there: the same first match as a regex search.
        depth = _first(_DEPTH, content, b'"depth":')
        if depth:
            content = content[: depth.start()] + content[depth.end():]
        if _DOCUMENT.match(content):
            title = _first(_DOC_TITLE, content, b'"title":')
            if title:
                content = content[: title.start()] + content[title.end():]
        self.records[m.group(1)] = hashlib.sha256(content).digest()

    def hexdigest(self) -> str:
        h = hashlib.sha256()
        for url in sorted(self.records):
            h.update(url + b"\n" + self.records[url])
        return h.hexdigest()


def _first(pattern: re.Pattern, data: bytes, literal: bytes):
    at = data.find(literal)
    while at >= 0:
        if m := pattern.match(data, at):
            return m
        at = data.find(literal, at + 1)
    return None


def _last(pattern: re.Pattern, data: bytes, literal: bytes, back: int):
    """The last match of ``pattern``, which holds ``literal`` at most ``back`` bytes in."""
    at = data.rfind(literal)
    while at >= 0:
        for start in range(max(0, at - back), at + 1):
            m = pattern.match(data, start)
            if m and m.end() == at + len(literal):
                return m
        at = data.rfind(literal, 0, at)
    return None


def save_facts_digest(path: Path, digest: str, stamp: str | None = None) -> None:
    """Keep ``digest`` beside the facts file ``path`` (``facts.jsonl.digest``), valid while the
    file has the size and modification time of ``stamp`` (by default: now)."""
    from crawler.files import write_atomic

    write_atomic(_digest_path(path), f"{stamp or _stamp(path)}\n{digest}\n", sync=False)


def stored_facts_digest(path: Path) -> str:
    """:func:`facts_digest` of ``path``, kept beside it for as long as the file keeps its size
    and modification time."""
    stamp = _stamp(path)
    kept = _kept_digest(path, stamp)
    if not kept:
        kept = facts_digest(path)
        save_facts_digest(path, kept, stamp)  # the file as it was when read
    return kept


def carry_facts_digest(old: Path, new: Path) -> None:
    """``new`` holds the facts of ``old`` with new fetch times (the quick check found the site
    unchanged): keep the digest of ``old`` for it instead of reading 100 MB again."""
    kept = _kept_digest(old, _stamp(old))
    if kept:
        save_facts_digest(new, kept)


def _digest_path(path: Path) -> Path:
    return path.with_name(path.name + ".digest")


def _stamp(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size} {st.st_mtime_ns}"


def _kept_digest(path: Path, stamp: str) -> str:
    try:
        kept_stamp, digest = _digest_path(path).read_text(encoding="ascii").split("\n")[:2]
    except (OSError, ValueError):
        return ""
    return digest if kept_stamp == stamp and len(digest) == 64 else ""


def code_digest() -> str:
    """SHA-256 of the matcher's code and data (checklist package, Thai text helpers)."""
    root = Path(__file__).resolve().parents[1]
    files = sorted([*(root / "checklist").rglob("*.py"), *(root / "checklist" / "data").rglob("*.yaml"),
                    root / "crawler" / "thai.py", root / "crawler" / "site.py", root / "crawler" / "items.py",
                    root / "reports" / "models.py"])
    h = hashlib.sha256()
    for f in files:
        h.update(str(f.relative_to(root)).encode() + b"\n")
        h.update(f.read_bytes())
    return h.hexdigest()
