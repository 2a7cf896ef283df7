"""Signals the crawl's own components send one another through Scrapy's signal manager."""

#: A site-level problem: ``kind``, and either ``url`` (one more case, counted by
#: :class:`crawler.findings.Findings`) with ``details`` for its wording, or the whole ``text``.
finding = object()

#: A link's request that a limit refused (``request``): the spider forgets it was seen, so the
#: same address reached another way (fewer clicks, another page) is still followed.
link_not_followed = object()
