"""Soft 404s (crawler.soft404): a site that answers 200 with its "not found" page for any
address. Links to missing pages are broken links, the not-found page is never evidence and its
links are not followed; real pages stay pages."""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler
from urllib.parse import unquote, urlsplit

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.parse import comparable_lines, parse_html
from crawler.soft404 import NotFoundPage, Soft404, echoes
from tests.conftest import HtmlHandler, load_report, run_oit, serve_handler

MENU = '<ul class="menu"><li><a href="/">หน้าแรก</a></li><li><a href="/about.html">เกี่ยวกับเรา</a></li></ul>'
PAGES = {
    "/": "<h1>องค์การบริหารส่วนตำบลทดสอบ</h1><p>ยินดีต้อนรับ</p>"
         '<a href="/about.html">ข้อมูลพื้นฐาน</a> <a href="/plan-2569.html">แผนดำเนินงานประจำปี</a> '
         '<a href="/old/report.html">รายงานผลการดำเนินงาน</a>',
    "/about.html": "<h1>ข้อมูลพื้นฐาน</h1><p>องค์การบริหารส่วนตำบลทดสอบ ตั้งอยู่ที่อำเภอเมือง</p>",
}


def _not_found(path: str) -> str:
    return (f"<h1>ไม่พบหน้าที่ต้องการ</h1><p>ขออภัย ไม่พบหน้า {path} บนเว็บไซต์นี้</p>"
            "<p>กรุณาตรวจสอบที่อยู่อีกครั้ง หรือกลับไปที่หน้าแรก</p>"
            '<a href="/only-linked-from-the-404-page.html">ติดต่อผู้ดูแลเว็บไซต์</a>')


class _SoftNotFound(HtmlHandler, BaseHTTPRequestHandler):
    asked: list[str] = []

    def do_GET(self):  # noqa: N802 - http.server's name
        path = unquote(urlsplit(self.path).path)
        self.asked.append(path)
        if path == "/robots.txt":
            self.send_error(404)
            return
        body = PAGES.get(path) or _not_found(path)
        self.send_html(f"<html><head><meta charset='utf-8'><title>อบต.ทดสอบ</title></head>"
                       f"<body>{MENU}{body}</body></html>")


@pytest.fixture
def soft_404_site():
    _SoftNotFound.asked = []
    with serve_handler(_SoftNotFound) as url:
        yield url


def test_links_to_missing_pages_are_broken_not_evidence(soft_404_site, tmp_path):
    out = tmp_path / "out"
    r = run_oit("audit", soft_404_site, "--out", str(out), "--delay", "0", "--concurrency", "2",
                "--db", str(tmp_path / "h.sqlite"), env={"OIT_CACHE_DIR": str(tmp_path / "cache")})
    assert r.returncode == 0, r.stderr[-2000:]
    facts = {urlsplit(f["url"]).path: f for f in map(json.loads, (out / ".work" / "facts.jsonl")
                                                     .read_text("utf-8").splitlines())}
    assert facts["/"]["kind"] == "page" and facts["/about.html"]["kind"] == "page"
    for missing in ("/plan-2569.html", "/old/report.html"):
        assert facts[missing]["kind"] == "error" and facts[missing]["error"].startswith("soft 404")
    assert "/only-linked-from-the-404-page.html" not in _SoftNotFound.asked
    crawl = load_report(out)["crawl"]
    assert {urlsplit(b["url"]).path for b in crawl["broken_links"]} == {"/plan-2569.html", "/old/report.html"}
    soft, = [f for f in crawl["findings"] if "soft 404" in f]
    assert "2 link(s) led to such a page" in soft


def test_a_page_like_the_probe_answer_is_a_soft_404_even_quoting_its_own_address():
    assert set(echoes("http://h/old/%E0%B8%81%E0%B8%82.html")) >= {"/old/กข.html", "กข.html"}
    mw = Soft404.from_crawler(get_crawler())

    def page(path: str, html: str):
        response = HtmlResponse(f"http://h{path}", body=html.encode(), encoding="utf-8",
                                request=Request(f"http://h{path}"))
        parsed = parse_html(html, response.url)
        return response, parsed

    probe_path = "/oit-audit-no-such-page-0123456789ab.html"
    _r, parsed = page(probe_path, f"<html><body>{_not_found(probe_path)}</body></html>")
    mw.not_found = NotFoundPage(url="http://h" + probe_path, final_url="http://h" + probe_path,
                                redirected=False, title="", lines=comparable_lines(parsed["text"], echoes(probe_path)))
    response, parsed = page("/gone.html", f"<html><body>{_not_found('/gone.html')}</body></html>")
    assert mw.is_soft_404(response, parsed["title"], parsed["text"])
    response, parsed = page("/about.html", f"<html><body>{PAGES['/about.html']}</body></html>")
    assert not mw.is_soft_404(response, parsed["title"], parsed["text"])
