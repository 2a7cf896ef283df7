"""The HTTP cache of weekly re-crawls (Scrapy components; settings in :mod:`crawler.run`).

Re-crawls send conditional requests (If-None-Match / If-Modified-Since) for everything the
last crawl stored with a validator; a 304 answer reuses the stored body, so an unchanged site
costs little. Kept apart from :mod:`crawler.cache` so that an audit that does not start Scrapy
(the quick check found the site unchanged) does not import it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import re
import time
import zlib
from pathlib import Path

from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.utils.response import response_from_dict
from w3lib.http import headers_dict_to_raw, headers_raw_to_dict

from common.files import portable_name, pread, write_all


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


class PackCacheStorage:
    """Scrapy HTTP cache storage: per audited site, one append-only pack of responses and its index.

    A file per URL (Scrapy's own storage writes seven, none atomically) costs file-system work
    for every URL, and millions of files for an office that audits thousands of sites. Here each body is appended once per
    SHA-1, and each response's head (URL, status, headers) beside it; the index gets one line
    per record with its place, length and CRC-32. A record cut by a hard stop fails its CRC and
    reads as not cached (the URL is fetched whole). A 304 appends a small head, not the body
    again. When most of the pack is superseded it is rewritten at the end of the crawl.
    Only one audit of a site runs at a time (app.lock), so a site's pack has one writer.
    Records are written on the crawl's own thread: a writer thread slows the
    crawl (it competes with the crawl for the interpreter's lock).
    """

    def __init__(self, settings):
        from scrapy.utils.project import data_path

        self.cachedir = Path(data_path(settings["HTTPCACHE_DIR"]))
        self.expiration_secs = settings.getint("HTTPCACHE_EXPIRATION_SECS")
        self.heads: dict[str, tuple[int, int, int, float]] = {}  # fp -> offset, length, crc, time
        self.bodies: dict[str, tuple[int, int, int]] = {}  # sha1 -> offset, length, crc
        self._rfd = self._wfd = None

    def open_spider(self, spider) -> None:
        from common.urls import site_id

        self._fingerprinter = spider.crawler.request_fingerprinter
        root = getattr(spider, "root", "") or "site"
        try:
            name = portable_name(re.sub(r"[^A-Za-z0-9._-]", "_", site_id(root)))
        except ValueError:
            name = "site"
        self.folder = self.cachedir / spider.name / name
        self.folder.mkdir(parents=True, exist_ok=True)
        self.pack, self.index = self.folder / "pack.dat", self.folder / "pack.idx"
        self._wfd = os.open(self.pack, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self._rfd = os.open(self.pack, os.O_RDONLY)
        self.end = os.fstat(self._wfd).st_size
        self._load()
        self._idx = self.index.open("a", encoding="ascii")

    def _load(self) -> None:
        try:
            lines = self.index.read_text(encoding="ascii", errors="replace").splitlines()
        except OSError:
            return
        for line in lines:
            f = line.split(" ")
            try:
                if f[0] == "B" and len(f) == 5:
                    ref = (int(f[2]), int(f[3]), int(f[4]))
                    if ref[0] + ref[1] <= self.end:
                        self.bodies[f[1]] = ref
                elif f[0] == "H" and len(f) == 6:
                    head = (int(f[2]), int(f[3]), int(f[4]), float(f[5]))
                    if head[0] + head[1] <= self.end:
                        self.heads[f[1]] = head
            except ValueError:
                continue  # a line cut by a hard stop

    def close_spider(self, spider) -> None:
        self._idx.close()
        try:
            self._compact()
        finally:
            for fd in (self._rfd, self._wfd):
                with contextlib.suppress(OSError):
                    os.close(fd)

    def _read(self, ref: tuple) -> bytes | None:
        offset, length, crc = ref[:3]
        try:
            data = pread(self._rfd, length, offset)
        except OSError:
            return None
        return data if len(data) == length and zlib.crc32(data) == crc else None

    def retrieve_response(self, spider, request):
        fp = self._fingerprinter.fingerprint(request).hex()
        head = self.heads.get(fp)
        if head is None:
            return None
        if 0 < self.expiration_secs < time.time() - head[3]:
            return None
        raw = self._read(head)
        try:
            entry = pickle.loads(raw) if raw is not None else None  # noqa: S301 - written by this class
            body = self._read(self.bodies[entry["body"]]) if entry is not None else None
        except (KeyError, TypeError, ValueError, EOFError, AttributeError, pickle.UnpicklingError):
            return None
        if body is None:
            return None  # cut by a hard stop, or superseded by a rewrite: fetched again
        request.meta["cache_timestamp"] = head[3]
        return response_from_dict({"url": entry["url"], "status": entry["status"],
                                   "headers": headers_raw_to_dict(entry["headers"]), "body": body,
                                   **entry["data"]})

    def store_response(self, spider, request, response) -> None:
        fp = self._fingerprinter.fingerprint(request).hex()
        entry = {
            "url": response.url, "status": response.status,
            "headers": headers_dict_to_raw(response.headers),
            "data": {k: v for k, v in response.to_dict().items()
                     if k not in {"url", "status", "headers", "body"}},
        }
        self._store(fp, entry, response.body)

    def _append(self, data: bytes) -> tuple[int, int, int]:
        offset = self.end
        try:
            write_all(self._wfd, data)
        except OSError:
            self.end = os.fstat(self._wfd).st_size  # after a part of it: offsets stay true
            raise
        self.end += len(data)
        return offset, len(data), zlib.crc32(data)

    def _store(self, fp: str, entry: dict, body: bytes) -> None:
        try:
            sha = hashlib.sha1(body).hexdigest()
            if sha not in self.bodies:
                ref = self._append(body)
                self._idx.write(f"B {sha} {ref[0]} {ref[1]} {ref[2]}\n")
                self.bodies[sha] = ref
            entry["body"] = sha
            head = self._append(pickle.dumps(entry, protocol=4))
            stamp = time.time()
            self._idx.write(f"H {fp} {head[0]} {head[1]} {head[2]} {stamp:.3f}\n")
            self._idx.flush()
            self.heads[fp] = (*head, stamp)
        except OSError:
            pass  # a full disk loses a cache entry, not the audit: the URL is fetched whole next time

    def _compact(self) -> None:
        """Rewrite the pack with only what the index still points to, when that is under half."""
        live_bodies: dict[str, tuple] = {}
        heads = []
        for fp, head in self.heads.items():
            raw = self._read(head)
            try:
                entry = pickle.loads(raw) if raw is not None else None  # noqa: S301
            except (ValueError, EOFError, pickle.UnpicklingError):
                entry = None
            if entry is not None and entry.get("body") in self.bodies:
                heads.append((fp, raw, head[3]))
                live_bodies[entry["body"]] = self.bodies[entry["body"]]
        live = sum(len(r) for _, r, _ in heads) + sum(ref[1] for ref in live_bodies.values())
        if self.end < 2 * live + 8 * 2**20:
            return
        pack, index = self.pack.with_suffix(".dat.tmp"), self.index.with_suffix(".idx.tmp")
        with pack.open("wb") as out, index.open("w", encoding="ascii") as idx:
            for sha, ref in live_bodies.items():
                data = self._read(ref)
                if data is None:
                    continue
                idx.write(f"B {sha} {out.tell()} {len(data)} {ref[2]}\n")
                out.write(data)
            for fp, raw, stamp in heads:
                idx.write(f"H {fp} {out.tell()} {len(raw)} {zlib.crc32(raw)} {stamp:.3f}\n")
                out.write(raw)
        # Pack first, then index: stopped between the two, the old index's records fail their
        # CRC against the new pack and read as not cached.
        os.replace(pack, self.pack)
        os.replace(index, self.index)


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
        if "cached" in response.flags:
            return response  # served by the HTTP cache (confirmed by the quick check): no traffic
        self.stats.inc_value("oit/wire_bytes", len(response.body) + sum(
            len(k) + sum(len(v) for v in vs) for k, vs in response.headers.items()))
        if response.status == 304:
            self.stats.inc_value("oit/not_modified")
        return response
