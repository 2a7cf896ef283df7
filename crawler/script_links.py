"""Links that exist only in JavaScript (a menu built by a script): followed, and named on the
page's fact and in the ``script-links`` finding (search engines and assessors' tools may not
see them)."""

from __future__ import annotations

from crawler.findings import note


class ScriptLinks:
    """Spider middleware: notes the pages whose ``script_links`` count is not zero."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_spider_output(self, response, result):
        async for out in result:
            fact = getattr(out, "fact", None)
            if fact is not None and fact.kind == "page" and fact.script_links:
                fact.findings.append(f"{fact.script_links} link(s) exist only in JavaScript")
                note(self.crawler, "script-links", fact.url)
            yield out
