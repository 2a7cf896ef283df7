"""Run one crawl of one site into a facts file (one process runs one crawl: Twisted's rule)."""

from __future__ import annotations

import gc
import logging
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

from common.facts import read_facts
from common.run_folder import WorkFolder
from crawler import settings as default_settings
from crawler.cache import cache_root
from crawler.options import CrawlOptions, CrawlResult
from crawler.revalidate import reuse_if_unchanged, write_record

if TYPE_CHECKING:
    from scrapy.settings import Settings


CRAWL_GC_THRESHOLDS = (50_000, 20, 20)  # see crawl()


def build_settings(facts_path: Path, options: CrawlOptions, extra: dict | None = None) -> Settings:
    """Scrapy's settings for the crawl: crawler/settings.py, then what ``options`` change."""
    from scrapy.settings import Settings

    s = Settings()
    s.setmodule(default_settings, priority="project")
    for name, value in {**_overrides(facts_path, options), **(extra or {})}.items():
        s.set(name, value)
    return s


class CheckSettings(dict):
    """The same settings as a plain mapping, for the quick check before the crawl: when the
    site is unchanged, Scrapy (0.2 s to import) is not needed at all."""

    @classmethod
    def of(cls, facts_path: Path, options: CrawlOptions) -> CheckSettings:
        module = {k: getattr(default_settings, k) for k in dir(default_settings) if k.isupper()}
        return cls({**module, **_overrides(facts_path, options)})

    def getint(self, name: str, default: int = 0) -> int:
        return int(self.get(name, default))

    def getfloat(self, name: str, default: float = 0.0) -> float:
        return float(self.get(name, default))

    def getbool(self, name: str, default: bool = False) -> bool:
        return bool(self.get(name, default))

    def set(self, name: str, value) -> None:
        self[name] = value


def _overrides(facts_path: Path, options: CrawlOptions) -> dict:
    """What the audit's options change in crawler/settings.py: values only (paths, limits,
    concurrency); the components and their order are the settings module's."""
    o: dict = {}
    o["OIT_FACTS_PATH"] = str(facts_path)
    o["CLOSESPIDER_PAGECOUNT"] = options.max_pages
    o["CLOSESPIDER_TIMEOUT"] = int(options.max_minutes * 60)
    if options.max_minutes > 0:  # documents downloaded but not read by then are not read
        o["OIT_DEADLINE"] = time.time() + options.max_minutes * 60
    o["ROBOTSTXT_OBEY"] = options.obey_robots
    o["LOG_LEVEL"] = options.log_level
    o["LOG_FILE"] = str(WorkFolder(facts_path.parent).crawl_log)  # Scrapy's own log, not the user's terminal
    o["LOG_FILE_APPEND"] = False
    if options.cache:
        root = cache_root()
        o["OIT_CACHE_DIR"] = str(root)
        o["HTTPCACHE_ENABLED"] = True
        o["HTTPCACHE_DIR"] = str(root / "http")
        o["OIT_CONFIRMED"] = str(WorkFolder(facts_path.parent).confirmed)
    if options.cache and options.previous_facts:
        o["OIT_PREVIOUS_FACTS"] = str(options.previous_facts)
    o["OIT_PROGRESS"] = options.progress
    o["OIT_BODIES_DIR"] = str(WorkFolder(facts_path.parent).bodies)
    if options.concurrency is not None:
        o["CONCURRENT_REQUESTS_PER_DOMAIN"] = options.concurrency
        o["CONCURRENT_REQUESTS"] = max(options.concurrency * 2, 8)
        o["AUTOTHROTTLE_TARGET_CONCURRENCY"] = float(options.concurrency)
    if options.delay is not None:
        o["DOWNLOAD_DELAY"] = options.delay
        o["AUTOTHROTTLE_START_DELAY"] = options.delay
        if options.delay == 0:
            o["AUTOTHROTTLE_ENABLED"] = False
            o["DOWNLOAD_DELAY_JITTER"] = 0
    return o


def crawl(
    url: str, facts_path: Path, options: CrawlOptions | None = None, *, resume: bool = False
) -> CrawlResult:
    """Crawl ``url`` and write every fetched URL as a fact line to ``facts_path``.

    With ``resume`` the facts of the stopped crawl are kept and the crawl continues after them.
    """
    options = options or CrawlOptions()
    facts_path.parent.mkdir(parents=True, exist_ok=True)
    WorkFolder(facts_path.parent).confirmed.unlink(missing_ok=True)
    extra = {}
    if not resume and options.cache and options.previous_facts:
        check = CheckSettings.of(facts_path, options)
        same = reuse_if_unchanged(url, facts_path, options, check)
        if same is not None:
            return same
        extra["LOG_FILE_APPEND"] = True  # after the check's line
        extra["OIT_CHECK_WIRE_BYTES"] = check.getint("OIT_CHECK_WIRE_BYTES", 0)
    from scrapy.crawler import CrawlerProcess

    from crawler.spiders.site import SiteSpider

    settings = build_settings(facts_path, options, extra)
    from common.files import check_writable_file

    for work_file in (facts_path, WorkFolder(facts_path.parent).crawl_log):
        check_writable_file(work_file)  # a FIFO or a device planted in the work folder: refused
    if not resume or not facts_path.exists():
        facts_path.write_text("", encoding="utf-8")
        shutil.rmtree(WorkFolder(facts_path.parent).bodies, ignore_errors=True)  # an earlier run's
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(SiteSpider)
    done = read_facts(facts_path) if resume else []
    lines_before = sum(1 for _ in facts_path.open("rb")) if resume else 0
    process.crawl(crawler, url=url, resume_facts=done, link_hint=options.link_hint)
    gc.freeze()  # what is loaded by now (modules, settings) lives on: collections skip it
    thresholds = gc.get_threshold()
    # Scrapy allocates thousands of objects per response: with Python's default thresholds the
    # collector runs about once a page on the crawl's one thread. Collections are made rarer
    # during the crawl (figures: bench/RESULTS.md).
    gc.set_threshold(*CRAWL_GC_THRESHOLDS)
    try:
        process.start()
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    findings = [v for k, v in stats.items() if k.startswith("oit/finding/")]
    spider = crawler.spider
    result = CrawlResult(
        facts_path=facts_path,
        finish_reason=str(stats.get("finish_reason", "")),
        findings=findings,
        external_links=getattr(spider, "external_links", 0),
        bytes_downloaded=int(stats.get("oit/wire_bytes", 0)) + settings.getint("OIT_CHECK_WIRE_BYTES", 0),
        pages_unchanged=int(stats.get("oit/pages_unchanged", 0)),
    )
    if result.finish_reason == "finished":
        facts = lines_before + int(stats.get("oit/facts_written", 0))
        write_record(facts_path.parent, url, options.obey_robots, result, facts)
    return result
