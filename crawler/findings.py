"""Site-level findings: problems of the whole site, counted per kind, in the report's
``crawl.findings`` (crawl stats ``oit/finding/<kind>``).

Any component sends :data:`crawler.signals.finding` through :func:`note` (one more case of a
kind: the :class:`Findings` extension counts them, keeps three examples and words the
finding) or :func:`state` (a finding in full words). Without the extension there are no
findings.
"""

from __future__ import annotations

from crawler import signals

#: How each counted kind reads; ``{n}`` cases, ``{examples}`` (up to three addresses), and the
#: details its sender gives.
WORDING = {
    "content-type": "{n} file(s) served with a wrong or missing content type (e.g. {examples}; "
                    "last: {note})",
    "blocked": "{n} address(es) answered with a challenge or block page instead of the content "
               "(e.g. {examples}): not counted as evidence; assessors may be blocked too",
    "big-page": "{n} page(s) over the {cap_mb:g} MB page cap, read in part (e.g. {examples})",
    "soft-404": "the site answers HTTP 200 for addresses that do not exist (soft 404; tested "
                "with {probe}): {n} link(s) led to such a page and are counted as broken "
                "(e.g. {examples})",
    "script-links": "{n} page(s) have links that exist only in JavaScript, e.g. a menu built by a "
                    "script ({examples}): followed, but search engines and assessors' tools may "
                    "not see them",
    "session-ids": "{n} link(s) carry a session id in the URL (e.g. {examples}): removed, so "
                   "each page is fetched once; search engines may index duplicates",
    "depth": "{n} link(s) more than {max_depth} clicks from the home page not followed "
             "(e.g. {examples})",
    "robots": "robots.txt keeps crawlers out of {n} linked address(es) (e.g. {examples}): "
              "not checked, and assessors' tools may skip them too",
    "refused": "{n} address(es) led to a private, loopback or link-local network address and "
               "were not fetched (e.g. {examples})",
}


def note(crawler, kind: str, url: str, **details) -> None:
    """One more case of the counted finding ``kind`` (a key of :data:`WORDING`) at ``url``."""
    if crawler is not None:
        crawler.signals.send_catch_log(signal=signals.finding, kind=kind, url=url, details=details)


def state(crawler, kind: str, text: str) -> None:
    """The finding ``kind`` in full words (a later one of the same kind replaces it)."""
    if crawler is not None:
        crawler.signals.send_catch_log(signal=signals.finding, kind=kind, text=text)


class Findings:
    """Scrapy extension: counts each kind's cases and keeps its current wording in the stats."""

    def __init__(self, stats) -> None:
        self.stats = stats
        self.counts: dict[str, int] = {}
        self.examples: dict[str, list[str]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler.stats)
        crawler.signals.connect(ext.noted, signal=signals.finding)
        return ext

    def noted(self, kind: str, url: str = "", text: str = "", details: dict | None = None) -> None:
        if not text:
            self.counts[kind] = n = self.counts.get(kind, 0) + 1
            examples = self.examples.setdefault(kind, [])
            if len(examples) < 3 and url not in examples:
                examples.append(url)
            text = WORDING[kind].format(n=n, examples=", ".join(examples), **(details or {}))
        self.stats.set_value(f"oit/finding/{kind}", text)
