"""parse_html in a process of its own, so that the crawl's one thread only downloads, schedules
and records: on a 3,000-page site parsing is a third of that thread's time, and the machine's
other core is idle while it crawls.

The worker returns links as plain tuples (cheap to send between processes); equal links become
one shared ``Link`` object here. If the worker cannot be started or dies, pages are parsed in
this process instead: slower, never wrong.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from crawler.items import LinkPool
from crawler.parse import parse_html

logger = logging.getLogger(__name__)


def parse_html_plain(html: str, base_url: str) -> dict:
    """:func:`parse_html` with links as (url, text, context, nav, scheme) tuples."""
    parsed = parse_html(html, base_url)
    parsed["links"] = [(lk.url, lk.text, lk.context, lk.nav, lk.scheme) for lk in parsed["links"]]
    return parsed


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the crawl stops us
    with contextlib.suppress(Exception):  # Linux: die with the crawl, even if it is killed
        import ctypes

        ctypes.CDLL("libc.so.6").prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


class ParseWorker:
    """One worker process parsing pages for the crawl (started on the first page)."""

    def __init__(self) -> None:
        self.pool: ProcessPoolExecutor | None = None
        self.failed = False
        self.links = LinkPool()

    def start(self) -> None:
        """Start the process now (it takes ~0.3 s), so it is ready when the home page arrives."""
        try:
            if self.pool is None and not self.failed:
                self.pool = ProcessPoolExecutor(
                    1, mp_context=multiprocessing.get_context("spawn"), initializer=_worker_init
                )
                self.pool.submit(parse_html_plain, "<title>warm-up</title>", "http://localhost/")
        except (OSError, RuntimeError) as exc:
            logger.warning("page parser process not started (%s): parsing in the crawl's process", exc)
            self.failed = True

    async def parse(self, html: str, base_url: str) -> dict:
        if self.failed:
            return parse_html(html, base_url)
        try:
            self.start()
            if self.pool is None:
                return parse_html(html, base_url)
            parsed = await asyncio.wrap_future(self.pool.submit(parse_html_plain, html, base_url))
        except (BrokenProcessPool, OSError, RuntimeError) as exc:
            logger.warning("page parser process failed (%s): parsing in the crawl's process", exc)
            self.failed = True
            return parse_html(html, base_url)
        parsed["links"] = [self.links.from_fields(t) for t in parsed["links"]]
        return parsed

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
