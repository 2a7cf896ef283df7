"""Keep the bytes of every fetched response for the run, so that the evidence of each item can
be archived in a WARC file with its fetch time and SHA-256.

Bodies are appended to one file (``bodies.dat``), each distinct body once; ``index.jsonl`` says
for each response where its body is. One file opened once is far cheaper than a file per
response on a 3,000-page site.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from common.files import write_all

KEPT_HEADERS = ("Content-Type", "ETag", "Last-Modified", "Date", "Content-Length", "Server")
DATA = "bodies.dat"


class BodyStoreMiddleware:
    """Downloader middleware: body -> ``<dir>/bodies.dat``, one index line per response.

    Each record is one unbuffered ``write`` on the crawl's own thread: a writer thread
    made the crawl slower (it competes with the crawl for the interpreter's lock).
    """

    def __init__(self, root: str):
        self.root = Path(root) if root else None
        self.where: dict[str, tuple[int, int]] = {}  # sha256 -> (offset, size) in bodies.dat
        self.data = self.index = -1
        if self.root:
            self.root.mkdir(parents=True, exist_ok=True)
            # A resumed run appends: what an interrupted run stored stays readable.
            for rec in read_index(self.root).values():
                if "offset" in rec:
                    self.where[rec["sha256"]] = (rec["offset"], rec["size"])
            self.data = os.open(self.root / DATA, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            self.end = os.fstat(self.data).st_size
            self.index = os.open(self.root / "index.jsonl", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy import signals
        from scrapy.exceptions import NotConfigured

        if not crawler.settings.get("OIT_BODIES_DIR"):
            raise NotConfigured
        mw = cls(crawler.settings.get("OIT_BODIES_DIR"))
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    def spider_closed(self, spider=None) -> None:
        for fd in (self.index, self.data):
            if fd >= 0:
                os.close(fd)
        self.data = self.index = -1

    def process_response(self, request, response, spider=None):
        if self.index < 0 or response.status != 200 or not response.body:
            return response
        body = response.body
        headers = {}
        for name in KEPT_HEADERS:
            value = response.headers.get(name)
            if value:
                headers[name] = value.decode("latin-1")
        try:
            sha = hashlib.sha256(body).hexdigest()
            where = self.where.get(sha)
            if where is None:
                try:
                    write_all(self.data, body)
                except OSError:
                    self.end = os.fstat(self.data).st_size  # after a part of it: offsets stay true
                    raise
                where = self.where[sha] = (self.end, len(body))
                self.end += len(body)
            write_all(self.index, json.dumps({
                "url": response.url, "status": response.status, "sha256": sha, "size": len(body),
                "offset": where[0], "headers": headers, "fetched_at": datetime.now(UTC).isoformat(),
            }).encode() + b"\n")
        except OSError:
            pass  # a full disk loses evidence bodies, not the audit
        return response


def read_index(root: Path) -> dict[str, dict]:
    """url -> the last index record of that URL."""
    out: dict[str, dict] = {}
    path = root / "index.jsonl"
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
        except ValueError:
            continue  # a line cut by a hard stop
        out[rec["url"]] = rec
    return out


def read_body(root: Path, rec: dict) -> bytes | None:
    """The stored body of an index record, if it is there whole and has its SHA-256."""
    try:
        with (root / DATA).open("rb") as fh:
            fh.seek(rec["offset"])
            body = fh.read(rec["size"])
    except (OSError, KeyError, ValueError):
        return None
    if len(body) != rec.get("size") or hashlib.sha256(body).hexdigest() != rec.get("sha256"):
        return None  # cut by a hard stop
    return body
