"""A crawl run as a Scrapyd job (``oit batch --scrapyd``): the same crawl as ``oit audit``'s.

Scrapyd starts ``scrapy crawl site -a url=... -s OIT_JOB={...}``. The :class:`ScrapydJob` add-on
(enabled in crawler/settings.py, idle without ``OIT_JOB``) turns ``OIT_JOB`` (the audit's crawl
options as JSON) into the very settings a local audit crawls with (crawler.run's overrides), so
that where a crawl runs never changes what it records. The facts go into a folder beside the
job's items feed, which Scrapyd serves (``items_dir``): ``/items/<project>/site/<job>/facts.jsonl``
and, written last, ``result.json`` (the crawl's figures: why it ended, findings, bytes). The
batch downloads both and matches them here like a local crawl's.
"""

from __future__ import annotations

import json
from pathlib import Path

from scrapy import signals
from w3lib.url import file_uri_to_path

RESULT = "result.json"
FACTS = "facts.jsonl"


class JobConfigError(ValueError):
    """The node cannot run the job as asked (no items_dir): said in the job's log."""


def job_folder(feeds: dict) -> Path:
    """The job's folder: its items feed path without the ``.jl`` (``items/<project>/site/<job>``)."""
    uri = next((u for u in feeds if str(u).startswith("file:")), None)
    if uri is None:
        raise JobConfigError(
            "Scrapyd node without items_dir: set items_dir = items in its scrapyd.conf "
            "(the batch downloads each job's facts from /items/)"
        )
    path = Path(file_uri_to_path(str(uri)))
    return path.with_suffix("")


class ScrapydJob:
    """Scrapy add-on: a job's ``OIT_JOB`` options become the local audit's crawl settings."""

    def update_settings(self, settings) -> None:
        raw = settings.get("OIT_JOB")
        if not raw:
            return
        from crawler.options import CrawlOptions
        from crawler.run import _overrides

        job = json.loads(raw) if isinstance(raw, str) else dict(raw)
        folder = job_folder(settings.getdict("FEEDS"))
        folder.mkdir(parents=True, exist_ok=True)
        log_file = settings.get("LOG_FILE")  # Scrapyd's job log (its /logs/ page): kept
        options = CrawlOptions(
            max_pages=int(job.get("max_pages", 2000)), max_minutes=float(job.get("max_minutes", 60)),
            concurrency=job.get("concurrency"), delay=job.get("delay"),
            obey_robots=bool(job.get("obey_robots", True)), log_level=job.get("log_level", "INFO"),
        )
        for name, value in _overrides(folder / FACTS, options).items():
            settings.set(name, value, priority="cmdline")
        if log_file:
            settings.set("LOG_FILE", log_file, priority="cmdline")
        settings.set("FEEDS", {}, priority="cmdline")  # the facts file is the job's output
        settings.set("OIT_JOB_RESULT", str(folder / RESULT), priority="cmdline")
        extensions = dict(settings.getdict("EXTENSIONS"))
        extensions["crawler.scrapyd_job.JobResult"] = 900
        settings.set("EXTENSIONS", extensions, priority="cmdline")


class JobResult:
    """Write the crawl's figures (crawler.run.CrawlResult's) to ``OIT_JOB_RESULT`` when the
    spider closes, after the facts file is complete: its presence says the job finished."""

    def __init__(self, crawler, path: str) -> None:
        self.crawler = crawler
        self.path = Path(path)

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy.exceptions import NotConfigured

        path = crawler.settings.get("OIT_JOB_RESULT")
        if not path:
            raise NotConfigured
        ext = cls(crawler, path)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, spider, reason: str) -> None:
        from common.files import write_atomic

        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        figures = {
            "finish_reason": reason,
            "findings": [v for k, v in stats.items() if k.startswith("oit/finding/")],
            "external_links": int(getattr(spider, "external_links", 0)),
            "bytes_downloaded": int(stats.get("oit/wire_bytes", 0)),
            "pages_unchanged": int(stats.get("oit/pages_unchanged", 0)),
        }
        write_atomic(self.path, json.dumps(figures, ensure_ascii=False))
