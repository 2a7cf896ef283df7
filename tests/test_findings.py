"""Site-level findings: counted per kind with three examples, worded once (crawler.findings)."""

from __future__ import annotations

from scrapy.utils.test import get_crawler

from crawler.findings import WORDING, Findings, note, state


def _crawler():
    crawler = get_crawler()
    crawler.findings = Findings.from_crawler(crawler)  # signal receivers are weak references
    return crawler


def test_cases_are_counted_with_three_examples():
    crawler = _crawler()
    for page in ["a", "b", "a", "c", "d"]:
        note(crawler, "depth", f"http://h/{page}.html", max_depth=12)
    assert crawler.stats.get_value("oit/finding/depth") == (
        "5 link(s) more than 12 clicks from the home page not followed "
        "(e.g. http://h/a.html, http://h/b.html, http://h/c.html)")


def test_a_finding_in_full_words_replaces_the_last_one():
    crawler = _crawler()
    state(crawler, "certificate-expired", "old")
    state(crawler, "certificate-expired", "the site's TLS certificate expired on 2026-01-01")
    assert crawler.stats.get_value("oit/finding/certificate-expired").endswith("2026-01-01")


def test_every_counted_kind_is_worded_and_none_without_the_extension():
    crawler = _crawler()
    details = {"note": "an HTML page served as text/plain", "cap_mb": 2, "probe": "http://h/x",
               "max_depth": 12}
    for kind in WORDING:
        note(crawler, kind, "http://h/p.html", **details)
    stats = crawler.stats.get_stats()
    assert {k.removeprefix("oit/finding/") for k in stats} == set(WORDING)
    assert all("http://h/p.html" in text for text in stats.values())
    bare = get_crawler()
    note(bare, "depth", "http://h/a.html", max_depth=12)
    assert bare.stats.get_stats() == {}
