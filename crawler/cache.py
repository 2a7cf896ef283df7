"""Where oit-audit keeps things between runs: documents' extracted text by SHA-256 (no file is
read twice) and the digest of a facts file. The HTTP cache of weekly re-crawls is
:mod:`crawler.httpcache`; the verdict cache is :mod:`app.verdict_cache`."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from common.facts import DocumentInfo, site_content


def cache_root() -> Path:
    """$OIT_CACHE_DIR, else $XDG_CACHE_HOME/oit-audit, else ~/.cache/oit-audit (Windows:
    %LOCALAPPDATA%\\oit-audit\\cache)."""
    if os.environ.get("OIT_CACHE_DIR"):
        return Path(os.environ["OIT_CACHE_DIR"])
    if os.name == "nt" and os.environ.get("LOCALAPPDATA") and not os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["LOCALAPPDATA"]) / "oit-audit" / "cache"
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
        record = site_content(line)  # None for a line cut by a hard stop: read_facts skips it too
        if record is not None:
            self.records[record[0]] = hashlib.sha256(record[1]).digest()

    def hexdigest(self) -> str:
        h = hashlib.sha256()
        for url in sorted(self.records):
            h.update(url + b"\n" + self.records[url])
        return h.hexdigest()


def save_facts_digest(path: Path, digest: str, stamp: str | None = None) -> None:
    """Keep ``digest`` beside the facts file ``path`` (``facts.jsonl.digest``), valid while the
    file has the size and modification time of ``stamp`` (by default: now)."""
    from common.files import write_atomic

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
