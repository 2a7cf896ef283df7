"""Reading odd pages: links of every kind, menus built by scripts, challenge pages, soft-404
content, session ids and traps in URLs, lying content types and charsets."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse

from common.urls import canonical, strip_session_ids
from crawler.middlewares import fix_thai_encoding
from crawler.parse import MAX_LINKS, challenge_vendor, comparable_lines, parse_html
from crawler.spiders.site import describe_failure, sniff

BASE = "http://www.example.go.th/dir/sub/page.html"


def _links(html: str, base: str = BASE) -> dict[str, tuple[str, str]]:
    return {lk.text: (lk.url, lk.scheme) for lk in parse_html(html, base)["links"]}


def test_odd_links_are_resolved_or_recorded_with_their_scheme():
    links = _links("""<body>
    <a href="javascript:alert('x')">js</a> <a href="mailto:a@example.go.th">mail</a>
    <a href="tel:053123456">tel</a> <a href="data:text/html;base64,PHNjcmlwdD4=">data</a>
    <a href="../../../about/structure.html">up</a> <a href="//other.go.th/x">schemeless</a>
    <a href="  /contact.html  ">spaces</a> <a href="/ข่าว/ประกาศ เทศบาล.html">thai</a>
    <a href="HTTP://WWW.EXAMPLE.GO.TH/A">upper</a> <a href="http://[::1">broken</a>
    <a href="http://www.example.go.th:99999/">port</a> <a href="#top">anchor</a>
    <a href="VBScript:msgbox(1)">vb</a> <a href="\\files\\a.pdf">backslash</a>
    <a href="ht\ttp://www.example.go.th/tab">tab</a></body>""")
    assert links["js"] == ("javascript:alert('x')", "javascript")
    assert links["mail"][1] == "mailto" and links["tel"][1] == "tel"
    assert links["data"] == ("data:text/html;base64,...", "data")  # never the payload
    assert links["up"] == ("http://www.example.go.th/about/structure.html", "http")
    assert links["schemeless"] == ("http://other.go.th/x", "http")
    assert links["spaces"] == ("http://www.example.go.th/contact.html", "http")
    assert links["thai"][0] == "http://www.example.go.th/ข่าว/ประกาศ เทศบาล.html"
    assert canonical(links["thai"][0]).endswith("%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%81%E0%B8%B2%E0%B8%A8%20"
                                                "%E0%B9%80%E0%B8%97%E0%B8%A8%E0%B8%9A%E0%B8%B2%E0%B8%A5.html")
    assert links["upper"][1] == "http"
    assert links["broken"][1] == "invalid" and links["port"][1] == "invalid"
    assert links["vb"][1] == "vbscript"
    assert links["backslash"] == ("http://www.example.go.th/files/a.pdf", "http")
    assert links["tab"] == ("http://www.example.go.th/tab", "http")
    assert "anchor" not in links


def test_a_javascript_base_href_is_ignored():
    links = _links('<head><base href="javascript:alert(1)//"></head><a href="x.html">x</a>')
    assert links["x"] == ("http://www.example.go.th/dir/sub/x.html", "http")


def test_a_menu_that_exists_only_in_javascript_is_found():
    parsed = parse_html("""<html><head><title>แผนงาน</title><script>
    var menu = [["แผนปฏิบัติการประจำปี 2569", "/plan/action-plan.html"], ["หน้าแรก", "/"]];
    document.write('<a href="/ita/index.php?year=2569">ITA 2569</a>');
    $.ajax({url: "/ajax/counter.php"}); var logout = "/logout.php";
    var tag = "https://www.googletagmanager.com/gtag/js?id=G-1";
    </script></head><body><li onclick="location.href='/news/list.html'">ข่าวสาร</li>
    <div id="content"><h1>แผนงาน</h1></div></body></html>""", BASE)
    found = {lk.url: lk for lk in parsed["links"]}
    assert parsed["script_links"] == 3  # "/" (home) is not worth a script link
    assert found["http://www.example.go.th/plan/action-plan.html"].text == "แผนปฏิบัติการประจำปี 2569"
    assert found["http://www.example.go.th/ita/index.php?year=2569"].text == "ITA 2569"
    assert found["http://www.example.go.th/news/list.html"].text == "ข่าวสาร"
    assert all(lk.nav for lk in found.values())
    assert not any("ajax" in u or "logout" in u or "googletagmanager" in u for u in found)


def test_a_page_never_has_more_than_the_link_cap():
    html = "".join(f'<a href="/p{i}.html">{i}</a>' for i in range(MAX_LINKS + 50))
    assert len(parse_html(html, BASE)["links"]) == MAX_LINKS


def test_a_page_nested_deeper_than_libxml2s_own_tree_is_read_whole():
    # libxml2's tree stops 256 elements deep: such pages are re-read from the parser's events
    html = "<div>" * 3000 + "<a href='/deep.html'>ลึก</a>" + "</div>" * 3000 + "<h1>ท้ายหน้า</h1>"
    parsed = parse_html(html, BASE)
    assert [(lk.url, lk.text) for lk in parsed["links"]] == [("http://www.example.go.th/deep.html", "ลึก")]
    assert parsed["headings"] == ["ท้ายหน้า"] and parsed["text"] == "ลึก\nท้ายหน้า"
    assert parse_html("<b>" * 20_000 + "ตัวหนา", BASE)["text"] == "ตัวหนา"  # and quickly


def test_what_follows_the_end_of_the_document_is_read():
    parsed = parse_html("<html><body><p>ก่อน</p></body></html><a href='/after.html'>หลัง</a>", BASE)
    assert [(lk.url, lk.text) for lk in parsed["links"]] == [("http://www.example.go.th/after.html", "หลัง")]
    assert parsed["text"] == "ก่อน"  # outside <body>


def test_text_is_one_line_per_string_without_ruby_scripts_and_menus():
    parsed = parse_html("<body><p>ภาษา<ruby>漢<rt>kan</rt><rp>(</rp></ruby></p><p>ท<b> </b>า</p>"
                        "<p>ก<!--c-->ข</p><pre>x\x0c\x0cy</pre><noscript>ns</noscript><nav>เมนู</nav>"
                        "<script>var a;</script></body>", BASE)
    assert parsed["text"] == "ภาษา\n漢\nท\nา\nก\nข\nx y"


def test_link_texts_and_contexts():
    parsed = parse_html("""<nav><ul><li><span>เกี่ยวกับเรา</span><ul>
    <li><a href="/history.html">ประวัติ</a></li></ul></li></ul></nav>
    <table><tr><td>แผนปฏิบัติการ 2569</td><td><a href="/plan.pdf">ดาวน์โหลด</a></td></tr></table>
    <h2>ข่าวประชาสัมพันธ์</h2><p><a href="/news/1.html"><img src="n.png" alt="ข่าวที่ 1"></a>
    <a href="/news/2.html"><noscript><img alt="ไม่ใช่"></noscript></a><a href="/news/3.html" title="ข่าวที่ 3"></a>
    </p>""", BASE)
    got = [(lk.url.rsplit("/", 1)[1], lk.text, lk.context, lk.nav) for lk in parsed["links"]]
    assert got == [
        ("history.html", "ประวัติ", "เกี่ยวกับเรา", True),  # its menu's parent item
        ("plan.pdf", "ดาวน์โหลด", "แผนปฏิบัติการ 2569 ดาวน์โหลด", False),  # its table row
        ("1.html", "ข่าวที่ 1", "ข่าวประชาสัมพันธ์", False),  # image alt; the heading before
        ("2.html", "", "ข่าวประชาสัมพันธ์", False),  # <noscript> is not read
        ("3.html", "ข่าวที่ 3", "ข่าวประชาสัมพันธ์", False),  # title attribute
    ]
    assert parsed["headings"] == ["ข่าวประชาสัมพันธ์"] and parsed["images"] == 1


def test_a_link_in_the_menu_and_again_in_a_table_row_keeps_the_row():
    """The ITA table's row "O2 ข้อมูลผู้บริหาร" links the page the left menu links too, with the
    same text: the row is what says which item it is, so it is kept (a few places at most)."""
    menu = "".join('<tr><td><a href="/exec.html">ทำเนียบผู้บริหาร</a></td></tr>' for _ in range(5))
    parsed = parse_html(f"""<table><tr><td><table>{menu}</table></td><td><table>
    <tr><td>O2</td><td>ข้อมูลผู้บริหาร</td><td><a href="/exec.html">ทำเนียบผู้บริหาร</a></td></tr>
    </table></td></tr></table>""", BASE)
    contexts = [lk.context for lk in parsed["links"] if lk.url.endswith("/exec.html")]
    assert "O2 ข้อมูลผู้บริหาร ทำเนียบผู้บริหาร" in contexts
    assert len(contexts) <= 3


def test_old_cms_pages_are_titled_by_their_emphasised_lines():
    parsed = parse_html("""<div class="sidebar"><b>เมนูด้านข้าง</b></div><font size="2">เล็กเกินไป</font>
    <b><a href="/x">ลิงก์</a>ตัวหนา</b><font size="+4">ประกาศเทศบาลตำบล</font>
    <strong>เรื่อง การรับสมัคร</strong><b>abc</b>""", BASE)
    assert parsed["headings"] == ["ประกาศเทศบาลตำบล", "เรื่อง การรับสมัคร"]


CLOUDFLARE = """<!DOCTYPE html><html><head><title>Just a moment...</title><script>
window._cf_chl_opt={cvId:'3'};</script></head><body><h1>www.example.go.th</h1>
<p>Checking if the site connection is secure</p></body></html>"""
F5 = """<html><head><title>Request Rejected</title></head><body>The requested URL was rejected.
Please consult with your administrator.<br><br>Your support ID is: 1234567890</body></html>"""
CAPTCHA = """<html><head><title>ยืนยันตัวตน</title></head><body><form>
<div class="g-recaptcha" data-sitekey="x"></div><button>ยืนยัน</button></form></body></html>"""
COMPLAINT_FORM = """<html><head><title>แจ้งเรื่องร้องเรียน</title></head><body><form>
<input name="name"><textarea name="detail"></textarea>
<div class="g-recaptcha" data-sitekey="x"></div><button>ส่ง</button></form></body></html>"""
NORMAL_BEHIND_CLOUDFLARE = """<html><head><title>หน้าแรก</title></head><body>
<h1>เทศบาลตำบลบ้านใหม่</h1><p>ข่าวประชาสัมพันธ์</p><script>(function(){var a=document.createElement
('script');a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';})();</script></body></html>"""


@pytest.mark.parametrize("html, vendor", [
    (CLOUDFLARE, "Cloudflare"),
    (F5, "F5 BIG-IP"),
    (CAPTCHA, "captcha"),
    ("<title>Attention Required! | Cloudflare</title><div class='cf-error-details'>x</div>", "Cloudflare"),
    ("<title>Access Denied</title><h1>Access Denied</h1>You don't have permission to access", "Akamai"),
    ("<p>The requested URL\n  was rejected.\tPlease consult\u00a0with your administrator.</p>", "F5 BIG-IP"),
    ("<p>Incapsula incident\r\nID: 1</p>" + "<a href='/x'>x</a>" * 10, "Imperva Incapsula"),
    (COMPLAINT_FORM, ""),
    (NORMAL_BEHIND_CLOUDFLARE, ""),
    ("<title>ประกาศ</title><p>กรอก captcha เพื่อดาวน์โหลด</p>" + "<a href='/x'>x</a>" * 10, ""),
])
def test_challenge_pages_are_recognised(html, vendor):
    assert parse_html(html, BASE)["challenge"] == vendor


def test_challenge_vendor_on_raw_input():
    assert challenge_vendor("", "Just a moment...", "", 0) == "challenge page"
    assert challenge_vendor("<p>x</p>", "หน้าแรก", "ข่าว", 40) == ""


def test_comparable_lines_drop_the_echoed_path_and_fold_digits():
    a = comparable_lines("ไม่พบหน้าที่ต้องการ\nไม่พบ /ita/o1.html บนเว็บไซต์นี้\nวันที่ 25", ("/ita/o1.html",))
    b = comparable_lines("ไม่พบหน้าที่ต้องการ\nไม่พบ /x.html บนเว็บไซต์นี้\nวันที่ 26", ("/x.html",))
    assert a == b and len(a) == 2


@pytest.mark.parametrize("url, want", [
    ("http://h/board.html;jsessionid=ABCDEF0123", "http://h/board.html"),
    ("http://h/news.php?id=3&sid=9f3a8b7c6d5e4f3a2b1c", "http://h/news.php?id=3"),
    ("http://h/news.php?sid=12", "http://h/news.php?sid=12"),  # a section id, not a session
    ("http://h/x.php?PHPSESSID=abc&a=1", "http://h/x.php?a=1"),
    ("http://h/(S(abcdefghij0123456789))/page.aspx", "http://h/page.aspx"),
    ("http://h/p.php?a=1&b=2", "http://h/p.php?a=1&b=2"),
])
def test_session_ids_are_stripped(url, want):
    assert strip_session_ids(url) == want


def test_canonical_is_one_spelling():
    assert canonical("http://h/ข่าว a.html#top") == canonical("http://h/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7%20a.html")
    assert canonical("http://h/a.html;jsessionid=X1Y2Z3") == "http://h/a.html"


@pytest.mark.parametrize("body, kind", [
    (b"%PDF-1.7\n...", "pdf"),
    (b"PK\x03\x04\x14\x00", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"\xef\xbb\xbf<!DOCTYPE html><html>", "html"),
    (b"\n\n  <html lang='th'><head>", "html"),
    (b"<?xml version='1.0'?><rss>", ""),
    (b"\x00\x00\x00", ""),
])
def test_sniff(body, kind):
    assert sniff(body) == kind


def test_a_utf8_page_with_a_few_broken_bytes_is_not_taken_for_windows_874():
    body = ("<html><head><meta charset='utf-8'><title>กระดานข่าวเทศบาล</title></head>"
            "<body>ประกาศเทศบาลตำบลทดสอบ</body></html>").encode() + b"\xff\xfe"
    req = Request("http://h/x.html")
    resp = HtmlResponse(req.url, body=body, headers={"Content-Type": "text/html; charset=utf-8"},
                        request=req)
    assert fix_thai_encoding(resp, req).encoding == "utf-8"
    cp874 = "<html><body>ประกาศเทศบาลตำบลทดสอบ</body></html>".encode("cp874")
    resp = HtmlResponse(req.url, body=cp874, headers={"Content-Type": "text/html; charset=utf-8"},
                        request=req)
    assert fix_thai_encoding(resp, req).encoding == "cp874"
    assert "windows-874" in req.meta["encoding_finding"]


def test_failures_are_named():
    req = Request("http://h/a.html", meta={"redirect_urls": ["http://h/a.html", "http://h/b.html"] * 5})
    assert describe_failure(IgnoreRequest("max redirections reached"), req, 30, 10).startswith("redirect loop")
    chain = Request("http://h/c11", meta={"redirect_urls": [f"http://h/c{i}" for i in range(1, 11)]})
    assert describe_failure(IgnoreRequest("max redirections reached"), chain, 30, 10) == \
        "redirect chain longer than 10 redirects"
    slow = Request("http://h/s", meta={"retry_times": 2})
    assert describe_failure(TimeoutError("took longer than 30 seconds"), slow, 30, 10) == \
        "timeout: no complete answer within 30 s (after 2 retries)"
    assert describe_failure(ConnectionResetError("reset by peer"), req, 30, 10).startswith("connection reset")


# ---------------------------------------------------------------- the page parser process


def test_parser_process_parses_as_this_process_and_fails_over_when_it_dies():
    """Pages go to a worker process over pipes the event loop reads; its answer is what
    parse_html gives here. If the worker dies, pages are parsed here: nothing is lost."""
    import asyncio

    from crawler.parse import parse_html
    from crawler.parse_worker import ParseWorker

    html = ("<html><head><title>ข่าวประชาสัมพันธ์</title></head><body><nav><a href='/ita'>ITA</a></nav>"
            "<h1>ประกาศ ๒๕๖๙</h1><p>แผนปฏิบัติการ</p><a href='/plan.pdf'>แผนฯ</a></body></html>")
    here = parse_html(html, "http://x.go.th/")

    async def run():
        worker = ParseWorker()
        worker.start()
        try:
            first = await asyncio.gather(*(worker.parse(html, "http://x.go.th/") for _ in range(5)))
            assert not worker.failed
            worker.proc.kill()  # the worker dies between two pages
            worker.proc.wait()
            second = await worker.parse(html, "http://x.go.th/")
            assert worker.failed and worker.proc is None
            return first, second
        finally:
            worker.close()

    first, second = asyncio.run(run())
    for parsed in [*first, second]:
        assert parsed == here
    assert first[0]["links"][0] is first[1]["links"][0]  # equal links are one object


def test_parser_process_reports_a_page_it_cannot_parse():
    """parse_html's own error on one page comes back as that error, and the worker goes on."""
    import asyncio

    from crawler.parse_worker import ParseWorker

    async def run():
        worker = ParseWorker()
        try:
            with pytest.raises(AttributeError):  # as parse_html raises it in this process
                await worker.parse("<a href='x'>a</a>", 5)  # no base URL to resolve against
            parsed = await worker.parse("<title>หน้าแรก</title>", "http://x.go.th/")
            assert not worker.failed
            return parsed
        finally:
            worker.close()

    assert asyncio.run(run())["title"] == "หน้าแรก"


def test_an_articles_own_header_is_content_and_the_sites_header_is_not():
    # WordPress (and most themes) put a post's title in <header class="entry-header"> inside
    # <article>: that header is the post's, the <header id="masthead"> above it the site's.
    html = ("<html><head><title>มอบนโยบาย – เทศบาลเมืองตัวอย่าง</title></head><body>"
            "<a class='skip-link' href='#main'>ข้ามไปยังเนื้อหา</a>"
            "<header id='masthead' class='site-header'><p class='site-title'>เทศบาลเมืองตัวอย่าง</p></header>"
            "<main id='main'><article><header class='entry-header'><h1 class='entry-title'>"
            "นายกเทศมนตรีมอบนโยบายการปฏิบัติงาน ปีงบประมาณ 2568</h1></header>"
            "<div class='entry-content'><p>นายกเทศมนตรีมอบนโยบายให้พนักงานทุกคน</p></div></article></main>"
            "</body></html>")
    page = parse_html(html, "https://x.go.th/archives/1/")
    assert page["headings"][0] == "นายกเทศมนตรีมอบนโยบายการปฏิบัติงาน ปีงบประมาณ 2568"
    assert "นายกเทศมนตรีมอบนโยบายการปฏิบัติงาน ปีงบประมาณ 2568" in page["text"]
    assert "เทศบาลเมืองตัวอย่าง" not in page["text"].split("\n")


def test_a_layout_class_on_the_body_or_a_wrapper_hides_no_content():
    # Drupal's Garland theme writes <body class="sidebar-left">, WordPress themes a wrapper
    # "site has-sidebar": they name the layout around the content, and the content is the page's.
    drupal = ("<html><head><title>โครงสร้างส่วนราชการ | เทศบาลตำบลตัวอย่าง</title></head>"
              "<body class='sidebar-left'><div id='sidebar-left' class='sidebar'><h2>หมวดเอกสาร</h2></div>"
              "<div id='center'><h2>โครงสร้างส่วนราชการ</h2><div class='content'><h3>ฝ่ายสภาเทศบาล</h3>"
              "<ul><li>ประธานสภาเทศบาล</li></ul></div></div></body></html>")
    page = parse_html(drupal, "https://x.go.th/node/3/")
    assert "ประธานสภาเทศบาล" in page["text"] and "ฝ่ายสภาเทศบาล" in page["headings"]
    assert "หมวดเอกสาร" not in page["text"]  # the sidebar itself is still a sidebar
    wordpress = ("<html><body><div id='page' class='site has-sidebar with-header'><main><h1>อำนาจหน้าที่</h1>"
                 "<p>มีหน้าที่ต้องทำในเขตเทศบาล</p></main><div class='widget-area'>ลิงก์หน่วยงาน</div></div></body></html>")
    page = parse_html(wordpress, "https://x.go.th/authority/")
    assert "มีหน้าที่ต้องทำในเขตเทศบาล" in page["text"] and "ลิงก์หน่วยงาน" not in page["text"]
    # Elementor wraps every block, the content's too, in "elementor-widget-container"
    elementor = ("<html><body class='elementor-default'><main id='main' class='elementor-widget-container'>"
                 "<h1>โครงสร้างส่วนราชการ</h1><div class='elementor-widget elementor-widget-text-editor'>"
                 "<div class='elementor-widget-container'><p>สำนักปลัดเทศบาล กองคลัง กองช่าง</p></div></div></main>"
                 "<aside><section class='widget'>ข่าวล่าสุด</section></aside></body></html>")
    page = parse_html(elementor, "https://x.go.th/about/structure/")
    assert "สำนักปลัดเทศบาล กองคลัง กองช่าง" in page["text"] and "โครงสร้างส่วนราชการ" in page["headings"]
    assert "ข่าวล่าสุด" not in page["text"]


def test_control_characters_around_an_href_are_stripped_as_browsers_do():
    # Hypothesis found "\x1bjavascript:": urlsplit strips leading C0 controls to read the scheme,
    # so the URL kept must be stripped the same way (a javascript: link, not a broken one).
    page = parse_html('<a href="\x1bjavascript:">x</a><a href="\x00/a.html">y</a>', "http://x.go.th/dir/p.php")
    urls = {(lk["url"] if isinstance(lk, dict) else lk.url) for lk in page["links"]}
    assert "javascript:" in urls and "http://x.go.th/a.html" in urls, urls


def test_a_layout_row_is_no_links_row():
    # An old site's page is one big table: the side column, the menu and the content sit in one
    # row; a pager link "2" under the content is not "under" the mayor's box and the menu
    from crawler.parse import parse_html

    side = "<table><tr><td>นายก อบต. สายตรงนายก</td></tr><tr><td>อำนาจหน้าที่ E-Service ติดต่อเรา</td></tr></table>"
    html = (f"<html><body><table><tr><td>{side}</td><td><p>ข่าวประชาสัมพันธ์</p>"
            "<a href='/news/page/2/'>2</a></td></tr></table>"
            "<table><tr><td>สถิติการให้บริการ ปี 2568</td><td><a href='/f/stat.pdf'>ดาวน์โหลด</a></td></tr></table>"
            "</body></html>")
    ctx = {lk.text: lk.context for lk in parse_html(html, "http://example.go.th/news/")["links"]}
    assert "E-Service" not in ctx["2"]
    assert ctx["ดาวน์โหลด"] == "สถิติการให้บริการ ปี 2568 ดาวน์โหลด"


def test_a_menu_link_repeated_in_the_content_is_the_pages_own():
    # The procurement section's page lists its sub-pages in its content, as its menu does under
    # the same heading: the content's links are the page's own (paohealth O12)
    html = ("<html><body><nav><ul><li><a href='/p/'>จัดซื้อจัดจ้าง</a><ul>"
            "<li><a href='/p/plan/'>แผนการจัดซื้อจัดจ้าง</a></li></ul></li></ul></nav>"
            "<main><h2>จัดซื้อจัดจ้าง</h2><ul><li><a href='/p/plan/'>แผนการจัดซื้อจัดจ้าง</a></li></ul></main>"
            "</body></html>")
    links = [lk for lk in parse_html(html, "http://example.go.th/p/")["links"] if lk.url.endswith("/p/plan/")]
    assert links and not all(lk.nav for lk in links)
