"""What a crawl is asked to do (:class:`CrawlOptions`) and what it gives (:class:`CrawlResult`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class CrawlOptions:
    max_pages: int = 2000
    max_minutes: float = 60.0
    concurrency: int | None = None
    delay: float | None = None
    obey_robots: bool = True
    log_level: str = "INFO"
    cache: bool = True  # conditional re-fetches and cached document text between runs
    progress: bool = False  # a live progress line on the terminal
    previous_facts: Path | None = None  # the last audit's facts: unchanged pages are not re-parsed
    # How likely a link (text, row or heading) leads to evidence, 0-3: likely evidence is fetched
    # first. The application passes the checklist's own function; None means plain breadth-first.
    link_hint: Callable[[str, str], int] | None = None


@dataclass
class CrawlResult:
    facts_path: Path
    finish_reason: str = ""
    findings: list[str] = field(default_factory=list)
    external_links: int = 0
    bytes_downloaded: int = 0
    pages_unchanged: int = 0  # read from the last audit's facts instead of parsed again
    site_unchanged: bool = False  # every address answered as last time: the last crawl reused
