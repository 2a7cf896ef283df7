"""Keep the bytes of every fetched response for the run (content-addressed), so that the
evidence of each item can be archived in a WARC file with its fetch time and SHA-256."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

KEPT_HEADERS = ("Content-Type", "ETag", "Last-Modified", "Date", "Content-Length", "Server")


class BodyStoreMiddleware:
    """Downloader middleware: body -> ``<dir>/<sha256>``, one index line per response."""

    def __init__(self, root: str):
        self.root = Path(root) if root else None
        self.index = None
        if self.root:
            self.root.mkdir(parents=True, exist_ok=True)
            self.index = (self.root / "index.jsonl").open("a", encoding="utf-8")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("OIT_BODIES_DIR", ""))

    def process_response(self, request, response, spider=None):
        if self.index is None or response.status != 200 or not response.body:
            return response
        body = response.body
        sha = hashlib.sha256(body).hexdigest()
        path = self.root / sha
        if not path.exists():
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(body)
            os.replace(tmp, path)
        headers = {}
        for name in KEPT_HEADERS:
            value = response.headers.get(name)
            if value:
                headers[name] = value.decode("latin-1")
        self.index.write(json.dumps({
            "url": response.url, "status": response.status, "sha256": sha, "size": len(body),
            "headers": headers, "fetched_at": datetime.now(UTC).isoformat(),
        }) + "\n")
        self.index.flush()
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
