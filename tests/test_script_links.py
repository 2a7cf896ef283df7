"""Pages with links only in JavaScript are named on their fact and in a finding
(crawler.script_links)."""

from __future__ import annotations

import asyncio

from scrapy.utils.test import get_crawler

from common.facts import Fact
from crawler.fetched import Fetched
from crawler.findings import Findings
from crawler.parse import parse_html
from crawler.script_links import ScriptLinks

MENU_BY_SCRIPT = """<html><body><h1>หน้าแรก</h1><script>
var menu = [{"t": "ข้อมูลพื้นฐาน", "u": "/about.html"}, {"t": "ITA", "u": "/ita.html"}];
document.write(menu.map(m => '<a href="' + m.u + '">' + m.t + '</a>').join(''));
</script></body></html>"""


def test_a_menu_built_by_a_script_is_named():
    crawler = get_crawler()
    crawler.findings = Findings.from_crawler(crawler)  # signal receivers are weak references
    parsed = parse_html(MENU_BY_SCRIPT, "http://h/")
    assert parsed["script_links"] == 2
    page = Fact(kind="page", url="http://h/", requested_url="http://h/", script_links=parsed["script_links"])
    plain = Fact(kind="page", url="http://h/a.html", requested_url="http://h/a.html")
    error = Fact(kind="error", url="http://h/b.html", requested_url="http://h/b.html", script_links=3)

    async def run():
        async def out():
            for fact in (page, plain, error):
                yield Fetched(fact)

        return [item async for item in ScriptLinks.from_crawler(crawler).process_spider_output(None, out())]

    assert len(asyncio.run(run())) == 3
    assert page.findings == ["2 link(s) exist only in JavaScript"]
    assert plain.findings == [] and error.findings == []
    assert crawler.stats.get_value("oit/finding/script-links").startswith(
        "1 page(s) have links that exist only in JavaScript, e.g. a menu built by a script (http://h/)")
