"""Pipelines: hand documents to extraction (off the reactor thread), write facts to the run store."""

from __future__ import annotations

import os
from pathlib import Path

from twisted.internet.defer import DeferredSemaphore
from twisted.internet.threads import deferToThread

from common.facts import Fact, fact_line
from common.files import write_all
from crawler.cache import FactsDigest, TextCache, save_facts_digest

NOT_READ = "not read: the audit's time limit (--max-minutes) was reached (ยังไม่ได้อ่าน: หมดเวลาตรวจ)"


def _extract(fact: Fact, body: bytes, settings) -> Fact:
    import time

    from common.facts import DocumentInfo
    from crawler.documents import extract_document

    timeout = settings.getfloat("OIT_EXTRACT_TIMEOUT", 60.0)
    deadline = settings.getfloat("OIT_DEADLINE", 0.0)  # time.time() when --max-minutes ends
    left = deadline - time.time() if deadline else timeout
    if left <= 0.5:  # the audit's time is up: what is not read yet is named, not read
        info = fact.document.model_copy() if fact.document else DocumentInfo(format="")
        info.error = NOT_READ
        fact.document = info
        fact.text = ""
        return fact
    known_error = fact.document.error if fact.document else ""
    sha = fact.document.sha256 if fact.document else ""
    cache = TextCache(Path(settings["OIT_CACHE_DIR"])) if settings.get("OIT_CACHE_DIR") else None
    cached = cache.get(sha) if cache and not known_error else None
    if cached is not None:
        text, info = cached  # the same bytes were read before: not extracted twice
    else:
        text, info = extract_document(
            body,
            fact.url,
            fact.content_type,
            timeout=min(timeout, left),
            memory_mb=settings.getint("OIT_EXTRACT_MEMORY_MB", 1024),
        )
        if left < timeout and (info.error or "").startswith("timed out"):
            info.error, text = NOT_READ, ""  # cut by the audit's limit, not by its own size
        elif cache and not known_error:
            cache.put(sha, text, info)
    if known_error and not info.error:
        info.error = known_error  # a truncated download stays marked even if partly readable
    fact.document = info
    fact.text = text
    return fact


class DocumentTextPipeline:
    """Extract the text of every downloaded document in a bounded worker process.

    The worker processes (:mod:`crawler.documents.pool`) persist across documents and are
    ended in :meth:`close_spider`, so a finished crawl leaves none behind.
    """

    def __init__(self, settings):
        from crawler.documents.pool import default_pool_size, set_pool_size

        self.settings = settings
        # One extraction per core at a time, each in one of as many worker processes.
        workers = max(1, settings.getint("OIT_EXTRACT_WORKERS", default_pool_size()))
        set_pool_size(workers)
        self.slots = DeferredSemaphore(workers)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings)

    def close_spider(self, spider=None):
        from crawler.documents.pool import close_pool

        close_pool()

    def process_item(self, item, spider=None):
        body = getattr(item, "body", None)
        if body is None or item.fact.kind != "document":
            return item

        def done(fact: Fact):
            item.fact = fact
            item.body = None
            return item

        return self.slots.run(deferToThread, _extract, item.fact, body, self.settings).addCallback(done)


class FactsWriterPipeline:
    """Append each fact as one JSON line to ``OIT_FACTS_PATH``, each line with one unbuffered
    ``write`` (on disk for the next run as soon as the crawl goes on). A crawl that starts the
    file also takes its digest (crawler.cache.facts_digest) as it writes, and keeps it beside
    the finished file: the audit does not read 100 MB again for it."""

    def __init__(self, path: str, stats=None):
        self.path = Path(path) if path else None
        self.stats = stats
        self.fd = -1
        self.digest: FactsDigest | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("OIT_FACTS_PATH", ""), crawler.stats)

    def open_spider(self, spider=None):
        if self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            self.digest = FactsDigest() if os.fstat(self.fd).st_size == 0 else None  # not resumed

    def close_spider(self, spider=None):
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
            if self.digest is not None:
                save_facts_digest(self.path, self.digest.hexdigest())

    def process_item(self, item, spider=None):
        if self.fd >= 0:
            line = fact_line(item.fact)
            try:
                write_all(self.fd, line)
            except OSError:
                self.digest = None  # the file is not what was written: digest it when needed
                raise
            if self.digest is not None:
                self.digest.add(line)
            if self.stats is not None:
                self.stats.inc_value("oit/facts_written")
        return item
