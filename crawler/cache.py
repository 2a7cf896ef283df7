"""Where oit-audit keeps things between runs, and the HTTP cache policy of weekly re-crawls.

Re-crawls send conditional requests (If-None-Match / If-Modified-Since) for everything the
last crawl stored with a validator; a 304 answer reuses the stored body, so an unchanged site
costs little. Documents' extracted text is cached by SHA-256: no file is read twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from scrapy.extensions.httpcache import FilesystemCacheStorage, RFC2616Policy
from scrapy.utils.response import response_from_dict
from w3lib.http import headers_dict_to_raw, headers_raw_to_dict

from crawler.items import DocumentInfo


def cache_root() -> Path:
    """$OIT_CACHE_DIR, else $XDG_CACHE_HOME/oit-audit, else ~/.cache/oit-audit."""
    if os.environ.get("OIT_CACHE_DIR"):
        return Path(os.environ["OIT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "oit-audit"


class RevalidatePolicy(RFC2616Policy):
    """Store what can be revalidated; always ask the server again (never trust heuristics).

    RFC 2616's heuristic freshness would serve a year-old PDF from the cache for weeks without
    asking; a weekly audit must see this week's site, so every cached response is revalidated,
    except what the site confirmed minutes ago in this run's quick check
    (:mod:`crawler.revalidate`, ``OIT_CONFIRMED``) with the validators the cache holds.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.confirmed: dict[str, list[str]] = {}
        path = settings.get("OIT_CONFIRMED")
        if path:
            try:
                self.confirmed = json.loads(Path(path).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.confirmed = {}

    def is_cached_response_fresh(self, cachedresponse, request) -> bool:
        seen = self.confirmed.get(cachedresponse.url)
        if seen is not None and seen == [
            (cachedresponse.headers.get(h) or b"").decode("latin-1") for h in ("ETag", "Last-Modified")
        ]:
            return True
        self._set_conditional_validators(request, cachedresponse)
        return False


class OneFileCacheStorage(FilesystemCacheStorage):
    """Scrapy's filesystem HTTP cache, one file per URL, written aside then renamed.

    Scrapy's own storage writes seven files per response, none atomically: slow on a
    3,000-page site, and a crawl killed mid-write leaves an entry that reads back wrong.
    """

    # os.path and open() rather than pathlib: called for every request of a 3,000-page crawl.
    def retrieve_response(self, spider, request):
        path = os.path.join(self._get_request_path(spider, request), "entry")
        try:
            with open(path, "rb") as fh:
                entry = pickle.load(fh)  # noqa: S301 - written by this class, in the user's cache
            stamp = entry["timestamp"]
            data = {"url": entry["url"], "status": entry["status"],
                    "headers": headers_raw_to_dict(entry["headers"]), "body": entry["body"],
                    **entry["data"]}
        except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError,
                pickle.UnpicklingError):
            return None  # not cached (or unreadable: fetched again)
        if 0 < self.expiration_secs < time.time() - stamp:
            return None
        request.meta["cache_timestamp"] = stamp
        return response_from_dict(data)

    def open_spider(self, spider) -> None:
        super().open_spider(spider)
        # Files are written by one thread of their own: the crawl's thread only hands them over.
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="http-cache")

    def close_spider(self, spider) -> None:
        writer = getattr(self, "_writer", None)
        if writer is not None:
            writer.shutdown(wait=True)  # every entry written before the crawl is over
        super().close_spider(spider)

    def store_response(self, spider, request, response) -> None:
        folder = self._get_request_path(spider, request)
        entry = {
            "timestamp": time.time(), "url": response.url, "status": response.status,
            "headers": headers_dict_to_raw(response.headers), "body": response.body,
            "data": {k: v for k, v in response.to_dict().items()
                     if k not in {"url", "status", "headers", "body"}},
        }
        writer = getattr(self, "_writer", None)
        if writer is None:
            _write_entry(folder, entry)
        else:
            writer.submit(_write_entry, folder, entry)


def _write_entry(folder: str, entry: dict) -> None:
    try:
        os.makedirs(folder, exist_ok=True)
        tmp = os.path.join(folder, f"entry.{os.getpid()}.{threading.get_ident()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(entry, fh, protocol=4)
        os.replace(tmp, os.path.join(folder, "entry"))
    except OSError:
        pass  # a full disk loses a cache entry, not the audit: the URL is fetched whole next time


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
        if not sha256 or info.error.startswith(("timed out", "too large")):
            return  # limits may differ next time: try again
        path = self._path(sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"text": text, "info": info.model_dump()}, ensure_ascii=False),
                       encoding="utf-8")
        os.replace(tmp, path)


class WireBytesMiddleware:
    """Count the bytes that really came over the wire (a 304 costs its headers, not the body).

    Sits closer to the downloader than the HTTP cache, so it sees 304s before the cache turns
    them into the stored 200.
    """

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_response(self, request, response, spider=None):
        self.stats.inc_value("oit/wire_bytes", len(response.body) + sum(
            len(k) + sum(len(v) for v in vs) for k, vs in response.headers.items()))
        if response.status == 304:
            self.stats.inc_value("oit/not_modified")
        return response


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
    records: dict[bytes, bytes] = {}
    with path.open("rb") as fh:
        for line in fh:
            line = line.strip()
            if not line.endswith(b"}"):
                continue  # a line cut by a hard stop: read_facts skips it too
            m = _REQUESTED.search(line)
            if m is not None:
                cuts = [m.start() for m in _HOW_REACHED.finditer(line)]
                content = _DEPTH.sub(b"", line[: cuts[-1]] if cuts else line, count=1)
                if _DOCUMENT.match(content):
                    content = _DOC_TITLE.sub(b"", content, count=1)
                records[m.group(1)] = hashlib.sha256(content).digest()
    h = hashlib.sha256()
    for url in sorted(records):
        h.update(url + b"\n" + records[url])
    return h.hexdigest()


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
