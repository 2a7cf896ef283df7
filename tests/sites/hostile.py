"""A hostile website on 127.0.0.1 (issue 19): answers built to exhaust the crawler.

``with HostileSite() as site:`` serves at ``site.url``; ``site.hits`` counts requests per path.

- ``/headers``: header lines of 8 KB streamed without end (under Twisted's 16 KB line limit);
- ``/endless.html``: an HTML body without length, streamed without end;
- ``/huge.html``: an HTML page announcing 200 MB;
- ``/robots.txt``: 2 MB of comments (over the 500 KB robots.txt cap);
- the home page links them all, and one URL of 3,000 characters.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections import Counter
from socketserver import BaseRequestHandler, ThreadingTCPServer

LONG_URL = "/search?q=" + "ก" * 1 + "a" * 3000
HOME = (
    "<!doctype html><html><head><meta charset='utf-8'><title>เทศบาลตำบลปลอม</title></head><body>"
    "<h1>เทศบาลตำบลปลอม</h1><p>ข่าวประชาสัมพันธ์</p>"
    "<a href='/headers'>ข้อมูลพื้นฐาน</a> <a href='/endless.html'>ข่าว</a> "
    "<a href='/huge.html'>แผนดำเนินงาน</a> <a href='/ok.html'>ติดต่อเรา</a> "
    f"<a href='{LONG_URL}'>ค้นหา</a></body></html>"
)


class _Handler(BaseRequestHandler):
    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(30)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                return
            data += chunk
        path = data.split(b" ", 2)[1].decode("latin-1")
        self.server.hits[path] += 1  # type: ignore[attr-defined]
        with contextlib.suppress(OSError):  # the crawler hung up: what it should do
            self.answer(sock, path)

    def answer(self, sock: socket.socket, path: str) -> None:
        def page(body: bytes, ctype: str = "text/html; charset=utf-8", status: str = "200 OK") -> None:
            sock.sendall(f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
                         "Connection: close\r\n\r\n".encode() + body)

        if path == "/":
            page(HOME.encode())
        elif path == "/ok.html":
            page("<html><body><p>โทร 0 2000 0000</p></body></html>".encode())
        elif path == "/robots.txt":
            page(b"User-agent: *\nDisallow: /private/\n" + b"# padding\n" * (200 * 1024), "text/plain")
        elif path == "/headers":
            sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
            line = b"X-Pad: " + b"a" * 8000 + b"\r\n"
            for _ in range(200_000):  # 1.6 GB at most, if nobody hangs up
                sock.sendall(line)
        elif path == "/endless.html":
            sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n\r\n"
                         b"<html><body>")
            chunk = "<p>ข่าวไม่รู้จบ</p>".encode() * 4000
            for _ in range(100_000):
                sock.sendall(chunk)
        elif path == "/huge.html":
            sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 209715200\r\n\r\n<html>")
            chunk = b"<p>" + b"x" * 65536 + b"</p>"
            for _ in range(3300):
                sock.sendall(chunk)
        else:
            page(b"<html><body>not here</body></html>", status="404 Not Found")


class HostileSite:
    def __init__(self) -> None:
        ThreadingTCPServer.allow_reuse_address = True
        self.server = ThreadingTCPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.hits = Counter()  # type: ignore[attr-defined]
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.hits: Counter[str] = self.server.hits  # type: ignore[attr-defined]

    def __enter__(self) -> HostileSite:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
