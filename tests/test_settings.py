"""crawler/settings.py is the whole crawl stack, each setting said once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from crawler import settings

SETTINGS = Path(settings.__file__)


def test_no_setting_is_assigned_twice():
    """A second ``SPIDER_MIDDLEWARES = {...}`` would silently drop the first one's components."""
    names = Counter(
        t.id
        for node in ast.parse(SETTINGS.read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Name) and t.id.isupper()
    )
    assert [n for n, c in names.items() if c > 1] == []


def test_every_component_of_ours_is_declared_here():
    """Traps, soft 404s, certificates, depth, long URLs, findings: all on, in one place."""
    declared = {**settings.SPIDER_MIDDLEWARES, **settings.DOWNLOADER_MIDDLEWARES, **settings.EXTENSIONS}
    for component in ("crawler.traps.TrapLimit", "crawler.soft404.Soft404", "crawler.tls_check.CertificateCheck",
                      "crawler.depth.ClickDepthLimit", "crawler.limits_findings.LongUrlMiddleware",
                      "crawler.middlewares.PrivateAddressGuard", "crawler.findings.Findings"):
        assert declared.get(component) is not None, component


def test_a_crawl_started_by_name_takes_the_order_hint_its_settings_name():
    """A Scrapyd job crawls in the local audit's order: the hint is named, then loaded."""
    from scrapy.utils.test import get_crawler

    from checklist.signals import evidence_hint
    from crawler.spiders.site import SiteSpider

    named = SiteSpider.from_crawler(get_crawler(SiteSpider, {"OIT_LINK_HINT": "checklist.signals.evidence_hint"}),
                                    url="http://127.0.0.1:9/")
    plain = SiteSpider.from_crawler(get_crawler(SiteSpider), url="http://127.0.0.1:9/")
    assert named.link_hint is evidence_hint and plain.link_hint is None
