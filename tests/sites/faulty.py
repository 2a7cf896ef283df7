"""A fault-injecting municipal website on 127.0.0.1: everything that goes wrong on real sites.

``with FaultySite(timeout=2.0) as site:`` serves it at ``site.url`` until the block ends.
``timeout`` is the crawler's download timeout the faults are shaped around: the slow page
finishes well inside it, the timeout and very slow pages go just past it (each handler thread
is busy for ``timeout + 1.5`` s at most). ``site.hits`` counts requests per path (with query),
``site.times`` their arrival times: tests check retries, waits and what was never fetched.

Faults (``FAULTS`` maps each to its path): 500, 503 with Retry-After (once, and always), 429
asking for an hour, a real 404, a timeout, a slow and a too-slow body, a connection reset, a
redirect loop, a 15-hop redirect chain, an endless calendar, session ids in URLs, a 200 MB file
streamed lazily, a .docx archive bomb, a PDF served as text/html, HTML served as
application/octet-stream and without any Content-Type, a UTF-8 header on a windows-874 page,
robots.txt ``Disallow: /private/``, a menu that exists only in JavaScript, a Cloudflare
challenge and a captcha page with 200, soft 404s (200 for any unknown path), malformed HTML,
odd links (javascript:, mailto:, tel:, data:, ../../, //host/, spaces, unencoded Thai), a
redirect into 169.254.169.254, an oversized page, and a page of hostile text (script tags in
titles and link texts).
"""

from __future__ import annotations

import secrets
import socket
import struct
import threading
import time
from collections import Counter, defaultdict
from functools import cached_property
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

HUGE = 200 * 1024 * 1024
NAME = "เทศบาลตำบลทดสอบความทนทาน"

FAULTS = {
    "server_error": "/broken/server-error.html",
    "busy_once": "/busy.html",
    "overloaded": "/overloaded.html",
    "rate_limited": "/rate-limited.html",
    "not_found": "/gone/old-plan.pdf",
    "timeout": "/timeout.html",
    "slow": "/slow.html",
    "very_slow": "/very-slow.html",
    "reset": "/reset.html",
    "loop": "/loop-a.html",
    "chain": "/chain/1",
    "short_chain": "/short-chain/1",
    "calendar": "/calendar.php?month=100",
    "session": "/news.php?id=1&sid=s0a1b2c3d4e5f60718293a4b",
    "huge": "/files/huge-scan.pdf",
    "bomb": "/files/bomb.docx",
    "pdf_as_html": "/download.php?file=12",
    "html_as_binary": "/about/vision",
    "no_type": "/no-type.html",
    "tis620": "/tis620.html",
    "private": "/private/secret.html",
    "js_menu": "/js-menu.html",
    "js_only": "/plan/action-plan.html",
    "challenge": "/blocked/procurement-plan.html",
    "captcha": "/captcha.html",
    "soft_404": "/ita/annual-report-2568.html",
    "malformed": "/malformed.html",
    "odd_links": "/links.html",
    "metadata": "/go-metadata",
    "loopback_redirect": "/go-local",
    "big_page": "/news/archive.html",
    "hostile": "/xss.html",
}


def page(title: str, body: str, *, charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="{charset}"><title>{title}</title></head>
<body>
<nav class="menu"><ul>
<li><a href="/">หน้าแรก</a></li>
<li><a href="/about/structure.html">โครงสร้างส่วนราชการ</a></li>
<li><a href="/contact.html">ติดต่อเรา</a></li>
</ul></nav>
<div id="content">
{body}
</div>
<footer>{NAME} อำเภอเมือง จังหวัดทดสอบ โทร 0 5312 3456</footer>
</body></html>"""


HOME = page(NAME, """
<h1>ยินดีต้อนรับสู่เว็บไซต์เทศบาลตำบลทดสอบความทนทาน</h1>
<h2>ข้อมูลพื้นฐาน</h2>
<ul>
<li><a href="/about/history.html">ประวัติความเป็นมา</a></li>
<li><a href="/about/vision">วิสัยทัศน์และพันธกิจ</a></li>
<li><a href="/tis620.html">ประกาศเทศบาล</a></li>
<li><a href="/no-type.html">กิจกรรมของเทศบาล</a></li>
<li><a href="/js-menu.html">แผนงาน</a></li>
<li><a href="/links.html">ลิงก์ที่เกี่ยวข้อง</a></li>
<li><a href="/malformed.html">กระดานข่าว</a></li>
<li><a href="/xss.html">ประมวลจริยธรรม</a></li>
<li><a href="/news/archive.html">คลังข่าว</a></li>
</ul>
<h2>การเปิดเผยข้อมูลสาธารณะ</h2>
<ul>
<li><a href="/blocked/procurement-plan.html">แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569</a></li>
<li><a href="/captcha.html">ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>
<li><a href="/ita/annual-report-2568.html">รายงานผลการดำเนินงานประจำปี 2568</a></li>
<li><a href="/broken/server-error.html">รายงานผลการประเมินความเสี่ยงการทุจริต</a></li>
<li><a href="/gone/old-plan.pdf">แผนปฏิบัติการป้องกันการทุจริต</a></li>
<li><a href="/download.php?file=12">ดาวน์โหลดเอกสาร</a></li>
<li><a href="/files/huge-scan.pdf">รายงานการใช้จ่ายงบประมาณ (สแกน)</a></li>
<li><a href="/files/bomb.docx">คู่มือการปฏิบัติงาน</a></li>
<li><a href="/private/secret.html">ข้อมูลภายใน</a></li>
</ul>
<h2>บริการ</h2>
<ul>
<li><a href="/busy.html">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/overloaded.html">ระบบสารบรรณ</a></li>
<li><a href="/rate-limited.html">ค้นหาข้อมูล</a></li>
<li><a href="/timeout.html">ระบบภาษี</a></li>
<li><a href="/slow.html">สถิติการให้บริการ</a></li>
<li><a href="/very-slow.html">ระบบจองห้องประชุม</a></li>
<li><a href="/reset.html">ระบบแจ้งซ่อม</a></li>
<li><a href="/loop-a.html">ระบบสมาชิก</a></li>
<li><a href="/chain/1">ระบบเก่า</a></li>
<li><a href="/short-chain/1">หน้าเดิม</a></li>
<li><a href="/calendar.php?month=100">ปฏิทินกิจกรรม</a></li>
<li><a href="/news.php?id=1&amp;sid=s0a1b2c3d4e5f60718293a4b">ข่าวกิจกรรม</a></li>
<li><a href="/go-metadata">ระบบคลาวด์</a></li>
<li><a href="/go-local">หน้าสำรอง</a></li>
</ul>
""")

STRUCTURE = page("โครงสร้างส่วนราชการ", """
<h1>โครงสร้างส่วนราชการ</h1>
<p>สำนักปลัดเทศบาล กองคลัง กองช่าง กองการศึกษา กองสาธารณสุขและสิ่งแวดล้อม</p>
<table><tr><td>สำนักปลัดเทศบาล</td><td>งานบริหารทั่วไป งานนโยบายและแผน</td></tr>
<tr><td>กองคลัง</td><td>งานการเงินและบัญชี งานพัสดุ</td></tr></table>
""")

CONTACT = page("ติดต่อเรา", f"""
<h1>ข้อมูลการติดต่อ</h1>
<p>{NAME} เลขที่ 99 หมู่ 1 ตำบลทดสอบ อำเภอเมือง จังหวัดทดสอบ 50000</p>
<p>โทรศัพท์ 0 5312 3456 โทรสาร 0 5312 3457</p>
<p>อีเมล saraban@test-resilience.go.th</p>
""")

HISTORY = page("ประวัติความเป็นมา", """
<h1>ประวัติความเป็นมา</h1>
<p>เทศบาลตำบลทดสอบความทนทาน ยกฐานะจากสุขาภิบาลเมื่อ พ.ศ. 2542</p>
""")

VISION = page("วิสัยทัศน์และพันธกิจ", """
<h1>วิสัยทัศน์</h1><p>บ้านเมืองน่าอยู่ ประชาชนมีคุณภาพชีวิตที่ดี บริหารงานโปร่งใส</p>
""")

NEWS = page("ข่าวประชาสัมพันธ์", """
<h1>ข่าวประชาสัมพันธ์</h1><p>ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569</p>
""")

SLOW = page("สถิติการให้บริการ", """
<h1>สถิติการให้บริการประชาชน</h1><p>เดือนตุลาคม 2568 ให้บริการ 1,234 ราย</p>
""")

TIS620 = page("ประกาศเทศบาลตำบลทดสอบความทนทาน", """
<h1>ประกาศเทศบาลตำบลทดสอบความทนทาน</h1>
<p>เรื่อง การรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง “ITA” ๒๕๖๙</p>
""", charset="windows-874").encode("cp874")

NO_TYPE = page("กิจกรรมของเทศบาล", """
<h1>กิจกรรมของเทศบาล</h1><p>โครงการปลูกต้นไม้เฉลิมพระเกียรติ</p>
""")

JS_MENU = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>แผนงาน</title>
<script>
var menu = [
  ["แผนปฏิบัติการประจำปี 2569", "/plan/action-plan.html"],
  ["หน้าแรก", "/"]
];
document.write('<ul class="topmenu">');
for (var i = 0; i < menu.length; i++) {{
  document.write('<li><a href="' + menu[i][1] + '">' + menu[i][0] + '</a></li>');
}}
document.write('</ul>');
$.ajax({{url: "/ajax/counter.php?page=plan"}});
</script></head>
<body><div id="content"><h1>แผนงานของ{NAME}</h1>
<p>เลือกเมนูด้านบนเพื่อดูแผนงาน</p></div></body></html>"""

ACTION_PLAN = page("แผนปฏิบัติการประจำปี 2569", """
<h1>แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569</h1>
<p>โครงการที่จะดำเนินการในปีงบประมาณ 2569 จำนวน 45 โครงการ</p>
""")

CHALLENGE = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="refresh" content="390">
<script>(function(){window._cf_chl_opt={cvId: '3',cZone: "www.example.go.th",cType: 'managed'};
var a = document.createElement('script');
a.src = '/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8a1b2c3d4e5f';
document.getElementsByTagName('head')[0].appendChild(a);}());</script></head>
<body><div class="main-wrapper"><h1>www.example.go.th</h1>
<h2>Checking if the site connection is secure</h2>
<noscript>Enable JavaScript and cookies to continue</noscript>
<p>แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569</p></div></body></html>"""

CAPTCHA = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>ตรวจสอบความปลอดภัย</title>
<script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body><form method="post" action="/captcha-verify"><p>กรุณายืนยันว่าคุณไม่ใช่โปรแกรมอัตโนมัติ</p>
<div class="g-recaptcha" data-sitekey="6Lc_test"></div><button>ยืนยัน</button></form></body></html>"""

MALFORMED = (
    "<html><head><title>กระดานข่าว<title><body><table><tr><td>ข่าว<td><a href='/contact.html'"
    " title=\"ติดต่อ>ติดต่อเรา</a><div><div><p>ย่อหน้าไม่ปิด<b><i>ตัวหนาเอียง</b></i>"
    "<a href=/about/history.html>ประวัติ</a <p>\x00\x01 ข้อความที่มี NUL"
    "<script>document.write('<a href=\"/no-type.html\">')</script"
    "</td></tr></table></html></html><a href='/about/structure.html'>โครงสร้าง"
    "<!-- comment not closed <a href='/never.html'>"
)

HOSTILE = page(
    "&lt;script&gt;alert(&quot;xss-title&quot;)&lt;/script&gt;ประมวลจริยธรรมของพนักงานเทศบาล", """
<h1>&lt;script&gt;alert("xss-heading")&lt;/script&gt;ประมวลจริยธรรมของพนักงานเทศบาล</h1>
<p>&lt;img src=x onerror=alert("xss-text")&gt; ประมวลจริยธรรมของพนักงานเทศบาลตำบลทดสอบความทนทาน พ.ศ. 2569</p>
<ul>
<li><a href="javascript:alert('xss-link')">แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)</a></li>
<li><a href="/about/structure.html">&lt;img src=x onerror=alert("xss-anchor")&gt;โครงสร้าง</a></li>
<li><a href="/gone/&lt;script&gt;alert(1)&lt;/script&gt;.pdf">&lt;script&gt;alert("xss-broken")&lt;/script&gt;รายงานการกำกับติดตามการดำเนินการตามมาตรการส่งเสริมคุณธรรม</a></li>
<li><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzLWRhdGEnKTwvc2NyaXB0Pg==">คู่มือประชาชน</a></li>
<li><a href="vbscript:msgbox('xss')">ข้อมูลข่าวสาร</a></li>
</ul>
""")


def _links_page(port: int) -> str:
    return page("ลิงก์ที่เกี่ยวข้อง", f"""
<h1>ลิงก์ที่เกี่ยวข้อง</h1>
<ul>
<li><a href="javascript:void(0)" onclick="return false">เมนู</a></li>
<li><a href="javascript:window.open('/about/history.html')">ประวัติ (หน้าต่างใหม่)</a></li>
<li><a href="mailto:saraban@test-resilience.go.th">อีเมลสารบรรณ</a></li>
<li><a href="tel:053123456">โทรศัพท์</a></li>
<li><a href="data:text/plain;base64,4LiX4LiU4Liq4Lit4Lia">ข้อมูลฝัง</a></li>
<li><a href="../../about/structure.html">โครงสร้าง (ย้อนขึ้นสองชั้น)</a></li>
<li><a href="//other-host.invalid/ita/">หน่วยงานอื่น</a></li>
<li><a href="//127.0.0.1:{port}/contact.html">ติดต่อ (ไม่ระบุโปรโตคอล)</a></li>
<li><a href="  /about/history.html  ">ประวัติ (มีช่องว่าง)</a></li>
<li><a href="/เอกสาร/ประกาศ เทศบาล.html">ประกาศ (ชื่อภาษาไทย)</a></li>
<li><a href="HTTP://127.0.0.1:{port}/about/structure.html">โครงสร้าง (ตัวใหญ่)</a></li>
<li><a href="http://[::1">ลิงก์เสีย</a></li>
<li><a href="http://127.0.0.1:99999/">พอร์ตผิด</a></li>
<li><a href="#top">ขึ้นด้านบน</a></li>
<li><a href="">ว่าง</a></li>
</ul>
""")


THAI_PAGE = page("ประกาศเทศบาล เรื่องภาษี", "<h1>ประกาศเทศบาล</h1><p>ภาษีป้าย ประจำปี 2569</p>")

NOT_FOUND = """<h1>ไม่พบหน้าที่ต้องการ</h1>
<p>ไม่พบ {path} บนเว็บไซต์นี้</p>
<p>หน้าที่ท่านเรียกอาจถูกย้ายหรือลบออกแล้ว กรุณากลับไปที่หน้าแรก</p>"""


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass

    # ------------------------------------------------------------------ helpers

    def _send(self, status: int, body: bytes | str, ctype: str | None = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        if ctype is not None:
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self._write(data)

    def _write(self, data: bytes) -> bool:
        try:
            self.wfile.write(data)
            self.wfile.flush()
            return True
        except OSError:
            return False

    def _redirect(self, location: str, status: int = 302) -> None:
        self._send(status, f"<a href='{location}'>moved</a>", headers={"Location": location})

    def _drip(self, data: bytes, seconds: float, pieces: int = 10) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        step = max(1, len(data) // pieces)
        for i in range(0, len(data), step):
            if not self._write(data[i:i + step]):
                return
            time.sleep(seconds / pieces)

    def _reset(self) -> None:
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    # ------------------------------------------------------------------ routes

    def do_GET(self):  # noqa: C901 - one route table
        site = self.server.site
        raw = self.path
        parts = urlsplit(raw)
        path = unquote(parts.path.split(";", 1)[0])
        query = parse_qs(parts.query)
        n = site.hit(raw if parts.query else path)
        t = site.timeout

        if path == "/robots.txt":
            return self._send(200, "User-agent: *\nDisallow: /private/\n", "text/plain")
        if path in ("/", "/index.html"):
            return self._send(200, HOME)
        if path == "/about/structure.html":
            return self._send(200, STRUCTURE)
        if path == "/about/history.html":
            return self._send(200, HISTORY)
        if path == "/contact.html":
            return self._send(200, CONTACT)
        if path == "/about/vision":
            return self._send(200, VISION, "application/octet-stream")
        if path == "/no-type.html":
            return self._send(200, NO_TYPE, None)
        if path == "/tis620.html":
            return self._send(200, TIS620, "text/html; charset=UTF-8")
        if path == "/js-menu.html":
            return self._send(200, JS_MENU)
        if path == "/plan/action-plan.html":
            return self._send(200, ACTION_PLAN)
        if path == "/links.html":
            return self._send(200, _links_page(site.port))
        if path == "/เอกสาร/ประกาศ เทศบาล.html":
            return self._send(200, THAI_PAGE)
        if path == "/malformed.html":
            return self._send(200, MALFORMED.encode("utf-8") + b"\xff\xfe broken bytes")
        if path == "/xss.html":
            return self._send(200, HOSTILE)
        if path == "/news/archive.html":
            row = "<tr><td>ข่าวประชาสัมพันธ์ที่ผ่านมา ประจำปี 2560 ถึง 2568</td></tr>\n"
            return self._send(200, page("คลังข่าว", "<table>" + row * site.big_rows + "</table>"))
        if path.startswith("/private/"):
            return self._send(200, page("ข้อมูลภายใน", "<h1>ข้อมูลภายใน ห้ามเผยแพร่</h1>"))

        # -------------------------------------------------------------- HTTP errors
        if path == "/broken/server-error.html":
            return self._send(500, "<h1>500 Internal Server Error</h1>")
        if path == "/busy.html":
            if n == 1:
                return self._send(503, "<h1>Service Unavailable</h1>", headers={"Retry-After": "1"})
            return self._send(200, NEWS)
        if path == "/overloaded.html":
            return self._send(503, "<h1>Service Unavailable</h1>", headers={"Retry-After": "1"})
        if path == "/rate-limited.html":
            return self._send(429, "<h1>Too Many Requests</h1>", headers={"Retry-After": "3600"})
        if path.startswith("/gone/"):
            return self._send(404, "<h1>404 Not Found</h1>")

        # -------------------------------------------------------------- slow and broken
        if path == "/timeout.html":
            time.sleep(t + 1.0)
            return None
        if path == "/slow.html":
            return self._drip(SLOW.encode("utf-8"), seconds=t * 0.4)
        if path == "/very-slow.html":
            return self._drip(SLOW.encode("utf-8"), seconds=t + 1.5)
        if path == "/reset.html":
            return self._reset()

        # -------------------------------------------------------------- redirects
        if path == "/loop-a.html":
            return self._redirect("/loop-b.html")
        if path == "/loop-b.html":
            return self._redirect("/loop-a.html")
        if path.startswith("/chain/"):
            k = int(path.rsplit("/", 1)[1] or 0)
            return self._redirect(f"/chain/{k + 1}" if k < 15 else "/about/history.html", 301)
        if path.startswith("/short-chain/"):
            k = int(path.rsplit("/", 1)[1] or 0)
            return self._redirect(f"/short-chain/{k + 1}" if k < 3 else "/about/history.html")
        if path == "/go-metadata":
            return self._redirect("http://169.254.169.254/latest/meta-data/iam/")
        if path == "/go-local":
            return self._redirect(f"http://127.0.0.1:{site.port}/about/history.html")

        # -------------------------------------------------------------- traps
        if path == "/calendar.php":
            m = int((query.get("month") or ["100"])[0])
            return self._send(200, page(f"ปฏิทินกิจกรรม เดือนที่ {m}", f"""
<h1>ปฏิทินกิจกรรม เดือนที่ {m}</h1>
<p><a href="/calendar.php?month={m - 1}">เดือนก่อน</a> <a href="/calendar.php?month={m + 1}">เดือนถัดไป</a></p>"""))
        if path == "/news.php":
            k = (query.get("id") or ["1"])[0]
            links = "".join(
                f'<li><a href="/news.php?id={i}&amp;sid=s{secrets.token_hex(12)}">ข่าวที่ {i}</a></li>'
                for i in (1, 2, 3)
            )
            board = f'<a href="/webboard.html;jsessionid=J{secrets.token_hex(12).upper()}">เว็บบอร์ด</a>'
            return self._send(200, page(f"ข่าวกิจกรรม {k}", f"<h1>ข่าวกิจกรรมที่ {k}</h1><ul>{links}</ul>{board}"))
        if path == "/webboard.html":
            return self._send(200, page("เว็บบอร์ด", "<h1>เว็บบอร์ด ถาม-ตอบ</h1><p>กระทู้ล่าสุด</p>"))

        # -------------------------------------------------------------- files
        if path == "/files/huge-scan.pdf":
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(HUGE))
            self.end_headers()
            sent, chunk = 0, b"\0" * 65536
            while sent < HUGE and self._write(chunk):
                sent += len(chunk)
            return None
        if path == "/files/bomb.docx":
            return self._send(200, site.bomb, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        if path == "/download.php":
            return self._send(200, site.pdf, "text/html; charset=utf-8")

        # -------------------------------------------------------------- challenge pages
        if path.startswith("/blocked/"):
            return self._send(200, CHALLENGE, headers={"Server": "cloudflare", "cf-ray": "8a1b2c3d4e5f-BKK"})
        if path == "/captcha.html":
            return self._send(200, CAPTCHA)

        # -------------------------------------------------------------- soft 404
        shown = path.replace("<", "&lt;")
        return self._send(200, page("ไม่พบหน้าที่ต้องการ", NOT_FOUND.format(path=shown)))


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: FaultySite

    def handle_error(self, request, client_address):  # resets and aborted downloads are expected
        pass


class FaultySite:
    """``with FaultySite(timeout=2.0) as site:`` serves the faulty site at ``site.url``."""

    def __init__(self, timeout: float = 2.0, big_page_bytes: int = 1024 * 1024):
        self.timeout = timeout
        self.server = _Server(("127.0.0.1", 0), _Handler)
        self.server.site = self
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.hits: Counter[str] = Counter()
        self.times: dict[str, list[float]] = defaultdict(list)
        self._lock = threading.Lock()
        row = len("<tr><td>ข่าวประชาสัมพันธ์ที่ผ่านมา ประจำปี 2560 ถึง 2568</td></tr>\n".encode())
        self.big_rows = big_page_bytes // row + 1

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @cached_property
    def bomb(self) -> bytes:
        from tests.docmaker import make_zip_bomb

        return make_zip_bomb(300)

    @cached_property
    def pdf(self) -> bytes:
        from tests.docmaker import make_pdf

        return make_pdf(lines=["คู่มือสำหรับประชาชน เทศบาลตำบลทดสอบความทนทาน", "งานทะเบียนราษฎร ปี 2569"])

    def hit(self, path: str) -> int:
        with self._lock:
            self.hits[path] += 1
            self.times[path].append(time.monotonic())
            return self.hits[path]

    def hits_under(self, prefix: str) -> int:
        with self._lock:
            return sum(n for p, n in self.hits.items() if p.startswith(prefix))

    def __enter__(self) -> FaultySite:
        _ = self.bomb, self.pdf  # built before the crawl starts
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
