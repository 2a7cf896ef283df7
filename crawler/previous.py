"""The previous audit's reading of pages that have not changed since.

A weekly re-audit gets most pages back unchanged (a 304 answered from the HTTP cache, or the
same bytes again). Their title, headings, text and links are then taken from the previous
run's facts file instead of parsing the HTML again: the same bytes at the same address give
the same parse. A page is reused only when its body's SHA-256 and its final URL are those the
previous run recorded; anything else is parsed as usual.
"""

from __future__ import annotations

import json
from pathlib import Path

from common.facts import LinkPool, read_head


class PreviousPages:
    """URL -> where the previous run's fact of that page starts in its facts file."""

    def __init__(self, path: Path | str | None):
        self.path = Path(path) if path else None
        self.where: dict[str, tuple[str, int]] = {}  # url -> (sha256, offset)
        self.links = LinkPool()  # equal links shared, as common.facts.read_facts does
        self.fh = None
        if self.path is None or not self.path.is_file():
            return
        try:
            with self.path.open("rb") as fh:
                offset = 0
                for line in fh:
                    head = read_head(line)
                    if head is not None and head.kind == "page" and len(head.sha256) == 64:
                        self.where[head.url] = (head.sha256, offset)
                    offset += len(line)
        except (OSError, ValueError):
            self.where = {}

    def parsed(self, url: str, sha256: str) -> dict | None:
        """What parse_html gave for this URL last time, if its body is the same; else None."""
        hit = self.where.get(url)
        if hit is None or hit[0] != sha256:
            return None
        try:
            if self.fh is None:
                self.fh = self.path.open("rb")
            self.fh.seek(hit[1])
            data = json.loads(self.fh.readline())
            links = [self.links.from_json(raw) for raw in data.get("links") or ()]
            return {
                "title": data.get("title", ""),
                "headings": data.get("headings", []),
                "text": data.get("text", ""),
                "links": links,
                "forms": data.get("forms", 0),
                "images": data.get("images", 0),
                "script_links": data.get("script_links", 0),
                "challenge": "",  # a challenge page is recorded as an error, never as a page
            }
        except (OSError, ValueError, TypeError, AttributeError):
            return None

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None
